#!/usr/bin/env node
// `npm run eval`: accuracy of the built core against gold.
// - clean: content-line recall, furniture-line recall, metadata recovered, on the seeds
//   (fixtures/gold) and, when ../shared is beside the repo, the dev split and pages gold.
//   Scored as ../shared/gold/README.md says: a line's letters (ignoring spacing, ZWNJ,
//   diacritics, punctuation, ی/ي ک/ك variants) kept if they appear as (most of) one output line.
// - normalizer: fixtures/zwnj/cases.tsv, ZWNJ on held-out corpus lines, hazm's cases.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean, restoreZwnj, normalizeLine } from '../dist/index.js';
import { isLexiconSource, readSplit, writesZwnj } from './zwnj-sources.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.MATN_SHARED ?? path.resolve(root, '../shared');
const hasShared = fs.existsSync(path.join(shared, 'gold'));
const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(2) + '%' : 'n/a');

const key = (s) => s
  .replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه')
  .replace(/[\u064B-\u0652\u0670\u0640\u200c]/g, '')
  .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
  .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  .replace(/[^\p{L}\p{N}]/gu, '');

/** `run(item)` gives the output ({text, meta}) for an item; by default `clean` of its text. */
/** A meta value's matching form; a section path's separator is the page's styling (`سیاست :: انتخابات`, `سیاست > انتخابات`). */
const metaKey = (field, v) => (field === 'service' ? key(String(v)).replace(/\s*(?:»|›|>|::|\||\/)\s*/g, ' > ') : key(String(v)));

function scoreClean(items, run = (item) => clean(item.text)) {
  const t = { content: 0, contentKept: 0, furn: 0, furnRemoved: 0, meta: 0, metaOk: 0, files: 0, secs: 0 };
  const misses = [];
  for (const item of items) {
    const { name, text, gold } = item;
    t.files++;
    const t0 = process.hrtime.bigint();
    const r = run(item);
    t.secs += Number(process.hrtime.bigint() - t0) / 1e9;
    const out = r.text.split('\n').map(key).filter(Boolean);
    const appears = (k, most) => out.some((o) => o.includes(k) && k.length >= most * o.length);
    const lines = text.split('\n');
    const boiler = new Set(gold.boilerplate);
    const either = new Set(gold.either ?? []);
    lines.forEach((line, i) => {
      const n = i + 1;
      const k = key(line.replace(/<[^>]*>/g, ' '));
      if (!k || either.has(n)) return;
      if (boiler.has(n)) {
        t.furn++;
        if (!appears(k, 0.5)) t.furnRemoved++;
        else misses.push(`furniture kept  ${name}:${n} ${line.slice(0, 70)}`);
      } else {
        t.content++;
        // Content survives if it appears in an output line (the output may have cut a glued tail).
        if (out.some((o) => o.includes(k) || (k.includes(o) && o.length >= 0.8 * k.length))) t.contentKept++;
        else misses.push(`CONTENT LOST    ${name}:${n} ${line.slice(0, 70)}`);
      }
    });
    for (const [field, want] of Object.entries(gold.meta ?? {})) {
      if (want == null || !['news_id', 'date_gregorian', 'source', 'service'].includes(field)) continue;
      t.meta++;
      const got = field === 'date_gregorian' ? r.meta?.date_iso : r.meta?.[field];
      if (got && (metaKey(field, got) === metaKey(field, want) || (field === 'date_gregorian' && String(want).startsWith(got)))) t.metaOk++;
      else misses.push(`meta ${field.padEnd(10)} ${name}: want ${want} got ${got}`);
    }
  }
  return { ...t, misses };
}

function loadGold(file, base) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((g) => {
    const p = g.text_file ? path.join(shared, 'corpus/news', g.text_file) : path.join(base, g.file);
    return { name: g.text_file ?? g.file, text: fs.readFileSync(p, 'utf8'), gold: g };
  });
}

function report(label, s, showMisses) {
  console.log(`${label.padEnd(28)} files ${String(s.files).padStart(3)}  content recall ${pct(s.contentKept / s.content)} (${s.contentKept}/${s.content})  furniture recall ${pct(s.furnRemoved / s.furn)} (${s.furnRemoved}/${s.furn})  meta ${pct(s.metaOk / s.meta)} (${s.metaOk}/${s.meta})`);
  if (showMisses) for (const m of s.misses.slice(0, Number(process.env.MISSES ?? 60))) console.log('    ' + m);
}

const verbose = process.argv.includes('--verbose');
// `npm run eval -- --only langid` runs one section (clean, langid, dedupe, quotes).
const onlyAt = process.argv.indexOf('--only');
const want = (section) => onlyAt < 0 || process.argv[onlyAt + 1] === section;
if (want('clean')) {
console.log('== clean ==');
const seeds = loadGold(path.join(root, 'fixtures/gold/seeds-clean.jsonl'), path.join(root, 'fixtures/seeds'));
report('seeds (fixtures)', scoreClean(seeds), verbose);
if (hasShared) {
  const dev = loadGold(path.join(shared, 'gold/dev-clean.jsonl'));
  const isPage = (d) => d.name.includes('_derived_text');
  const text = dev.filter((d) => !isPage(d));
  const pages = dev.filter(isPage);
  report('dev split, text files', scoreClean(text), verbose);
  report('dev split, page renderings', scoreClean(pages), verbose);
} else {
  console.log('(../shared not found: dev-split gold skipped; set MATN_SHARED to its path)');
}

console.log('\n== normalizer ==');
const cases = fs.readFileSync(path.join(root, 'fixtures/zwnj/cases.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const joins = cases.filter(([g, e]) => g !== e);
const keeps = cases.filter(([g, e]) => g === e);
const okJ = joins.filter(([g, e]) => restoreZwnj(g) === e).length;
const falseJ = keeps.filter(([g]) => restoreZwnj(g) !== g).length;
console.log(`ZWNJ cases (fixtures/zwnj/cases.tsv)  restored ${okJ}/${joins.length} (${pct(okJ / joins.length)})  false joins ${falseJ}/${keeps.length}`);

const fold = (s) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
// Writers also mark a non-joiner with an RLM, LRM or soft hyphen, or type two ZWNJ: one ZWNJ in
// the gold, and the input loses all of them, as scraping strips them alike. After a letter that
// never joins (ا د ذ ر ز ژ و) a ZWNJ changes nothing on screen, so the gold drops it.
const JOINER_MARKS = /[\u200c\u200e\u200f\u00ad]+/g;
const tidyGold = (s) => s.replace(JOINER_MARKS, '\u200c').replace(/(?<=[آادذرزژوؤأإ])\u200c/g, '').replace(/\u200c+(?=[\s.,،؛:!?؟«»()]|$)/g, '').replace(/(^|[\s«(])\u200c/g, '$1');
/** Strips every joiner from lines that write them and scores the words that had one. */
function scoreZwnj(lines) {
  let need = 0, restored = 0, plain = 0, changed = 0;
  for (const line of lines) {
    const gold = tidyGold(fold(line)).split(/\s+/);
    const pred = restoreZwnj(fold(line).replace(JOINER_MARKS, '')).split(/\s+/);
    if (gold.length !== pred.length) continue;
    gold.forEach((g, i) => {
      if (g.includes('\u200c')) { need++; if (pred[i] === g) restored++; }
      else if (/[\u0600-\u06ff]/.test(g)) { plain++; if (pred[i].includes('\u200c')) changed++; }
    });
  }
  return `restored ${restored}/${need} (${pct(restored / need)})  ZWNJ added where the writer had none ${changed}/${plain} (${pct(changed / plain)})`;
}
console.log(`ZWNJ on held-out corpus lines        ${scoreZwnj(fs.readFileSync(path.join(root, 'fixtures/zwnj/heldout.txt'), 'utf8').trim().split('\n'))}`);
console.log('    (added: mostly standard forms the writer skipped, e.g. گروه‌های, مهم‌ترین)');
if (hasShared) {
  // News articles the lexicon never saw (scripts/zwnj-sources.mjs), when they write ZWNJ
  // consistently by the same measure the build uses.
  const split = readSplit(shared);
  const dir = path.join(shared, 'corpus/news/fa');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && !isLexiconSource(f, split))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .filter(writesZwnj);
  console.log(`ZWNJ on unseen news (${files.length} files)       ${scoreZwnj(files.flatMap((t) => t.split('\n')))}`);
}

const hazm = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/gold/hazm-normalizer-cases.json'), 'utf8')).cases
  .filter((c) => typeof c.input === 'string' && typeof c.expected === 'string' && !c.xfail);
const byMethod = {};
for (const c of hazm) {
  const m = (byMethod[c.options.method] ??= { n: 0, ok: 0 });
  m.n++;
  if (normalizeLine(c.input, 'fa') === c.expected) m.ok++;
}
const zw = hazm.filter((c) => c.zwnj_or_affix_spacing);
const zwOk = zw.filter((c) => normalizeLine(c.input, 'fa') === c.expected).length;
console.log(`hazm cases, ZWNJ/affix subset        ${zwOk}/${zw.length} (${pct(zwOk / zw.length)})`);
console.log(`hazm cases by method (matn's defaults differ from hazm's on digits, diacritics, «» style by design):`);
for (const [m, s] of Object.entries(byMethod)) console.log(`    ${m.padEnd(24)} ${s.ok}/${s.n}`);
}

if (want('pages') && hasShared) {
  // Whole HTML pages (issue 7): matn clean on the page beside plain Mozilla Readability over
  // linkedom on the same pages, both scored on the gold's line labels of the page's text rendering.
  console.log('\n== clean on HTML pages ==');
  const { cleanPage, parsePage } = await import('./eval-pages.mjs').then((m) => m.load(root));
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const golds = [...loadGold(path.join(shared, 'gold/dev-clean.jsonl')), ...loadGold(path.join(shared, 'gold/pages-clean.jsonl'))]
    .filter((g) => g.gold.file.endsWith('.html'))
    .map((g) => ({ ...g, html: fs.readFileSync(path.join(shared, 'corpus/news', g.gold.file.slice(0, 2), g.gold.file), 'utf8') }));
  const readability = (item) => {
    const { document } = parseHTML(item.html);
    const art = new Readability(document).parse();
    if (!art) return { text: '', meta: {} };
    // Readability's article as lines: its title, then the blocks of its content.
    const lines = [art.title ?? '', ...parsePage(art.content ?? '').blocks.map((b) => b.text)];
    return { text: lines.join('\n'), meta: {} };
  };
  const mb = golds.reduce((a, g) => a + Buffer.byteLength(g.html), 0) / 1e6;
  for (const [label, run] of [['matn clean (HTML)', (item) => cleanPage(item.html)], ['Readability + linkedom', readability]]) {
    const s = scoreClean(golds, run);
    report(`${label}`, s, verbose);
    console.log(`${''.padEnd(28)} ${(mb / s.secs).toFixed(1)} MB/s of HTML in this run (${mb.toFixed(1)} MB; npm run bench measures speed)`);
  }
}

if (want('langid')) {
  console.log('\n== detect-lang ==');
  const { evalLangid } = await import('./eval-langid.mjs');
  if (hasShared) evalLangid({ shared, verbose });
  else console.log('(../shared not found: langid dev lines skipped)');
}

if (want('dedupe')) {
  console.log('\n== dedupe ==');
  const { evalDedupe } = await import('./eval-dedupe.mjs');
  evalDedupe({ shared, root, verbose });
}

if (want('quotes')) {
  console.log('\n== extract-quotes ==');
  const { evalQuotes } = await import('./eval-quotes.mjs');
  evalQuotes(root, shared, hasShared, { verbose });
}
