/**
 * Persian/Arabic normalization, line by line. Each line is normalized by its own script
 * (Persian rules never touch Arabic lines and vice versa); a line too short to tell
 * takes the document's language.
 */
import {
  ARABIC_INDIC_DIGITS, ARABIC_SCRIPT_LETTER_RE, DIACRITICS_RE, INVISIBLE_RE, JOINER_STAND_INS, JOINING_LETTERS_ANY_FORM, ODD_SPACE_RE, PERSIAN_DIGITS,
  PRESENTATION_FORMS_RE, TATWEEL, TO_ARABIC_LETTERS, TO_PERSIAN_LETTERS, ZWNJ,
} from './data/letters.js';
import { ARABIC_KEYBOARD_YEH_KAF_DISCOUNT, scoreScript, scriptLangOfScore, type ScriptLang, type ScriptScore } from './script.js';
import { restoreZwnj } from './zwnj.js';

export type DigitStyle = 'keep' | 'fa' | 'ar' | 'latin';

export interface NormalizeOptions {
  /** Presentation forms, invisible marks, odd spaces (default true). */
  unicode?: boolean;
  /** One space between words, tidy punctuation spacing (default true). */
  spacing?: boolean;
  /** ي/ى→ی ك→ک in Persian; ی/ک→ي/ك in Arabic (default true). */
  letters?: boolean;
  /** Restore stripped ZWNJ in Persian (default true). */
  zwnj?: boolean;
  /** Digit script (default keep). */
  digits?: DigitStyle;
  stripDiacritics?: boolean;
  stripTatweel?: boolean;
}

const DEFAULTS: Required<NormalizeOptions> = {
  unicode: true, spacing: true, letters: true, zwnj: true, digits: 'keep', stripDiacritics: false, stripTatweel: false,
};

export function resolveNormalizeOptions(opts: NormalizeOptions = {}): Required<NormalizeOptions> {
  const out = { ...DEFAULTS };
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Any character one of cleanUnicode's three passes would touch: one scan, and most lines have none. */
const UNICODE_CLEANUP_RE = new RegExp(`[${[PRESENTATION_FORMS_RE, INVISIBLE_RE, ODD_SPACE_RE]
  .map((re) => re.source.slice(1, re.source.lastIndexOf(']'))).join('')}]`);

/** Unicode cleanup shared by every language: presentation forms, invisible marks, odd spaces. */
export function cleanUnicode(text: string): string {
  if (!UNICODE_CLEANUP_RE.test(text)) return text;
  return text
    .replace(PRESENTATION_FORMS_RE, (m) => m.normalize('NFKC'))
    .replace(INVISIBLE_RE, '')
    .replace(ODD_SPACE_RE, ' ');
}

/** Which units below U+0700 a one-character class (`[…]`) holds: the scans below read the regexes' own classes. */
function classTable(cls: string): Uint8Array {
  const re = new RegExp(cls);
  return Uint8Array.from({ length: 0x700 }, (_, c) => (re.test(String.fromCharCode(c)) ? 1 : 0));
}

function inTable(table: Uint8Array, c: number): boolean {
  return c < 0x700 && table[c] === 1;
}

/** A digit glued to a Persian word (`۹متر`, `عرض۶`): hazm separates them. */
const DIGIT_CLASS = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]';
const GLUE_LETTER_CLASS = '[\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC]';
const DIGIT_LETTER_RE = new RegExp(`(${DIGIT_CLASS})(?=${GLUE_LETTER_CLASS})`, 'g');
const LETTER_DIGIT_RE = new RegExp(`(${GLUE_LETTER_CLASS})(?=${DIGIT_CLASS})`, 'g');
const DIGITS = classTable(DIGIT_CLASS);
const GLUE_LETTERS = classTable(GLUE_LETTER_CLASS);

/** Whether either pattern above matches: one scan for digits, instead of two regex passes on every line. */
function hasDigitGluedToLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (inTable(DIGITS, s.charCodeAt(i)) && (inTable(GLUE_LETTERS, s.charCodeAt(i - 1)) || inTable(GLUE_LETTERS, s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

// tidySpacing's marks: no space before a closing mark, none after an opening one, and a space
// between some marks and a letter glued after them.
const CLOSING_CLASS = '[.,،;؛:!?؟»)\\]}]';
const OPENING_CLASS = '[«(\\[{]';
const SPACED_MARK_CLASS = '[،؛؟!»]';
const AFTER_SPACED_MARK_CLASS = '[\\u0621-\\u06FF«]';
const COLON_CLASS = '[:.]';
const AFTER_COLON_CLASS = '[\\u0621-\\u063A\\u0641-\\u064A\\u067E-\\u06D3]';
const SPACE_BEFORE_PUNCT_RE = new RegExp(`([^\\s]) +(${CLOSING_CLASS})`, 'g');
const SPACE_AFTER_OPEN_RE = new RegExp(`(${OPENING_CLASS}) +`, 'g');
const MISSING_SPACE_AFTER_RE = new RegExp(`(${SPACED_MARK_CLASS})(?=${AFTER_SPACED_MARK_CLASS})`, 'g');
const MISSING_SPACE_AFTER_COLON_RE = new RegExp(`(${COLON_CLASS})(?=${AFTER_COLON_CLASS})`, 'g');

/**
 * The same classes as tables, so that one scan can tell that none of tidySpacing's steps would
 * change a line (most lines): the six regex passes cost twice that scan.
 */
const CLOSING = classTable(CLOSING_CLASS);
const OPENING = classTable(OPENING_CLASS);
const SPACED_MARKS = classTable(SPACED_MARK_CLASS);
const AFTER_SPACED_MARK = classTable(AFTER_SPACED_MARK_CLASS);
const COLONS = classTable(COLON_CLASS);
const AFTER_COLON = classTable(AFTER_COLON_CLASS);
/** Marks with a rule about what follows them: letters (most units) skip the three tests with one load. */
const HAS_RULE_AFTER = OPENING.map((o, c) => o | SPACED_MARKS[c]! | COLONS[c]!);

/** True when some step of tidySpacing would change `line`. */
function mayNeedTidying(line: string): boolean {
  const n = line.length;
  if (n === 0) return false;
  if (/\s/.test(line[0]!) || /\s/.test(line[n - 1]!)) return true;
  let prev = line.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    const c = line.charCodeAt(i);
    if (prev === 0x20) {
      if (c === 0x20 || inTable(CLOSING, c)) return true;
    } else if (prev < 0x700 && HAS_RULE_AFTER[prev] === 1) {
      if (c === 0x20 && OPENING[prev] === 1) return true;
      if (SPACED_MARKS[prev] === 1 && inTable(AFTER_SPACED_MARK, c)) return true;
      if (COLONS[prev] === 1 && inTable(AFTER_COLON, c)) return true;
    }
    prev = c;
  }
  return false;
}

/** One space between words, no space before closing punctuation, none after opening marks. */
export function tidySpacing(line: string): string {
  if (!mayNeedTidying(line)) return line;
  return line
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(SPACE_BEFORE_PUNCT_RE, '$1$2')
    .replace(SPACE_AFTER_OPEN_RE, '$1')
    .replace(MISSING_SPACE_AFTER_RE, '$1 ')
    .replace(MISSING_SPACE_AFTER_COLON_RE, '$1 ');
}

/** Collapses repeated ZWNJ and drops ZWNJ next to spaces or at word edges (hazm's rule). */
function tidyZwnj(line: string): string {
  if (!line.includes(ZWNJ)) return line;
  return line
    .replace(/\u200C{2,}/g, ZWNJ)
    .replace(/\u200C(?=[\s.,،؛:!?؟«»()]|$)/g, '')
    .replace(/(^|[\s«(])\u200C/g, '$1');
}

/** One character class per letter map, compiled on first use. */
const MAP_PATTERNS = new WeakMap<Record<string, string>, RegExp>();

function mapChars(text: string, map: Record<string, string>): string {
  let re = MAP_PATTERNS.get(map);
  if (!re) {
    re = new RegExp(`[${Object.keys(map).map((k) => k.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
    MAP_PATTERNS.set(map, re);
  }
  return text.replace(re, (ch) => map[ch]);
}

function convertDigits(text: string, style: DigitStyle): string {
  if (style === 'keep') return text;
  const target = style === 'fa' ? PERSIAN_DIGITS : style === 'ar' ? ARABIC_INDIC_DIGITS : '0123456789';
  return text.replace(/[0-9\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    const v = c <= 0x39 ? c - 0x30 : c >= 0x06f0 ? c - 0x06f0 : c - 0x0660;
    return target[v];
  });
}

/** Normalizes one line known to be Persian, Arabic, or neither. */
export function normalizeLine(line: string, lang: ScriptLang, options: NormalizeOptions = {}): string {
  return createNormalizer(options)(line, lang);
}

/** A line normalizer with the options resolved once (for loops over many lines). */
export function createNormalizer(options: NormalizeOptions = {}): (line: string, lang: ScriptLang) => string {
  const o = resolveNormalizeOptions(options);
  return (line, lang) => normalizeResolved(line, lang, o);
}

/**
 * An RLM, LRM or soft hyphen between two letters of a Persian word is a writer's stand-in for
 * the ZWNJ (`تلاش‏های`, `نقش‏آفرینی` with an RLM): kept as one before the invisible marks go.
 * Only after a letter that joins: after ر or د it would change nothing on screen.
 */
const MARK_AS_ZWNJ_RE = new RegExp(`(?<=[${JOINING_LETTERS_ANY_FORM}])[${JOINER_STAND_INS}]+(?=${ARABIC_SCRIPT_LETTER_RE.source})`, 'g');
const MARK_TEST_RE = new RegExp(`[${JOINER_STAND_INS}]`);

/** A Persian line's RLM/LRM/soft-hyphen non-joiners as ZWNJ (before cleanUnicode drops the marks). */
export function marksAsZwnj(line: string): string {
  return MARK_TEST_RE.test(line) ? line.replace(MARK_AS_ZWNJ_RE, ZWNJ) : line;
}

function normalizeResolved(line: string, lang: ScriptLang, o: Required<NormalizeOptions>): string {
  let s = line;
  // Without the Unicode step the caller cleaned the line already (clean() does, per line).
  if (o.unicode) s = cleanUnicode(lang === 'fa' && o.zwnj ? marksAsZwnj(s) : s);
  if (o.stripDiacritics) s = s.replace(DIACRITICS_RE, '');
  if (o.stripTatweel) s = s.replaceAll(TATWEEL, '');
  if (o.letters) {
    if (lang === 'fa') s = mapChars(s, TO_PERSIAN_LETTERS);
    else if (lang === 'ar') s = mapChars(s, TO_ARABIC_LETTERS);
  }
  s = convertDigits(s, o.digits);
  if (o.spacing) s = tidySpacing(s);
  if (lang === 'fa') {
    // Persian has no use for kashida; hazm drops it too. Arabic keeps it unless --strip-tatweel.
    s = s.replaceAll(TATWEEL, '');
    if (o.spacing && hasDigitGluedToLetter(s)) s = s.replace(DIGIT_LETTER_RE, '$1 ').replace(LETTER_DIGIT_RE, '$1 ');
    if (o.spacing || o.zwnj) s = tidyZwnj(s);
    if (o.zwnj) s = restoreZwnj(s);
  }
  return s;
}

/** The language of a line for normalization: its own if the letters say so, else the document's. */
export function lineLang(line: string, docLang: ScriptLang, arabicKeyboard = false): ScriptLang {
  return lineLangOfScore(scoreScript(line), docLang, arabicKeyboard);
}

/**
 * A line's letters outvote its document only by this margin, or by this share of its letters
 * when that is more: a long legacy Persian line typed with Arabic ي/ك and ة (`… سرماية اجتماعي
 * دين است كه …`, 357 letters) scored Arabic by 4 and was normalized as Arabic.
 */
const LINE_LANG_MIN_MARGIN = 3;
const LINE_LANG_MARGIN_SHARE = 0.02;

/**
 * lineLang from a line's already computed score (callers that also need the document's totals).
 * `arabicKeyboard`: the document's Persian is typed with Arabic ي/ك (typedOnArabicKeyboard).
 */
export function lineLangOfScore(s: ScriptScore, docLang: ScriptLang, arabicKeyboard = false): ScriptLang {
  if (s.letters === 0) return 'und';
  const ar = arabicKeyboard ? s.ar - ARABIC_KEYBOARD_YEH_KAF_DISCOUNT * s.arabicYehKaf : s.ar;
  const margin = Math.abs(s.fa - ar);
  if (margin >= Math.max(LINE_LANG_MIN_MARGIN, LINE_LANG_MARGIN_SHARE * s.letters)) return s.fa > ar ? 'fa' : 'ar';
  return docLang !== 'und' ? docLang : s.fa >= ar && s.fa > 0 ? 'fa' : ar > 0 ? 'ar' : 'und';
}

/**
 * A Persian document whose Persian lines write yeh and kaf in their Arabic forms more often than
 * in their Persian ones: legacy Persian (Windows-1256 era), where those letters tell little.
 */
export function typedOnArabicKeyboard(lineScores: Iterable<ScriptScore | undefined>, docLang: ScriptLang): boolean {
  if (docLang !== 'fa') return false;
  let arabic = 0;
  let persian = 0;
  for (const s of lineScores) {
    if (!s || lineLangOfScore(s, docLang) !== 'fa') continue;
    arabic += s.arabicYehKaf;
    persian += s.persianYehKaf;
  }
  return arabic > persian;
}

/** A document's language is read from its first this many characters. */
export const DOC_LANG_CHARS = 20000;

/** The dominant script language of a whole text. */
export function documentLang(text: string): ScriptLang {
  return scriptLangOfScore(scoreScript(text.length > DOC_LANG_CHARS ? text.slice(0, DOC_LANG_CHARS) : text));
}

/** Normalizes a multi-line text, each line by its language. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const docLang = documentLang(text);
  const normalize = createNormalizer(options);
  const lines = text.split('\n');
  const scores = lines.map((line) => scoreScript(line));
  const arabicKeyboard = typedOnArabicKeyboard(scores, docLang);
  return lines.map((line, i) => normalize(line, lineLangOfScore(scores[i]!, docLang, arabicKeyboard))).join('\n');
}
