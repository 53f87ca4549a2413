/**
 * Line-level furniture rules: given one (folded) line, say whether it is furniture and why,
 * and what metadata it carries. Position-dependent rules (after an end marker, inside a
 * related-articles box, menu runs) live in clean.ts.
 */
import { isDateLine, parseDate } from './dates.js';
import {
  AGENCIES, AGENCY_LINE_RE, INLINE_TAILS, LINE_RULES, RELATED_HEADERS_RE, SECTION_LABELS, SERVICE_IN_ID_LINE_RE,
  SOURCE_IN_BAR_RE, SOURCE_LINE_RE,
} from './data/furniture.js';
import { fold, foldPattern, wordCount } from './fold.js';

export interface CleanMeta {
  news_id?: string;
  service?: string;
  /** The date as the page wrote it. */
  date?: string;
  /** The same date in the Gregorian calendar, ISO 8601. */
  date_iso?: string;
  calendar?: string;
  source?: string;
  author?: string;
  url?: string;
  /** The site's name (web pages: og:site_name). */
  site?: string;
}

export interface LineVerdict {
  reason: string;
  meta?: CleanMeta;
}

const RULES = LINE_RULES.map((r) => ({ ...r, pattern: foldPattern(r.pattern) }));
const SOURCE_RE = foldPattern(SOURCE_LINE_RE);
const AGENCY_RE = foldPattern(AGENCY_LINE_RE);
const RELATED_RE = foldPattern(RELATED_HEADERS_RE);
const TAILS = INLINE_TAILS.map((t) => ({ ...t, word: fold(t.word), pattern: foldPattern(t.pattern) }));
/** Any tail's word: one search per body line (four substring searches cost three times as much). */
const TAIL_WORDS_RE = new RegExp(TAILS.map((t) => t.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const AGENCY_NAMES = new Set(AGENCIES.map(fold));
const SECTIONS = new Set(SECTION_LABELS.map(fold));
const NEWS_ID_RE = /\d+/;
/** A line without any letter or digit (separators: `-----`, `.`, `|`). */
const NO_WORD_RE = /^[^\p{L}\p{N}]*$/u;

/**
 * Classifies one line. `line` is the unicode-cleaned line as written; the rules run on its fold
 * (pass `f` when the caller has it already: clean() folds each line once).
 */
export function classifyLine(line: string, f: string = fold(line)): LineVerdict | undefined {
  if (f.length === 0) return undefined;
  if (NO_WORD_RE.test(f)) return { reason: 'separator' };
  const words = wordCount(f);
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.pattern.test(f)) return { reason: rule.reason, meta: metaFor(rule.reason, line, f) };
  }
  const src = words <= 12 ? f.match(SOURCE_RE) : null;
  if (src) return { reason: 'source', meta: { source: sourceValue(line) } };
  if (words <= 12 && AGENCY_RE.test(f) && !/[.!؟?]$/.test(f)) {
    return { reason: 'source', meta: { source: line.replace(/\s*[-–:]\s*[^-–:]*$/, '').replace(/[:\s]+$/, '').trim() } };
  }
  if (isDateLine(line, f)) return { reason: 'date', meta: dateMeta(line) };
  if (words <= 14 && isAgencyDateline(f)) return { reason: 'agency-dateline', meta: { ...dateMeta(line), source: agencyIn(f) } };
  if (words <= 4 && SECTIONS.has(f)) return { reason: 'section-label' };
  return undefined;
}

export function isRelatedHeader(line: string, f: string = fold(line)): boolean {
  return RELATED_RE.test(f);
}

/** Cuts furniture glued to the end of a body line; returns the body and what was cut. */
export function cutInlineTail(line: string, f: string = fold(line)): { body: string; tail?: string; reason?: string; source?: string } {
  if (!TAIL_WORDS_RE.test(f) || wordCount(f) < 6) return { body: line };
  for (const t of TAILS) {
    if (!f.includes(t.word)) continue;
    const m = f.match(t.pattern);
    if (!m || m.index === undefined || m.index === 0) continue;
    // Map the cut back onto the written line: the fold keeps word order, so cut by word count.
    const keepWords = wordCount(f.slice(0, m.index));
    const written = line.trim().split(/\s+/);
    const body = written.slice(0, keepWords).join(' ');
    const tail = written.slice(keepWords).join(' ');
    return { body, tail, reason: t.reason, source: m[1] ? tail.replace(/^.*?[:(]\s*/, '').replace(/\)\s*$/, '').trim() || undefined : undefined };
  }
  return { body: line };
}

function metaFor(reason: string, line: string, f: string): CleanMeta | undefined {
  if (reason === 'news-id') {
    const id = f.match(NEWS_ID_RE)?.[0];
    const service = line.match(SERVICE_IN_ID_LINE_RE)?.[1]?.trim();
    return { news_id: id, service };
  }
  if (reason === 'print-link') {
    const m = line.match(SOURCE_IN_BAR_RE);
    return m ? { source: m[1].trim() } : undefined;
  }
  if (reason === 'citation') return { source: line.trim().replace(/\s*\.$/, '') };
  return undefined;
}

function sourceValue(line: string): string {
  return line.replace(/^[^:：]*[:：]\s*/, '').trim();
}

function dateMeta(line: string): CleanMeta {
  const parsed = parseDate(line);
  return parsed ? { date: line.trim(), date_iso: parsed.iso, calendar: parsed.calendar } : { date: line.trim() };
}

function isAgencyDateline(f: string): boolean {
  if (/[.!؟?،,]$/.test(f)) return false;
  const agency = agencyIn(f);
  if (!agency) return false;
  // An agency name plus a city or a date, and nothing sentence-like.
  const rest = f.replace(agency, ' ').replace(/[-–—:|/]+/g, ' ').trim();
  return wordCount(rest) <= 3 || parseDate(f) !== undefined;
}

function agencyIn(f: string): string | undefined {
  const words = f.replace(/[-–—:|/()]+/g, ' ').split(/\s+/).filter(Boolean);
  for (let n = 3; n >= 1; n--) {
    for (const at of [0, words.length - n]) {
      if (at < 0) continue;
      const cand = words.slice(at, at + n).join(' ');
      if (AGENCY_NAMES.has(cand)) return cand;
    }
  }
  return undefined;
}
