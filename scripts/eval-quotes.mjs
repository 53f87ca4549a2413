// `npm run eval` section: extract-quotes against gold, scored as ../shared/gold/README.md says.
// Predicted and gold quotes of a document are paired one-to-one, greedily by content token F1
// (Dice) ≥ 0.5; a pair is right when the resolved speakers' name tokens are a subset or superset
// of each other. Reported: attributed-quote P/R/F1 (content match AND speaker right) by language
// and kind, content-only F1, speaker accuracy by gold speaker type, verb accuracy.
// Sets: the seeds (fixtures/gold, also in CI), the dev split (files annotated exhaustively),
// the six brief examples, and the treebank silver sentences (named speakers only for speaker scoring).
import fs from 'node:fs';
import path from 'node:path';
import { extractQuotes } from '../dist/index.js';

const norm = (s) => s.normalize('NFC')
  .replace(/[\u064B-\u0652\u0670\u0640\u200c\u200d]/g, '')
  .replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ۀ/g, 'ه');
const LEAD = new Set(['که', 'اینکه', 'این', 'ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'الی', 'علی', 'من', 'عن']);
export function contentTokens(s) {
  const t = norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let i = 0;
  while (i < t.length - 1 && i < 2 && LEAD.has(t[i])) i++;
  return t.slice(i);
}
// `عبدالرحمن` and `عبد الرحمن` are one name spelt with and without the space: compared split.
const nameTokens = (s) => norm(s ?? '').replace(/(^|[^\p{L}])عبدال/gu, '$1عبد ال').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function dice(a, b) {
  if (!a.length || !b.length) return 0;
  const m = new Map();
  for (const x of a) m.set(x, (m.get(x) ?? 0) + 1);
  let o = 0;
  for (const x of b) { const c = m.get(x); if (c) { o++; m.set(x, c - 1); } }
  return (2 * o) / (a.length + b.length);
}
export function speakerMatch(pred, gold) {
  const p = new Set(nameTokens(pred));
  const g = new Set(nameTokens(gold));
  if (!p.size || !g.size) return false;
  const sub = [...p].every((x) => g.has(x));
  const sup = [...g].every((x) => p.has(x));
  return sub || sup;
}
const PRONOUNS = new Set(['وی', 'او', 'ایشان', 'انها', 'انان', 'هو', 'هی', 'این مقام', 'این مسئول']);
function speakerType(q) {
  if (q.speaker === '' || q.speaker_kind === 'zero') return 'dropped';
  const s = norm(q.speaker).trim();
  if (PRONOUNS.has(s) || q.speaker_kind === 'pronoun' || s.startsWith('این مقام')) return 'pronoun';
  if (q.speaker_resolved && !speakerMatch(q.speaker, q.speaker_resolved)) return 'role';
  return 'named';
}
const kindOf = (k) => (k === 'quoted' || k?.startsWith('direct') ? 'direct' : 'indirect');

/** docs: [{id, lang, text, gold: [{quote, speaker, speaker_resolved?, verb, kind, scoreSpeaker}]}] */
/**
 * With `autoLang`, the language is read from the text line by line, as `matn extract-quotes`
 * does on records without a `lang` field; otherwise each document's known language is given, as
 * after `detect-lang` in a pipeline.
 */
export function scoreQuotes(docs, { autoLang = false } = {}) {
  // P counts by the predicted kind, R by the gold kind (the two may differ on a matched pair).
  const c = { pred: {}, gold: {}, tpP: {}, tpR: {}, contentP: {}, contentR: {}, spk: {}, spkN: {}, verb: 0, verbN: 0 };
  const inc = (o, k, n = 1) => { o[k] = (o[k] ?? 0) + n; };
  const errors = [];
  let bytes = 0; let ms = 0;
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text);
    const t0 = performance.now();
    const pred = extractQuotes(d.text, autoLang ? {} : { lang: d.lang });
    ms += performance.now() - t0;
    const P = pred.map((q) => ({ q, toks: contentTokens(q.quote), kind: kindOf(q.kind) }));
    const Gs = d.gold.map((g) => ({ g, toks: contentTokens(g.quote), kind: kindOf(g.kind) }));
    const pairs = [];
    P.forEach((p, i) => Gs.forEach((g, j) => { const s = dice(p.toks, g.toks); if (s >= 0.5) pairs.push([s, i, j]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const pUsed = new Map(); const gUsed = new Map();
    for (const [, i, j] of pairs) if (!pUsed.has(i) && !gUsed.has(j)) { pUsed.set(i, j); gUsed.set(j, i); }
    for (const [i, p] of P.entries()) {
      for (const k of [d.lang, `${d.lang}/${p.kind}`, 'all', `all/${p.kind}`]) inc(c.pred, k);
      const j = pUsed.get(i);
      if (j === undefined) { errors.push({ type: 'FP', id: d.id, pred: p.q }); continue; }
      const g = Gs[j];
      for (const k of [d.lang, `${d.lang}/${p.kind}`, 'all', `all/${p.kind}`]) inc(c.contentP, k);
      for (const k of [d.lang, `${d.lang}/${g.kind}`, 'all', `all/${g.kind}`]) inc(c.contentR, k);
      const right = g.g.scoreSpeaker === false ? null : speakerMatch(p.q.speakerResolved, g.g.speaker_resolved ?? g.g.speaker);
      if (right !== null) {
        const st = `${d.lang}/${speakerType(g.g)}`;
        inc(c.spkN, st); if (right) inc(c.spk, st);
      }
      if (right !== false) {
        for (const k of [d.lang, `${d.lang}/${p.kind}`, 'all', `all/${p.kind}`]) inc(c.tpP, k);
        for (const k of [d.lang, `${d.lang}/${g.kind}`, 'all', `all/${g.kind}`]) inc(c.tpR, k);
      }
      else errors.push({ type: 'SPEAKER', id: d.id, pred: p.q, gold: g.g });
      if (g.g.verb) {
        c.verbN++;
        const a = nameTokens(p.q.verb).join(' ').replace(/^[وف]/, ''); const b = nameTokens(g.g.verb).join(' ').replace(/^[وف]/, '');
        if (a && b && (a.includes(b) || b.includes(a))) c.verb++;
      }
    }
    for (const [j, g] of Gs.entries()) {
      for (const k of [d.lang, `${d.lang}/${g.kind}`, 'all', `all/${g.kind}`]) inc(c.gold, k);
      if (!gUsed.has(j)) errors.push({ type: 'FN', id: d.id, gold: g.g });
    }
  }
  return { c, errors, bytes, ms };
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
export function reportQuotes(title, { c }, { speakers = true } = {}) {
  console.log(`\n${title}`);
  console.log('  set            gold  pred  attributed P / R / F1        content-only F1');
  for (const k of ['fa', 'fa/direct', 'fa/indirect', 'ar', 'ar/direct', 'ar/indirect', 'all']) {
    const g = c.gold[k] ?? 0; const p = c.pred[k] ?? 0;
    if (!g && !p) continue;
    const F1 = (P, R) => (P + R > 0 ? (2 * P * R) / (P + R) : 0);
    const P = (c.tpP[k] ?? 0) / p; const R = (c.tpR[k] ?? 0) / g; const F = F1(P, R);
    const cF = F1((c.contentP[k] ?? 0) / p, (c.contentR[k] ?? 0) / g);
    console.log(`  ${k.padEnd(13)} ${String(g).padStart(5)} ${String(p).padStart(5)}  ${f(P)} / ${f(R)} / ${f(F || 0)}     ${f(cF)}`);
  }
  if (speakers) {
    const parts = Object.keys(c.spkN).sort().map((k) => `${k} ${c.spk[k] ?? 0}/${c.spkN[k]}`);
    console.log(`  speaker right on matched quotes: ${parts.join('  ')}`);
  }
  if (c.verbN) console.log(`  verb right on matched quotes: ${c.verb}/${c.verbN} (${f(c.verb / c.verbN)})`);
}

function readIfExists(p) { return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined; }
const jsonl = (p) => fs.readFileSync(p, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

export function quoteSets(root, shared, hasShared) {
  const sets = [];
  const group = (rows) => {
    const by = new Map();
    for (const r of rows) { const k = r.text_file ?? r.file; if (!by.has(k)) by.set(k, []); by.get(k).push(r); }
    return by;
  };
  const seeds = group(jsonl(path.join(root, 'fixtures/gold/seeds-quotes.jsonl')));
  const seedDocs = fs.readdirSync(path.join(root, 'fixtures/seeds')).sort().map((name) => {
    const text = fs.readFileSync(path.join(root, 'fixtures/seeds', name), 'utf8');
    const gold = seeds.get(name) ?? [];
    return { id: name, lang: gold[0]?.lang, text, gold };
  });
  sets.push(['seeds (every quote in fixtures/gold/seeds-quotes.jsonl)', seedDocs]);
  if (!hasShared) return sets;
  const g = path.join(shared, 'gold');
  const coverage = fs.readFileSync(path.join(g, 'dev-quotes-coverage.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split('\t')).filter(([, status]) => status === 'exhaustive');
  const devGold = jsonl(path.join(g, 'dev-quotes.jsonl'));
  const byFile = new Map();
  for (const q of devGold) { if (!byFile.has(q.file)) byFile.set(q.file, []); byFile.get(q.file).push(q); }
  const dev = [];
  for (const [file] of coverage) {
    const lang = file.slice(0, 2);
    const textFile = byFile.get(file)?.[0]?.text_file
      ?? (file.endsWith('.html') ? `${lang}/_derived_text/${file}.txt` : `${lang}/${file}`);
    const text = readIfExists(path.join(shared, 'corpus/news', textFile));
    if (text === undefined) continue;
    dev.push({ id: file, lang, text, gold: byFile.get(file) ?? [] });
  }
  sets.push([`dev split (${dev.length} exhaustively annotated files)`, dev]);
  const brief = JSON.parse(fs.readFileSync(path.join(g, 'brief_examples_gold.json'), 'utf8'));
  sets.push(['brief examples', brief.map((d) => ({
    id: d.id, lang: d.lang, text: d.text,
    gold: d.quotes.filter((q) => !q.content_elided_in_source).map((q) => ({
      quote: q.content.text, speaker: q.speaker?.text ?? '', speaker_resolved: q.speaker_resolved, verb: q.cue?.text, kind: q.type,
    })),
  }))]);
  for (const [file, name] of [['fa_perdt_silver.jsonl', 'Persian PerDT silver'], ['ar_pud_silver.jsonl', 'Arabic PUD silver']]) {
    sets.push([`${name} (sentence level; speakers scored where named)`, jsonl(path.join(g, file)).map((d) => ({
      id: d.id, lang: d.lang, text: d.text,
      gold: d.quotes.map((q) => ({
        quote: q.content.text, speaker: q.speaker?.text ?? '', verb: q.cue?.text, kind: q.type, speaker_kind: q.speaker_kind,
        scoreSpeaker: Boolean(q.speaker?.text) && q.speaker_kind !== 'pronoun',
      })),
    }))]);
  }
  return sets;
}

export function evalQuotes(root, shared, hasShared, { verbose = false } = {}) {
  let bytes = 0; let ms = 0;
  for (const [title, docs] of quoteSets(root, shared, hasShared)) {
    const r = scoreQuotes(docs);
    bytes += r.bytes; ms += r.ms;
    reportQuotes(title, r);
    if (verbose) for (const e of r.errors) console.log('   ', JSON.stringify(e));
    if (title.startsWith('dev split')) {
      // The same documents with no language given: what a user gets on raw text.
      const { c } = scoreQuotes(docs, { autoLang: true });
      const f1 = (k) => { const P = (c.tpP[k] ?? 0) / c.pred[k]; const R = (c.tpR[k] ?? 0) / c.gold[k]; return P + R > 0 ? ((2 * P * R) / (P + R)).toFixed(3) : '0.000'; };
      console.log(`  language read from the text per line instead of given: fa ${f1('fa')}, ar ${f1('ar')}`);
    }
  }
  console.log(`\n  (extraction time over these sets: ${(bytes / 1e6 / (ms / 1e3)).toFixed(1)} MB/s; npm run bench measures it properly)`);
}
