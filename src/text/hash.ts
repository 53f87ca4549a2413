/**
 * The project's one string hash: 32-bit FNV-1a over UTF-16 units, plus murmur3's finalizer for
 * callers that need well-mixed low bits (bin and band selection). Used by clean's recurring
 * lines, the letter test's function words, the langid n-gram table and dedupe's shingles.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a; `seed` is xor-ed into the offset basis to get independent hashes of one string. */
export function fnv1a(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** murmur3 fmix32: avalanches every input bit over the output. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
