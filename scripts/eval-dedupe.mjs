// `npm run eval` section: dedupe pairwise precision / recall on the dev groups
// (../shared/gold/dedupe-dev.json) and on synthetic variants of the fixture seeds.
import fs from 'node:fs';
import path from 'node:path';
import { Deduper } from '../dist/index.js';

function findText(shared, root, name) {
  const candidates = [
    path.join(root, 'fixtures/seeds', name),
    path.join(shared, 'corpus/news/ar', name), path.join(shared, 'corpus/news/fa', name),
    path.join(shared, 'corpus/news/ar/_derived_text', `${name}.txt`), path.join(shared, 'corpus/news/fa/_derived_text', `${name}.txt`),
  ];
  const hit = candidates.find((p) => fs.existsSync(p));
  return hit ? fs.readFileSync(hit, 'utf8') : undefined;
}

/** Runs records through a Deduper; returns cluster id per record (kept record's id). */
function cluster(records, options) {
  const d = new Deduper(options);
  const root = new Map();
  for (const r of records) {
    const v = d.add(r.id, r.text);
    root.set(r.id, v.duplicate ? root.get(v.of) ?? v.of : r.id);
  }
  return root;
}

function pairScores(records, gold, options) {
  const pred = cluster(records, options);
  let tp = 0; let fp = 0; let fn = 0; const errors = [];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i].id; const b = records[j].id;
      const same = pred.get(a) === pred.get(b);
      const truth = gold(a, b);
      if (truth === undefined) continue;
      if (same && truth) tp++;
      else if (same && !truth) { fp++; errors.push(`merged, should not: ${a} ~ ${b}`); }
      else if (!same && truth) { fn++; errors.push(`missed: ${a} ~ ${b}`); }
    }
  }
  return { p: tp + fp ? tp / (tp + fp) : 1, r: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn, errors };
}

// Synthetic variants of one article: each is a near copy except `unrelated`.
function variants(text, other) {
  const lines = text.split('\n').filter((l) => l.trim());
  const sentences = text.split(/(?<=[.؟!])\s+/);
  const words = text.split(' ');
  const digitsFa = (s) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]);
  return {
    header_footer: `سرویس خبری — ${new Date(0).getUTCFullYear()}\n${lines.slice(1, -1).join('\n')}\nانتهای پیام/ کپی برداری ممنوع`,
    sentences_dropped: sentences.filter((_, i) => i % 7 !== 3).join(' '),
    words_changed: words.map((w, i) => (i % 25 === 7 ? 'همچنین' : w)).join(' '),
    letters_digits: digitsFa(text.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/\u200c/g, '')),
    first_half: text.slice(0, Math.floor(text.length / 2)),
    exact_copy: text,
  };
}

export function evalDedupe({ shared, root, verbose = false, log = console.log }) {
  const pct = (x) => (100 * x).toFixed(2) + '%';
  const goldPath = path.join(shared, 'gold/dedupe-dev.json');
  if (fs.existsSync(goldPath)) {
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
    const groupOf = new Map();
    for (const [g, files] of Object.entries(gold.groups)) for (const f of files) groupOf.set(f, g);
    const diff = new Set(gold.different_pairs.map(([a, b]) => [a, b].sort().join('|')));
    const names = [...new Set([...groupOf.keys(), ...gold.different_pairs.flat()])];
    const records = names.map((n) => ({ id: n, text: findText(shared, root, n) })).filter((r) => r.text !== undefined);
    const truth = (a, b) => {
      if (diff.has([a, b].sort().join('|'))) return false;
      const ga = groupOf.get(a); const gb = groupOf.get(b);
      if (ga && gb) return ga === gb;
      return undefined;
    };
    const s = pairScores(records, truth, {});
    log(`dev groups (${Object.keys(gold.groups).length} groups, ${records.length}/${names.length} records found)  pairwise precision ${pct(s.p)}  recall ${pct(s.r)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
    if (verbose) for (const e of s.errors) log(`    ${e}`);
  } else log('(dedupe-dev.json not found: dev groups skipped)');

  // Synthetic: every seed with its variants, plus the seeds themselves as unrelated same-topic stories.
  const seedDir = path.join(root, 'fixtures/seeds');
  const seeds = fs.readdirSync(seedDir).sort().map((f) => ({ id: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
  const records = [];
  for (const s of seeds) {
    records.push(s);
    for (const [kind, text] of Object.entries(variants(s.text))) records.push({ id: `${s.id}~${kind}`, text });
  }
  const base = (id) => id.split('~')[0];
  const s = pairScores(records, (a, b) => base(a) === base(b), {});
  log(`synthetic variants of the seeds (${records.length} records: header/footer swapped, sentences dropped, words changed, letter/digit variants, first half, exact copy; seeds are different stories)  precision ${pct(s.p)}  recall ${pct(s.r)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  if (verbose || s.errors.length) for (const e of s.errors) log(`    ${e}`);
}
