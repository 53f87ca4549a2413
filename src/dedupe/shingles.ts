/**
 * What near-duplicate detection compares: the folded text (clean's matching form: one spelling
 * for letter variants, no ZWNJ/diacritics/tatweel, ASCII digits — numbers are kept, so stories
 * that differ only in figures stay different) cut into words, punctuation dropped; then
 * hashed word n-grams ("shingles"), or character n-grams for short units such as lines.
 */
import { fold, foldCode } from '../clean/fold.js';
import { FNV_OFFSET, FNV_PRIME, fmix, fnv1a } from '../text/hash.js';

const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

/** The comparison form of a text: folded words joined by single spaces. */
export function comparisonText(text: string): string {
  const words = fold(text).toLowerCase().match(WORD_RE);
  return words ? words.join(' ') : '';
}

/** FNV-1a with fmix on top, so low bits are well mixed. */
export function hash32(s: string, seed = 0): number {
  return fmix(fnv1a(s, seed));
}

/** A 53-bit hash (two independent 32-bit halves), exact in a JS number: the exact-duplicate key. */
export function hash53(s: string): number {
  return (hash32(s, 0x9e3779b9) & 0x1fffff) * 0x100000000 + hash32(s, 0x7f4a7c15);
}

/**
 * Letters, digits and marks make words, everything else separates them: the same class as
 * comparisonText's WORD_RE, looked up in a table for the scripts news text is written in.
 */
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const WORD_CHAR_TABLE = Uint8Array.from({ length: 0x2000 }, (_, c) => (WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 0));

function isWordChar(c: number): boolean {
  return c < 0x2000 ? WORD_CHAR_TABLE[c] === 1 : WORD_CHAR_RE.test(String.fromCharCode(c));
}

let wordBuf = new Uint32Array(1024);

/**
 * The word hashes of `text`'s comparison form, without building it: fold each unit (clean's
 * fold table), lower-case ASCII, cut at non-word characters. Returns a view of a reused buffer
 * (valid until the next call) and the 53-bit exact key of the whole word sequence.
 */
export function wordHashes(text: string): { words: Uint32Array; exactKey: number } {
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  let k1 = 0x9e3779b9;
  let k2 = 0x7f4a7c15;
  const finish = () => {
    const w = fmix(h);
    if (n === wordBuf.length) { const g = new Uint32Array(n * 2); g.set(wordBuf); wordBuf = g; }
    wordBuf[n++] = w;
    k1 = fmix(Math.imul(k1 ^ w, 0x01000193));
    k2 = fmix(Math.imul(k2 ^ w, 0x5bd1e995) + n);
    h = FNV_OFFSET;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    let c = foldCode(text.charCodeAt(i));
    if (c === -1) continue;
    if (isWordChar(c)) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) finish();
  }
  if (inWord) finish();
  return { words: wordBuf.subarray(0, n), exactKey: n === 0 ? 0 : (k1 & 0x1fffff) * 0x100000000 + k2 };
}

/** Distinct hashes of word n-grams from word hashes (sorted, duplicates removed). */
export function shinglesOfWords(wh: Uint32Array, n = 3): Uint32Array {
  if (wh.length === 0) return new Uint32Array(0);
  const count = Math.max(1, wh.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x2545f491;
    for (let j = i; j < Math.min(i + n, wh.length); j++) h = fmix(Math.imul(h ^ wh[j]!, 0x01000193) + j - i);
    out[i] = h;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i]!;
  return out.subarray(0, m);
}

/** Distinct hashes of word n-grams of `text`. Fewer words than n: one shingle. */
export function wordShingles(text: string, n = 3): Uint32Array {
  return shinglesOfWords(wordHashes(text).words, n).slice();
}

/** Distinct hashes of character n-grams of `text` with spaces removed (short units). */
export function charShingles(text: string, n = 5): Uint32Array {
  const s = text.replace(/ /g, '');
  if (s.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  if (s.length <= n) out.add(hash32(s));
  for (let i = 0; i + n <= s.length; i++) {
    let h = FNV_OFFSET;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ s.charCodeAt(j), FNV_PRIME);
    out.add(fmix(h));
  }
  return Uint32Array.from(out);
}
