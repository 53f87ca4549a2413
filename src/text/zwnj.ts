/**
 * Restores the zero-width non-joiner that scraping stripped (`همکاریها` → `همکاری‌ها`,
 * `میکنم` → `می‌کنم`, `شده اند` → `شده‌اند`). Driven by a lexicon of words seen written
 * whole (`تنها`, `میز`, `مینا` stay as they are) and of words seen with a ZWNJ; affix rules
 * generalize to stems the lexicon knows. When unsure, the token is left alone.
 */
import { JOINING_LETTERS, ZWNJ } from './data/letters.js';
import {
  COMPOUND_TAILS, HEH_SUFFIXES, MAY_CONTEXT, MIN_UNKNOWN_VERB_LENGTH, VERB_ENDING_RE, MIN_UNKNOWN_PLURAL_STEM, NOT_PLURAL, NOUN_SUFFIXES, SPACED_SUFFIXES,
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

const PERSIAN_WORD_RE = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0\u200C]+/g;

/** Restores ZWNJ inside one token (letters only, no spaces). */
export function restoreZwnjToken(token: string): string {
  if (token.length < 3) return token;
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
    // A stem the lexicon lacks still reads as a verb when it carries a personal ending.
    if (token.length >= MIN_UNKNOWN_VERB_LENGTH && VERB_ENDING_RE.test(stem) && !isWord(stem, lex)) return p + ZWNJ + stem;
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
    if (isWord(stem, lex) || (plural && stem.length >= MIN_UNKNOWN_PLURAL_STEM)) {
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
  return undefined;
}

function isWord(stem: string, lex: NonNullable<typeof lexicon>): boolean {
  return lex.plain.has(stem) || lex.glued.has(stem);
}

/** Restores ZWNJ in a Persian line: glued tokens and the space-separated affix forms. */
export function restoreZwnj(line: string): string {
  let out = line.replace(PERSIAN_WORD_RE, (tok) => (tok.includes(ZWNJ) ? tok : restoreZwnjToken(tok)));
  out = joinSpaced(out);
  return out;
}

/** `می دهیم` → `می‌دهیم`, `کتاب ها` → `کتاب‌ها`, `شده اند` → `شده‌اند`. */
function joinSpaced(line: string): string {
  if (!line.includes(' ')) return line;
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
