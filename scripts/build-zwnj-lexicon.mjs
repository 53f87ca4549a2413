#!/usr/bin/env node
// Generates src/text/data/zwnj-lexicon.ts from Persian text that writes the zero-width
// non-joiner consistently. Run from the repo with ../shared beside it:
//   node scripts/build-zwnj-lexicon.mjs
// Inputs (permissive licences only, dev split only; see ../shared/corpus/*/MANIFEST.tsv):
//   - corpus/langid/dev/pes.txt lines whose .src is leipzig-web (Apache-2.0 via lingua),
//     ntrex-news (CC BY-SA 4.0) or farsnews-2008 (Apache-2.0); every 5th line is held back
//     for `npm run eval` (fixtures/zwnj/heldout.txt) and not used here.
//   - corpus/news/fa dev-split files from farsnews (Apache-2.0), pnsummary (MIT), varzesh3 (Apache-2.0)
//   - lexicons/stoplists/Persian.txt (jusText, BSD)
//   - Lilak's compounds (npm dictionary-fa, a devDependency; Apache-2.0): see below
// Only word forms and counts are kept (a word list), never running text.
import fs from 'node:fs';
import path from 'node:path';
import { isLexiconSource, readSplit, writesZwnj } from './zwnj-sources.mjs';
import { HEH_SUFFIXES, NOT_PLURAL, NOUN_SUFFIXES, WHOLE_SUPERLATIVES } from '../dist/text/data/affixes.js';

const shared = process.argv[2] ?? path.resolve('../shared');
// ZWNJ_CV=k (0-3) also holds back lines i % 5 == k and writes them to $ZWNJ_CV_OUT, a second
// held-out fold for checking a rule change beyond fixtures/zwnj/heldout.txt (cross-validation).
const cvFold = process.env.ZWNJ_CV === undefined ? -1 : Number(process.env.ZWNJ_CV);
const cvOut = [];
const ZWNJ = '\u200c';
const fold = (s) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[\u064B-\u0652\u0670]/g, '');
const TOKEN = /[\u0621-\u06FF\u200C]+/g;

const texts = [];
const heldout = [];
const pes = fs.readFileSync(path.join(shared, 'corpus/langid/dev/pes.txt'), 'utf8').split('\n');
const src = fs.readFileSync(path.join(shared, 'corpus/langid/dev/pes.src'), 'utf8').split('\n');
const okSrc = new Set(['leipzig-web', 'ntrex-news', 'farsnews-2008']);
// A line that writes no ZWNJ at all may be glued throughout (سیاستهای for سیاست‌های): its
// tokens count as plain words only when they do not read as a known stem plus an affix.
const gluedStyle = [];
pes.forEach((line, i) => {
  if (!okSrc.has((src[i] ?? '').split('\t')[0])) return;
  if (i % 5 === 4) heldout.push(line);
  else if (i % 5 === cvFold) cvOut.push(line);
  else if (line.includes(ZWNJ)) texts.push(line);
  else gluedStyle.push(line);
});
const split = readSplit(shared);
for (const f of fs.readdirSync(path.join(shared, 'corpus/news/fa'))) {
  if (!isLexiconSource(f, split)) continue;
  const t = fs.readFileSync(path.join(shared, 'corpus/news/fa', f), 'utf8');
  // Only text that actually writes ZWNJ teaches where it goes.
  if (writesZwnj(t)) texts.push(t);
}

const zwnjForms = new Map(); // glued -> Map(zwnj form -> count)
const plain = new Map();
for (const t of texts) {
  for (const raw of fold(t).match(TOKEN) ?? []) {
    const tok = raw.replace(/^\u200c+|\u200c+$/g, '').replace(/\u200c+/g, ZWNJ);
    if (tok.length < 2) continue;
    if (tok.includes(ZWNJ)) {
      const glued = tok.replaceAll(ZWNJ, '');
      const m = zwnjForms.get(glued) ?? new Map();
      m.set(tok, (m.get(tok) ?? 0) + 1);
      zwnjForms.set(glued, m);
    } else {
      plain.set(tok, (plain.get(tok) ?? 0) + 1);
    }
  }
}
// A ZWNJ after a letter that does not join (ا د ذ ر ز ژ و) changes nothing on screen: a typo, not evidence.
const NON_JOINING = new Set('آادذرزژوؤأإ'.split(''));
const meaningful = (w) => w.split(ZWNJ).slice(0, -1).every((part) => !NON_JOINING.has(part[part.length - 1]));
// The plural endings of the runtime rules (src/text/data/affixes.ts), longest first, and the
// superlative: endings the Academy's orthography always sets apart after a joining letter.
const PLURALS = [...NOUN_SUFFIXES.filter((s) => s.startsWith('ها')), 'ترین'];
/**
 * `stem‌suffix` when `w` reads as a known stem plus a plural ending after a joining letter, else
 * undefined (after ر, د, و, … the plural is written glued: شهرهای).
 */
function regularPlural(w, words) {
  if (NOT_PLURAL.has(w) || WHOLE_SUPERLATIVES.has(w)) return undefined;
  const s = PLURALS.find((x) => {
    const stem = w.slice(0, -x.length);
    return w.endsWith(x) && stem.length >= 2 && !NON_JOINING.has(stem[stem.length - 1]) && words.has(stem);
  });
  return s && w.slice(0, -s.length) + ZWNJ + s;
}
const readsAffixed = (tok) => regularPlural(tok, plain) !== undefined;
const gluedCount = new Map(); // affixed-looking tokens of those lines: still a vote for the regular split
for (const line of gluedStyle) {
  for (const raw of fold(line).match(TOKEN) ?? []) {
    if (raw.length < 2) continue;
    if (!readsAffixed(raw)) plain.set(raw, (plain.get(raw) ?? 0) + 1);
    else gluedCount.set(raw, (gluedCount.get(raw) ?? 0) + 1);
  }
}
for (const w of fs.readFileSync(path.join(shared, 'lexicons/stoplists/Persian.txt'), 'utf8').split('\n')) {
  const tok = fold(w.trim()).replace(/\.$/, '');
  if (!tok) continue;
  if (tok.includes(ZWNJ)) {
    const glued = tok.replaceAll(ZWNJ, '');
    const m = zwnjForms.get(glued) ?? new Map();
    m.set(tok, (m.get(tok) ?? 0) + 3);
    zwnjForms.set(glued, m);
  } else plain.set(tok, (plain.get(tok) ?? 0) + 3);
}

// Lilak (npm dictionary-fa, Apache-2.0), a curated Persian spelling dictionary: a compound it
// writes with a ZWNJ (آتش‌بس, حمل‌ونقل, کشتی‌رانی) is one vote for that form, unless it also lists the
// glued spelling (همانطور beside همان‌طور) or the text above wrote the word glued. Left out: its
// participles with a copula (نبرده‌ای would take نبردهای from نبرد‌ها; the runtime's affix rules
// judge those), archaic همی‌ verbs, and prefixed verbs beyond می‌ (their stems are the same).
// Its whole words are not used (but for its agent nouns in گر, below): it lists glued variants
// (موضعگیری) and glued plurals (بیماریها) that news writes with a ZWNJ.
// Its می‌ verbs give verb stems of their own (می‌بایست, می‌زد), apart from the stems the text above
// conjugated: every verb of the language is in it, so that `سرودهای` would no longer read as a
// noun's plural (the runtime asks whether سرودند is a verb: one the text uses, not one that exists).
const HEH_ENDINGS = new Set(HEH_SUFFIXES);
/** Lilak's votes, so that the corpus alone says which parts of a compound are words. */
const fromLilak = new Set();
const dictionaryVerbStems = new Set();
const lilak = fs.readFileSync(new URL('../node_modules/dictionary-fa/index.dic', import.meta.url), 'utf8').split('\n').slice(1);
const lilakWords = new Set(lilak.map((l) => fold(l.split('/')[0].trim())).filter((w) => w.length >= 2 && /^[\u0621-\u06FF\u200C]+$/.test(w)));
const isWhole = (w) => lilakWords.has(w) || plain.has(w);
for (const w of lilakWords) {
  if (!w.includes(ZWNJ)) continue;
  const glued = w.replaceAll(ZWNJ, '');
  const parts = w.split(ZWNJ);
  const first = parts[0];
  if (isWhole(glued)) continue;
  if (HEH_ENDINGS.has(parts[parts.length - 1]) || first.endsWith('همی') || first.endsWith('می')) {
    const stem = parts.slice(1).join(ZWNJ);
    if (first === 'می' && parts.length === 2 && !isWhole('نمی' + stem)) dictionaryVerbStems.add(stem);
    continue;
  }
  const m = zwnjForms.get(glued) ?? new Map();
  m.set(w, (m.get(w) ?? 0) + 1);
  zwnjForms.set(glued, m);
  fromLilak.add(w);
}

// Lilak's agent nouns in گر that it writes only whole (آهنگر, گزارشگر, روشنگر; not تحلیلگر, which it
// also writes تحلیل‌گر) are words: with them, آهنگران and روشنگری read as the noun + a glued suffix,
// not as a stem + the compound tails گران/گری. Its other whole words are left out (see above).
const lilakGluedOfZwnj = new Set([...lilakWords].filter((w) => w.includes(ZWNJ)).map((w) => w.replaceAll(ZWNJ, '')));
for (const w of lilakWords) {
  if (w.includes(ZWNJ) || !w.endsWith('گر') || w.length <= 4 || lilakGluedOfZwnj.has(w) || zwnjForms.has(w)) continue;
  plain.set(w, (plain.get(w) ?? 0) + 1);
}

const zwnjWords = [];
for (const [glued, forms] of zwnjForms) {
  const ranked = [...forms].filter(([w]) => meaningful(w)).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) continue;
  const [best, n] = ranked[0];
  // Glued occurrences of a regular plural (شهرهای) vote for the regular split (شهر‌های), so a rarer
  // ZWNJ reading (شهره‌ای) does not take over.
  const regular = regularPlural(glued, plain);
  const gluedVotes = (plain.get(glued) ?? 0) + (gluedCount.get(glued) ?? 0);
  if (regular && best !== regular) { if (n >= gluedVotes + (forms.get(regular) ?? 0)) zwnjWords.push(best); else zwnjWords.push(regular); continue; }
  if (n >= gluedVotes) zwnjWords.push(best);
}
// Every part of a ZWNJ word seen in text is evidence that the part is a word too (همکاری from
// همکاری‌ها). Not so the parts of Lilak's compounds: bound pieces such as الشان or سیتی would let
// the runtime's rules split words that hold them (اعمالشان, سیتیزنها).
const known = new Map(plain);
for (const w of zwnjWords) {
  if (fromLilak.has(w) && !(zwnjForms.get(w.replaceAll(ZWNJ, ''))?.get(w) > 1)) continue;
  for (const part of w.split(ZWNJ)) if (part.length >= 2) known.set(part, (known.get(part) ?? 0) + 1);
}
// A glued plural of a known stem (تلاشهای) is a writer skipping the ZWNJ, not a word of its own,
// unless it is one of the lexicalized forms (تنها, آنها).
const gluedWords = new Set(zwnjWords.map((z) => z.replaceAll(ZWNJ, '')));
// Two-letter stems (فی, ای: Arabic فيها, أيها) need the split seen written.
const skipsZwnj = (w) => {
  const regular = regularPlural(w, known);
  return regular !== undefined && (regular.indexOf(ZWNJ) >= 3 || (zwnjForms.get(w)?.has(regular) ?? false));
};
const knownWords = [...known]
  .filter(([w]) => !gluedWords.has(w) && !skipsZwnj(w))
  .map(([w]) => w);

zwnjWords.sort();
knownWords.sort();
const out = `// Generated by scripts/build-zwnj-lexicon.mjs — do not edit by hand.
// Word forms from Persian text that writes ZWNJ consistently: the dev split of
// ../shared/corpus/langid (Leipzig via lingua, Apache-2.0; NTREX, CC BY-SA 4.0; FarsNews, Apache-2.0),
// dev-split FarsNews/pn-summary/Varzesh3 articles (Apache-2.0/MIT), jusText's Persian stop list (BSD)
// and the compounds of Lilak, the Persian spelling dictionary (npm dictionary-fa, Apache-2.0).
// ${zwnjWords.length} ZWNJ words, ${knownWords.length} plain words, ${dictionaryVerbStems.size} verb stems.

/** Words seen written with a zero-width non-joiner, space-separated. */
export const ZWNJ_WORDS = ${JSON.stringify(zwnjWords.join(' '))};

/** Words seen written whole, without a ZWNJ (so: real words, not glued affixes), space-separated. */
export const PLAIN_WORDS = ${JSON.stringify(knownWords.join(' '))};

/** Verb stems after می‌ in Lilak (\`می‌بایست\` → بایست), for the می/نمی split only; space-separated. */
export const DICTIONARY_VERB_STEMS = ${JSON.stringify([...dictionaryVerbStems].sort().join(' '))};
`;
fs.writeFileSync('src/text/data/zwnj-lexicon.ts', out);
if (cvFold >= 0) {
  fs.writeFileSync(process.env.ZWNJ_CV_OUT ?? `/tmp/zwnj-cv${cvFold}.txt`, cvOut.filter((l) => l.includes(ZWNJ)).join('\n') + '\n');
  console.log(`cross-validation fold ${cvFold}: ${cvOut.length} lines held back`);
} else {
fs.mkdirSync('fixtures/zwnj', { recursive: true });
fs.writeFileSync('fixtures/zwnj/heldout.txt', heldout.filter((l) => l.includes(ZWNJ)).join('\n') + '\n');
}
console.log(`zwnj words ${zwnjWords.length}, plain words ${knownWords.length}, held-out lines ${heldout.length}`);
