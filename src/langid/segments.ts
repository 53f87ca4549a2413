/**
 * Language by segment: cut a record into lines, paragraphs or sentences, label each, merge
 * adjacent segments with the same label, and report each language's share of the letters.
 * For mixed documents like an Arabic article carrying one Persian source line.
 */
import { detectLanguage, readableText, type DetectOptions } from './detect.js';
import { hasHiddenContent } from '../html/mask.js';
import { CodePointCounter } from '../text/offsets.js';

export type SegmentUnit = 'line' | 'para' | 'sentence';

export interface LangSegment {
  /** Code point offsets into the text, end exclusive. */
  start: number;
  end: number;
  lang: string;
  confidence: number;
}

export interface SegmentedDetection {
  segments: LangSegment[];
  /** Share of letters per language (0–1, rounded to 3 places); `und` segments are left out. */
  langs: Record<string, number>;
}

const CUTS: Record<SegmentUnit, RegExp> = {
  line: /\n/g,
  para: /\n[ \t]*\n\s*/g,
  // Sentence ends: . ! ? ؟ ؛ … then space, or any newline. Abbreviations are rare in this news.
  sentence: /(?<=[.!?؟؛…])[ \t]+|\n+/g,
};

/** Segment spans in UTF-16 units, blank ones dropped, surrounding space trimmed. */
export function splitSegments(text: string, by: SegmentUnit): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = new RegExp(CUTS[by].source, 'g');
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) spans.push([a, b]);
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  push(from, text.length);
  return spans;
}

export function detectSegments(input: string, by: SegmentUnit, options: DetectOptions = {}): SegmentedDetection {
  // Masked once for the whole record: a script spanning lines has markup only on its first and last.
  const text = hasHiddenContent(input) ? readableText(input) : input;
  const cp = new CodePointCounter(text);
  const segments: LangSegment[] = [];
  const letters: Record<string, number> = {};
  let total = 0;
  // Confidence of a merged run: letter-weighted mean of its parts.
  let runWeight = 0;
  for (const [a, b] of splitSegments(text, by)) {
    const d = detectLanguage(text.slice(a, b), options);
    const start = cp.at(a);
    const end = cp.at(b);
    const w = Math.max(1, d.letters);
    if (d.lang !== 'und') {
      letters[d.lang] = (letters[d.lang] ?? 0) + d.letters;
      total += d.letters;
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.lang === d.lang) {
      prev.confidence = (prev.confidence * runWeight + d.confidence * w) / (runWeight + w);
      prev.end = end;
      runWeight += w;
    } else {
      segments.push({ start, end, lang: d.lang, confidence: d.confidence });
      runWeight = w;
    }
  }
  for (const s of segments) s.confidence = Math.round(s.confidence * 1000) / 1000;
  const langs: Record<string, number> = {};
  for (const [l, n] of Object.entries(letters).sort((x, y) => y[1] - x[1])) langs[l] = Math.round((n / total) * 1000) / 1000;
  return { segments, langs };
}
