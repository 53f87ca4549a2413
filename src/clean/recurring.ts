/**
 * Lines that recur across many records of one input (a site's slogan, a section label) are
 * furniture, CCNet-style. Copies of the same article must not teach that their own lines
 * are furniture, so a line counts once per *distinct* document, where a document is known by
 * a signature: the smallest hash of its long lines (equal for copies, different otherwise).
 * Memory is bounded: at most `maxEntries` line hashes; when full, lines seen once are dropped.
 */
import { fnv1a } from '../text/hash.js';
import { wordCount } from './fold.js';

export interface RecurringOptions {
  /** A line must occur in this many distinct documents (default 3). */
  minDocs?: number;
  /** Lines longer than this many words are never treated as recurring furniture (default 15). */
  maxWords?: number;
  /** Most line hashes kept (default 200000, ~10 MB). */
  maxEntries?: number;
}

/** Lines at least this long identify a document for the signature. */
const SIGNATURE_MIN_CHARS = 60;

export class RecurringLines {
  private readonly minDocs: number;
  private readonly maxWords: number;
  private readonly maxEntries: number;
  /** line hash → up to minDocs distinct document signatures. */
  private readonly seen = new Map<number, number[]>();

  constructor(options: RecurringOptions = {}) {
    this.minDocs = options.minDocs ?? 3;
    this.maxWords = options.maxWords ?? 15;
    this.maxEntries = options.maxEntries ?? 200_000;
  }

  /** Records the (folded, non-blank) lines of one document. */
  observe(foldedLines: string[]): void {
    const candidates = foldedLines.filter((l) => l.length > 0 && wordCount(l) <= this.maxWords);
    if (candidates.length === 0) return;
    const signature = documentSignature(foldedLines);
    for (const line of new Set(candidates)) {
      const h = fnv1a(line);
      const sigs = this.seen.get(h);
      if (!sigs) this.seen.set(h, [signature]);
      else if (sigs.length < this.minDocs && !sigs.includes(signature)) sigs.push(signature);
    }
    if (this.seen.size > this.maxEntries) this.prune();
  }

  isRecurring(foldedLine: string): boolean {
    if (wordCount(foldedLine) > this.maxWords) return false;
    const sigs = this.seen.get(fnv1a(foldedLine));
    return sigs !== undefined && sigs.length >= this.minDocs;
  }

  /** Indices of `foldedLines` (one document's, as observed) that recur: its furniture lines. */
  recurringIndices(foldedLines: string[]): number[] {
    const out: number[] = [];
    foldedLines.forEach((l, i) => {
      if (l.length > 0 && this.isRecurring(l)) out.push(i);
    });
    return out;
  }

  private prune(): void {
    for (const [h, sigs] of this.seen) if (sigs.length < 2) this.seen.delete(h);
    // Still full: everything below the threshold goes (recurring lines are kept).
    if (this.seen.size > this.maxEntries) for (const [h, sigs] of this.seen) if (sigs.length < this.minDocs) this.seen.delete(h);
  }
}

function documentSignature(lines: string[]): number {
  let min = 0xffffffff;
  let any = false;
  for (const l of lines) {
    if (l.length < SIGNATURE_MIN_CHARS) continue;
    any = true;
    min = Math.min(min, fnv1a(l));
  }
  return any ? min : fnv1a(lines.join('\n'));
}
