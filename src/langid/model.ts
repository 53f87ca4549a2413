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
  /**
   * The keyboard, per class: log-weight of one yeh/kaf typed in its Arabic form (ي ى ك) and of
   * one typed in its Persian form (ی ک), fitted weight included. The n-grams see these letters
   * folded together (legacy Persian is typed with Arabic ي/ك), so this is where the keyboard
   * votes: per letter, over the letters scored, so an early stop weighs the keyboard of the
   * same words as the n-grams (counting the whole text let 200 ي/ك outvote 60 n-grams).
   */
  forms: { arabic: number[]; persian: number[] };
  /** Confidence calibration: posterior = softmax(score * a / count^b). */
  calibration: { a: number; b: number };
}

/**
 * Table slots are `stride` bytes: the n-gram's hash (one 32-bit word), then the class weight
 * bytes packed four to a word, class 4j+i in bits 8i..8i+7 of word j (so no byte-order assumption).
 */
const EMPTY = 0;
/** The early stop is first weighed after this many n-grams, then after every CHECK_EVERY more. */
const FIRST_CHECK = 64;
const CHECK_EVERY = 32;
/** Additions a 16-bit lane of byte weights takes before it could overflow (65535 / 255 = 257). */
const LANE_FLUSH = 256;

export class NgramModel {
  readonly classes: readonly string[];
  readonly maxN: number;
  readonly calibration: { a: number; b: number };
  /**
   * Open addressing with each slot holding the hash and the class weights side by side, so a
   * lookup touches one cache line: the table is larger than the CPU cache, and a second array
   * for the weights doubled the misses that dominate scoring.
   */
  private readonly keys: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly offset: number;
  private readonly scale: number;
  private readonly unseen: Float64Array;
  private readonly bias: Float64Array;
  private readonly arabicForm: Float64Array;
  private readonly persianForm: Float64Array;
  /** Per-class sums of quantized weights (integers: no rounding drift, no float adds). */
  private readonly sums: Int32Array;
  /**
   * SWAR accumulators: a slot's weight bytes are read four at a time as 32-bit words and added
   * as two pairs of 16-bit lanes (bytes 0 and 2, bytes 1 and 3), a third of the work of adding
   * byte by byte. A lane holds 257 additions of 255, so lanes are flushed every LANE_FLUSH n-grams.
   */
  private readonly lanes: Int32Array;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.maxN = data.maxN;
    this.calibration = data.calibration;
    const C = data.classes.length;
    const grams = data.ngrams.split('\n');
    const q = Buffer.from(data.weights, 'base64');
    this.stride = 4 + Math.ceil(C / 4) * 4;
    let size = 1;
    while (size < grams.length * 2) size <<= 1;
    this.mask = size - 1;
    const words = this.stride / 4;
    this.keys = new Int32Array(size * words);
    for (let g = 0; g < grams.length; g++) {
      const h = keyOf(fnv1a(grams[g]!));
      let i = h & this.mask;
      while (this.keys[i * words] !== EMPTY && this.keys[i * words] !== h) i = (i + 1) & this.mask;
      this.keys[i * words] = h;
      for (let c = 0; c < C; c++) this.keys[i * words + 1 + (c >> 2)] |= q[g * C + c]! << (8 * (c & 3));
    }
    this.offset = data.offset;
    this.scale = data.scale;
    this.unseen = Float64Array.from(data.unseen);
    this.bias = Float64Array.from(data.bias);
    this.arabicForm = Float64Array.from(data.forms.arabic);
    this.persianForm = Float64Array.from(data.forms.persian);
    this.sums = new Int32Array(C);
    this.lanes = new Int32Array(2 * (this.stride / 4 - 1));
  }

  /** `scoreUnits` on a string of letters (features.ts letterStats().letters). */
  score(letters: string, out: Float64Array, options: ScoreOptions = {}): number {
    const units = new Uint16Array(letters.length);
    for (let i = 0; i < letters.length; i++) units[i] = letters.charCodeAt(i);
    return this.scoreUnits(units, letters.length, out, options);
  }

  /**
   * Sums log-probabilities per class into `out` (length = classes) for the letters in
   * `units[0, len)` (words joined by single spaces) and returns how many n-grams were scored.
   * Bias and the keyboard vote are included. With `stopAt`, scoring stops at a word boundary
   * once the calibrated log-odds of the leading label over the next exceed it: the label and a
   * confidence above 1 - e^-stopAt are then settled, and long documents cost no more than that.
   */
  scoreUnits(units: Uint16Array, len: number, out: Float64Array, options: ScoreOptions = {}): number {
    const stopAt = options.stopAt ?? Infinity;
    const forms = options.forms;
    let arabicForms = 0;
    let persianForms = 0;
    const { keys, mask, stride, sums, lanes, maxN } = this;
    const words = stride >> 2;
    const weightWords = words - 1;
    const { a, b } = this.calibration;
    sums.fill(0);
    lanes.fill(0);
    let pending = 0;
    let nextCheck = FIRST_CHECK;
    // The n-gram walk of features.ts ngramStrings, by hash and without strings: this loop is the detector's hot path.
    let count = 0;
    let unseenCount = 0;
    let start = 0;
    while (start < len) {
      let end = start;
      while (end < len && units[end] !== 0x20) end++;
      if (forms) {
        for (let i = start; i < end; i++) {
          const f = forms[i]!;
          if (f === 1) arabicForms++;
          else if (f === -1) persianForms++;
        }
      }
      const wlen = end - start + 2;
      for (let i = 0; i < wlen; i++) {
        let h = FNV_OFFSET;
        for (let n = 1; n <= maxN && i + n <= wlen; n++) {
          const pos = start + i + n - 2;
          const ch = pos < start || pos >= end ? 0x20 : units[pos]!;
          h = Math.imul(h ^ ch, FNV_PRIME);
          if (n === 1 && ch === 0x20) continue;
          count++;
          const key = keyOf(h);
          let k = key & mask;
          let slot = -1;
          for (let probe = keys[k * words]!; probe !== EMPTY; probe = keys[k * words]!) {
            if (probe === key) { slot = k; break; }
            k = (k + 1) & mask;
          }
          if (slot === -1) { unseenCount++; continue; }
          const base = slot * words + 1;
          for (let j = 0; j < weightWords; j++) {
            const w = keys[base + j]!;
            lanes[2 * j] = lanes[2 * j]! + (w & 0x00ff00ff);
            lanes[2 * j + 1] = lanes[2 * j + 1]! + ((w >>> 8) & 0x00ff00ff);
          }
          if (++pending === LANE_FLUSH) { this.flushLanes(); pending = 0; }
        }
      }
      start = end + 1;
      if (count >= nextCheck && stopAt !== Infinity) {
        nextCheck = count + CHECK_EVERY;
        this.totals(out, count, unseenCount, arabicForms, persianForms);
        if (leadOver(out, options.labelOf) * a / Math.pow(count, b) > stopAt) return count;
      }
    }
    this.totals(out, count, unseenCount, arabicForms, persianForms);
    return count;
  }

  /** Adds the lane accumulators into `sums` and clears them. */
  private flushLanes(): void {
    const { lanes, sums } = this;
    const C = sums.length;
    for (let j = 0; j < lanes.length >> 1; j++) {
      const even = lanes[2 * j]!;
      const odd = lanes[2 * j + 1]!;
      const c = 4 * j;
      if (c < C) sums[c] = sums[c]! + (even & 0xffff);
      if (c + 1 < C) sums[c + 1] = sums[c + 1]! + (odd & 0xffff);
      if (c + 2 < C) sums[c + 2] = sums[c + 2]! + (even >>> 16);
      if (c + 3 < C) sums[c + 3] = sums[c + 3]! + (odd >>> 16);
      lanes[2 * j] = 0;
      lanes[2 * j + 1] = 0;
    }
  }

  /** Dequantized per-class log-probability: bias + keyboard + seen n-grams + unseen ones. */
  private totals(out: Float64Array, count: number, unseenCount: number, arabicForms: number, persianForms: number): void {
    this.flushLanes();
    const seen = count - unseenCount;
    for (let c = 0; c < out.length; c++) {
      const vote = arabicForms * this.arabicForm[c]! + persianForms * this.persianForm[c]!;
      out[c] = this.bias[c]! + vote + seen * this.offset + this.sums[c]! / this.scale + unseenCount * this.unseen[c]!;
    }
  }
}

export interface ScoreOptions {
  /** Stop once the calibrated log-odds of the leading label pass this (default: score everything). */
  stopAt?: number;
  /** Per letter of `units`: 1 a yeh/kaf in Arabic form, -1 in Persian form (features.ts scanLetters). */
  forms?: Int8Array;
  /**
   * Classes reported under one label (Dari under Persian): labelOf[c] is the class whose label
   * c takes. The early stop then weighs the leading label against the next label, not against
   * a class that would be folded into it anyway.
   */
  labelOf?: ArrayLike<number>;
}

/** Score of the best label minus that of the runner-up label (a label scores its best class). */
function leadOver(out: Float64Array, labelOf: ArrayLike<number> | undefined): number {
  let top = -Infinity;
  let topLabel = -1;
  for (let c = 0; c < out.length; c++) if (out[c]! > top) { top = out[c]!; topLabel = labelOf ? labelOf[c]! : c; }
  let second = -Infinity;
  for (let c = 0; c < out.length; c++) {
    if ((labelOf ? labelOf[c]! : c) !== topLabel && out[c]! > second) second = out[c]!;
  }
  return top - second;
}

/** Hash → table key; 0 marks an empty slot, so a hash of 0 is stored as 1. */
function keyOf(h: number): number {
  return (h | 0) === EMPTY ? 1 : h | 0;
}
