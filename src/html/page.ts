/**
 * `clean` for a whole HTML page: the article's blocks (headline, lead, body) become lines, and the
 * same line rules and normalization as scraped text run on them. Metadata comes from the lines
 * around the headline as the page wrote them (date, news id, service: the furniture rules read
 * them), then from markup (<meta>, JSON-LD) for what those lines lack.
 */
import { clean, type CleanOptions, type CleanResult } from '../clean/clean.js';
import { selectArticle } from './article.js';
import { parsePage } from './blocks.js';
import { pageMeta } from './meta.js';

/** Blocks before the headline (and after the body) read for metadata. */
const META_ZONE_BLOCKS = 15;

/** A whole web page rather than scraped text: it opens with a doctype or an <html> tag (after comments: yjc's `<!-- 10908952 -->`). */
export function isPageText(text: string): boolean {
  return PAGE_OPENING.test(text.slice(0, 1000));
}

const PAGE_OPENING = /^\s*(?:<!--[^]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

/** Where a page's article (headline and body blocks, as cleanPage takes them) is in its HTML. */
export function articleSpans(html: string): Array<[number, number]> {
  const page = parsePage(html);
  const { title, body } = selectArticle(page.blocks);
  return [...(title === undefined ? [] : [title]), ...body].map((i) => [page.blocks[i]!.start, page.blocks[i]!.end]);
}

export function cleanPage(html: string, options: CleanOptions = {}): CleanResult {
  const page = parsePage(html);
  const { title, body } = selectArticle(page.blocks);
  const markup = pageMeta(page);
  const lines: string[] = [];
  if (title !== undefined) lines.push(page.blocks[title]!.text);
  else if (markup.title) lines.push(withoutSiteName(markup.title, markup.site));
  for (const i of body) lines.push(page.blocks[i]!.text);
  const result = clean(lines.join('\n'), { normalize: options.normalize });

  // The lines around the headline that the article leaves out: bylines, date and id lines.
  const taken = new Set(body);
  if (title !== undefined) taken.add(title);
  const anchor = title ?? body[0] ?? 0;
  const last = body.length > 0 ? body[body.length - 1]! : anchor;
  const zone: string[] = [];
  // Before the body, chrome-named blocks count too (date bars are often styled as such); after it,
  // only plain blocks (a footer's `اتصل بنا` is not a dateline).
  for (let i = Math.max(0, anchor - META_ZONE_BLOCKS); i < Math.min(page.blocks.length, last + META_ZONE_BLOCKS); i++) {
    if (!taken.has(i) && (i < anchor || !page.blocks[i]!.chrome)) zone.push(page.blocks[i]!.text);
  }
  const zoneMeta = clean(zone.join('\n'), { normalize: false }).meta;
  // A zone "date" that does not read as one (a footer's `اتصل بنا`) gives way to the markup's.
  if (zoneMeta.date && !zoneMeta.date_iso) { delete zoneMeta.date; delete zoneMeta.calendar; }
  const meta = { ...zoneMeta, ...result.meta };
  if (!meta.date && markup.date) meta.date = markup.date;
  if (!meta.date_iso && markup.date_iso) meta.date_iso = markup.date_iso;
  if (!meta.author && markup.author) meta.author = markup.author;
  if (!meta.url && markup.url) meta.url = markup.url;
  if (!meta.site && markup.site) meta.site = markup.site;
  if (!meta.service && markup.service) meta.service = markup.service;
  return { ...result, title: result.title ?? markup.title, meta };
}

/** `Headline - Site` / `Site | Headline` → `Headline`. */
function withoutSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[-|–—»:]\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const rest = parts.filter((p) => !p.includes(site) && !site.includes(p));
    if (rest.length > 0) return rest.join(' - ');
  }
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}
