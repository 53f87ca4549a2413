/**
 * Restores the zero-width non-joiner that scraping stripped (`همکاریها` → `همکاری‌ها`,
 * `میکنم` → `می‌کنم`, `شده اند` → `شده‌اند`). Driven by a lexicon of words seen written
 * whole (`تنها`, `میز`, `مینا` stay as they are) and of words seen with a ZWNJ; affix rules
 * generalize to stems the lexicon knows. When unsure, the token is left alone.
 */
import { JOINING_LETTERS, ZWNJ } from './data/letters.js';
import {
  ALEF_MADDA_WHOLE, COMPOUND_TAIL_YEH, GLUED_SUFFIXES, COMPOUND_TAILS, HEH_COMPOUND_TAILS, HEH_SUFFIXES, MAY_CONTEXT, MIN_COMPOUND_HEAD, MIN_NAME_HEAD,
  MIN_NEGATED_WORD, MIN_PARTICIPLE_LENGTH, MIN_UNKNOWN_PLURAL_STEM, MIN_UNKNOWN_VERB_LENGTH, MIN_YEH_STEM, MONTH_NAMES, MONTH_TAIL, NAME_TAILS,
  BI_WORDS, NEGATIVE_PREFIX, NOT_PLURAL, NOUN_SUFFIXES, PARTICIPLE_COPULA, PARTICIPLE_END_RE, PAST_STEM_END_RE, PREVERBS, SPACED_PREVERBS, SPACED_SUFFIXES, VERB_ENDING_RE, VERB_PREFIXES,
  WHOLE_SUPERLATIVES, YEH_SUFFIXES,
} from './data/affixes.js';
import { DICTIONARY_VERB_STEMS, PLAIN_WORDS, ZWNJ_WORDS } from './data/zwnj-lexicon.js';

let lexicon: {
  glued: Map<string, string>;
  plain: Set<string>;
  /** Stems the lexicon's text conjugated after می/نمی. */
  verbStems: Set<string>;
  /** Every stem the spelling dictionary conjugates: enough to split می/نمی, not to call a word a verb. */
  dictionaryVerbStems: Set<string>;
} | undefined;

function load(): NonNullable<typeof lexicon> {
  if (lexicon) return lexicon;
  const glued = new Map<string, string>();
  const verbStems = new Set<string>();
  // Tens of thousands of words: the glued forms come from one replace over the whole list (the
  // two splits line up word for word), not one per word.
  const words = ZWNJ_WORDS.split(' ');
  const gluedWords = ZWNJ_WORDS.replaceAll(ZWNJ, '').split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    glued.set(gluedWords[i]!, w);
    const cut = w.indexOf(ZWNJ);
    if ((VERB_PREFIXES as readonly string[]).includes(w.slice(0, cut))) verbStems.add(w.slice(cut + 1));
  }
  lexicon = { glued, plain: new Set(PLAIN_WORDS.split(' ')), verbStems, dictionaryVerbStems: new Set(DICTIONARY_VERB_STEMS.split(' ')) };
  return lexicon;
}

/** Units of a Persian word token: Arabic letters, پ چ ژ ک گ ی ۀ, and ZWNJ (a table over U+0600–U+06FF). */
const PERSIAN_WORD_UNIT = new Uint8Array(0x100);
for (let c = 0x0621; c <= 0x064a; c++) if (c <= 0x063a || c >= 0x0641) PERSIAN_WORD_UNIT[c - 0x0600] = 1;
for (const ch of 'پچژکگیۀ') PERSIAN_WORD_UNIT[ch.charCodeAt(0) - 0x0600] = 1;

function isPersianWordUnit(c: number): boolean {
  return c === 0x200c || (c >= 0x0600 && c <= 0x06ff && PERSIAN_WORD_UNIT[c - 0x0600] === 1);
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
  if (lex.plain.has(token) || NOT_PLURAL.has(token) || WHOLE_SUPERLATIVES.has(token)) return token;
  // A known compound plus the abstract or relational ی keeps its joiners: `بی‌اعتباری`, `روزنامه‌نگاری`.
  const compound = token.endsWith('ی') ? lex.glued.get(token.slice(0, -1)) : undefined;
  if (compound && JOINING_LETTERS.has(compound[compound.length - 1]!) && !compound.endsWith('ه')) return compound + 'ی';
  // …and a word seen whole plus a suffix that glues on (the plural ان, the ی): `بازیگران`,
  // `بازیگری` are بازیگر + ان/ی, not بازی + گران/گری.
  if (isWholeWithGluedSuffix(token, lex)) return token;
  return splitPrefix(token, lex) ?? splitSuffix(token, lex) ?? splitCompound(token, lex) ?? token;
}

function isWholeWithGluedSuffix(token: string, lex: NonNullable<typeof lexicon>): boolean {
  for (const s of GLUED_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const word = token.slice(0, -s.length);
    // Not after a comparative the lexicon saw glued (بزرگتر): `بزرگتری` is بزرگ + تری, as the suffix rules read it.
    if (word.length >= MIN_COMPOUND_HEAD && !/[هی]$|تر$/.test(word) && lex.plain.has(word)) return true;
  }
  return false;
}

function splitPrefix(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  if (token.startsWith(NEGATIVE_PREFIX) && token.length - NEGATIVE_PREFIX.length >= MIN_NEGATED_WORD) {
    const word = token.slice(NEGATIVE_PREFIX.length);
    // The noun may carry the abstract ی (`بی‌تفاوتی`, `بی‌احترامی`).
    const abstract = word.endsWith('ی') && word.length > MIN_NEGATED_WORD && isWord(word.slice(0, -1), lex);
    const noun = isWord(word, lex) || abstract;
    // Not a verb in the subjunctive (بیاید, بیاندازد are ب + یاید, یاندازد) nor a word that starts
    // with بی (بیستم). A verb form in ی that is also a noun + ی (شکستی) is the noun here.
    const subjunctive = word.startsWith('ا') && VERB_ENDING_RE.test(word);
    const verb = lex.verbStems.has(word) && !abstract;
    if (noun && !subjunctive && !verb && !startsWithWord(token, lex)
      && !BI_WORDS.some((w) => token.startsWith(w))) {
      return NEGATIVE_PREFIX + ZWNJ + restoreZwnjToken(word);
    }
  }
  // A preverb glues to می: `برمی‌گردد`, `درمی‌آید`.
  for (const pre of PREVERBS) {
    if (!token.startsWith(pre) || !token.startsWith('می', pre.length)) continue;
    const verb = splitPrefix(token.slice(pre.length), lex);
    if (verb?.startsWith('می' + ZWNJ)) return pre + verb;
  }
  for (const p of VERB_PREFIXES) {
    if (!token.startsWith(p) || token.length < p.length + 2) continue;
    const stem = token.slice(p.length);
    if (lex.verbStems.has(stem) || lex.dictionaryVerbStems.has(stem)) return p + ZWNJ + stem;
    // A stem the lexicon lacks, or knows as a plain past form (کشیدند), still reads as a verb when
    // it carries a personal ending: the whole token is unknown, so it is no word of its own.
    if (token.length >= MIN_UNKNOWN_VERB_LENGTH && VERB_ENDING_RE.test(stem)) return p + ZWNJ + stem;
    // The past progressive: `می` + a known past stem (`می‌دانست`, `می‌رفت`), one the lexicon saw
    // conjugated (رفتند), so that a noun in ت stays whole (میمنت is no می + منت).
    if (stem.length >= 3 && PAST_STEM_END_RE.test(stem) && isWord(stem, lex) && (isWord(stem + 'ند', lex) || lex.verbStems.has(stem + 'ند'))) {
      return p + ZWNJ + stem;
    }
  }
  return undefined;
}

function splitSuffix(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (const s of NOUN_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const stem = token.slice(0, -s.length);
    if (stem.length < 2 || !JOINING_LETTERS.has(stem[stem.length - 1])) continue;
    // Plural endings also follow stems the lexicon lacks; comparatives (تر) only known ones (دختر,
    // کبوتر) of three letters or more (لیتر is no لی + تر).
    const plural = s.startsWith('ها');
    if (!plural && stem.length < MIN_COMPOUND_HEAD) continue;
    // `شبکهای` is شبکه + ای, not شبک + های, and `هفتهای` is هفته + ای even though هفت is a word:
    // when both readings are words, the heh reading is right about twice as often (word types
    // seen with either ZWNJ in the lexicon's sources), unless the lexicon saw the stem's plural
    // (`زمین‌ها`, `نام‌های`) or the heh word is a participle of a past-stem noun (برداشت‌های,
    // not برداشته‌ای). Before ایم the participle wins still: the perfect `گرفته‌ایم` is common,
    // `my X's` of a past stem rare.
    const rest = s.slice(1);
    if (plural && (HEH_SUFFIXES as readonly string[]).includes(rest) && isWord(stem + 'ه', lex) && !hasPlural(stem, lex)
      && !(PAST_STEM_END_RE.test(stem) && isWord(stem, lex) && rest !== 'ایم')) {
      return restoreZwnjToken(stem + 'ه') + ZWNJ + rest;
    }
    if (isWord(stem, lex)) return restoreZwnjToken(stem) + ZWNJ + s;
    if (plural && stem.length >= MIN_UNKNOWN_PLURAL_STEM) return restoreZwnjToken(stem) + ZWNJ + s;
  }
  for (const s of HEH_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const stem = token.slice(0, -s.length);
    if (stem.length < 2 || !stem.endsWith('ه')) continue;
    // `سفرهای`, `نبردهای`: a word ending in a letter that does not join, plus its glued plural.
    if (s === 'ای' && !JOINING_LETTERS.has(stem[stem.length - 2]) && hasPlural(stem.slice(0, -1), lex)) return undefined;
    // …and `تهدیدهای`, `رویدادهای`: a noun in د (no verb: the lexicon never saw it + ند) plus its plural.
    if (s === 'ای' && stem.endsWith('ده') && isNounInDal(stem.slice(0, -1), lex)) return undefined;
    // Past participles (…ته, …ده) take these endings whether or not the lexicon knows them: توانسته‌اند.
    // The possessive اش follows any heh word: `هاش` ends no other word.
    if (isWord(stem, lex) || isParticiple(stem) || (s === 'اش' && stem.length >= MIN_YEH_STEM)) return restoreZwnjToken(stem) + ZWNJ + s;
  }
  for (const s of YEH_SUFFIXES) {
    if (!token.endsWith(s)) continue;
    const stem = token.slice(0, -s.length);
    if (stem.length >= MIN_YEH_STEM && stem.endsWith('ی') && isWord(stem, lex)) return restoreZwnjToken(stem) + ZWNJ + s;
  }
  if (token.endsWith(PARTICIPLE_COPULA)) {
    // `فعالیتهاست` is فعالیت‌ها + ست, not a participle.
    const stem = token.slice(0, -PARTICIPLE_COPULA.length);
    if (isParticiple(stem) && !hasPlural(stem.slice(0, -1), lex)) return restoreZwnjToken(stem) + ZWNJ + PARTICIPLE_COPULA;
  }
  return undefined;
}

/** Whether the lexicon saw the word's plural, with a ZWNJ (`زمین‌ها`) or glued after ر, د, و (`سفرها`). */
function hasPlural(word: string, lex: NonNullable<typeof lexicon>): boolean {
  return lex.glued.has(word + 'ها') || lex.glued.has(word + 'های') || lex.plain.has(word + 'ها') || lex.plain.has(word + 'های');
}

function isNounInDal(word: string, lex: NonNullable<typeof lexicon>): boolean {
  if (hasPlural(word, lex)) return true;
  // `سازندهای` is an agent noun in نده + ای sooner than a plural of a word in ند (سازند is a verb).
  if (word.endsWith('ند')) return false;
  return isWord(word, lex) && !isWord(word + 'ند', lex) && !lex.verbStems.has(word + 'ند');
}

function isParticiple(stem: string): boolean {
  return stem.length >= MIN_PARTICIPLE_LENGTH && PARTICIPLE_END_RE.test(stem);
}

function splitCompound(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  const yeh = token.endsWith(COMPOUND_TAIL_YEH);
  for (const tail of COMPOUND_TAILS) {
    const whole = token.endsWith(tail) ? tail : yeh && token.endsWith(tail + COMPOUND_TAIL_YEH) ? tail + COMPOUND_TAIL_YEH : '';
    if (!whole || token.length - whole.length < MIN_COMPOUND_HEAD) continue;
    const head = token.slice(0, -whole.length);
    if (JOINING_LETTERS.has(head[head.length - 1]) && isWord(head, lex)) return restoreZwnjToken(head) + ZWNJ + whole;
  }
  for (const tail of NAME_TAILS) {
    if (!token.endsWith(tail) || token.length - tail.length < MIN_NAME_HEAD) continue;
    const head = token.slice(0, -tail.length);
    if (JOINING_LETTERS.has(head[head.length - 1])) return restoreZwnjToken(head) + ZWNJ + tail;
  }
  if (token.endsWith(MONTH_TAIL)) {
    const month = token.slice(0, -MONTH_TAIL.length);
    if (MONTH_NAMES.has(month) && JOINING_LETTERS.has(month[month.length - 1])) return month + ZWNJ + MONTH_TAIL;
  }
  const madda = splitAtAlefMadda(token);
  if (madda) return madda;
  const construct = splitArabicConstruct(token, lex);
  if (construct) return construct;
  for (const tail of HEH_COMPOUND_TAILS) {
    if (!token.endsWith(tail) || token.length - tail.length < 3) continue;
    const head = token.slice(0, -tail.length);
    if (head.endsWith('ه') && isWord(head, lex)) return restoreZwnjToken(head) + ZWNJ + tail;
  }
  return splitAfterSilentHeh(token, lex);
}

/**
 * `روزنامهنگار` → `روزنامه‌نگار`: a known word ending in a silent heh, then a known word. The heh
 * joins what follows, so a compound of the two needs the ZWNJ. Not after اه/وه, where the heh is
 * a consonant (شاهکار, گروهبان), and both parts need three letters (مهندس is no مه + هندس).
 */
function splitAfterSilentHeh(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (let at = token.indexOf('ه', MIN_COMPOUND_HEAD - 1); at >= 0 && at <= token.length - 4; at = token.indexOf('ه', at + 1)) {
    const before = token[at - 1];
    if (before === 'ا' || before === 'و') continue;
    const head = token.slice(0, at + 1);
    const tail = token.slice(at + 1);
    // Endings are the suffix rules' to judge (`تنهاست` is تنها + ست, not تنه + است).
    if (tail === PARTICIPLE_COPULA || (HEH_SUFFIXES as readonly string[]).includes(tail)) continue;
    if (isWord(head, lex) && isWord(tail, lex)) return restoreZwnjToken(head) + ZWNJ + restoreZwnjToken(tail);
  }
  return undefined;
}

/** `دانشآموز` → `دانش‌آموز`: an inner آ after a joining letter opens a compound's second part. */
function splitAtAlefMadda(token: string): string | undefined {
  const at = token.indexOf('آ', 2);
  if (at < 0 || !JOINING_LETTERS.has(token[at - 1]) || ALEF_MADDA_WHOLE.has(token)) return undefined;
  const head = token.slice(0, at);
  if (head.endsWith('ال') || head.startsWith('ال')) return undefined;
  return restoreZwnjToken(head) + ZWNJ + restoreZwnjToken(token.slice(at));
}

/**
 * An Arabic construct inside a Persian name or phrase: `بیت‌المقدس`, `روح‌الله`, `شمس‌الدین`.
 * Both parts must be words the lexicon knows, the second with its article (احتمالات stays whole).
 */
function splitArabicConstruct(token: string, lex: NonNullable<typeof lexicon>): string | undefined {
  for (let at = token.indexOf('ال', MIN_COMPOUND_HEAD); at >= 0 && at <= token.length - 5; at = token.indexOf('ال', at + 1)) {
    if (!JOINING_LETTERS.has(token[at - 1])) continue;
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (isWord(head, lex) && isWord(tail, lex)) return restoreZwnjToken(head) + ZWNJ + tail;
  }
  return undefined;
}

/**
 * Whether a known word of four letters or more, shorter than the token, starts it (`بیستم`
 * starts with بیست). A compound in بی‌ is no such word: it is the reading being tried
 * (`بیشکستی` starts with بی‌شک).
 */
function startsWithWord(token: string, lex: NonNullable<typeof lexicon>): boolean {
  for (let end = 4; end < token.length; end++) {
    const head = token.slice(0, end);
    if (lex.plain.has(head) || lex.glued.get(head)?.startsWith(NEGATIVE_PREFIX + ZWNJ) === false) return true;
  }
  return false;
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
const SPACED_PREFIXES: ReadonlySet<string> = new Set([...VERB_PREFIXES, ...SPACED_PREVERBS.flatMap((p) => VERB_PREFIXES.map((v) => p + v))]);
const SPACED_WORD_RE = new RegExp(`(?:^| )(?:${[...SPACED_PREFIXES, ...SPACED_SUFFIXES, ...HEH_SUFFIXES].join('|')})(?= |$)`);

/** `می دهیم` → `می‌دهیم`, `کتاب ها` → `کتاب‌ها`, `شده اند` → `شده‌اند`. */
function joinSpaced(line: string): string {
  if (!SPACED_WORD_RE.test(line)) return line;
  const words = line.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = out.length > 0 ? out[out.length - 1] : '';
    const next = words[i + 1];
    if (SPACED_PREFIXES.has(w) && next && /^[\u0621-\u06FF]{2,}/.test(next) && !MAY_CONTEXT.has(prev)
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
