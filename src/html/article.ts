/**
 * The article in a page's blocks: the container whose paragraphs carry the most prose (long,
 * comma-rich, few links — the Readability idea, scored on blocks rather than a DOM), every
 * non-chrome block inside it, and before it the headline and lead.
 */
import type { Block } from './blocks.js';

/** A paragraph this short (characters) or this linky says nothing about where the article is. */
const MIN_PARAGRAPH_CHARS = 40;
const MAX_PARAGRAPH_LINK_DENSITY = 0.3;
/** Inside the article, a block more linked than this is a list of links (tags, related). */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Between headline and body, a block of at least this many words is the lead. */
const LEAD_MIN_WORDS = 8;
/** Ancestors credited with a paragraph's score, with their weights (parent first). */
const ANCESTOR_WEIGHTS = [1, 0.5, 1 / 3];
/** Tags that are paragraphs themselves: their score goes to the element around them. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'pre', 'dd', 'dt', 'figcaption']);

export interface ArticleBlocks {
  /** Index of the headline block, if the page has one. */
  title?: number;
  /** Indices of the article's blocks (lead and body), in page order. */
  body: number[];
}

const linkDensity = (b: Block): number => b.linkChars / Math.max(1, b.text.length);
const words = (s: string): number => s.split(' ').length;

function paragraphScore(b: Block): number {
  if (b.chrome || b.heading > 0 || b.text.length < MIN_PARAGRAPH_CHARS || linkDensity(b) > MAX_PARAGRAPH_LINK_DENSITY) return 0;
  const commas = (b.text.match(/[،,؛]/g) ?? []).length;
  return 1 + commas + Math.min(3, Math.floor(b.text.length / 100));
}

export function selectArticle(blocks: readonly Block[]): ArticleBlocks {
  const scores = new Map<number, number>();
  blocks.forEach((b) => {
    const s = paragraphScore(b);
    if (s === 0) return;
    const chain = PARAGRAPH_TAGS.has(b.tag) ? b.containers.slice(1) : b.containers;
    ANCESTOR_WEIGHTS.forEach((w, k) => {
      const id = chain[k];
      if (id !== undefined) scores.set(id, (scores.get(id) ?? 0) + s * w);
    });
  });
  let best: number | undefined;
  let bestScore = 0;
  for (const [id, s] of scores) if (s > bestScore) { best = id; bestScore = s; }
  const body: number[] = [];
  if (best !== undefined) {
    blocks.forEach((b, i) => {
      if (b.chrome || !b.containers.includes(best!)) return;
      if (linkDensity(b) > MAX_BLOCK_LINK_DENSITY) return;
      if (!/\p{L}/u.test(b.text)) return; // a counter, a page number: not prose
      body.push(i);
    });
  }
  const firstBody = body[0] ?? blocks.length;
  // The headline: the last h1 before the body (an earlier one is the site logo), else the first
  // after it. Often a link to itself, and often inside a wrapper named like chrome: both allowed.
  let title: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.heading !== 1) continue;
    if (i < firstBody || title === undefined) title = i;
    if (i >= firstBody) break;
  }
  // The lead: prose between headline and body, or a block named like a lead.
  if (title !== undefined && title < firstBody) {
    const lead: number[] = [];
    for (let i = title + 1; i < firstBody; i++) {
      const b = blocks[i]!;
      if (linkDensity(b) > MAX_PARAGRAPH_LINK_DENSITY) continue;
      // A block named like a lead counts even inside a wrapper named like chrome.
      if (b.lead || (!b.chrome && words(b.text) >= LEAD_MIN_WORDS && /[.!؟?،,]/.test(b.text))) lead.push(i);
    }
    body.unshift(...lead);
  }
  if (title !== undefined) {
    const at = body.indexOf(title);
    if (at >= 0) body.splice(at, 1);
  }
  return { title, body };
}
