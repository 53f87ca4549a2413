/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle hash is hashed once, its top bits pick one of K bins and the bin keeps the
 * minimum; empty bins borrow from a bin chosen by a per-bin hash. K values estimate Jaccard
 * similarity as the share of equal bins, at one hash per shingle instead of K.
 */
import { fmix } from '../text/hash.js';

export const SIGNATURE_SIZE = 128;

export function minhash(shingles: Uint32Array, k = SIGNATURE_SIZE): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  const filled = new Uint8Array(k);
  for (let i = 0; i < shingles.length; i++) {
    const h = fmix(shingles[i]! ^ 0x5bd1e995);
    const bin = (h >>> 0) % k;
    const v = fmix(h ^ 0x27d4eb2f);
    if (!filled[bin] || v < sig[bin]!) { sig[bin] = v; filled[bin] = 1; }
  }
  if (shingles.length === 0) return sig;
  for (let b = 0; b < k; b++) {
    if (filled[b]) continue;
    // Optimal densification: probe bins with a hash of (b, attempt) until a filled one.
    for (let attempt = 1; ; attempt++) {
      const src = fmix(Math.imul(b + 1, 0x9e3779b1) ^ attempt) % k;
      if (filled[src]) { sig[b] = sig[src]!; break; }
    }
  }
  return sig;
}
