/**
 * Letter facts for Persian and Arabic, as data.
 * Sources: Unicode 15 Arabic block charts; hazm's Normalizer character table (MIT) for the
 * Persian mappings; CAMeL Tools' arclean map (MIT) for the Arabic direction; the
 * letter lists in ../shared/research/langid-franc.md for what is distinctive.
 */

/** Letters Persian uses and Arabic does not (پ چ ژ گ) plus Persian-only yeh/keheh. */
export const PERSIAN_ONLY = 'پچژگ';
/** Persian yeh (U+06CC) and keheh (U+06A9): standard in Persian, absent from Arabic. */
export const PERSIAN_YEH_KAF = 'یک';
/** The same two letters as an Arabic keyboard types them (legacy Persian): the keyboard's mark. */
export const ARABIC_YEH_KAF = 'يك';
/** Letters standard Arabic uses and standard Persian does not (teh marbuta, alef maksura, Arabic yeh/kaf). */
export const ARABIC_ONLY = 'ةىيك';

/**
 * What a letter weighs for the fast script test (text/script.ts scoreScript), in tenths of a
 * point, per language: Persian-only letters most, Persian yeh/keheh less (legacy Persian types
 * Arabic ones); teh marbuta and alef maksura for Arabic, Arabic yeh/kaf and the hamza seats
 * أ إ (rare in Persian) a little.
 */
export const SCRIPT_LETTER_WEIGHTS: Readonly<Record<'fa' | 'ar', readonly (readonly [string, number])[]>> = {
  fa: [[PERSIAN_ONLY, 30], [PERSIAN_YEH_KAF, 10]],
  ar: [['ة', 30], ['ى', 20], [ARABIC_YEH_KAF, 5], ['أإ', 5]],
};

/**
 * Arabic yeh, alef maksura and kaf → their Persian forms: how legacy Persian (Windows-1256
 * era, many Afghan sites) differs from standard Persian. Language identification folds only
 * these, so the letters that mark Kurdish, Uyghur or Pashto keep their evidence.
 */
export const ARABIC_YEH_KAF_TO_PERSIAN: Record<string, string> = {
  'ي': 'ی', // U+064A ARABIC YEH
  'ى': 'ی', // U+0649 ALEF MAKSURA
  'ك': 'ک', // U+0643 ARABIC KAF
};

/** Arabic → Persian letter map applied to Persian text (hazm's table, the letters that matter). */
export const TO_PERSIAN_LETTERS: Record<string, string> = {
  ...ARABIC_YEH_KAF_TO_PERSIAN,
  'ە': 'ه', // U+06D5 AE (Kurdish/Uyghur heh)
  'ھ': 'ه', // U+06BE HEH DOACHASHMEE
  'ۍ': 'ی',
  'ې': 'ی',
};

/** Persian → Arabic letter map applied to Arabic text (Persian keyboards typing Arabic). */
export const TO_ARABIC_LETTERS: Record<string, string> = {
  'ی': 'ي', // U+06CC FARSI YEH
  'ک': 'ك', // U+06A9 KEHEH
  'ۀ': 'ة', // U+06C0 HEH WITH YEH ABOVE, used for teh marbuta by Persian typists
};

export const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Harakat, tanwin, shadda, sukun, superscript alef, and the small Quranic marks. */
export const DIACRITICS_RE = /[\u064B-\u0652\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
export const TATWEEL = '\u0640';

/** Invisible formatting characters scraped pages carry: bidi marks and embeddings, ZWSP, word joiner, soft hyphen, ALM. */
export const INVISIBLE_RE = /[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\u00AD\uFEFF]/g;
/** Space characters other than U+0020: NBSP, en/em and thin spaces, narrow NBSP, ideographic space, tab. */
export const ODD_SPACE_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
/** Arabic presentation forms (FB50–FDFF, FE70–FEFC): folded to base letters with NFKC. */
export const PRESENTATION_FORMS_RE = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;

export const ZWNJ = '\u200C';

/**
 * Persian letters that join to the following letter. A ZWNJ matters only after these:
 * after ا د ذ ر ز ژ و the next letter starts a new shape anyway.
 */
export const JOINING_LETTERS = new Set('بپتثجچحخسشصضطظعغفقکگلمنهیئ'.split(''));

/** Joining letters as they come before letter unification: Persian forms plus Arabic ي ك ى. */
export const JOINING_LETTERS_ANY_FORM = [...JOINING_LETTERS, 'ي', 'ك', 'ى'].join('');

/**
 * Invisible marks some Persian writers type between two letters where a ZWNJ belongs
 * (`همان‎گونه` with an LRM): RLM, LRM, soft hyphen. 56 in the Persian corpus, none in the Arabic.
 */
export const JOINER_STAND_INS = '\u200E\u200F\u00AD';

export const ARABIC_SCRIPT_LETTER_RE = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]/;
