/**
 * Streaming exact and near-duplicate detection, first occurrence wins.
 *
 * Exact: a 53-bit hash of the comparison text. Near: one-permutation MinHash (128 values) of
 * word 3-gram shingles, LSH banding (42 bands × 3 rows: sensitive enough that a truncated copy,
 * Jaccard ~0.35, is a candidate 87 % of the time) for candidates, verified by estimated
 * Jaccard (≥ threshold) or by containment (a truncated copy: most of the smaller text's
 * shingles are in the larger). Short units (`shingle: 'char'`, for lines and paragraphs) use
 * character 5-grams and are verified by Dice on the kept comparison texts.
 *
 * State per kept document: its id, a b-bit signature (128 × 8 bits = 128 B; Li & König's b-bit
 * MinHash, the 1/256 chance match corrected for), its shingle count (4 B), 42 index entries
 * (6 B slots at 0.6–0.75 load: 8–10 B each) and an exact-hash entry; no text unless
 * `shingle: 'char'`. Band keys hash the stored 8-bit values, so the index can rebuild itself
 * from the signatures when it grows. Arrays grow by a quarter, not by doubling.
 */
import { comparedContent } from './content.js';
import { comparisonText, charShingles, hash53, wordHashes, shinglesOfWords } from './shingles.js';
import { fmix } from '../text/hash.js';
import { minhash, SIGNATURE_SIZE } from './minhash.js';
import { LshIndex } from './lsh-index.js';
import { dice } from './dice.js';

export interface DedupeOptions {
  /** Near-duplicate when estimated Jaccard (word mode) or Dice (char mode) ≥ this. */
  threshold?: number;
  /** Also a duplicate when this share of the smaller text's shingles is in the larger. */
  containment?: number;
  /** Shingles: word 3-grams (articles) or character 5-grams (lines, paragraphs). */
  shingle?: 'word' | 'char';
  /** Only exact duplicates. */
  exactOnly?: boolean;
}

export type Verdict =
  | { duplicate: false }
  | { duplicate: true; of: string; method: 'exact' | 'near'; score: number };

/** Defaults calibrated on ../shared/gold/dedupe-dev.json (see README: dedupe). */
export const DEFAULT_THRESHOLD = { word: 0.5, char: 0.85 } as const;
export const DEFAULT_CONTAINMENT = 0.8;
/** Containment needs enough shingles to mean anything. */
const MIN_CONTAINED_SHINGLES = 20;
export const BANDS = 42;
export const ROWS = 3;
/** Typed arrays grow by this factor: allocated state stays within a quarter of what is used. */
const GROWTH = 1.25;

export class Deduper {
  private readonly threshold: number;
  private readonly containment: number;
  private readonly mode: 'word' | 'char';
  private readonly exactOnly: boolean;
  private readonly exact = new Map<number, number>();
  private readonly index = new LshIndex((doc) => bandKeysOf(this.sigs, doc * SIGNATURE_SIZE));
  private readonly ids: string[] = [];
  private sigs = new Uint8Array(SIGNATURE_SIZE * 1024);
  private sizes = new Uint32Array(1024);
  private readonly texts: string[] = [];
  private readonly numbers: number[] = [];
  private kept = 0;
  private seen = 0;

  constructor(options: DedupeOptions = {}) {
    this.mode = options.shingle ?? 'word';
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD[this.mode];
    this.containment = options.containment ?? DEFAULT_CONTAINMENT;
    this.exactOnly = options.exactOnly ?? false;
  }

  /** Decides `record` (by its content: dedupe/content.ts) against everything kept so far; keeps it when it is not a duplicate. */
  add(id: string, record: string): Verdict {
    this.seen++;
    const text = comparedContent(record);
    // Word mode never builds the comparison string: word hashes come straight from the text.
    let cmp = '';
    let key: number;
    let shingles: Uint32Array | undefined;
    if (this.mode === 'word') {
      const w = wordHashes(text);
      if (w.words.length === 0) return { duplicate: false }; // empty records are never duplicates
      key = w.exactKey;
      if (!this.exactOnly && !this.exact.has(key)) shingles = shinglesOfWords(w.words);
    } else {
      cmp = comparisonText(text);
      if (cmp.length === 0) return { duplicate: false };
      key = hash53(cmp);
    }
    const same = this.exact.get(key);
    if (same !== undefined) return { duplicate: true, of: this.ids[same]!, method: 'exact', score: 1 };
    if (this.exactOnly) { this.keep(id, key); return { duplicate: false }; }

    shingles ??= charShingles(cmp);
    const sig = minhash(shingles);
    const bandKeys = bandKeysOf(sig);
    const best = this.bestMatch(sig, bandKeys, shingles.length, cmp);
    if (best) return { duplicate: true, of: this.ids[best.doc]!, method: 'near', score: best.score };
    const doc = this.keep(id, key);
    this.storeSignature(doc, sig, shingles.length, cmp);
    this.index.addAll(bandKeys, doc);
    return { duplicate: false };
  }

  /**
   * Documents seen, kept, and bytes of typed-array state: `stateBytes` as allocated (tables grow
   * by doubling), `usedBytes` as filled. Ids and the exact-hash map are not counted.
   */
  stats(): { seen: number; kept: number; dropped: number; stateBytes: number; usedBytes: number } {
    const stateBytes = this.index.bytes + this.sigs.byteLength + this.sizes.byteLength;
    const usedBytes = this.index.entries * 6 + this.kept * (SIGNATURE_SIZE + 4);
    return { seen: this.seen, kept: this.kept, dropped: this.seen - this.kept, stateBytes, usedBytes };
  }

  private keep(id: string, key: number): number {
    const doc = this.kept++;
    this.ids.push(id);
    this.exact.set(key, doc);
    return doc;
  }

  private storeSignature(doc: number, sig: Uint32Array, size: number, cmp: string): void {
    if ((doc + 1) * SIGNATURE_SIZE > this.sigs.length) {
      const docs = Math.ceil(this.sizes.length * GROWTH);
      const grown = new Uint8Array(docs * SIGNATURE_SIZE);
      grown.set(this.sigs);
      this.sigs = grown;
      const sizes = new Uint32Array(docs);
      sizes.set(this.sizes);
      this.sizes = sizes;
    }
    for (let i = 0; i < SIGNATURE_SIZE; i++) this.sigs[doc * SIGNATURE_SIZE + i] = sig[i]! & 0xff;
    this.sizes[doc] = size;
    if (this.mode === 'char') { this.texts[doc] = cmp; this.numbers[doc] = numbersKey(cmp); }
  }

  private bestMatch(sig: Uint32Array, bandKeys: Int32Array, size: number, cmp: string): { doc: number; score: number } | undefined {
    const checked = new Set<number>();
    let best: { doc: number; score: number } | undefined;
    for (let b = 0; b < BANDS; b++) {
      this.index.forEach(bandKeys[b]!, (doc) => {
        if (checked.has(doc)) return;
        checked.add(doc);
        const score = this.similarity(sig, size, cmp, doc);
        if (score !== undefined && (!best || score > best.score || (score === best.score && doc < best.doc))) best = { doc, score };
      });
    }
    return best;
  }

  /** The verified similarity of a candidate, or undefined when it is not a duplicate. */
  private similarity(sig: Uint32Array, size: number, cmp: string, doc: number): number | undefined {
    let same = 0;
    const off = doc * SIGNATURE_SIZE;
    for (let i = 0; i < SIGNATURE_SIZE; i++) if ((sig[i]! & 0xff) === this.sigs[off + i]) same++;
    // b-bit MinHash: unequal values still agree in their low 8 bits 1 time in 256.
    const j = Math.max(0, (same / SIGNATURE_SIZE - 1 / 256) / (1 - 1 / 256));
    if (this.mode === 'char') {
      if (j < 0.2) return undefined;
      // A short unit that differs in a number is a different item (a price, a score, a toll).
      if (numbersKey(cmp) !== this.numbers[doc]) return undefined;
      const d = dice(cmp, this.texts[doc]!);
      return d >= this.threshold ? round3(d) : undefined;
    }
    if (j >= this.threshold) return round3(j);
    // Containment from Jaccard and set sizes: |A∩B| = J(|A|+|B|)/(1+J).
    const other = this.sizes[doc]!;
    const small = Math.min(size, other);
    if (small < MIN_CONTAINED_SHINGLES || j === 0) return undefined;
    const inter = (j * (size + other)) / (1 + j);
    const c = inter / small;
    return c >= this.containment ? round3(Math.min(1, c)) : undefined;
  }
}

/**
 * The 42 band keys of a signature: each a hash of (band number, its 3 values' low 8 bits — the
 * stored b-bit form, so keys can be recomputed from stored signatures). Unrelated documents
 * share a band 1 time in 2^24; near copies as often as with full values.
 */
export function bandKeysOf(sig: ArrayLike<number>, offset = 0): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ (sig[offset + b * ROWS + r]! & 0xff));
    keys[b] = h | 0;
  }
  return keys;
}

/** Band keys of a text, for `--emit-keys` (external grouping with Spark, Hadoop, sort). */
export function bandKeys(record: string, shingle: 'word' | 'char' = 'word'): string[] {
  const text = comparedContent(record);
  let sig: Uint32Array;
  let exactKey: number;
  if (shingle === 'word') {
    const w = wordHashes(text);
    if (w.words.length === 0) return [];
    exactKey = w.exactKey;
    sig = minhash(shinglesOfWords(w.words));
  } else {
    const cmp = comparisonText(text);
    if (cmp.length === 0) return [];
    exactKey = hash53(cmp);
    sig = minhash(charShingles(cmp));
  }
  const keys = bandKeysOf(sig);
  const exact = exactKey.toString(16).padStart(14, '0');
  return [`x:${exact}`, ...Array.from(keys, (k, b) => `${b}:${(k >>> 0).toString(16).padStart(8, '0')}`)];
}

/** The numbers of a comparison text, in order, as one hash (0 when there are none). */
function numbersKey(cmp: string): number {
  const nums = cmp.match(/\d+/g);
  return nums ? hash53(nums.join(' ')) : 0;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
