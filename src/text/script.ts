/**
 * A fast letter-based test: is this line Persian, Arabic, or neither?
 * Used by `clean` to pick normalization rules per line; `detect-lang` builds on it.
 * Distinctive letters (پ چ ژ گ vs ة ى) weigh most; yeh/keheh variants and a few very
 * frequent function words break ties; legacy Persian typed with Arabic ي/ك is carried by
 * پ چ ژ گ, ZWNJ and the Persian function words.
 */
import { FA_FUNCTION_WORDS, AR_FUNCTION_WORDS } from './data/function-words.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash.js';
import { ARABIC_YEH_KAF, PERSIAN_YEH_KAF, SCRIPT_LETTER_WEIGHTS } from './data/letters.js';

export type ScriptLang = 'fa' | 'ar' | 'und';

export interface ScriptScore {
  fa: number;
  ar: number;
  /** Arabic-script letters seen. */
  letters: number;
  /** Yeh and kaf typed in their Arabic forms (ي ك), and in their Persian forms (ی ک): the keyboard. */
  arabicYehKaf: number;
  persianYehKaf: number;
}

/**
 * How much of its Arabic weight (SCRIPT_LETTER_WEIGHTS) an Arabic-form ي/ك loses in a document
 * whose Persian is typed with them (legacy Persian, FarsNews 2008): there they tell little, and
 * short Persian lines (headlines, citations) read as Arabic. Of the 0.5 a letter weighs, 0.35:
 * on the corpus's legacy articles this turned 11 such Persian lines Persian and 3 short Quran
 * verses with no other Arabic evidence Persian too; the whole weight turned 9 verses.
 */
export const ARABIC_KEYBOARD_YEH_KAF_DISCOUNT = 0.35;

/**
 * Function words keyed by their FNV-1a hash (text/hash.ts), so the scan can hash a word as it
 * reads it and look it up as it ends, without cutting a substring; the stored word confirms a hit.
 * An open-addressing table in typed arrays: with a Map lookup per word the scan took ~15% longer.
 */
const WORD_TABLE_SIZE = 1024; // a power of two, over 4× the words, so probes stay short
const wordHashes = new Int32Array(WORD_TABLE_SIZE);
/** 0: empty slot; else 1 + the word's index in `words` (positive: Persian, negative: Arabic). */
const wordSlots = new Int16Array(WORD_TABLE_SIZE);
const words: string[] = [];
/** Longer words are never looked up. */
let maxWordLength = 0;
for (const [list, sign] of [[FA_FUNCTION_WORDS, 1], [AR_FUNCTION_WORDS, -1]] as const) {
  for (const word of list) {
    const h = fnv1a(word) | 0;
    let i = h & (WORD_TABLE_SIZE - 1);
    for (; wordSlots[i] !== 0; i = (i + 1) & (WORD_TABLE_SIZE - 1)) {
      // Data and hash are fixed, so a collision fails every run at load (and in the tests), never silently.
      if (wordHashes[i] === h) throw new Error(`function words ${words[Math.abs(wordSlots[i]!) - 1]} and ${word} share a hash`);
    }
    words.push(word);
    wordHashes[i] = h;
    wordSlots[i] = sign * words.length;
    maxWordLength = Math.max(maxWordLength, word.length);
  }
}

/** The function word of `len` units at `start` with hash `h`: 1 Persian, -1 Arabic, 0 none. */
function functionWordAt(text: string, start: number, len: number, h: number): number {
  if (len > maxWordLength) return 0;
  for (let i = h & (WORD_TABLE_SIZE - 1); wordSlots[i] !== 0; i = (i + 1) & (WORD_TABLE_SIZE - 1)) {
    if (wordHashes[i] !== h) continue;
    const slot = wordSlots[i]!;
    const word = words[Math.abs(slot) - 1]!;
    return word.length === len && text.startsWith(word, start) ? Math.sign(slot) : 0;
  }
  return 0;
}

/** SCRIPT_LETTER_WEIGHTS (letters data) per letter of U+0600–U+06FF: a table, not a lookup, in the scan. */
const FA_LETTER_WEIGHT = new Uint8Array(0x100);
const AR_LETTER_WEIGHT = new Uint8Array(0x100);
for (const [lang, table] of [['fa', FA_LETTER_WEIGHT], ['ar', AR_LETTER_WEIGHT]] as const) {
  for (const [letters, weight] of SCRIPT_LETTER_WEIGHTS[lang]) {
    for (const ch of letters) table[ch.charCodeAt(0) - 0x0600] = weight;
  }
}
const ALEF = 0x0627;
const LAM = 0x0644;
/** 1 for yeh/kaf in their Arabic forms (ي ك), resp. their Persian forms (ی ک), over U+0600–U+06FF: added, not branched on. */
const ARABIC_FORM = new Uint8Array(0x100);
const PERSIAN_FORM = new Uint8Array(0x100);
for (const ch of ARABIC_YEH_KAF) ARABIC_FORM[ch.charCodeAt(0) - 0x0600] = 1;
for (const ch of PERSIAN_YEH_KAF) PERSIAN_FORM[ch.charCodeAt(0) - 0x0600] = 1;

/** A letter of the Arabic script (Arabic, Persian, Urdu, Pashto, Sindhi, Kurdish, … extensions). */
export function isArabicScriptLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5
    || (c >= 0x06ee && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
}

/** Arabic vowel and other combining marks (fathatan … sukun, superscript alef). */
function isVowelMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/** A word is a run of U+0600–U+06FF and ZWNJ, scored as it ends (no regex, no word array). */
function isWordUnit(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || c === 0x200c;
}

export function scoreScript(text: string): ScriptScore {
  let fa = 0;
  let ar = 0;
  let letters = 0;
  let arabicYehKaf = 0;
  let persianYehKaf = 0;
  let start = -1;
  let hash = 0;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    if (isWordUnit(c)) {
      if (start < 0) { start = i; hash = FNV_OFFSET; }
      hash = Math.imul(hash ^ c, FNV_PRIME);
    } else if (start >= 0) {
      const len = i - start;
      const fw = functionWordAt(text, start, len, hash);
      if (fw > 0) fa += 20;
      else if (fw < 0) ar += 20;
      else if (len > 3 && startsWithArticle(text, start)) ar += 7;
      start = -1;
    }
    // ZWNJ after a letter is Persian orthography Arabic never uses: it carries legacy Persian
    // typed with Arabic ي/ك (`اصلاح‌طلبي‌ يك‌ روحيه`) that has none of پ چ ژ گ. Not one before a
    // vowel mark: a Persian site's editor slips those into Quranic Arabic (`أ‌َعْرَضَ`).
    if (c < 0x0600 || c > 0x06ff) {
      if (c === 0x200c && isArabicScriptLetter(text.charCodeAt(i - 1)) && !isVowelMark(text.charCodeAt(i + 1))) fa += 10;
      continue;
    }
    letters++;
    fa += FA_LETTER_WEIGHT[c - 0x0600]!;
    ar += AR_LETTER_WEIGHT[c - 0x0600]!;
    arabicYehKaf += ARABIC_FORM[c - 0x0600]!;
    persianYehKaf += PERSIAN_FORM[c - 0x0600]!;
  }
  // Summed in integer tenths, so that ties and margins compare exactly.
  return { fa: fa / 10, ar: ar / 10, letters, arabicYehKaf, persianYehKaf };
}

/** `ال`, `وال` or `بال` at `i`: the Arabic article, bare or after و/ب. */
function startsWithArticle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0648 || c === 0x0628) return text.charCodeAt(i + 1) === ALEF && text.charCodeAt(i + 2) === LAM;
  return c === ALEF && text.charCodeAt(i + 1) === LAM;
}

/** Persian, Arabic, or `und` when there is no Arabic-script evidence either way. */
export function scriptLang(text: string): ScriptLang {
  return scriptLangOfScore(scoreScript(text));
}

/** scriptLang from a score, e.g. the sum of a document's line scores. */
export function scriptLangOfScore(s: Pick<ScriptScore, 'fa' | 'ar' | 'letters'>): ScriptLang {
  if (s.letters === 0 || (s.fa === 0 && s.ar === 0)) return 'und';
  return s.fa >= s.ar ? 'fa' : 'ar';
}
