/**
 * `clean`: keep the article and only the article, normalized, and keep what the furniture said.
 * Pure: a string in, a CleanResult out.
 */
import { DOC_LANG_CHARS, cleanUnicode, createNormalizer, lineLang, lineLangOfScore, marksAsZwnj, typedOnArabicKeyboard, type NormalizeOptions } from '../text/normalize.js';
import { scoreScript, scriptLangOfScore, type ScriptLang, type ScriptScore } from '../text/script.js';
import { classifyLine, cutInlineTail, isRelatedHeader, type CleanMeta } from './classify.js';
import { DATE_LABEL_RE, NEWS_ID_LABEL_RE, SERVICE_LABEL_RE } from './data/furniture.js';
import { fold, wordCount } from './fold.js';
import { hasMarkup, stripMarkup } from './html.js';
import { articleSpan, isPageRendering } from './page.js';

export type { CleanMeta } from './classify.js';

export interface CleanOptions {
  /** Normalization switches, or false for none (`--no-normalize`). */
  normalize?: NormalizeOptions | false;
  /**
   * 0-based indices of the lines that recur across many records of the input: furniture.
   * The caller decides (RecurringLines over the whole input); clean stays a function of one text.
   */
  recurringLines?: ReadonlySet<number>;
}

export interface RemovedLine {
  /** 1-based line number in the record's text. */
  line: number;
  text: string;
  reason: string;
}

export interface CleanResult {
  text: string;
  /** Headline (with its surtitle), when the article starts with one. */
  title?: string;
  meta: CleanMeta;
  removed: RemovedLine[];
  /** Dominant script language, used to normalize. */
  lang: ScriptLang;
}

/** After an end marker (`انتهای پیام/`), lines up to this long are footer; longer ones are kept (when unsure, keep). */
const FOOTER_MAX_WORDS = 15;
/** Inside a related-articles box, headlines up to this long are furniture... */
const RELATED_MAX_WORDS = 20;
/** ...and the box holds at most this many of them. */
const RELATED_MAX_LINES = 6;
/** A menu is a run of at least this many consecutive short lines... */
const MENU_MIN_RUN = 4;
/** ...of at most this many words, without sentence punctuation... */
const MENU_MAX_WORDS = 4;
/** ...inside the body (between long lines) only when the run is this long; shorter runs there are lists. */
const MENU_MIN_RUN_IN_BODY = 12;
/** A line this long (in words) is body text. */
const BODY_MIN_WORDS = 10;

interface Line {
  no: number;
  text: string;
  /** The matching form of `text` (fold.ts), computed once per line. */
  folded: string;
  words: number;
  /** The letter test's score of `text`, computed once per line (kept lines reuse it to normalize). */
  score?: ScriptScore;
  removed?: string;
}

export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const meta: CleanMeta = {};
  const lines: Line[] = input.split('\n').map((raw, i) => ({ no: i + 1, text: raw, folded: '', words: 0 }));
  const note = (m: CleanMeta | undefined): void => {
    if (!m) return;
    for (const [k, v] of Object.entries(m)) {
      if (v && !(k in meta)) (meta as Record<string, string>)[k] = v;
    }
  };

  let afterEnd = false;
  let relatedLeft = 0;
  const zwnjFromMarks = options.normalize !== false && options.normalize?.zwnj !== false;
  for (const line of lines) {
    let text = line.text;
    if (hasMarkup(text)) {
      const m = stripMarkup(text);
      note(m.meta);
      if (m.text.length === 0 && text.trim().length > 0) { line.removed = 'markup'; continue; }
      text = m.text;
    }
    let unicodeClean = cleanUnicode(text);
    // A Persian writer's bidi mark between two letters stands for a ZWNJ (letters.ts
    // JOINER_STAND_INS): kept as one unless normalization is off. Looked for only on the few
    // lines the Unicode pass changed, so the common line pays no second scan.
    if (zwnjFromMarks && unicodeClean !== text) {
      const marked = marksAsZwnj(text);
      if (marked !== text && lineLang(text, 'und') === 'fa') unicodeClean = cleanUnicode(marked);
    }
    text = unicodeClean.trim();
    line.text = text;
    if (text.length === 0) continue;
    line.score = scoreScript(text);
    const f = fold(text);
    const words = wordCount(f);
    line.folded = f;
    line.words = words;
    const verdict = classifyLine(text, f);
    if (verdict) {
      line.removed = verdict.reason;
      note(verdict.meta);
      if (verdict.reason === 'end-marker') afterEnd = true;
      if (isRelatedHeader(text, f)) relatedLeft = RELATED_MAX_LINES;
      continue;
    }
    if (afterEnd && words <= FOOTER_MAX_WORDS) { line.removed = 'footer'; continue; }
    if (relatedLeft > 0) {
      // Related headlines end in ! or ? often enough; a full stop means article text is back.
      if (words <= RELATED_MAX_WORDS && !/\.$/.test(text)) { line.removed = 'related'; relatedLeft--; continue; }
      relatedLeft = 0;
    }
    if (options.recurringLines?.has(line.no - 1)) { line.removed = 'recurring'; continue; }
    const cut = cutInlineTail(text, f);
    if (cut.tail) {
      line.text = cut.body;
      line.score = scoreScript(cut.body);
      line.words = wordCount(cut.body);
      if (cut.source) note({ source: cut.source });
    }
  }
  // A whole-page rendering: keep the article's span, drop the page around it.
  const span = isPageRendering(lines) ? articleSpan(lines) : undefined;
  if (span) {
    lines.forEach((line, i) => {
      if ((i < span.start || i > span.end) && line.text.length > 0 && !line.removed) line.removed = 'outside-article';
    });
  }
  markMenuRuns(lines);
  note(labelledValues(lines));

  const removed: RemovedLine[] = [];
  const kept: string[] = [];
  const docLang = documentLangOf(lines);
  const arabicKeyboard = typedOnArabicKeyboard(lines.map((l) => l.score), docLang);
  const norm = options.normalize;
  // Every line went through cleanUnicode above; the normalizer need not do it again.
  const normalize = norm === false ? undefined : createNormalizer({ ...norm, unicode: false });
  for (const line of lines) {
    if (line.removed) {
      removed.push({ line: line.no, text: line.text, reason: line.removed });
      continue;
    }
    if (line.text.length === 0) {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    kept.push(normalize ? normalize(line.text, lineLangOfScore(line.score ?? scoreScript(line.text), docLang, arabicKeyboard)) : line.text);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  if (normalize && meta.source) meta.source = normalize(meta.source, lineLang(meta.source, docLang, arabicKeyboard));
  if (normalize && meta.service) meta.service = normalize(meta.service, lineLang(meta.service, docLang, arabicKeyboard));
  return { text: kept.join('\n'), title: findTitle(kept), meta, removed, lang: docLang };
}

/**
 * The dominant script language of the record over its first DOC_LANG_CHARS characters, from the
 * scores its lines got as cleaned: furniture lines count too (they say which language a site
 * writes in), a line cut of an inline tail counts by its body, markup-only lines not at all.
 */
function documentLangOf(lines: Line[]): ScriptLang {
  // Summed in tenths, as scoreScript counts, so that a tie stays exact.
  let fa = 0;
  let ar = 0;
  let letters = 0;
  let chars = 0;
  for (const line of lines) {
    if (chars >= DOC_LANG_CHARS) break;
    const s = line.score;
    if (!s) continue;
    fa += Math.round(s.fa * 10);
    ar += Math.round(s.ar * 10);
    letters += s.letters;
    chars += line.text.length + 1;
  }
  return scriptLangOfScore({ fa: fa / 10, ar: ar / 10, letters });
}

/** A service path takes at most this many parts (`یزد » یزد`). */
const SERVICE_MAX_PARTS = 3;
/** A path separator alone on its line. */
const PATH_SEPARATOR_RE = /^[»›>/|]$/;

/**
 * Labels alone on their line with the value on the next lines (a page's info box as text):
 * `کد خبر:` + a number is the news id, `گروه :` + up to three short lines (between separators)
 * the service, `تاریخ انتشار:` + a date line the date. Label and value lines are furniture;
 * what they said goes to meta.
 */
function labelledValues(lines: Line[]): CleanMeta {
  const meta: CleanMeta = {};
  const next = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.length === 0) j++;
    return j < lines.length ? j : -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!;
    if (label.words > 3 || label.folded.length === 0) continue;
    if (NEWS_ID_LABEL_RE.test(label.folded)) {
      // The matching form writes every digit script as ASCII.
      const j = next(i);
      if (j < 0 || !/^\d+$/.test(lines[j]!.folded)) continue;
      meta.news_id ??= lines[j]!.text;
      label.removed ??= 'news-id';
      lines[j]!.removed ??= 'news-id';
    } else if (DATE_LABEL_RE.test(label.folded)) {
      // The date line itself was read by the line rules.
      const j = next(i);
      if (j >= 0 && (lines[j]!.removed === 'date' || lines[j]!.removed === 'agency-dateline')) label.removed ??= 'date';
    } else if (SERVICE_LABEL_RE.test(label.folded)) {
      const parts: string[] = [];
      const taken: number[] = [];
      // The lines up to the last part (a separator after it is no part of the path).
      let through = 0;
      let separated = true;
      for (let j = next(i); j >= 0 && parts.length < SERVICE_MAX_PARTS; j = next(j)) {
        const t = lines[j]!.text;
        if (PATH_SEPARATOR_RE.test(t)) { taken.push(j); separated = true; continue; }
        // A part is a short name after a separator; a label, a sentence or a date ends the path.
        if (!separated || lines[j]!.words > 4 || /[:：.!؟?،]$/.test(t) || /\d/.test(t)) break;
        parts.push(t);
        taken.push(j);
        through = taken.length;
        separated = false;
      }
      if (parts.length === 0) continue;
      taken.length = through;
      meta.service ??= parts.join(' > ');
      label.removed ??= 'service';
      for (const j of taken) lines[j]!.removed ??= 'service';
    }
  }
  return meta;
}

/**
 * Runs of short, unpunctuated lines are menus in the header or footer zone (before the first
 * or after the last long line); inside the body they are lists and stay, unless very long.
 */
function markMenuRuns(lines: Line[]): void {
  // Body text: long lines that end a sentence (related headlines in footers are long too, but unpunctuated).
  const isLong = (l: Line): boolean => !l.removed && l.words >= BODY_MIN_WORDS && /[.!؟?»"')]$/.test(l.text);
  const firstLong = lines.findIndex(isLong);
  let lastLong = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (isLong(lines[i])) { lastLong = i; break; }
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= MENU_MIN_RUN) {
      const outside = firstLong === -1 || run[run.length - 1] < firstLong || run[0] > lastLong;
      if (outside || run.length >= MENU_MIN_RUN_IN_BODY) for (const i of run) lines[i].removed = 'menu';
    }
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.text.length === 0) return;
    const short = !line.removed && line.words <= MENU_MAX_WORDS && !/[.!؟?:،,؛]$/.test(line.text);
    if (short) run.push(i);
    else if (!line.removed) flush();
    // Lines removed for other reasons neither break nor extend a run: menus interleave separators.
  });
  flush();
}

/** The headline: the first kept line when it reads like one; a surtitle ending in `؛`/`:` joins the next line. */
function findTitle(kept: string[]): string | undefined {
  const content = kept.filter((l) => l.length > 0);
  const first = content[0];
  if (!first || wordCount(first) > 30 || /[.!]$/.test(first)) return undefined;
  const second = content[1];
  if (/[؛:]$/.test(first) && second && wordCount(second) <= 30 && !/[.!]$/.test(second)) return `${first} ${second}`;
  return first;
}
