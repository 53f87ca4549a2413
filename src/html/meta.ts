/**
 * What a page says about itself in markup: <meta> tags (Open Graph, article:*, Dublin Core,
 * itemprop) and JSON-LD (schema.org NewsArticle and friends). Dates as ISO 8601 where given so.
 */
import type { PageParts } from './blocks.js';

export interface PageMeta {
  title?: string;
  date?: string;
  date_iso?: string;
  author?: string;
  site?: string;
  url?: string;
  /** The section the page files the article under, as a path (`سیاست > انتخابات`). */
  service?: string;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'article:modified_time'];
const AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'dc.creator', 'sailthru.author'];
const SITE_KEYS = ['og:site_name', 'application-name', 'twitter:site'];
const SECTION_KEYS = ['article:section', 'og:article:section', 'articlesection'];
/** A section's name is at most this long: a longer breadcrumb is the article's headline, a longer articleSection element one left open. */
const SECTION_MAX_CHARS = 80;
const isSectionName = (s: string): boolean => s.length <= SECTION_MAX_CHARS;
/** Joins the parts of a section path (breadcrumbs). */
const SECTION_PATH_SEPARATOR = ' > ';
/** A breadcrumb's first item when it is the home page, not a section (Persian, Arabic, English). */
const HOME_CRUMB = /^(?:صفحه (?:اصلی|نخست)|خانه|الرئيسية|الصفحة الرئيسية|home)$/i;

export function pageMeta(page: PageParts): PageMeta {
  const meta: PageMeta = {};
  const tag = (keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = page.metaTags.get(k)?.trim();
      if (v) return v;
    }
    return undefined;
  };
  let jsonSection: string | undefined;
  let crumbs: string[] | undefined;
  for (const obj of jsonLdObjects(page.jsonLd)) {
    crumbs ??= breadcrumbNames(obj);
    jsonSection ??= Array.isArray(obj.articleSection) ? str(obj.articleSection[0]) : str(obj.articleSection);
    meta.title ??= str(obj.headline);
    meta.date ??= str(obj.datePublished) ?? str(obj.dateCreated);
    meta.author ??= personName(obj.author);
    meta.site ??= personName(obj.publisher);
    meta.url ??= str(obj.url) ?? str(obj.mainEntityOfPage);
  }
  meta.title ??= tag(['og:title', 'twitter:title']) ?? page.title;
  meta.date ??= tag(DATE_KEYS) ?? page.times[0];
  const author = tag(AUTHOR_KEYS);
  if (!meta.author && author && !/^https?:/.test(author)) meta.author = author;
  meta.site ??= tag(SITE_KEYS);
  meta.url ??= tag(['og:url']);
  // Breadcrumbs give the whole path, the section tags often just its first level. A last crumb
  // that is the article itself goes: the title, or too long for a section's name (a headline the
  // title tags shorten or lengthen with the site's name).
  const last = crumbs?.[crumbs.length - 1];
  if (last !== undefined && (last === meta.title || !isSectionName(last))) crumbs!.pop();
  meta.service = (crumbs && crumbs.length > 0 ? crumbs.join(SECTION_PATH_SEPARATOR) : undefined) ?? tag(SECTION_KEYS) ?? jsonSection
    ?? page.sections.find(isSectionName);
  if (!meta.service) delete meta.service;
  if (meta.date) {
    const iso = isoDate(meta.date);
    if (iso) meta.date_iso = iso;
  }
  return meta;
}

/** ISO 8601 and RFC-like machine dates → `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export function isoDate(s: string): string | undefined {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/);
  if (m) return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return undefined;
}

/** A string value, or an object's `@id`, trimmed and non-empty. */
function str(v: unknown): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Record<string, unknown>)['@id']);
  return text(v);
}

/** A non-empty string value, trimmed. */
function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function personName(v: unknown): string | undefined {
  if (Array.isArray(v)) return personName(v[0]);
  if (typeof v === 'string') return text(v);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

/**
 * A schema.org BreadcrumbList's names in position order, without the home page first; undefined
 * for any other object.
 */
function breadcrumbNames(obj: Record<string, unknown>): string[] | undefined {
  if (obj['@type'] !== 'BreadcrumbList' || !Array.isArray(obj.itemListElement)) return undefined;
  const items = obj.itemListElement
    .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
    // The name is the ListItem's own, or its item's when the item is an object (an item given as
    // a string is the crumb's URL).
    .map((x) => ({ position: Number(x.position) || 0, name: text(x.name) ?? (x.item && typeof x.item === 'object' ? text((x.item as Record<string, unknown>).name) : undefined) }))
    .sort((a, b) => a.position - b.position)
    .map((x) => x.name?.replace(/\s+/g, ' '))
    .filter((n): n is string => !!n);
  if (items.length > 0 && HOME_CRUMB.test(items[0]!)) items.shift();
  return items;
}

/** Objects of the page's JSON-LD blocks (arrays and @graph flattened); bad JSON is skipped. */
function* jsonLdObjects(blocks: string[]): Generator<Record<string, unknown>> {
  for (const raw of blocks) {
    let v: unknown;
    try { v = JSON.parse(raw); } catch { continue; }
    const queue = [v];
    for (let n = 0; queue.length > 0 && n < 1000; n++) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        // A NewsArticle may hold its WebPage, and that its BreadcrumbList (yjc.ir).
        for (const inner of [o.mainEntityOfPage, o.breadcrumb]) if (inner && typeof inner === 'object') queue.push(inner);
        yield o;
      }
    }
  }
}
