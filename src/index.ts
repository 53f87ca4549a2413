/**
 * matn's library API: the same pure core the CLI runs.
 *
 *   import { clean, normalizeText } from 'matn';
 *   const { text, title, meta, removed } = clean(scrapedArticle);
 */
export { clean, type CleanOptions, type CleanResult, type CleanMeta, type RemovedLine } from './clean/clean.js';
export { RecurringLines, type RecurringOptions } from './clean/recurring.js';
// RecurringLines reads lines in their matching form: fold(line), or foldKey(line) for observeKeys.
export { fold, foldKey, type FoldedKey } from './clean/fold.js';
export { isDateLine, parseDate, type ParsedDate, type Calendar } from './clean/dates.js';
export { stripMarkup } from './clean/html.js';
// A whole web page: its article cleaned (`matn clean page.html`), and the test for one.
export { cleanPage, isPageText } from './html/page.js';
export { maskMarkup, type MaskedText } from './html/mask.js';
export {
  normalizeText, normalizeLine, cleanUnicode, tidySpacing, documentLang, lineLang,
  type NormalizeOptions, type DigitStyle,
} from './text/normalize.js';
export { restoreZwnj, restoreZwnjToken } from './text/zwnj.js';
export { scoreScript, scriptLang, type ScriptLang, type ScriptScore } from './text/script.js';
export { TextFramer, parseJsonLine, type Framing, type RawRecord } from './io/framing.js';
export { InputError, EXIT } from './io/errors.js';
export type { InputRecord, OutputRecord } from './io/record.js';
export { detectLanguage, toIso, type DetectOptions, type Detection, type IsoStyle } from './langid/detect.js';
export { detectSegments, splitSegments, type SegmentUnit, type LangSegment, type SegmentedDetection } from './langid/segments.js';
export { Deduper, bandKeys, DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT, type DedupeOptions, type Verdict } from './dedupe/deduper.js';
export { comparisonText } from './dedupe/shingles.js';
export { extractQuotes, type ExtractOptions } from './quotes/extract.js';
export type { Quote, QuoteKind, SpeakerKind } from './quotes/types.js';
