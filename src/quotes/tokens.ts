/**
 * Tokens for quote extraction: words and punctuation with their UTF-16 offsets in the record
 * and a matching form (clean's fold: one spelling for ي/ی ك/ک أ/ا ة/ه…, no ZWNJ, diacritics or
 * tatweel). Rules compare matching forms, output slices the original text by offsets.
 */
import { foldCode } from '../clean/fold.js';
import { isArabicScriptLetter } from '../text/script.js';

export const enum TokenKind { Word = 0, Punct = 1 }

export interface Token {
  kind: TokenKind;
  /** Matching form (folded word, or the punctuation character itself). */
  norm: string;
  start: number;
  end: number;
  /**
   * The word as written ends in heh (ه), not teh marbuta (ة): the fold merges the two, but an
   * Arabic ـه after a noun is its possessive (`تفهمه` "his understanding").
   */
  heh: boolean;
}

/** The form of a dot that abbreviates a one-letter word: punctuation, but no sentence end. */
export const ABBREVIATION_DOT = '·';

// An ellipsis (… or ...) marks elided words inside a sentence, not its end.
const SENTENCE_END = new Set(['.', '!', '?', '؟']);

export function isSentenceEnd(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Punct && SENTENCE_END.has(t.norm);
}

export const OPEN_QUOTES = new Set(['«', '“', '„', '‹']);
export const CLOSE_QUOTES = new Set(['»', '”', '›']);

/** Tokens of text[from, to) (one paragraph: no newlines expected, but they are skipped as space). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    // A joiner opening a word (`؛‌ چنانکه`, `‌تاکید`) joins nothing: it is not part of the word as written.
    if (cls & SPACE || c === ZWNJ || c === ZWJ) { i++; continue; }
    if (c === DOT && text.charCodeAt(i + 1) === DOT) {
      let j = i;
      while (j < to && text.charCodeAt(j) === DOT) j++;
      out.push({ kind: TokenKind.Punct, norm: '…', start: i, end: j, heh: false });
      i = j;
      continue;
    }
    if (cls & PUNCT && !partOfNumber(text, i)) {
      // A dot after a one-letter word abbreviates (`د. فراس إلياس`, `أ. ف. ب`): no sentence end.
      const prev = out[out.length - 1];
      const abbreviation = c === DOT && prev !== undefined && prev.kind === TokenKind.Word && prev.end === i && prev.end - prev.start === 1
        && isArabicScriptLetter(text.charCodeAt(i - 1));
      out.push({ kind: TokenKind.Punct, norm: abbreviation ? ABBREVIATION_DOT : c === FULLWIDTH_COLON ? ':' : text[i]!, start: i, end: i + 1, heh: false });
      i++;
      continue;
    }
    const start = i;
    // Most words need no folding: slice them; build the folded form only when a unit changes.
    let changed = false;
    while (i < to) {
      const k = CHAR_CLASS[text.charCodeAt(i)]!;
      if (k & SPACE) {
        // A direction mark between two letters of a word is a ZWNJ typed by a legacy editor (`همان‎گونه`).
        if (!(k & BIDI_MARK) || !isArabicScriptLetter(text.charCodeAt(i - 1)) || !isArabicScriptLetter(text.charCodeAt(i + 1))) break;
        changed = true;
      }
      if (k & PUNCT && !partOfNumber(text, i)) break;
      if (k & FOLDS) changed = true;
      i++;
    }
    let norm = text.slice(start, i);
    if (changed) {
      norm = '';
      for (let k = start; k < i; k++) {
        const f = foldCode(text.charCodeAt(k));
        if (f >= 0 && !(CHAR_CLASS[f]! & BIDI_MARK)) norm += String.fromCharCode(f >= 0x41 && f <= 0x5a ? f + 32 : f);
      }
    }
    // Nothing left after folding: a stray ZWNJ or diacritic is no word; tatweel alone is a dash (`ـ در حد … ـ`).
    if (norm === '') {
      if (text.charCodeAt(start) === TATWEEL) out.push({ kind: TokenKind.Punct, norm: '-', start, end: i, heh: false });
      continue;
    }
    out.push({ kind: TokenKind.Word, norm, start, end: i, heh: text.charCodeAt(i - 1) === 0x0647 });
  }
  return out;
}

const DOT = 0x2e;
const TATWEEL = 0x0640;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const FULLWIDTH_COLON = 0xff1a;
/** Character classes, one lookup per UTF-16 unit, so the tokenizer makes no one-character strings. */
const SPACE = 1;
/** Punctuation that carries structure here: colons, commas, sentence ends, quote marks, brackets. */
const PUNCT = 2;
/** A unit the matching form changes (clean's fold, or ASCII upper case). */
const FOLDS = 4;
/** LRM and RLM: spacing between words, joining inside one (see tokenize). */
const BIDI_MARK = 8;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200b) || c === 0x200e
    || c === 0x200f || c === 0x202f || c === 0x3000 || (c >= 0x202a && c <= 0x202e) || c === 0xfeff;
  CHAR_CLASS[c] = (space ? SPACE : 0) | (foldCode(c) !== c || (c >= 0x41 && c <= 0x5a) ? FOLDS : 0);
}
CHAR_CLASS[0x200e]! |= BIDI_MARK;
CHAR_CLASS[0x200f]! |= BIDI_MARK;
for (const ch of ':：،,؛;.!?؟«»"“”„‹›()[]-–—/…|•') CHAR_CLASS[ch.charCodeAt(0)]! |= PUNCT;

/** A dot, comma or slash between digits (2.5, 1,000, 1403/2): part of the number, not punctuation. */
function partOfNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === DOT || c === 0x2c || c === 0x2f) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
}

function isDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** A word of digits only (the matching form writes every digit script as ASCII). */
export function isNumberWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Word && /^[0-9]+$/.test(t.norm);
}

/** Matching form of a phrase written in the data modules: its tokens' forms. */
export function phraseForms(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
