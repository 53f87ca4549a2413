/**
 * A fast letter-based test: is this line Persian, Arabic, or neither?
 * Used by `clean` to pick normalization rules per line; `detect-lang` builds on it.
 * Distinctive letters (پ چ ژ گ vs ة ى) weigh most; yeh/keheh variants and a few very
 * frequent function words break ties; legacy Persian typed with Arabic ي/ك is carried by
 * پ چ ژ گ, ZWNJ and the Persian function words.
 */
import { FA_FUNCTION_WORDS, AR_FUNCTION_WORDS } from './data/function-words.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash.js';

export type ScriptLang = 'fa' | 'ar' | 'und';

export interface ScriptScore {
  fa: number;
  ar: number;
  /** Arabic-script letters seen. */
  letters: number;
}

/**
 * Function words keyed by their FNV-1a hash (text/hash.ts), so the scan can hash a word as it
 * reads it and look it up as it ends, without cutting a substring; the stored word confirms a hit.
 */
const FUNCTION_WORDS = new Map<number, { word: string; lang: 'fa' | 'ar' }>();
for (const [words, lang] of [[FA_FUNCTION_WORDS, 'fa'], [AR_FUNCTION_WORDS, 'ar']] as const) {
  for (const word of words) {
    const h = fnv1a(word);
    // Data and hash are fixed, so a collision fails every run at load (and in the tests), never silently.
    if (FUNCTION_WORDS.has(h)) throw new Error(`function words ${FUNCTION_WORDS.get(h)!.word} and ${word} share a hash`);
    FUNCTION_WORDS.set(h, { word, lang });
  }
}
const ALEF = 0x0627;
const LAM = 0x0644;

/** A letter of the Arabic script (Arabic, Persian, Urdu, Pashto, Sindhi, Kurdish, … extensions). */
export function isArabicScriptLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5
    || (c >= 0x06ee && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
}

/** Arabic vowel and other combining marks (fathatan … sukun, superscript alef). */
function isVowelMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/** A word is a run of U+0600–U+06FF and ZWNJ, scored as it ends (no regex, no word array). */
function isWordUnit(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || c === 0x200c;
}

export function scoreScript(text: string): ScriptScore {
  let fa = 0;
  let ar = 0;
  let letters = 0;
  let start = -1;
  let hash = 0;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    if (isWordUnit(c)) {
      if (start < 0) { start = i; hash = FNV_OFFSET; }
      hash = Math.imul(hash ^ c, FNV_PRIME);
    } else if (start >= 0) {
      const len = i - start;
      const fw = FUNCTION_WORDS.get(hash >>> 0);
      if (fw && fw.word.length === len && text.startsWith(fw.word, start)) {
        if (fw.lang === 'fa') fa += 20;
        else ar += 20;
      } else if (len > 3 && startsWithArticle(text, start)) ar += 7;
      start = -1;
    }
    // ZWNJ after a letter is Persian orthography Arabic never uses: it carries legacy Persian
    // typed with Arabic ي/ك (`اصلاح‌طلبي‌ يك‌ روحيه`) that has none of پ چ ژ گ. Not one before a
    // vowel mark: a Persian site's editor slips those into Quranic Arabic (`أ‌َعْرَضَ`).
    if (c < 0x0600 || c > 0x06ff) {
      if (c === 0x200c && isArabicScriptLetter(text.charCodeAt(i - 1)) && !isVowelMark(text.charCodeAt(i + 1))) fa += 10;
      continue;
    }
    letters++;
    switch (c) {
      case 0x067e: case 0x0686: case 0x0698: case 0x06af: // پ چ ژ گ
        fa += 30; break;
      case 0x06cc: case 0x06a9: // ی ک
        fa += 10; break;
      case 0x0629: // ة
        ar += 30; break;
      case 0x0649: // ى
        ar += 20; break;
      case 0x064a: case 0x0643: // ي ك
        ar += 5; break;
      case 0x0623: case 0x0625: // أ إ: rare in Persian
        ar += 5; break;
      default:
        break;
    }
  }
  // Summed in integer tenths, so that ties and margins compare exactly.
  return { fa: fa / 10, ar: ar / 10, letters };
}

/** `ال`, `وال` or `بال` at `i`: the Arabic article, bare or after و/ب. */
function startsWithArticle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0648 || c === 0x0628) return text.charCodeAt(i + 1) === ALEF && text.charCodeAt(i + 2) === LAM;
  return c === ALEF && text.charCodeAt(i + 1) === LAM;
}

/** Persian, Arabic, or `und` when there is no Arabic-script evidence either way. */
export function scriptLang(text: string): ScriptLang {
  return scriptLangOfScore(scoreScript(text));
}

/** scriptLang from a score, e.g. the sum of a document's line scores. */
export function scriptLangOfScore(s: ScriptScore): ScriptLang {
  if (s.letters === 0 || (s.fa === 0 && s.ar === 0)) return 'und';
  return s.fa >= s.ar ? 'fa' : 'ar';
}
