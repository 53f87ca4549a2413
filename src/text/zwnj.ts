/**
 * Restores the zero-width non-joiner that scraping stripped (`همکاریها` → `همکاری‌ها`,
 * `میکنم` → `می‌کنم`, `شده اند` → `شده‌اند`). Driven by a lexicon of words seen written
 * whole (`تنها`, `میز`, `مینا` stay as they are) and of words seen with a ZWNJ; affix rules
 * generalize to stems the lexicon knows. When unsure, the token is left alone.
 */
import { JOINING_LETTERS, ZWNJ } from './data/letters.js';
import {
  COMPOUND_TAILS, HEH_COMPOUND_TAILS, HEH_SUFFIXES, MAY_CONTEXT, MIN_UNKNOWN_VERB_LENGTH, VERB_ENDING_RE, MIN_UNKNOWN_PLURAL_STEM, NOT_PLURAL, NOUN_SUFFIXES, SPACED_SUFFIXES,
  VERB_PREFIXES,
} from './data/affixes.js';
import { PLAIN_WORDS, ZWNJ_WORDS } from './data/zwnj-lexicon.js';

let lexicon: { glued: Map<string, string>; plain: Set<string>; verbStems: Set<string> } | undefined;

function load(): NonNullable<typeof lexicon> {
  if (lexicon) return lexicon;
  const glued = new Map<string, string>();
  const verbStems = new Set<string>();
  for (const w of ZWNJ_WORDS.split(' ')) {
    glued.set(w.replaceAll(ZWNJ, ''), w);
    for (const p of VERB_PREFIXES) {
      if (w.startsWith(p + ZWNJ)) verbStems.add(w.slice(p.length + 1));
    }
  }
  lexicon = { glued, plain: new Set(PLAIN_WORDS.split(' ')), verbStems };
  return lexicon;
}

/** Units of a Persian word token: Arabic letters, پ چ ژ ک گ ی ۀ, and ZWNJ. */
function isPersianWordUnit(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || c === 0x067e || c === 0x0686 || c === 0x0698
    || c === 0x06a9 || c === 0x06af || c === 0x06cc || c === 0x06c0 || c === 0x200c;
}

/**
 * Tokens already restored: news vocabulary is Zipfian, so most tokens repeat. The cache is
 * cleared when full, which bounds memory whatever the input.
 */
const tokenCache = new Map<string, string>();
const TOKEN_CACHE_MAX = 50_000;

/** Restores ZWNJ inside one token (letters only, no spaces). */
export function restoreZwnjToken(token: string): string {
  if (token.length < 3) return token;
  const cached = tokenCache.get(token);
  if (cached !== undefined) return cached;
  const restored = restoreUncached(token);
  if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
  tokenCache.set(token, restored);
  return restored;
}

function restoreUncached(token: string): string {
  const lex = load();
  const known = lex.glued.get(token);
  if (known) return known;
  if (lex.plain.has(token) || NOT_PLURAL.has(token)) return token;
  return splitPrefix(token, lex) ?? splitSuffix(token, lex) ?? splitCompound(token, lex) ?? token;
}

function splitPrefix(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (const p of VERB_PREFIXES) {
    if (!token.startsWith(p) || token.length < p.length + 2) continue;
    const stem = token.slice(p.length);
    if (lex.verbStems.has(stem)) return p + ZWNJ + stem;
    // A stem the lexicon lacks, or knows as a plain past form (کشیدند), still reads as a verb when
    // it carries a personal ending: the whole token is unknown, so it is no word of its own.
    if (token.length >= MIN_UNKNOWN_VERB_LENGTH && VERB_ENDING_RE.test(stem)) return p + ZWNJ + stem;
  }
  return undefined;
}

function splitSuffix(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (const s of NOUN_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const stem = token.slice(0, -s.length);
    if (stem.length < 2 || !JOINING_LETTERS.has(stem[stem.length - 1])) continue;
    // Plural endings also follow stems the lexicon lacks; comparatives (تر) only known ones (دختر, کبوتر).
    const plural = s.startsWith('ها');
    if (isWord(stem, lex)) return restoreZwnjToken(stem) + ZWNJ + s;
    if (plural && stem.length >= MIN_UNKNOWN_PLURAL_STEM) {
      // `شبکهای` is شبکه + ای, not شبک + های: a known word ending in heh wins over an unknown stem.
      const rest = s.slice(1);
      if ((HEH_SUFFIXES as readonly string[]).includes(rest) && isWord(stem + 'ه', lex)) return restoreZwnjToken(stem + 'ه') + ZWNJ + rest;
      return restoreZwnjToken(stem) + ZWNJ + s;
    }
  }
  for (const s of HEH_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const stem = token.slice(0, -s.length);
    if (stem.length < 2 || !stem.endsWith('ه')) continue;
    // Past participles (…ته, …ده) take these endings whether or not the lexicon knows them: توانسته‌اند.
    if (isWord(stem, lex) || (stem.length >= 4 && /[تد]ه$/.test(stem))) return restoreZwnjToken(stem) + ZWNJ + s;
  }
  return undefined;
}

function splitCompound(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (const tail of COMPOUND_TAILS) {
    if (!token.endsWith(tail) || token.length - tail.length < 2) continue;
    const head = token.slice(0, -tail.length);
    if (JOINING_LETTERS.has(head[head.length - 1]) && isWord(head, lex)) return restoreZwnjToken(head) + ZWNJ + tail;
  }
  for (const tail of HEH_COMPOUND_TAILS) {
    if (!token.endsWith(tail) || token.length - tail.length < 3) continue;
    const head = token.slice(0, -tail.length);
    if (head.endsWith('ه') && isWord(head, lex)) return restoreZwnjToken(head) + ZWNJ + tail;
  }
  return undefined;
}

function isWord(stem: string, lex: NonNullable<typeof lexicon>): boolean {
  return lex.plain.has(stem) || lex.glued.has(stem);
}

/** Restores ZWNJ in a Persian line: glued tokens and the space-separated affix forms. */
export function restoreZwnj(line: string): string {
  // A hand-rolled PERSIAN_WORD_RE replace: one call per line, slices only where a token changed.
  let out = '';
  let copied = 0;
  let start = -1;
  let hasZwnj = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    if (isPersianWordUnit(c)) {
      if (start < 0) { start = i; hasZwnj = false; }
      if (c === 0x200c) hasZwnj = true;
      continue;
    }
    if (start < 0) continue;
    if (!hasZwnj && i - start >= 3) {
      const tok = line.slice(start, i);
      const restored = restoreZwnjToken(tok);
      if (restored !== tok) {
        out += line.slice(copied, start) + restored;
        copied = i;
      }
    }
    start = -1;
  }
  return joinSpaced(copied === 0 ? line : out + line.slice(copied));
}

/** A standalone prefix or suffix word: the only lines joinSpaced can change. */
const SPACED_WORD_RE = new RegExp(`(?:^| )(?:${['می', 'نمی', ...SPACED_SUFFIXES, ...HEH_SUFFIXES].join('|')})(?= |$)`);

/** `می دهیم` → `می‌دهیم`, `کتاب ها` → `کتاب‌ها`, `شده اند` → `شده‌اند`. */
function joinSpaced(line: string): string {
  if (!SPACED_WORD_RE.test(line)) return line;
  const words = line.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = out.length > 0 ? out[out.length - 1] : '';
    const next = words[i + 1];
    if ((w === 'می' || w === 'نمی') && next && /^[\u0621-\u06FF]{2,}/.test(next) && !MAY_CONTEXT.has(prev)
      && !/^[\u06F0-\u06F9\u0660-\u0669]/.test(next)) {
      out.push(w + ZWNJ + next);
      i++;
      continue;
    }
    if (prev && JOINING_LETTERS.has(prev[prev.length - 1]) && isSpacedSuffix(prev, w)) {
      out[out.length - 1] = prev + ZWNJ + w;
      continue;
    }
    out.push(w);
  }
  return out.join(' ');
}

function isSpacedSuffix(prev: string, word: string): boolean {
  if ((SPACED_SUFFIXES as readonly string[]).includes(word)) return true;
  return prev.endsWith('ه') && (HEH_SUFFIXES as readonly string[]).includes(word);
}
