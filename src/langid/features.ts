/**
 * What the language model looks at: Arabic-script letters only, folded a little, cut into
 * words; everything else (digits, punctuation, Latin runs, URLs, @mentions, e-mail) is a word
 * break, so it can never decide the label of an Arabic-script line.
 *
 * The trainer (`scripts/build-langid-model.mjs`) runs this same code from `dist/`, so training
 * and detection see identical features.
 */

import { ARABIC_YEH_KAF_TO_PERSIAN } from '../text/data/letters.js';

export interface LetterStats {
  /** Arabic-script letters kept for the model, words joined by single spaces. */
  letters: string;
  /** Arabic-script letters seen. */
  arabic: number;
  /** Latin letters seen (outside URLs, mentions and e-mail). */
  latin: number;
  /** Letters of any other script. */
  other: number;
}

// Noise that must not vote: links, e-mail, @mentions (Dial2MSA-style tweets start with them).
const NOISE_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+/g;

/**
 * Letter folding before n-grams (letters data module): Arabic yeh/kaf and alef maksura become
 * their Persian forms so that legacy Persian typed with Arabic ي/ك (FarsNews 2008, many Afghan
 * sites) reads as Persian words; Arabic is carried by ة, ال and its own words without ي/ك.
 */
const FOLD: Record<number, number> = Object.fromEntries(
  Object.entries(ARABIC_YEH_KAF_TO_PERSIAN).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5
    || (c >= 0x06ee && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
}

/** Marks that carry language identity (Kashmiri, Uyghur, Sindhi vowel signs), kept as letters. */
function isKeptMark(c: number): boolean {
  return (c >= 0x0653 && c <= 0x065f) || c === 0x0670 || (c >= 0x06e5 && c <= 0x06e6);
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

// Letters are collected in a reused buffer and turned into one string at the end: building the
// string a character at a time was the detector's second-largest cost.
let buf = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

export function letterStats(text: string): LetterStats {
  const src = text.includes('@') || text.includes('http') || text.includes('www.')
    ? text.replace(NOISE_RE, ' ') : text;
  if (buf.length < src.length * 2 + 2) buf = new Uint16Array(src.length * 2 + 2);
  let n = 0;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let pendingSpace = false;
  let last = 0;
  let run = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x08ff) {
      if (isArabicLetter(c)) {
        arabic++;
        if (pendingSpace && n > 0) { buf[n++] = 0x20; run = 0; last = 0x20; }
        pendingSpace = false;
        const f = FOLD[c] ?? c;
        // Stretched letters (ههههه, جدااااا) count twice at most: the stretch is style, not language.
        if (f === last && run >= 2) continue;
        run = f === last ? run + 1 : 1;
        last = f;
        buf[n++] = f;
        continue;
      }
      if (isKeptMark(c)) { if (n > 0 && !pendingSpace) buf[n++] = c; continue; }
      // Tatweel and common harakat are ignored without breaking the word.
      if (c === 0x0640 || (c >= 0x064b && c <= 0x0652)) continue;
      pendingSpace = true;
      continue;
    }
    if (c === 0x200c) { // ZWNJ: a Persian/Kurdish habit, kept inside the word
      if (n > 0 && !pendingSpace) buf[n++] = 0x200c;
      continue;
    }
    if (c >= 0xfb50 && c <= 0xfeff && c !== 0xfeff) {
      // Presentation forms: fold through NFKC one char at a time (rare in real text).
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      const k = nfkc.charCodeAt(0);
      if (nfkc.length === 1 && isArabicLetter(k)) {
        arabic++;
        if (pendingSpace && n > 0) buf[n++] = 0x20;
        pendingSpace = false;
        buf[n++] = FOLD[k] ?? k;
      } else pendingSpace = true;
      continue;
    }
    if (c < 0x80) {
      if (isLatin(c)) latin++;
      pendingSpace = true;
      continue;
    }
    if (isLatin(c)) latin++;
    else if (/\p{L}/u.test(src[i]!)) other++;
    pendingSpace = true;
  }
  const letters = n === 0 ? '' : utf16.decode(buf.subarray(0, n));
  return { letters, arabic, latin, other };
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
