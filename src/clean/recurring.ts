/**
 * Lines that recur across many records of one input (a site's slogan, a section label) are
 * furniture, CCNet-style. Copies of the same article must not teach that their own lines
 * are furniture, so a line counts once per *distinct* document, where a document is known by
 * a signature: the smallest hash of its long lines (equal for copies, different otherwise).
 * Memory is bounded: at most `maxEntries` line hashes; when full, lines seen once are dropped.
 */
import { fmix, fnv1a } from '../text/hash.js';
import { wordCount, type FoldedKey } from './fold.js';

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
    this.observeKeys(foldedLines.map(keyOfFolded));
  }

  /** `observe` for lines already keyed (fold.ts foldKey: the CLI keys each line without folding it). */
  observeKeys(lines: FoldedKey[]): void {
    const candidates = new Set<number>();
    for (const l of lines) if (l.length > 0 && l.words <= this.maxWords) candidates.add(l.hash);
    if (candidates.size === 0) return;
    const signature = documentSignature(lines);
    for (const h of candidates) {
      const sigs = this.seen.get(h);
      if (!sigs) this.seen.set(h, [signature]);
      else if (sigs.length < this.minDocs && !sigs.includes(signature)) sigs.push(signature);
    }
    if (this.seen.size > this.maxEntries) this.prune();
  }

  isRecurring(foldedLine: string): boolean {
    return this.isRecurringKey(keyOfFolded(foldedLine));
  }

  private isRecurringKey(line: FoldedKey): boolean {
    if (line.words > this.maxWords) return false;
    const sigs = this.seen.get(line.hash);
    return sigs !== undefined && sigs.length >= this.minDocs;
  }

  /** Indices of `foldedLines` (one document's, as observed) that recur: its furniture lines. */
  recurringIndices(foldedLines: string[]): number[] {
    return this.recurringIndicesOfKeys(foldedLines.map(keyOfFolded));
  }

  /** `recurringIndices` for lines already keyed. */
  recurringIndicesOfKeys(lines: FoldedKey[]): number[] {
    const out: number[] = [];
    lines.forEach((l, i) => {
      if (l.length > 0 && this.isRecurringKey(l)) out.push(i);
    });
    return out;
  }

  private prune(): void {
    for (const [h, sigs] of this.seen) if (sigs.length < 2) this.seen.delete(h);
    // Still full: everything below the threshold goes (recurring lines are kept).
    if (this.seen.size > this.maxEntries) for (const [h, sigs] of this.seen) if (sigs.length < this.minDocs) this.seen.delete(h);
  }
}

/** The key of a line already folded. */
function keyOfFolded(folded: string): FoldedKey {
  return { hash: fnv1a(folded), length: folded.length, words: wordCount(folded) };
}

/** The smallest hash of the document's long lines, or, without any, a hash of all its line hashes in order. */
function documentSignature(lines: FoldedKey[]): number {
  let min = 0xffffffff;
  let any = false;
  for (const l of lines) {
    if (l.length < SIGNATURE_MIN_CHARS) continue;
    any = true;
    min = Math.min(min, l.hash);
  }
  if (any) return min;
  let h = 0;
  for (const l of lines) h = fmix((h ^ l.hash) >>> 0);
  return h;
}
