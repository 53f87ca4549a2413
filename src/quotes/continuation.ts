/**
 * Quotes that run past their paragraph: a «…» or "…" left open (continueQuote), and a colon
 * quote a link broke over short lines in a page rendering (linkBrokenLines). Each continued
 * line is its own record, as the gold counts them.
 */
import { isOpen, isPunct, trimContent, wordCount } from './spans.js';
import { isSentenceEnd, TokenKind, type Token } from './tokens.js';
import type { Anchor, Found, Para } from './types.js';

/** A quote's content has at least this many words. */
export const MIN_WORDS = 2;
/** A quote left open runs on over at most this many more lines. */
const MAX_QUOTE_PARAS = 5;

/**
 * A «…» left open at a paragraph end goes on in the next lines until it closes: each line that
 * reopens the mark (the typographic convention), and the lines up to one that closes it when
 * none of them reports anything itself (a statement quoted over several paragraphs).
 */
export function continueQuote(paras: readonly Para[], pi: number, a: Anchor, out: Found[]): void {
  // A straight `"` opens and closes alike: it closes a quote it opened when a line holds an odd
  // number of them (the first is the closing one; any others pair up after it).
  const straight = paras[pi]!.tokens[a.contentStart]?.norm === '"';
  const closesAt = (q: number): number => {
    const ts = paras[q]!.tokens;
    const odd = straight && ts.filter((t) => t.norm === '"').length % 2 === 1;
    for (let k = 0; k < ts.length; k++) {
      if (odd && ts[k]!.norm === '"') return k;
      if (isOpen(ts[k]!) && ts[k]!.norm !== '"' && k > 0) return -1;
      if (isPunct(ts[k], '»”')) return k;
    }
    return -1;
  };
  // A closing mark that ends a later line, with no quotation mark on the lines between, encloses
  // those lines whole: a reporting verb on them is the quoted speaker's own telling (`من توضیح
  // دادم که آنها گفتند …` inside `استامبولی گفت: "… هستم."`), so their anchors are dropped.
  for (let q = pi + 1; q < paras.length && q <= pi + MAX_QUOTE_PARAS; q++) {
    const ts = paras[q]!.tokens;
    const close = closesAt(q);
    if (close < 0) {
      if (ts.some((t) => isOpen(t) || isPunct(t, '»”'))) break;
      continue;
    }
    if (!ts.slice(close + 1).every((t) => t.kind === TokenKind.Punct)) break;
    for (let r = pi + 1; r <= q; r++) {
      const rt = paras[r]!.tokens;
      paras[r]!.anchors.length = 0;
      // A line that reopens the mark keeps its pair for trimContent to strip (as below).
      const [f, t] = trimContent(rt, 0, r < q ? rt.length : isOpen(rt[0]!) ? close + 1 : close);
      if (wordCount(rt, f, t) >= MIN_WORDS) out.push({ para: r, anchor: a, from: f, to: t, kind: 'quoted' });
    }
    return;
  }
  // The line that closes the quote, if every line before it is plain narration-free text.
  let closing = -1;
  for (let q = pi + 1; q < paras.length && q <= pi + MAX_QUOTE_PARAS; q++) {
    if (paras[q]!.anchors.length > 0) break;
    if (closesAt(q) >= 0) { closing = q; break; }
  }
  for (let q = pi + 1; q < paras.length && q <= pi + MAX_QUOTE_PARAS; q++) {
    const ts = paras[q]!.tokens;
    if (paras[q]!.anchors.length > 0) return;
    const close = closesAt(q);
    const reopened = isOpen(ts[0]!);
    if (close < 0 && !reopened && q > closing) return;
    // A reopened line keeps its pair of marks for trimContent to strip; a bare closing mark is left out.
    const [f, t] = trimContent(ts, 0, close < 0 ? ts.length : reopened ? close + 1 : close);
    if (wordCount(ts, f, t) >= MIN_WORDS) out.push({ para: q, anchor: a, from: f, to: t, kind: 'quoted' });
    if (close >= 0) return;
  }
}

/** A line a link cut from its sentence in a page rendering has at most this many words. */
const LINK_FRAGMENT_WORDS = 6;

/**
 * A page flattened to text breaks a sentence where a link was (`… گفت: مأموران` / `پلیس آگاهی` /
 * `شهرستان بافق … قرار دادند.`): when the line of a colon quote ends with no full stop and the
 * next lines are short fragments, they and the line that ends the sentence continue the quote,
 * a record per line. Returns how many lines follow (0: none). At least one short fragment is
 * needed, so a site that writes no full stops does not run paragraphs together.
 */
export function linkBrokenLines(paras: readonly Para[], pi: number): number {
  const ends = (ts: readonly Token[]) => ts.length > 0 && (isSentenceEnd(ts[ts.length - 1]) || isPunct(ts[ts.length - 1], '»”"'));
  if (ends(paras[pi]!.tokens)) return 0;
  let q = pi + 1;
  while (q < paras.length && q <= pi + 3) {
    const p = paras[q]!;
    if (p.anchors.length > 0 || p.lang !== paras[pi]!.lang) break;
    // A link's text: a few words, ending in a word (not a heading's colon, not a full stop).
    const fragment = p.tokens[p.tokens.length - 1]?.kind === TokenKind.Word && wordCount(p.tokens, 0, p.tokens.length) <= LINK_FRAGMENT_WORDS;
    if (fragment) { q++; continue; }
    // The line that ends the sentence, after at least one fragment.
    if (q > pi + 1 && ends(p.tokens)) return q - pi;
    break;
  }
  return 0;
}

