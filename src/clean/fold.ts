/**
 * The matching form of a line: one spelling for the letter variants scraped text mixes
 * (ي/ى→ی, ك→ک, أ/إ/آ/ٱ→ا, ة→ه, ؤ→و, ۀ→ه), no ZWNJ, diacritics or tatweel, digits as ASCII,
 * single spaces. Furniture patterns are folded the same way, so they can be written in
 * natural spelling and still match Persian typed with Arabic letters and vice versa.
 */
import { FNV_OFFSET, FNV_PRIME } from '../text/hash.js';

const FOLD_MAP: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ؤ': 'و', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه',
};
const FOLD_RE = /[يىكأإآٱةؤۀەھ]/g;
const DROP_RE = /[\u200C\u200D\u0640\u064B-\u0652\u0670\u0654\u0655]/g;

/**
 * The same folding one UTF-16 unit at a time for U+0600–U+07FF, for hot loops that must not
 * build strings (foldCode): the mapped code, -1 for a unit that `fold` drops, 0 for one it keeps.
 * Built from FOLD_MAP and DROP_RE above, so the two can never disagree.
 */
const FOLD_CODE = new Int32Array(0x0800 - 0x0600).fill(0);
for (const [from, to] of Object.entries(FOLD_MAP)) FOLD_CODE[from.charCodeAt(0) - 0x0600] = to.charCodeAt(0);
for (let c = 0x0600; c < 0x0800; c++) {
  if (DROP_RE.test(String.fromCharCode(c))) FOLD_CODE[c - 0x0600] = -1;
  DROP_RE.lastIndex = 0;
  if ((c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669)) FOLD_CODE[c - 0x0600] = 0x30 + ((c - 0x0660) % 0x90);
}

/** JavaScript's `\s` outside ASCII: what `fold` collapses to one space, like /\s+/. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What fold does with each unit below U+0800: keep (0), drop (DROP), a space (SPACE), or the mapped code. */
const DROP = -1;
const SPACE = -2;
const FOLD_ACTION = new Int32Array(0x800);
for (let c = 0; c < 0x800; c++) {
  if (isSpace(c)) FOLD_ACTION[c] = SPACE;
  else if (c >= 0x0600) FOLD_ACTION[c] = FOLD_CODE[c - 0x0600]!;
}

/** What fold does with unit `c`: DROP it, make it a SPACE, or put the returned code. */
function foldAction(c: number): number {
  if (c < 0x800) {
    const action = FOLD_ACTION[c]!;
    return action === 0 ? c : action;
  }
  if (isSpace(c)) return SPACE;
  return c === 0x200c || c === 0x200d ? DROP : c;
}

/** `foldAction` for hot loops that keep spaces as they are (dedupe's and the quote tokenizers). */
export function foldCode(c: number): number {
  const m = foldAction(c);
  return m === SPACE ? c : m;
}

/** Reused output buffer: fold runs once per line of every record, so it builds no arrays. */
let foldBuffer = new Uint16Array(1024);
const CHUNK = 4096;

export function fold(text: string): string {
  if (foldBuffer.length < text.length) foldBuffer = new Uint16Array(text.length * 2);
  const buf = foldBuffer;
  let n = 0;
  let space = false;
  // Unchanged when nothing is mapped or dropped, every space is U+0020 and none collapses (n stays text.length).
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = foldAction(c);
    if (m === SPACE) {
      space = true;
      if (c !== 0x20) changed = true;
      continue;
    }
    if (m !== c) {
      changed = true;
      if (m === DROP) continue;
    }
    if (space && n > 0) buf[n++] = 0x20;
    space = false;
    buf[n++] = m;
  }
  if (!changed && n === text.length) return text;
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/** A line's matching form, summarized: what recurring-line counting needs of `fold(line)`. */
export interface FoldedKey {
  /** fnv1a(fold(line)) (text/hash.ts). */
  hash: number;
  /** fold(line).length */
  length: number;
  /** wordCount(fold(line)) */
  words: number;
}

/**
 * `fold` summarized without building the folded string: every line of every record is keyed
 * for recurring-line counting, and building a string for each long body line was most of that.
 */
export function foldKey(text: string): FoldedKey {
  let hash = FNV_OFFSET;
  let length = 0;
  let words = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const m = foldAction(text.charCodeAt(i));
    if (m === SPACE) { space = true; continue; }
    if (m === DROP) continue;
    if (length === 0) words = 1;
    else if (space) { hash = Math.imul(hash ^ 0x20, FNV_PRIME); length++; words++; }
    space = false;
    hash = Math.imul(hash ^ m, FNV_PRIME);
    length++;
  }
  return { hash: hash >>> 0, length, words };
}

/** Folds the letters of a regular expression's source (its syntax has no Arabic letters to touch). */
export function foldPattern(re: RegExp): RegExp {
  return new RegExp(re.source.replace(DROP_RE, '').replace(FOLD_RE, (c) => FOLD_MAP[c]), re.flags);
}

/** Words as `text.trim().split(/\s+/)` counts them, without building the array. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) { inWord = true; words++; }
  }
  return words;
}
