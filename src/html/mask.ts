/**
 * Markup masked in place: a copy of a text with the same length in which tags, comments and the
 * content of script/style-like elements are blanks, block elements start a new line, and each
 * entity is its character padded to the entity's length. Offsets into the copy are offsets into
 * the original, so a command that reads text (extract-quotes) can work on raw scraped text with
 * HTML leftovers or on a whole page and still report spans of the record as given.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, SKIP_ELEMENTS } from './data/page-structure.js';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const ZWNJ = 0x200c;
/** Entities that stand inside a word (`سهام&zwnj;شناور`) pad with ZWNJ, which words read through. */
const JOINERS = new Set([ZWNJ, 0x200d, 0xad]);
const SPACES = /^[\s\u200b]+$/;

/** What each position of the masked copy is: text as written, markup, a block's line break, an entity's padding. */
const TEXT = 0;
const MARKUP = 1;
const BREAK = 2;
const PADDING = 3;

export interface MaskedText {
  /** The text with its markup masked, as long as the original. */
  text: string;
  /** text[from, to) as a reader sees it: markup and padding left out, a block's break a newline. */
  render(from: number, to: number): string;
}

const TAG_HINT_RE = /<\/?[a-zA-Z!][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});/;

/** A tag, comment or entity somewhere in `text`: worth masking (or, in clean, parsing). */
export function hasMarkup(text: string): boolean {
  // Most text has neither character: two plain searches are cheaper than the pattern's scan.
  return (text.includes('<') || text.includes('&')) && TAG_HINT_RE.test(text);
}

const HIDDEN_OPEN_RE = new RegExp(`<(?:${[...SKIP_ELEMENTS].join('|')})[\\s>/]`, 'i');

/**
 * An element whose content is never text (a script, a style, a page's head) opens somewhere in
 * `text`. Tags and entities alone are a few letters; such content can outweigh the text itself.
 */
export function hasHiddenContent(text: string): boolean {
  return text.includes('<') && HIDDEN_OPEN_RE.test(text);
}

/**
 * `text` with its markup masked (see above); undefined when the parse would not keep offsets.
 * With `keep`, only text inside those [start, end) spans stays (a page's article: page.ts articleSpans).
 */
export function maskMarkup(text: string, keep?: ReadonlyArray<readonly [number, number]>): MaskedText | undefined {
  // Only the lines from the first markup to the last are parsed: leftovers are usually one
  // embed line in an article, and the lines around it are copied as they are.
  const first = keep ? 0 : Math.min(indexOrEnd(text, '<'), indexOrEnd(text, '&'));
  if (first === text.length) return { text, render: (from, to) => text.slice(from, to) };
  const lo = text.lastIndexOf('\n', first) + 1;
  const lastMark = keep ? text.length : Math.max(text.lastIndexOf('<'), text.lastIndexOf('&'));
  const hi = indexOrEnd(text, '\n', lastMark);
  const region = text.slice(lo, hi);
  const out = new Uint16Array(region.length).fill(SPACE);
  const kind = new Uint8Array(region.length).fill(MARKUP);
  /** Where the content of each open script-like element starts (their count is how deep we are in them). */
  const skipStarts: number[] = [];
  let ending = false;
  let consistent = true;
  const blockBreak = (at: number): void => {
    if (at < region.length) { out[at] = NEWLINE; kind[at] = BREAK; }
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_ELEMENTS.has(name)) skipStarts.push(parser.endIndex + 1);
        else if (BLOCK_ELEMENTS.has(name)) blockBreak(parser.startIndex);
      },
      onclosetag(name) {
        if (SKIP_ELEMENTS.has(name)) {
          const start = skipStarts.pop();
          // Never closed (a truncated `<script` embed): what follows is the text's own, kept as written.
          if (ending && start !== undefined) for (let i = start; i < region.length; i++) { out[i] = region.charCodeAt(i); kind[i] = TEXT; }
        } else if (BLOCK_ELEMENTS.has(name)) blockBreak(parser.startIndex);
      },
      ontext(data) {
        if (skipStarts.length > 0) return;
        const from = parser.startIndex;
        const span = parser.endIndex + 1 - from;
        if (span === data.length) {
          if (region.charCodeAt(from) !== data.charCodeAt(0)) consistent = false;
          for (let i = from; i < from + span; i++) { out[i] = region.charCodeAt(i); kind[i] = TEXT; }
          return;
        }
        // An entity: its character, then padding that neither splits nor joins more than it did.
        if (data.length > span) { consistent = false; return; }
        const space = SPACES.test(data);
        const pad = JOINERS.has(data.charCodeAt(0)) ? ZWNJ : SPACE;
        // The character sits on the side where it touches text (`&laquo;نقل` → `«نقل`, `نقل&raquo;` → `نقل»`).
        const next = from + span < region.length ? region[from + span]! : ' ';
        const shift = next !== '<' && !/\s/.test(next) ? span - data.length : 0;
        for (let i = from; i < from + span; i++) { out[i] = pad; kind[i] = PADDING; }
        if (space) { kind[from] = TEXT; return; } // `&nbsp;`, `&#8203;`: one plain space
        for (let i = 0; i < data.length; i++) { out[from + shift + i] = data.charCodeAt(i); kind[from + shift + i] = TEXT; }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(region);
  ending = true;
  parser.end();
  if (!consistent) return undefined;
  if (keep) {
    // Outside the kept spans text is blanked; each span ends a paragraph.
    let from = 0;
    for (const [start, end] of [...keep].sort((a, b) => a[0] - b[0])) {
      for (let i = from; i < Math.min(start, region.length); i++) if (kind[i] === TEXT || kind[i] === PADDING) { out[i] = SPACE; kind[i] = MARKUP; }
      from = Math.max(from, end);
      if (end < region.length && kind[end] !== TEXT) { out[end] = NEWLINE; kind[end] = BREAK; }
    }
    for (let i = from; i < region.length; i++) if (kind[i] === TEXT || kind[i] === PADDING) { out[i] = SPACE; kind[i] = MARKUP; }
  }
  // Newlines outside tags are the text's own paragraph breaks: keep them wherever they fell.
  for (let i = region.indexOf('\n'); i !== -1; i = region.indexOf('\n', i + 1)) { out[i] = NEWLINE; if (kind[i] !== TEXT) kind[i] = BREAK; }
  let masked = text.slice(0, lo);
  for (let i = 0; i < out.length; i += 8192) masked += String.fromCharCode(...out.subarray(i, i + 8192));
  masked += text.slice(hi);
  return {
    text: masked,
    render(from, to) {
      let s = '';
      // Runs of text are sliced whole; positions outside the parsed lines are all text.
      for (let i = from; i < to;) {
        const k = i < lo || i >= hi ? TEXT : kind[i - lo];
        let j = i + 1;
        while (j < to && (j < lo || j >= hi ? TEXT : kind[j - lo]) === k) j++;
        if (k === TEXT) s += masked.slice(i, j);
        else if (k === BREAK) s += '\n';
        i = j;
      }
      return s.replace(/[ \t]*\n\s*/g, '\n').trim();
    },
  };
}

function indexOrEnd(s: string, what: string, from = 0): number {
  const i = s.indexOf(what, from);
  return i === -1 ? s.length : i;
}

/** A short field (a speaker, a verb) read from a masked text: the blanks a tag left are one space. */
export function tidyMasked(s: string): string {
  return s.replace(/\u200c{2,}/g, '\u200c').replace(/\s+/g, ' ').trim();
}
