/**
 * HTML/JS leftovers in scraped text, parsed with a real tokenizer (htmlparser2), not regexes.
 * A line with markup keeps its text content (`<TITLE>…</TITLE>` → the title, entities decoded);
 * script/style/iframe bodies are dropped; metadata elements of corpus formats (`<DOCNO>`,
 * `<URL>`, `<SRC>`, `<TIME>`, …) become metadata instead of text.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'noscript', 'object', 'embed', 'svg', 'template', 'button', 'select']);
/** Corpus metadata elements (TREC/ANT style) and the meta field each feeds. */
const META_ELEMENTS: Record<string, string> = {
  docno: 'news_id', docid: 'news_id', url: 'url', src: 'source', source: 'source', cat: 'service', category: 'service',
  time: 'date', date: 'date', author: 'author',
};

export interface MarkupLine {
  /** Text content outside dropped and metadata elements (entities decoded). */
  text: string;
  /** Metadata found in metadata elements. */
  meta: Record<string, string>;
  /** True when the line had any tag at all. */
  hadMarkup: boolean;
}

export { hasMarkup } from '../html/mask.js';

/** Parses one line of possibly-marked-up text. */
export function stripMarkup(line: string): MarkupLine {
  const parts: string[] = [];
  const meta: Record<string, string> = {};
  const stack: string[] = [];
  let dropDepth = 0;
  let metaField: string | undefined;
  let metaText = '';
  let hadMarkup = false;
  const parser = new Parser(
    {
      onopentag(name) {
        hadMarkup = true;
        stack.push(name);
        if (DROP_CONTENT.has(name)) dropDepth++;
        else if (META_ELEMENTS[name] && dropDepth === 0) { metaField = META_ELEMENTS[name]; metaText = ''; }
        else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') parts.push(' ');
      },
      onclosetag(name) {
        hadMarkup = true;
        const i = stack.lastIndexOf(name);
        if (i !== -1) stack.length = i;
        if (DROP_CONTENT.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (metaField && META_ELEMENTS[name] === metaField) {
          const v = metaText.trim();
          if (v && !meta[metaField]) meta[metaField] = v;
          metaField = undefined;
        }
      },
      ontext(text) {
        if (dropDepth > 0) return;
        if (metaField) metaText += text;
        else parts.push(text);
      },
      oncomment() { hadMarkup = true; },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(line);
  parser.end();
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), meta, hadMarkup };
}
