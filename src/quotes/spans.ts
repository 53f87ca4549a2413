/** Sentence bounds and content trimming over one paragraph's tokens. */
import { CLOSE_QUOTES, isSentenceEnd, OPEN_QUOTES, TokenKind, type Token } from './tokens.js';

/**
 * Text with no full stops (a 50 MB line, a list) must not make every lookup quadratic: a
 * "sentence" is cut after this many tokens, and a quotation mark looks this far for its close.
 */
const MAX_SENTENCE_TOKENS = 600;
const MAX_QUOTE_TOKENS = 4000;

/** Index of the first token of the sentence holding token i. */
export function sentenceStart(tokens: readonly Token[], i: number): number {
  let s = i;
  const floor = Math.max(0, i - MAX_SENTENCE_TOKENS);
  while (s > floor && !isSentenceEnd(tokens[s - 1])) s--;
  return s;
}

/** One past the last token of the sentence holding token i (its end mark included). */
export function sentenceEnd(tokens: readonly Token[], i: number): number {
  let e = i;
  const ceiling = Math.min(tokens.length, i + MAX_SENTENCE_TOKENS);
  while (e < ceiling && !isSentenceEnd(tokens[e])) e++;
  while (e < tokens.length && isSentenceEnd(tokens[e])) e++;
  // A closing quote mark right after the full stop belongs to the sentence.
  while (e < tokens.length && isClose(tokens[e]!)) e++;
  return e;
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === TokenKind.Punct && chars.includes(t.norm);
}

export function isOpen(t: Token): boolean {
  return t.kind === TokenKind.Punct && (OPEN_QUOTES.has(t.norm) || t.norm === '"');
}

export function isClose(t: Token): boolean {
  return t.kind === TokenKind.Punct && (CLOSE_QUOTES.has(t.norm) || t.norm === '"');
}

/**
 * The closing mark for an opening one at i: « pairs with », “ with ” (or a straight "), " with ".
 * -1 when unclosed in the paragraph (an unclosed « runs to the paragraph end).
 */
export function closingMark(tokens: readonly Token[], i: number): number {
  const open = tokens[i]!.norm;
  const closes = open === '«' ? '»' : open === '“' || open === '„' ? '”"' : open === '‹' ? '›' : '"”';
  let depth = 0;
  const ceiling = Math.min(tokens.length, i + MAX_QUOTE_TOKENS);
  for (let k = i + 1; k < ceiling; k++) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Punct) continue;
    if (t.norm === open && open !== '"') depth++;
    else if (closes.includes(t.norm)) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

const TRIM_LEAD = ':،,؛;-–—';
const TRIM_TAIL = ':،,؛;-–—(';

/** Token range [a, b) without leading/trailing separators; wrapping quote marks dropped. */
export function trimContent(tokens: readonly Token[], a: number, b: number): [number, number] {
  for (;;) {
    while (a < b && isPunct(tokens[a], TRIM_LEAD)) a++;
    while (b > a && isPunct(tokens[b - 1], TRIM_TAIL)) b--;
    while (b > a && tokens[b - 1]!.kind === TokenKind.Word && tokens[b - 1]!.norm === 'و') b--;
    if (b - a >= 2 && isOpen(tokens[a]!) && closingMark(tokens, a) === b - 1) { a++; b--; continue; }
    // A quote that closes after its full stop: «… .» → keep the stop, drop the marks.
    if (b - a >= 3 && isOpen(tokens[a]!) && isClose(tokens[b - 1]!) && isSentenceEnd(tokens[b - 2])) { a++; b--; continue; }
    if (b - a >= 2 && isOpen(tokens[a]!) && closingMark(tokens, a) === -1) { a++; continue; }
    return [a, b];
  }
}

export function wordCount(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === TokenKind.Word) n++;
  return n;
}

/**
 * Where an anchor scan resumes after an attribution phrase of `len` tokens at `i`: past the
 * content when it follows (`به گفته X، …`, `بحسب X، …`), past the phrase when the content came
 * first (`…، به گفته X.`, `…، بحسب X.`). Never back: going back to the content re-finds the same
 * phrase forever.
 */
export function resumeAfter(i: number, len: number, contentStart: number): number {
  return Math.max(i + len, contentStart) - 1;
}

/** Words in quotation marks fewer than this are a name or a title (`“شعللنا الدوري”`), not a quote. */
export const MIN_MARKED_WORDS = 3;

/** Whether the word `norm` occurs among tokens[from, to). */
export function hasWord(tokens: readonly Token[], from: number, to: number, norm: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm === norm) return true;
  return false;
}
