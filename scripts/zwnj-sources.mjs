// Which corpus news articles the ZWNJ lexicon learns from (scripts/build-zwnj-lexicon.mjs), so that
// `npm run eval` can score restoration on the articles it never read.
import fs from 'node:fs';
import path from 'node:path';

/** Dev-split articles from permissively licensed sources (FarsNews, pn-summary: Apache-2.0/MIT; Varzesh3). */
const LEXICON_SOURCE_RE = /^fa_(farsnews|pnsummary|varzesh3)_.*\.txt$/;

/** Text teaches where ZWNJ goes only if it writes one in at least this share of its words. */
const MIN_ZWNJ_SHARE = 0.02;

/** The gold split (file → dev/test) of ../shared. */
export function readSplit(shared) {
  return Object.fromEntries(
    fs.readFileSync(path.join(shared, 'gold/split.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t')),
  );
}

export function isLexiconSource(file, split) {
  return LEXICON_SOURCE_RE.test(file) && split[file] === 'dev';
}

export function writesZwnj(text) {
  return text.split('\u200c').length - 1 >= text.split(/\s+/).length * MIN_ZWNJ_SHARE;
}
