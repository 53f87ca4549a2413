/**
 * Quotation marks as the quote rules read them: a «…» attributed by a cue right after it
 * (`«…»، X گفت.`, `«…»، قال X.`), and quotations closed on their line, inside which a reporting
 * verb is the quoted speaker's own telling (nested quotes are not split out).
 */
import { arabicSubject } from './arabic-subject.js';
import { arabicCue, markClauseOpeners, persianCues } from './lexicon.js';
import { persianSubject } from './persian-subject.js';
import { closingMark, isOpen, isPunct, MIN_MARKED_WORDS, sentenceEnd, trimContent, wordCount } from './spans.js';
import { isSentenceEnd, TokenKind, type Token } from './tokens.js';
import type { Anchor, Found, Para } from './types.js';

/**
 * A reporting verb inside a quotation closed on the same line (`… على "ضرورة …، ويحذر كل من …"`)
 * is the quoted speaker's own telling: quotes nested in a quote are not split out.
 */
export function outsideQuotations(tokens: readonly Token[], anchors: Anchor[]): Anchor[] {
  if (anchors.length === 0) return anchors;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isOpen(tokens[i]!)) continue;
    const close = closingMark(tokens, i);
    if (close < 0) continue;
    spans.push([i, close]);
    i = close;
  }
  if (spans.length === 0) return anchors;
  return anchors.filter((a) => !spans.some(([open, close]) => open < a.cue[0] && a.cue[1] <= close));
}

/** «…» not yet inside a quote, attributed by a cue right after it: `«…»، X گفت.` / `«…»، قال X.` */
export function markedQuotes(p: Para, pi: number, taken: readonly Found[], out: Found[]): void {
  const ts = p.tokens;
  for (let i = 0; i < ts.length; i++) {
    if (!isOpen(ts[i]!)) continue;
    const close = closingMark(ts, i);
    if (close < 0) continue;
    const inside = taken.some((f) => f.from <= i + 1 && i < f.to);
    if (inside || wordCount(ts, i, close) < MIN_MARKED_WORDS) { i = close; continue; }
    // Marks after a word sit inside a noun phrase (`از ریزش «۱۵ متر از دیوار کاخ» خبر داده است`):
    // the words quoted are a name for something, not what was said.
    if (ts[i - 1]?.kind === TokenKind.Word && !markClauseOpeners.has(ts[i - 1]!.norm)) { i = close; continue; }
    const anchor = cueAfter(ts, close + 1, p.lang);
    if (anchor) {
      const [f, t] = trimContent(ts, i, close + 1);
      out.push({ para: pi, anchor, from: f, to: t, kind: 'quoted' });
    }
    i = close;
  }
}

function cueAfter(ts: readonly Token[], k: number, lang: 'fa' | 'ar'): Anchor | undefined {
  let s = k;
  while (isPunct(ts[s], '،,-–—')) s++;
  const end = sentenceEnd(ts, s);
  if (lang === 'ar') {
    for (let c = s; c < Math.min(end, s + 2); c++) {
      const cue = ts[c]?.kind === TokenKind.Word ? arabicCue(ts[c]!.norm) : undefined;
      if (!cue || cue.tense === 'participle') continue;
      const [speaker, speakerKind] = arabicSubject(ts, c + 1);
      return { introducer: 'after-mark', cue: [c, c + 1], speaker, speakerKind, gender: cue.gender, contentStart: k };
    }
    return undefined;
  }
  for (let c = s; c < end; c++) {
    const m = persianCues.match(ts, c);
    if (!m) continue;
    const after = ts[c + m.length];
    if (after && !isSentenceEnd(after) && !isPunct(after, '،,')) return undefined;
    const [speaker, speakerKind] = persianSubject(ts, s, c);
    return { introducer: 'after-mark', cue: [c, c + m.length], speaker, speakerKind, contentStart: k };
  }
  return undefined;
}
