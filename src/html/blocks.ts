/**
 * A page as a list of text blocks (one per run of inline text between block boundaries), each
 * with what its ancestors say: the block containers it sits in, whether it is inside site chrome,
 * how much of it is link text, its heading level. Parsed with htmlparser2's tokenizer, which
 * never throws: unclosed tags, a truncated page or no <body> still give the text there is.
 */
import { Parser } from 'htmlparser2';
import { ARTICLE_BODY_NAME, BLOCK_ELEMENTS, CHROME_ELEMENTS, CHROME_NAME, CONTENT_NAME, LEAD_NAME, PAGE_ELEMENTS, SKIP_ELEMENTS } from './data/page-structure.js';

export interface Block {
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The nearest block element's tag. */
  tag: string;
  /** 1–6 for h1–h6, else 0. */
  heading: number;
  /** Ids of the enclosing block elements, nearest first. */
  containers: number[];
  /** Inside chrome: nav/footer/aside/form, or an element named like a menu, share bar, comment list… */
  chrome: boolean;
  /** Inside an element named like a lead/summary. */
  lead: boolean;
  /** Where its text is in the HTML: from its first text character to after its last. */
  start: number;
  end: number;
}

export interface PageParts {
  blocks: Block[];
  /** `<title>` text. */
  title?: string;
  /** `<meta name|property|itemprop=… content=…>`, first value per key (keys lower-cased). */
  metaTags: Map<string, string>;
  /** Bodies of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<time datetime>` values, in order. */
  times: string[];
  /** Text of the elements marked `itemprop="articleSection"` (schema.org microdata), in order. */
  sections: string[];
}

/**
 * Text of an `itemprop="articleSection"` element collected, indentation included: an element
 * left open would collect the page (meta.ts takes only a short one as the section's name).
 */
const SECTION_MAX_RAW_CHARS = 2000;

interface Open {
  tag: string;
  id: number;
  chrome: boolean;
  lead: boolean;
  skip: boolean;
  block: boolean;
  link: boolean;
}

export function parsePage(html: string): PageParts {
  const blocks: Block[] = [];
  const metaTags = new Map<string, string>();
  const jsonLd: string[] = [];
  const times: string[] = [];
  const sections: string[] = [];
  /** Stack depth of an open itemprop=articleSection element, and its text so far. */
  let sectionDepth = -1;
  let sectionText = '';
  let title: string | undefined;
  const stack: Open[] = [];
  let nextId = 0;
  let text = '';
  let textStart = -1;
  let textEnd = -1;
  // Characters of `text` inside links, chrome and lead elements (inline ones count too: a
  // caption is often a <span class="img-cap">).
  let linkChars = 0;
  let chromeChars = 0;
  let leadChars = 0;
  let skipDepth = 0;
  let capture: 'title' | 'jsonld' | undefined;
  let captured = '';

  const top = (): Open | undefined => stack[stack.length - 1];
  const flush = (): void => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t.length > 0) {
      const containers: number[] = [];
      let tag = 'body';
      let heading = 0;
      for (let i = stack.length - 1; i >= 0; i--) {
        const o = stack[i]!;
        if (!o.block) continue;
        if (containers.length === 0) {
          tag = o.tag;
        }
        if (heading === 0 && /^h[1-6]$/.test(o.tag)) heading = Number(o.tag[1]);
        containers.push(o.id);
      }
      const visible = text.replace(/\s+/g, '').length || 1;
      blocks.push({
        text: t, linkChars: Math.round((t.length * linkChars) / visible), tag, heading, containers,
        chrome: chromeChars * 2 > visible, lead: leadChars * 2 > visible, start: textStart, end: textEnd,
      });
    }
    text = '';
    textStart = -1;
    linkChars = 0;
    chromeChars = 0;
    leadChars = 0;
  };

  const parser: Parser = new Parser({
    onopentag(name, attrs) {
      const parent = top();
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        if (key && attrs.content && !metaTags.has(key)) metaTags.set(key, attrs.content);
        return;
      }
      if (name === 'time' && attrs.datetime) times.push(attrs.datetime);
      if (name === 'title' && title === undefined) { capture = 'title'; captured = ''; }
      if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) { capture = 'jsonld'; captured = ''; }
      const skip = SKIP_ELEMENTS.has(name);
      if (skip) skipDepth++;
      const block = BLOCK_ELEMENTS.has(name);
      if (block) flush();
      if (name === 'br' || name === 'hr') return; // void: a line break only
      const names = PAGE_ELEMENTS.has(name) ? '' : `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''} ${attrs.itemprop ?? ''}`;
      const hasName = names.trim().length > 3;
      const content = hasName && CONTENT_NAME.test(names);
      // A misnamed wrapper (`class="PrintThis"`) must not hide the article body inside it.
      const body = hasName && ARTICLE_BODY_NAME.test(names);
      const chrome = ((parent?.chrome ?? false) && !body) || CHROME_ELEMENTS.has(name)
        || (hasName && !content && CHROME_NAME.test(names)) || attrs.role === 'navigation' || attrs.hidden !== undefined;
      const lead = (parent?.lead ?? false) || (hasName && LEAD_NAME.test(names));
      if (sectionDepth < 0 && /\barticlesection\b/i.test(attrs.itemprop ?? '')) { sectionDepth = stack.length; sectionText = ''; }
      stack.push({ tag: name, id: nextId++, chrome, lead, skip, block, link: (name === 'a' && attrs.href !== undefined) || (parent?.link ?? false) });
    },
    ontext(data) {
      if (capture) { captured += data; return; }
      if (skipDepth > 0) return;
      if (sectionDepth >= 0 && sectionText.length <= SECTION_MAX_RAW_CHARS) sectionText += data;
      text += data;
      if (textStart < 0) textStart = parser.startIndex;
      textEnd = parser.endIndex + 1;
      const o = top();
      if (!o) return;
      const n = data.replace(/\s+/g, '').length;
      if (o.link) linkChars += n;
      if (o.chrome) chromeChars += n;
      if (o.lead) leadChars += n;
    },
    onclosetag(name) {
      if (capture === 'title' && name === 'title') { title = decodeSpaces(captured); capture = undefined; }
      if (capture === 'jsonld' && name === 'script') { jsonLd.push(captured); capture = undefined; }
      if (name === 'br' || name === 'hr' || name === 'meta') return;
      // Close up to the matching element (htmlparser2 reports implied closes too).
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.tag !== name) i--;
      if (i < 0) return;
      // Closing a block, or an inline element that implicitly closes blocks inside it, ends the line.
      let closesBlock = BLOCK_ELEMENTS.has(name);
      for (let k = stack.length - 1; k >= i; k--) {
        if (stack[k]!.skip) skipDepth--;
        if (stack[k]!.block) closesBlock = true;
      }
      if (closesBlock) flush();
      stack.length = i;
      if (sectionDepth >= i) {
        const t = decodeSpaces(sectionText);
        if (t && sectionText.length <= SECTION_MAX_RAW_CHARS) sections.push(t);
        sectionDepth = -1;
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  flush();
  return { blocks, title, metaTags, jsonLd, times, sections };
}

function decodeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
