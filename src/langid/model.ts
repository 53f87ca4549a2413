/**
 * The character n-gram model: per-language log-probabilities of word-padded n-grams, read from
 * the generated data module into an open-addressing hash table keyed by the n-gram's FNV hash,
 * so scoring a line allocates nothing.
 */
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../text/hash.js';

/** The shape `scripts/build-langid-model.mjs` writes into `data/model.ts`. */
export interface ModelData {
  maxN: number;
  /** 639-3 codes, in weight-column order. */
  classes: string[];
  /** Log-probability of an n-gram the class never showed (additive smoothing), per class. */
  unseen: number[];
  /** Quantization: logp = offset + q / scale, q a byte. */
  offset: number;
  scale: number;
  /** N-grams joined by `\n`. */
  ngrams: string;
  /** base64 of a Uint8Array, row-major: one row per n-gram, one byte per class. */
  weights: string;
  /** Additive bias per class (log space) fitted on calibration lines; favours fa/ar on ties. */
  bias: number[];
  /** Confidence calibration: posterior = softmax(score * a / count^b). */
  calibration: { a: number; b: number };
}

export class NgramModel {
  readonly classes: readonly string[];
  readonly maxN: number;
  /** Open addressing, interleaved [hash, row] pairs so a probe touches one cache line. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;
  private readonly unseen: Float64Array;
  private readonly bias: Float64Array;
  readonly calibration: { a: number; b: number };

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.maxN = data.maxN;
    this.calibration = data.calibration;
    const C = data.classes.length;
    const grams = data.ngrams.split('\n');
    const q = Buffer.from(data.weights, 'base64');
    this.weights = new Float32Array(grams.length * C);
    for (let i = 0; i < this.weights.length; i++) this.weights[i] = data.offset + q[i]! / data.scale;
    let size = 1;
    while (size < grams.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (let i = 0; i < size; i++) this.table[2 * i + 1] = -1;
    for (let g = 0; g < grams.length; g++) {
      const h = fnv1a(grams[g]!) | 0;
      let i = h & this.mask;
      while (this.table[2 * i + 1] !== -1 && this.table[2 * i] !== h) i = (i + 1) & this.mask;
      this.table[2 * i] = h;
      this.table[2 * i + 1] = g;
    }
    this.unseen = Float64Array.from(data.unseen);
    this.bias = Float64Array.from(data.bias);
  }

  /**
   * Sums log-probabilities per class into `out` (length = classes) and returns how many
   * n-grams were scored. Bias is included. With `stopAt`, scoring stops at a word boundary once
   * the calibrated log-odds of the leader over the runner-up exceed it: the label and a
   * confidence above 1 - e^-stopAt are then settled, and long documents cost no more than that.
   */
  score(letters: string, out: Float64Array, stopAt = Infinity): number {
    const C = this.classes.length;
    out.set(this.bias);
    const { table, mask, weights, unseen, maxN } = this;
    const { a, b } = this.calibration;
    // The n-gram walk of features.ts ngramStrings, by hash and without strings: this loop is the detector's hot path.
    let count = 0;
    const len = letters.length;
    let start = 0;
    while (start < len) {
      let end = letters.indexOf(' ', start);
      if (end === -1) end = len;
      const wlen = end - start + 2;
      for (let i = 0; i < wlen; i++) {
        let h = FNV_OFFSET;
        for (let n = 1; n <= maxN && i + n <= wlen; n++) {
          const pos = start + i + n - 2;
          const ch = pos < start || pos >= end ? 0x20 : letters.charCodeAt(pos);
          h = Math.imul(h ^ ch, FNV_PRIME);
          if (n === 1 && ch === 0x20) continue;
          count++;
          let k = h & mask;
          let row = -1;
          while (table[2 * k + 1] !== -1) {
            if (table[2 * k] === h) { row = table[2 * k + 1]!; break; }
            k = (k + 1) & mask;
          }
          if (row === -1) {
            for (let c = 0; c < C; c++) out[c] = out[c]! + unseen[c]!;
          } else {
            const base = row * C;
            for (let c = 0; c < C; c++) out[c] = out[c]! + weights[base + c]!;
          }
        }
      }
      start = end + 1;
      if (stopAt !== Infinity && count >= 64) {
        let top = -Infinity;
        let second = -Infinity;
        for (let c = 0; c < C; c++) {
          const v = out[c]!;
          if (v > top) { second = top; top = v; } else if (v > second) second = v;
        }
        if ((top - second) * a / Math.pow(count, b) > stopAt) break;
      }
    }
    return count;
  }
}
