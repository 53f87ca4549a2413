/**
 * What the language model looks at: Arabic-script letters only, folded a little, cut into
 * words; everything else (digits, punctuation, Latin runs, URLs, @mentions, e-mail, HTML tags)
 * is a word break, so it can never decide the label of an Arabic-script line.
 *
 * The trainer (`scripts/build-langid-model.mjs`) runs this same code from `dist/`, so training
 * and detection see identical features.
 */

import { ARABIC_YEH_KAF_TO_PERSIAN } from '../text/data/letters.js';
import { isArabicScriptLetter } from '../text/script.js';

export interface LetterScan {
  /** The text with links, e-mail, @mentions and HTML tags blanked (what the counts are of). */
  stripped: string;
  /** Arabic-script letters seen. */
  arabic: number;
  /** Latin letters seen (outside URLs, mentions, e-mail and tags). */
  latin: number;
  /** Letters of any other script. */
  other: number;
  /** Yeh and kaf in their Arabic forms (ي ى ك), counted before folding. */
  arabicForms: number;
  /** Yeh and kaf in their Persian forms (ی ک). */
  persianForms: number;
  /** Words of Arabic-script letters, and words of any other script. */
  arabicWords: number;
  foreignWords: number;
  /** Latin words that start with a capital (names, brands, acronyms: `Paul Barreira`, `NATO`). */
  capitalizedWords: number;
  /**
   * The letters kept for the model in `units[0, length)`, words joined by single spaces. The
   * buffer is reused by the next scan: read it before scanning again.
   */
  units: Uint16Array;
  length: number;
  /**
   * Beside each letter of `units`: 1 where it was a yeh/kaf typed in Arabic form, -1 in Persian
   * form, else 0 (the fold hides this from the n-grams). Reused like `units`.
   */
  forms: Int8Array;
}

export interface LetterStats extends Omit<LetterScan, 'units' | 'length' | 'stripped' | 'forms'> {
  /** Arabic-script letters kept for the model, words joined by single spaces. */
  letters: string;
}

// Noise that must not vote: links, e-mail, @mentions (Dial2MSA-style tweets start with them).
// HTML tags (a scraped `<div><script src=…>` embed) are markup, not language, and go too.
const NOISE_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+|<\/?[A-Za-z][^<>]*>/g;

/**
 * Letter folding before n-grams (letters data module): Arabic yeh/kaf and alef maksura become
 * their Persian forms so that legacy Persian typed with Arabic ي/ك (FarsNews 2008, many Afghan
 * sites) reads as Persian words. Which form the keyboard wrote is not lost: the scan marks it
 * beside each letter (`forms`) and the model weighs each with a fitted weight (model.ts).
 */
const FOLD: Record<number, number> = Object.fromEntries(
  Object.entries(ARABIC_YEH_KAF_TO_PERSIAN).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
// The same fold inline in the scan loop (an object lookup per letter was a third of its cost).
const FOLDED_YEH = FOLD[0x064a]!;
const FOLDED_KAF = FOLD[0x0643]!;

/** 1 for yeh/kaf in Arabic form (ي ى ك), -1 in Persian form (ی ک), else 0. */
function keyboardForm(c: number): number {
  return c === 0x064a || c === 0x0649 || c === 0x0643 ? 1 : c === 0x06cc || c === 0x06a9 ? -1 : 0;
}

/** Marks that carry language identity (Kashmiri, Uyghur, Sindhi vowel signs), kept as letters. */
function isKeptMark(c: number): boolean {
  return (c >= 0x0653 && c <= 0x065f) || c === 0x0670 || (c >= 0x06e5 && c <= 0x06e6);
}

/** A letter of another script (Cyrillic, Greek, Hebrew, CJK, …); punctuation and symbols are not. */
function isOtherLetter(c: number, s: string, i: number): boolean {
  // Latin-1 signs, general punctuation, currency and symbols, surrogates (emoji): the common
  // non-letters of news text, answered without the Unicode property test.
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x3000 && c <= 0x303f)) return false;
  return /\p{L}/u.test(s[i]!);
}

// What each code point of the Arabic block (U+0600–U+08FF) is to the scan, looked up once
// per character instead of testing ranges.
const BREAK = 0;
const LETTER = 1;
const KEPT_MARK = 2;
const IGNORED = 3; // tatweel and common harakat: dropped without breaking the word
const ARABIC_BLOCK = Uint8Array.from({ length: 0x300 }, (_, i) => {
  const c = 0x0600 + i;
  if (isArabicScriptLetter(c)) return LETTER;
  if (isKeptMark(c)) return KEPT_MARK;
  if (c === 0x0640 || (c >= 0x064b && c <= 0x0652)) return IGNORED;
  return BREAK;
});

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

// Letters are collected in a reused buffer, which the detector scores as it is; only the trainer
// (letterStats) turns it into a string. Building strings was the detector's second-largest cost.
let buf = new Uint16Array(4096);
let formBuf = new Int8Array(4096);
const utf16 = new TextDecoder('utf-16le');

/** Arabic-script letters for the model, and letter counts by script, of `text`. */
export function letterStats(text: string): LetterStats {
  const { units, length, stripped: _, forms: __, ...counts } = scanLetters(text);
  return { letters: length === 0 ? '' : utf16.decode(units.subarray(0, length)), ...counts };
}

/** `letterStats` without building the letters string: the detector scores the buffer itself. */
export function scanLetters(text: string): LetterScan {
  const src = text.includes('@') || text.includes('http') || text.includes('www.') || text.includes('<')
    ? text.replace(NOISE_RE, ' ') : text;
  if (buf.length < src.length * 2 + 2) {
    buf = new Uint16Array(src.length * 2 + 2);
    formBuf = new Int8Array(buf.length);
  }
  let n = 0;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let arabicForms = 0;
  let persianForms = 0;
  let arabicWords = 0;
  let foreignWords = 0;
  let capitalizedWords = 0;
  let inForeign = false;
  let pendingSpace = false;
  let last = 0;
  let run = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x08ff) {
      const kind = ARABIC_BLOCK[c - 0x0600]!;
      if (kind === LETTER) {
        arabic++;
        const form = keyboardForm(c);
        const f = form === 1 ? (c === 0x0643 ? FOLDED_KAF : FOLDED_YEH) : c;
        if (form === 1) arabicForms++;
        else if (form === -1) persianForms++;
        if (pendingSpace || n === 0) arabicWords++;
        inForeign = false;
        if (pendingSpace && n > 0) { formBuf[n] = 0; buf[n++] = 0x20; run = 0; last = 0x20; }
        pendingSpace = false;
        // Stretched letters (ههههه, جدااااا) count twice at most: the stretch is style, not language.
        if (f === last && run >= 2) continue;
        run = f === last ? run + 1 : 1;
        last = f;
        formBuf[n] = form;
        buf[n++] = f;
        continue;
      }
      if (kind === KEPT_MARK) { if (n > 0 && !pendingSpace) { formBuf[n] = 0; buf[n++] = c; } continue; }
      if (kind === IGNORED) continue;
      pendingSpace = true;
      continue;
    }
    if (c === 0x200c) { // ZWNJ: a Persian/Kurdish habit, kept inside the word
      if (n > 0 && !pendingSpace) { formBuf[n] = 0; buf[n++] = 0x200c; }
      continue;
    }
    if (c >= 0xfb50 && c <= 0xfeff && c !== 0xfeff) {
      // Presentation forms: fold through NFKC one char at a time (rare in real text).
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      const k = nfkc.charCodeAt(0);
      if (nfkc.length === 1 && isArabicScriptLetter(k)) {
        arabic++;
        const form = keyboardForm(k);
        if (form === 1) arabicForms++;
        else if (form === -1) persianForms++;
        if (pendingSpace || n === 0) arabicWords++;
        inForeign = false;
        if (pendingSpace && n > 0) { formBuf[n] = 0; buf[n++] = 0x20; }
        pendingSpace = false;
        formBuf[n] = form;
        buf[n++] = FOLD[k] ?? k;
      } else pendingSpace = true;
      continue;
    }
    pendingSpace = true;
    if (c < 0x80) {
      if (isLatin(c)) {
        latin++;
        if (!inForeign) {
          foreignWords++;
          inForeign = true;
          if (c >= 0x41 && c <= 0x5a) capitalizedWords++;
        }
      } else if (c !== 0x27 && c !== 0x2d) inForeign = false; // don't, well-known: one word
      continue;
    }
    if (isLatin(c) || isOtherLetter(c, src, i)) {
      if (isLatin(c)) latin++;
      else other++;
      if (!inForeign) { foreignWords++; inForeign = true; }
    } else inForeign = false;
  }
  return {
    stripped: src, units: buf, forms: formBuf, length: n,
    arabic, latin, other, arabicForms, persianForms, arabicWords, foreignWords, capitalizedWords,
  };
}

/**
 * Every character n-gram (1..maxN) of every word, the word padded with a space on each side, as
 * strings: what the trainer stores. `NgramModel.score` walks the same n-grams by hash.
 */
export function ngramStrings(letters: string, maxN: number): string[] {
  const out: string[] = [];
  for (const word of letters.split(' ')) {
    if (!word) continue;
    const w = ` ${word} `;
    for (let i = 0; i < w.length; i++) {
      for (let n = 1; n <= maxN && i + n <= w.length; n++) {
        const g = w.slice(i, i + n);
        if (g === ' ') continue;
        out.push(g);
      }
    }
  }
  return out;
}
