/**
 * Language identification tuned for Persian vs Arabic news text, down to short lines.
 *
 * 1. Script: only Arabic-script letters feed the model (features.ts). Text that is mostly
 *    another script goes to franc, which is good at telling Latin/Cyrillic/… languages apart.
 * 2. Arabic script: a naive Bayes model over character n-grams (model.ts, generated data) scores
 *    Persian, Arabic, Dari and the confusers that share the alphabet (Urdu, Pashto, Sindhi,
 *    Uyghur, Sorani, Kashmiri, Balochi, Gilaki, Gorani). Its posterior, calibrated on held-back
 *    lines, is the confidence.
 * 3. Dari folds into Persian (probabilities added) unless `keepDari`.
 *
 * Limits (measured, see README): below ~10 letters any method guesses; Gilaki and Dari share
 * Persian's alphabet and are told apart by vocabulary only.
 */
import { franc } from 'franc';
import { letterStats } from './features.js';
import { NgramModel } from './model.js';
import { MODEL } from './data/model.js';
import { ISO_639_3_TO_1 } from './data/iso639.js';
import { FOREIGN_LANGUAGES } from './data/foreign-languages.js';

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
  /** Letters the decision rested on. */
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

const UND: Detection = Object.freeze({ lang: 'und', confidence: 0, letters: 0 });

// franc's confidence is a relative distance; anything it labels gets this much, scaled by length.
function francConfidence(letters: number): number {
  return Math.round(Math.min(0.95, 0.5 + letters / 100) * 1000) / 1000;
}

let scratch = new Float64Array(0);

/** Below this model confidence a Persian-vs-Arabic call is checked with franc. */
const FRANC_BELOW = 0.6;
/** Scoring stops once the leader's calibrated log-odds pass this (confidence > 0.9995). */
const SETTLED_LOG_ODDS = 7.6;
/** …and only on short text, where the model is weakest and franc is cheap. */
const FRANC_MAX_LETTERS = 60;


/** Detects the language of `text`. Pure; the model is built once on first use. */
export function detectLanguage(text: string, options: DetectOptions = {}): Detection {
  const iso = options.iso ?? '639-1';
  const stats = letterStats(text);
  const foreign = stats.latin + stats.other;
  if (stats.arabic <= foreign) {
    if (foreign < 10) return UND;
    const code = franc(text, { minLength: 10, only: FOREIGN_LANGUAGES as string[] });
    if (code === 'und') return UND;
    return { lang: toIso(code, iso), confidence: francConfidence(foreign), letters: foreign };
  }
  if (stats.arabic < (options.minLetters ?? 2)) return { ...UND, letters: stats.arabic };
  const m = getModel();
  const C = m.classes.length;
  if (scratch.length !== C) scratch = new Float64Array(C);
  const n = m.score(stats.letters, scratch, SETTLED_LOG_ODDS);
  const k = m.calibration.a / Math.pow(Math.max(1, n), m.calibration.b);
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, scratch[c]! * k);
  let z = 0;
  for (let c = 0; c < C; c++) { scratch[c] = Math.exp(scratch[c]! * k - max); z += scratch[c]!; }
  let best = -1;
  let bestP = -1;
  let pesP = 0;
  let prsP = 0;
  let arbP = 0;
  for (let c = 0; c < C; c++) {
    const code = m.classes[c]!;
    const p = scratch[c]! / z;
    if (code === 'pes') pesP = p;
    else if (code === 'prs') prsP = p;
    else if (code === 'arb') arbP = p;
    if (!options.keepDari && code === 'prs') continue;
    if (p > bestP) { bestP = p; best = c; }
  }
  let code = m.classes[best]!;
  let confidence = bestP;
  if (!options.keepDari && (code === 'pes' || pesP + prsP > bestP)) {
    code = 'pes';
    confidence = pesP + prsP;
  }
  // A close call between Persian and Arabic alone (short lines): franc's trigram ranks make a
  // second, largely independent opinion, and it is only asked here, so its cost stays small.
  const faAr = pesP + prsP + arbP;
  if (confidence < FRANC_BELOW && stats.arabic < FRANC_MAX_LETTERS && (code === 'pes' || code === 'arb') && faAr > 0.9) {
    const second = franc(text, { only: ['pes', 'arb'], minLength: 1 });
    if (second === 'pes' || second === 'arb') {
      if (second !== code) confidence = faAr - confidence;
      code = second;
    }
  }
  return { lang: toIso(code, iso), confidence: Math.round(confidence * 1000) / 1000, letters: stats.arabic };
}
