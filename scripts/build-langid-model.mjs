#!/usr/bin/env node
// Trains matn's language model and writes src/langid/data/model.ts.
//
//   npm run build && node scripts/build-langid-model.mjs [--shared ../shared] [--max-n 4]
//
// Multinomial naive Bayes over word-padded character n-grams (1..maxN) of Arabic-script
// letters (src/langid/features.ts), one class per language. Training lines: see
// scripts/langid-data.mjs (permissive sources only, even lines). Class biases and the confidence
// calibration are then fitted on the calibration lines, whole and cut to 20 characters.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { letterStats, ngramStrings } from '../dist/langid/features.js';
import { NgramModel } from '../dist/langid/model.js';
import { ARABIC_DIALECT_WORDS } from '../dist/langid/data/arabic-dialect-words.js';
import { PERSIAN_COLLOQUIAL_WORDS } from '../dist/langid/data/persian-colloquial-words.js';
import { loadLangidDev, loadPermissiveNews } from './langid-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const shared = opt('--shared', join(root, '../shared'));
const maxN = Number(opt('--max-n', 4));
const alpha = Number(opt('--alpha', 0.5));
const minCount = Number(opt('--min-count', 2));
const dryRun = args.includes('--dry-run');

const dev = loadLangidDev(shared);
if (dev.length === 0) { console.error(`no langid dev data under ${shared}`); process.exit(2); }
const trainLines = dev.filter((d) => d.role === 'train' && !['eng', 'azj'].includes(d.gold));
for (const doc of loadPermissiveNews(shared)) {
  for (const line of doc.text.split('\n')) if (line.trim()) trainLines.push({ gold: doc.gold, text: line });
}

// Dialect words (a hand-written data module) stand in for dialect text we may not train on.
const dialectRepeat = Number(opt('--dialect-repeat', 20));
for (const words of Object.values(ARABIC_DIALECT_WORDS)) {
  for (const w of words) for (let i = 0; i < dialectRepeat; i++) trainLines.push({ gold: 'arb', text: w });
}
for (const w of PERSIAN_COLLOQUIAL_WORDS) for (let i = 0; i < dialectRepeat; i++) trainLines.push({ gold: 'pes', text: w });
// jusText's stoplists (BSD, built from Wikipedia word frequencies; ../shared/lexicons/stoplists):
// the commonest words of each language, weighted by rank (Zipf), so that short lines made of
// function words (قال, كان, كل; است, را, که) are scored by what the language writes most.
const stopTop = Number(opt('--stoplist-top', 20));
const stopExp = Number(opt('--stoplist-exp', 0.5));
for (const [file, gold] of [['Arabic.txt', 'arb'], ['Persian.txt', 'pes']]) {
  const path = join(shared, 'lexicons/stoplists', file);
  if (!stopTop || !existsSync(path)) continue;
  const words = readFileSync(path, 'utf8').split('\n').map((w) => w.trim().replace(/\.$/, '')).filter(Boolean);
  words.forEach((w, r) => {
    const repeat = Math.max(1, Math.round(stopTop / Math.pow(r + 1, stopExp)));
    for (let i = 0; i < repeat; i++) trainLines.push({ gold, text: w });
  });
}
const classes = [...new Set(trainLines.map((d) => d.gold))].sort((a, b) =>
  a === 'pes' ? -1 : b === 'pes' ? 1 : a === 'arb' ? -1 : b === 'arb' ? 1 : a.localeCompare(b));
const C = classes.length;
const counts = new Map(); // gram -> Float64Array(C)
const totals = new Float64Array(C);
// Yeh/kaf typed in Arabic vs Persian form, per class (the keyboard vote, see model.ts).
const formCounts = classes.map(() => ({ arabic: 0, persian: 0 }));
for (const d of trainLines) {
  const c = classes.indexOf(d.gold);
  const stats = letterStats(d.text);
  formCounts[c].arabic += stats.arabicForms;
  formCounts[c].persian += stats.persianForms;
  for (const g of ngramStrings(stats.letters, maxN)) {
    let row = counts.get(g);
    if (!row) { row = new Float64Array(C); counts.set(g, row); }
    row[c]++;
    totals[c]++;
  }
}
const grams = [...counts.keys()].filter((g) => counts.get(g).reduce((a, b) => a + b, 0) >= minCount).sort();
const V = grams.length;
const logp = (c, n) => Math.log((n + alpha) / (totals[c] + alpha * V));
const unseen = classes.map((_, c) => logp(c, 0));
let lo = Infinity; let hi = -Infinity;
for (const g of grams) for (let c = 0; c < C; c++) { const v = logp(c, counts.get(g)[c]); lo = Math.min(lo, v); hi = Math.max(hi, v); }
const scale = 255 / (hi - lo);
const q = new Uint8Array(V * C);
grams.forEach((g, i) => { for (let c = 0; c < C; c++) q[i * C + c] = Math.round((logp(c, counts.get(g)[c]) - lo) * scale); });

const data = {
  maxN, classes, unseen, offset: lo, scale, ngrams: grams.join('\n'),
  weights: Buffer.from(q).toString('base64'), bias: classes.map(() => 0),
  forms: { arabic: classes.map(() => 0), persian: classes.map(() => 0) }, calibration: { a: 1, b: 0 },
};
// log P(form | class), Laplace-smoothed; scaled by a weight fitted below.
// A floor on each form's probability: Arabic typed on a Persian keyboard (Quran verses and
// hadith in Persian articles, an Arabic site's Persian agency line) is rare in the training
// lines but real, and a near-zero probability would let a few ی/ک outvote every n-gram.
const formFloor = Number(opt('--form-floor', 0.02));
const formLogp = formCounts.map(({ arabic, persian }) => {
  const p = Math.min(1 - formFloor, Math.max(formFloor, (arabic + 1) / (arabic + persian + 2)));
  return { arabic: Math.log(p), persian: Math.log(1 - p) };
});

// --- fit biases and calibration on the calibration lines -----------------------------------
const calib = dev.filter((d) => d.role === 'calib' && classes.includes(d.gold));
const cut = (s, n) => [...s].slice(0, n).join('');
const samples = [];
for (const d of calib) {
  samples.push({ gold: classes.indexOf(d.gold), text: d.text });
  if ([...d.text].length >= 20) samples.push({ gold: classes.indexOf(d.gold), text: cut(d.text, 20) });
}
function scoreAll(model) {
  const out = new Float64Array(C);
  return samples.map((s) => {
    const stats = letterStats(s.text);
    const n = model.score(stats.letters, out);
    const forms = Float64Array.from(formLogp, (f) => stats.arabicForms * f.arabic + stats.persianForms * f.persian);
    return { gold: s.gold, n, ngrams: Float64Array.from(out), forms, scores: Float64Array.from(out) };
  });
}
const base = scoreAll(new NgramModel(data));
// Per-class bias by coordinate ascent on mean per-language accuracy (fa/ar weigh triple).
const weightOf = (c) => (c < 2 ? faArWeight : 1);
const faArWeight = Number(opt('--fa-ar-weight', 3));
function accuracy(bias) {
  const right = new Float64Array(C); const seen = new Float64Array(C);
  for (const s of base) {
    let best = 0; let bv = -Infinity;
    for (let c = 0; c < C; c++) { const v = s.scores[c] + bias[c]; if (v > bv) { bv = v; best = c; } }
    seen[s.gold]++; if (best === s.gold) right[s.gold]++;
  }
  let sum = 0; let w = 0;
  for (let c = 0; c < C; c++) if (seen[c]) { sum += weightOf(c) * right[c] / seen[c]; w += weightOf(c); }
  return sum / w;
}
const withFormWeight = (lambda) => { for (const s of base) for (let c = 0; c < C; c++) s.scores[c] = s.ngrams[c] + lambda * s.forms[c]; };
const bias = classes.map(() => 0);
let formWeight = 0;
let bestAcc = -1;
/** The keyboard weight from a grid, kept only where it beats the accuracy so far. */
function fitFormWeight() {
  for (const lambda of String(opt('--form-weights', '0,0.5,1,1.5,2,3')).split(',').map(Number)) {
    withFormWeight(lambda);
    const a = accuracy(bias);
    if (a > bestAcc + 1e-9) { bestAcc = a; formWeight = lambda; }
  }
  withFormWeight(formWeight);
  data.forms = { arabic: formLogp.map((f) => formWeight * f.arabic), persian: formLogp.map((f) => formWeight * f.persian) };
}
fitFormWeight();
for (let round = 0; round < 3; round++) {
  for (let c = 0; c < C; c++) {
    for (const step of [-8, -4, -2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2, 4, 8]) {
      const trial = bias.slice(); trial[c] += step;
      const a = accuracy(trial);
      if (a > bestAcc + 1e-9) { bestAcc = a; bias.splice(0, C, ...trial); }
    }
  }
}
fitFormWeight(); // again, with the biases in place
data.bias = bias;
// Calibration: minimise log loss of softmax(score * a / n^b) over a small grid.
function logLoss(a, b) {
  let loss = 0;
  for (const s of base) {
    const k = a / Math.pow(Math.max(1, s.n), b);
    let m = -Infinity;
    for (let c = 0; c < C; c++) m = Math.max(m, (s.scores[c] + bias[c]) * k);
    let z = 0;
    for (let c = 0; c < C; c++) z += Math.exp((s.scores[c] + bias[c]) * k - m);
    loss -= (s.scores[s.gold] + bias[s.gold]) * k - m - Math.log(z);
  }
  return loss / base.length;
}
let best = { a: 1, b: 0, loss: Infinity };
for (const b of [0, 0.25, 0.5, 0.75, 1]) {
  for (const a of [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5]) {
    const l = logLoss(a, b);
    if (l < best.loss) best = { a, b, loss: l };
  }
}
data.calibration = { a: best.a, b: best.b };

console.error(`classes ${classes.join(',')}; ${V} n-grams (1..${maxN}); training lines ${trainLines.length}`);
console.error(`keyboard weight ${formWeight}; P(Arabic form) ${formLogp.map((f, c) => `${classes[c]}=${Math.exp(f.arabic).toFixed(2)}`).join(' ')}`);
console.error(`calibration lines: weighted accuracy ${(bestAcc * 100).toFixed(2)}%, bias ${bias.join(',')}, a=${best.a} b=${best.b} logloss=${best.loss.toFixed(4)}`);

if (!dryRun) {
  const out = join(root, 'src/langid/data/model.ts');
  writeFileSync(out, `/**
 * GENERATED by scripts/build-langid-model.mjs — do not edit by hand.
 * Naive Bayes over character 1..${maxN}-grams of Arabic-script letters, ${C} languages, ${V} n-grams.
 * Trained on permissively licensed lines only (Leipzig via lingua Apache-2.0, FarsNews via
 * course-nlp Apache-2.0, NTREX CC BY-SA 4.0, PALI MIT/CC BY-SA, Apache/MIT news articles); see
 * scripts/langid-data.mjs for the exact split.
 */
import type { ModelData } from '../model.js';

export const MODEL: ModelData = ${JSON.stringify(data)};
`);
  console.error(`wrote ${out} (${(Buffer.byteLength(JSON.stringify(data)) / 1024).toFixed(0)} KiB)`);
}
