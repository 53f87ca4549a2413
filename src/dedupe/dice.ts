/**
 * Dice coefficient over character bigrams, via `string-similarity` (unmaintained upstream since
 * 2023, see ../shared/research/dedupe.md): kept behind this one module so it can be swapped.
 * Used where Dice is the right measure: short units (lines, paragraphs), verifying candidates.
 */
import stringSimilarity from 'string-similarity';

export function dice(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}
