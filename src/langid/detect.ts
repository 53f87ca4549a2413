/**
 * Language identification tuned for Persian vs Arabic news text, down to short lines.
 *
 * 1. Script, by words: only Arabic-script letters feed the model (features.ts). Text whose
 *    words are mostly in another script goes to franc, which is good at telling Latin/Cyrillic/…
 *    languages apart; English, the common case, is named by its function words first.
 * 2. Arabic script: a naive Bayes model over character n-grams (model.ts, generated data) scores
 *    Persian, Arabic, Dari and the confusers that share the alphabet (Urdu, Pashto, Sindhi,
 *    Uyghur, Sorani, Kashmiri, Balochi, Gilaki, Gorani); the keyboard's yeh/kaf forms add a
 *    fitted vote. Its posterior, calibrated on held-back lines, is the confidence. franc is not
 *    asked here: with the keyboard vote and the stoplist-trained model it no longer changed
 *    a label on the dev lines, and it was a quarter of the time.
 * 3. Dari folds into Persian (probabilities added) unless `keepDari`.
 *
 * Limits (measured, see README): below ~10 letters any method guesses; Gilaki and Dari share
 * Persian's alphabet and are told apart by vocabulary only.
 */
import { franc } from 'franc';
import { scanLetters, type LetterScan } from './features.js';
import { hasHiddenContent, maskMarkup } from '../html/mask.js';
import { NgramModel } from './model.js';
import { MODEL } from './data/model.js';
import { ISO_639_3_TO_1 } from './data/iso639.js';
import { FOREIGN_LANGUAGES } from './data/foreign-languages.js';
import { ENGLISH_ANCHOR_WORDS, ENGLISH_FUNCTION_WORDS } from './data/english-function-words.js';

export type IsoStyle = '639-1' | '639-3';

export interface DetectOptions {
  /** Label style; default 639-1 (`fa`, `ar`), falling back to 639-3 where 639-1 has no code. */
  iso?: IsoStyle;
  /** Report Dari (`prs`) apart from Persian instead of folding it in. */
  keepDari?: boolean;
  /** Fewer Arabic-script letters than this (and no other script) → `und`. Default 2. */
  minLetters?: number;
}

export interface Detection {
  /** Language code, or `und`. */
  lang: string;
  /** Calibrated probability of `lang`, 0–1 (0 for `und`). */
  confidence: number;
  /** Letters the decision rested on (of the first million characters). */
  letters: number;
}

let model: NgramModel | undefined;
function getModel(): NgramModel {
  model ??= new NgramModel(MODEL);
  return model;
}

export function toIso(code639_3: string, iso: IsoStyle = '639-1'): string {
  if (code639_3 === 'und' || iso === '639-3') return code639_3;
  return ISO_639_3_TO_1[code639_3] ?? code639_3;
}

/** Text with its markup masked (html/mask.ts); the text itself if the parse would move offsets. */
export function readableText(text: string): string {
  return maskMarkup(text)?.text ?? text;
}

const UND: Detection = Object.freeze({ lang: 'und', confidence: 0, letters: 0 });

// franc's confidence is a relative distance; anything it labels gets this much, scaled by length.
function francConfidence(letters: number): number {
  return Math.round(Math.min(0.95, 0.5 + letters / 100) * 1000) / 1000;
}

let scratch = new Float64Array(0);

let dariFold: Int32Array | undefined;
/** labelOf for the model's classes with Dari reported as Persian. */
function daris(m: NgramModel): Int32Array {
  if (!dariFold) {
    const pes = m.classes.indexOf('pes');
    dariFold = Int32Array.from(m.classes, (code, c) => (code === 'prs' ? pes : c));
  }
  return dariFold;
}

/**
 * Scoring stops once the leading label's calibrated log-odds pass this (confidence > 0.9975):
 * on the dev lines no label changed between stopping here and scoring every n-gram.
 */
const SETTLED_LOG_ODDS = 6;

/**
 * Only the first million characters are read: a label settles within a few sentences (franc
 * reads 2,048), and the scan's buffers grow with what it reads (a 50 MB one-line record
 * took 250 MB). `letters` then counts that part.
 */
const MAX_SCAN = 1 << 20;

/** Detects the language of `text`. Pure; the model is built once on first use. */
export function detectLanguage(text: string, options: DetectOptions = {}): Detection {
  const iso = options.iso ?? '639-1';
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  // A page's scripts, styles and head are no part of its language (an Arabic page read as
  // English); tags and links the letter scan leaves out by itself.
  const scan = scanLetters(hasHiddenContent(head) ? readableText(head) : head);
  // Which script the text is in goes by words, not letters: a Persian sentence naming
  // `Google Drive, Microsoft Outlook` has fewer but shorter words than its Latin brand names.
  // Latin words that are all capitalized are names in an Arabic-script sentence (`Paul Barreira،
  // پروفسور …`), not a Latin-script language.
  const namesOnly = scan.arabicWords > 0 && scan.capitalizedWords === scan.foreignWords;
  if (!namesOnly && scan.arabicWords <= scan.foreignWords && scan.arabic <= scan.latin + scan.other) return detectForeign(scan, iso);
  if (scan.arabic < (options.minLetters ?? 2)) return { ...UND, letters: scan.arabic };
  const m = getModel();
  const C = m.classes.length;
  if (scratch.length !== C) scratch = new Float64Array(C);
  const n = m.scoreUnits(scan.units, scan.length, scratch, {
    stopAt: SETTLED_LOG_ODDS, forms: scan.forms,
    labelOf: options.keepDari ? undefined : daris(m),
  });
  const k = m.calibration.a / Math.pow(Math.max(1, n), m.calibration.b);
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, scratch[c]! * k);
  let z = 0;
  for (let c = 0; c < C; c++) { scratch[c] = Math.exp(scratch[c]! * k - max); z += scratch[c]!; }
  let best = -1;
  let bestP = -1;
  let pesP = 0;
  let prsP = 0;
  for (let c = 0; c < C; c++) {
    const code = m.classes[c]!;
    const p = scratch[c]! / z;
    if (code === 'pes') pesP = p;
    else if (code === 'prs') prsP = p;
    if (!options.keepDari && code === 'prs') continue;
    if (p > bestP) { bestP = p; best = c; }
  }
  let code = m.classes[best]!;
  let confidence = bestP;
  if (!options.keepDari && (code === 'pes' || pesP + prsP > bestP)) {
    code = 'pes';
    confidence = pesP + prsP;
  }
  return { lang: toIso(code, iso), confidence: Math.round(confidence * 1000) / 1000, letters: scan.arabic };
}

const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS);
const ENGLISH_ANCHORS = new Set(ENGLISH_ANCHOR_WORDS);
const LATIN_WORD = /[A-Za-z]+/g;

/**
 * English by its function words: at least 3 of them, making up a fifth of the Latin words, `the`,
 * `and`, `of` or `to` among them. franc costs 0.1–0.3 ms a line among 70 languages, more than
 * the n-gram model takes for an Arabic-script paragraph; this settles the common case.
 */
function looksEnglish(text: string): boolean {
  let words = 0;
  let hits = 0;
  let anchor = false;
  for (const m of text.slice(0, 2048).matchAll(LATIN_WORD)) {
    words++;
    const w = m[0].toLowerCase();
    if (ENGLISH.has(w)) {
      hits++;
      if (ENGLISH_ANCHORS.has(w)) anchor = true;
    }
  }
  return anchor && hits >= 3 && hits >= 0.2 * words;
}

/** Text mostly in another script: franc, among the languages a Persian/Arabic stream carries. */
function detectForeign(scan: LetterScan, iso: IsoStyle): Detection {
  const foreign = scan.latin + scan.other;
  if (foreign < 10) return UND;
  const code = looksEnglish(scan.stripped) ? 'eng' : franc(scan.stripped, { minLength: 10, only: FOREIGN_LANGUAGES as string[] });
  if (code === 'und') return UND;
  return { lang: toIso(code, iso), confidence: francConfidence(foreign), letters: foreign };
}
