/**
 * Speaker mentions read against each other. A Persian subject run can take in the object after it
 * (`عیسی افتخاری سهم بنزین مصرفی را … اعلام کرد`, `داوودی رفع نابرابری‌های اقتصادی و …`): the
 * article's other mentions show where the name ends (`افتخاری گفت`), and nothing after it is
 * anyone's name.
 */
import { institutionNouns, isRoleNoun } from './lexicon.js';
import type { Mention } from './resolve.js';
import { TokenKind } from './tokens.js';
import { paraAt, tokenAt, type Paragraph } from './word-index.js';

/** A mention cut after a word another mention ends with, when no other mention holds a word after it. */
export function mentionTrimmer(text: string, paragraphs: readonly Paragraph[], mentions: readonly Mention[]): (m: Mention) => Mention {
  // By distinct mention text: the same mention repeated is no evidence for itself.
  const byText = new Map<string, readonly string[]>();
  for (const m of mentions) byText.set(m.norms.join(' '), m.norms);
  const endings = new Map<string, number>();
  const words = new Map<string, number>();
  for (const norms of byText.values()) {
    const last = norms[norms.length - 1];
    if (last !== undefined) endings.set(last, (endings.get(last) ?? 0) + 1);
    for (const w of new Set(norms)) words.set(w, (words.get(w) ?? 0) + 1);
  }
  return (m) => {
    const n = m.norms.length;
    if (n < 2) return m;
    const own = new Set(m.norms);
    for (let k = n - 2; k >= 0; k--) {
      const w = m.norms[k]!;
      // Another mention ends with this word (the article's count less this mention's own), and it
      // is a name's word, not an institution's or a role's (`سازمان`, `گزارش`: what follows is theirs).
      // Nor right before و, which the subject run takes in only inside an institution's name (`سازمان حج و زیارت`).
      if ((endings.get(w) ?? 0) - (m.norms[n - 1] === w ? 1 : 0) < 1 || institutionNouns.has(w) || isRoleNoun(w) || m.norms[k + 1] === 'و') continue;
      // …and no other mention holds a word of the rest.
      if (m.norms.slice(k + 1).some((r) => (words.get(r) ?? 0) - (own.has(r) ? 1 : 0) > 0)) return m;
      return mentionPrefix(text, paragraphs, m, k + 1);
    }
    return m;
  };
}

/** The first `keep` words of a mention, with its text and end position. */
export function mentionPrefix(text: string, paragraphs: readonly Paragraph[], m: Mention, keep: number): Mention {
  const ts = paragraphs[paraAt(m.pos)]!.tokens;
  let t = tokenAt(m.pos);
  for (let words = 0; t < ts.length; t++) {
    if (ts[t]!.kind === TokenKind.Word && ++words === keep) break;
  }
  const start = ts[tokenAt(m.pos)]!.start;
  return { norms: m.norms.slice(0, keep), text: text.slice(start, ts[t]!.end), pos: m.pos, end: m.pos + (t - tokenAt(m.pos)) + 1 };
}
