// Which real, labelled lines train the language model and which are kept for calibration and
// testing. Shared by scripts/build-langid-model.mjs and scripts/eval.mjs so the split is one fact.
//
// Only permissively licensed sources train the shipped model (MANIFEST.tsv licence column):
// Leipzig via lingua (Apache-2.0), FarsNews via course-nlp (Apache-2.0), NTREX (CC BY-SA 4.0),
// PALI corpora (MIT / Wikipedia CC BY-SA), and the Apache/MIT news articles. Research-only
// sources (ANERcorp, AOC, Dial2MSA, KurdishBLARK NC, ParsiNLU NC, PersianQA GPL) are test-only.
// Within a training source, line i trains when i % 2 == 0, calibrates when i % 4 == 1, tests
// when i % 4 == 3.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const TRAINABLE_SOURCES = new Set([
  'leipzig-web', 'farsnews-2008', 'ntrex-news', 'pali-corpus',
]);

/** 639-3 dev file name → the label the detector should give (dialects count as Arabic). */
export const GOLD_LABEL = {
  pes: 'pes', arb: 'arb', arz: 'arb', ajp: 'arb', afb: 'arb', ary: 'arb',
  prs: 'prs', urd: 'urd', pus: 'pus', snd: 'snd', uig: 'uig', ckb: 'ckb',
  glk: 'glk', bal: 'bal', kas: 'kas', hac: 'hac', eng: 'eng', azj: 'azj',
};

export function langidDevDir(shared) {
  return join(shared, 'corpus/langid/dev');
}

/** Every dev line: { file, gold, source, index, text, role: train|calib|test }. */
export function loadLangidDev(shared) {
  const dir = langidDevDir(shared);
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt') && n !== 'mixed.txt').sort()) {
    const code = f.replace(/\.txt$/, '');
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    const srcPath = join(dir, `${code}.src`);
    const sources = existsSync(srcPath) ? readFileSync(srcPath, 'utf8').split('\n') : [];
    const counters = new Map();
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const source = sources[i] ?? 'unknown';
      const n = counters.get(source) ?? 0;
      counters.set(source, n + 1);
      const trainable = TRAINABLE_SOURCES.has(source);
      const role = !trainable ? 'test' : n % 2 === 0 ? 'train' : n % 4 === 1 ? 'calib' : 'test';
      out.push({ file: code, gold: GOLD_LABEL[code] ?? code, source, index: i + 1, text, role });
    });
  }
  return out;
}

/** Permissively licensed news article text files from corpus/news (training only). */
export function loadPermissiveNews(shared) {
  const base = join(shared, 'corpus/news');
  const manifest = join(base, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  const out = [];
  for (const row of readFileSync(manifest, 'utf8').split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 6) continue;
    const [file, lang, , , , licence] = cols;
    if (!/^(repo )?(Apache-2\.0|MIT)|MIT \(/.test(licence) || !file.endsWith('.txt')) continue;
    const path = join(base, lang, file);
    if (!existsSync(path)) continue;
    out.push({ gold: lang === 'fa' ? 'pes' : 'arb', file, text: readFileSync(path, 'utf8') });
  }
  return out;
}
