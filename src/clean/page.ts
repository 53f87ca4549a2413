/**
 * Whole-page text renderings (a browser's or html2text's dump of a news page): hundreds of
 * menu, headline-list, comment-form and footer lines around one article. Line rules alone keep
 * most of them, so on such a record the article is found as a span: the run of lines with the
 * most prose in it (the maximum-sum segment, as in Finn et al.'s Body Text Extraction, scored on
 * lines: prose lines add their words, other lines subtract), widened back to the headline, which
 * a page rendering repeats from its first line (the page title, often with the site's name).
 */

export interface PageLine {
  text: string;
  /** The matching form of `text` (fold.ts). */
  folded: string;
  /** Word count of the line. */
  words: number;
  /** Set when a line rule already removed the line. */
  removed?: string;
}

/** A record is a page rendering when it has at least this many non-blank lines... */
const PAGE_MIN_LINES = 60;
/** ...and at least this share of them are this short (words): menus, buttons, labels. */
const PAGE_MIN_SHORT_SHARE = 0.45;
const SHORT_MAX_WORDS = 4;
/**
 * A prose line: at least this many words, ending a sentence with a full stop. Headline lists are
 * long but unpunctuated, or end in ? or ! (`ماكرون طلب تقريراً عن حال المدارس المسيحية في لبنان!`),
 * so those count only on a line this long.
 */
const PROSE_MIN_WORDS = 10;
const QUESTION_PROSE_MIN_WORDS = 20;
const FULL_STOP_RE = /[.…]["»')]?$/;
const OTHER_END_RE = /[!؟?]["»')]?$/;
/** What a line that is not prose costs the span it is in: this, or a long unfinished line its word count. */
const NON_PROSE_COST = 3;
const FRAGMENT_LOOKAHEAD = 3;
/** The headline is looked for this many non-blank lines before the span. */
const TITLE_WINDOW = 15;
/** A headline is (most of) the page's first line: at least this share of its letters. */
const TITLE_MIN_SHARE = 0.5;
/** A span from a headline needs at least this many words of prose; at most this many repeats are tried. */
const ANCHORED_MIN_WORDS = 20;
const MAX_HEADLINE_REPEATS = 5;
/**
 * Once in the article, a span never bridges more lines than this without prose: an article's own
 * breaks (a photo and its caption, a subheading, a share bar) are short; a page's are not.
 */
const MAX_GAP_LINES = 12;

const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

export function isPageRendering(lines: readonly PageLine[]): boolean {
  let nonBlank = 0;
  let short = 0;
  for (const l of lines) {
    if (l.text.length === 0) continue;
    nonBlank++;
    if (l.words <= SHORT_MAX_WORDS) short++;
  }
  return nonBlank >= PAGE_MIN_LINES && short >= PAGE_MIN_SHORT_SHARE * nonBlank;
}

const endsSentence = (l: PageLine): boolean =>
  FULL_STOP_RE.test(l.text) || (l.words >= QUESTION_PROSE_MIN_WORDS && OTHER_END_RE.test(l.text));

/**
 * Each line's worth to the span: a prose line adds its words, any other line costs at least
 * NON_PROSE_COST. A long line a link broke off (the page rendered the link on a line of its own:
 * `… تبلغ من العمر 78` / `القاهرة` / `، وجارى اتخاذ … له.`) is prose when a sentence ends within
 * FRAGMENT_LOOKAHEAD lines and every line in between is short: the sentence's words count on its
 * last line, so the span reaches it.
 */
function lineScores(lines: readonly PageLine[]): number[] {
  const scores = new Array<number>(lines.length).fill(0);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.length === 0) continue;
    // An end marker (انتهای پیام) closes the article: nothing after it joins the span.
    if (l.removed === 'end-marker') { scores[i] = -Infinity; continue; }
    if (l.removed || l.words < PROSE_MIN_WORDS) { scores[i] = -NON_PROSE_COST; continue; }
    const ends = endsSentence(l);
    if (ends) { scores[i] = l.words; continue; }
    const last = sentenceEndAfter(lines, i);
    if (last === undefined) { scores[i] = -l.words; continue; }
    let words = 0;
    for (let j = i; j <= last; j++) words += lines[j]!.words;
    scores[last] = words;
    i = last;
  }
  return scores;
}

/** The line, within FRAGMENT_LOOKAHEAD non-blank lines after `i` and past short lines only, that ends the sentence `i` began. */
function sentenceEndAfter(lines: readonly PageLine[], i: number): number | undefined {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < FRAGMENT_LOOKAHEAD; j++) {
    const l = lines[j]!;
    if (l.text.length === 0) continue;
    seen++;
    if (l.removed) return undefined;
    if (endsSentence(l)) return j;
    if (l.words > SHORT_MAX_WORDS) return undefined;
  }
  return undefined;
}

/**
 * The article's lines of a page rendering, as 0-based indices [start, end] (inclusive), or
 * undefined when the page has no prose at all (then nothing is cut). The span runs from a
 * repeat of the page title (the headline) when one leads to prose, else it is the page's
 * richest run of prose (a comment policy or a footer can out-weigh a short article there).
 */
export function articleSpan(lines: readonly PageLine[]): Span | undefined {
  const scores = lineScores(lines);
  const firstAt = lines.findIndex((l) => l.text.length > 0);
  if (firstAt < 0) return undefined;
  const title = { at: firstAt, letters: letters(lines[firstAt]!.folded) };
  return spanAfterHeadline(lines, scores, title) ?? richestSpan(lines, scores, title);
}

/** The page's first line (a rendering starts with the page title), as letters only. */
interface PageTitle {
  at: number;
  letters: string;
}

export interface Span {
  start: number;
  end: number;
}

/** The best span starting at a repeat of the page title: for each repeat, the prose-richest run of lines after it. */
function spanAfterHeadline(lines: readonly PageLine[], scores: readonly number[], title: PageTitle): Span | undefined {
  let best: Span | undefined;
  let bestSum = ANCHORED_MIN_WORDS - 1;
  let tried = 0;
  for (let h = title.at + 1; h < lines.length && tried < MAX_HEADLINE_REPEATS; h++) {
    if (!repeatsTitle(lines[h]!, title)) continue;
    tried++;
    let sum = 0;
    let gap = 0;
    let inProse = false;
    for (let i = h + 1; i < lines.length; i++) {
      if (lines[i]!.text.length === 0) continue;
      const score = scores[i]!;
      if (score === -Infinity) break;
      gap = score > 0 ? 0 : gap + 1;
      inProse ||= score > 0;
      if (inProse && gap > MAX_GAP_LINES) break;
      sum += score;
      if (sum > bestSum) { bestSum = sum; best = { start: h, end: i }; }
    }
  }
  return best;
}

/** The maximum-sum run of lines, widened back to the headline just before it. */
function richestSpan(lines: readonly PageLine[], scores: readonly number[], title: PageTitle): Span | undefined {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.length === 0) continue;
    const score = scores[i]!;
    gap = score > 0 ? 0 : gap + 1;
    if (score === -Infinity || gap > MAX_GAP_LINES) { sum = 0; start = i + 1; continue; }
    if (sum <= 0) { sum = 0; start = i; }
    sum += score;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  if (bestStart < 0) return undefined;
  return { start: headlineBefore(lines, bestStart, title) ?? bestStart, end: bestEnd };
}

const repeatsTitle = (l: PageLine, title: PageTitle): boolean => {
  if (l.text.length === 0) return false;
  const k = letters(l.folded);
  return k.length > 0 && title.letters.includes(k) && k.length >= TITLE_MIN_SHARE * title.letters.length;
};

/** The line before `start` that repeats (most of) the page's first line: the headline. */
function headlineBefore(lines: readonly PageLine[], start: number, title: PageTitle): number | undefined {
  let seen = 0;
  for (let i = start - 1; i > title.at && seen < TITLE_WINDOW; i--) {
    if (lines[i]!.text.length === 0) continue;
    seen++;
    if (repeatsTitle(lines[i]!, title)) return i;
  }
  return undefined;
}
