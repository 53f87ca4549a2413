/**
 * Persian affixes that are written with a zero-width non-joiner, as data.
 * Sources: hazm's Normalizer affix rules (MIT) and Parsivar's space_correction lists (MIT),
 * as summarized in ../shared/research/clean-anchors.md §4.
 */

/** Verb prefixes joined to the stem with ZWNJ (`می‌کنم`, `نمی‌دانم`). */
export const VERB_PREFIXES = ['نمی', 'می'] as const;

/** Plural and comparative suffixes joined with ZWNJ after any joining letter (`همکاری‌ها`). Longest first. */
export const NOUN_SUFFIXES = [
  'هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها', 'ترین', 'تری', 'تر',
] as const;

/**
 * Suffixes joined with ZWNJ only after a final silent heh (`شده‌اند`, `ویژه‌ای`, `خانه‌ام`);
 * after other letters they glue on directly (`کتابی`, `رفتند`).
 */
export const HEH_SUFFIXES = ['اند', 'ایم', 'اید', 'ای', 'ام', 'ات', 'اش', 'ایی'] as const;

/** Space-separated forms hazm joins: `می دهیم`, `کتاب ها`, `شده اند`, `بزرگ تر`. */
export const SPACED_SUFFIXES = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'های', 'ها', 'ترین', 'تر'] as const;

/** Words before a standalone `می` where it is the month of May, not a verb prefix. */
export const MAY_CONTEXT = new Set(['ماه', 'اول', 'اوایل', 'اواخر', 'اواسط']);

/**
 * Second parts of compounds written with ZWNJ after a joining letter (`زمینه‌سازی`,
 * `سرمایه‌گذاری`, `موافقت‌نامه`, `بین‌المللی`). From Parsivar's derivational-suffix list and
 * Dic2 (MIT); parts usually written glued (`دار`, `مند`, `گاه`) are left out on purpose.
 */
export const COMPOUND_TAILS = [
  'المللی', 'الملل', 'گذاری', 'گذاران', 'گذار', 'سازی', 'شناسی', 'شناسان', 'شناس', 'گران', 'گری',
  'آمیز', 'پذیری', 'پذیر', 'کننده', 'کنندگان', 'رسانی', 'نامه', 'نشان', 'زنی', 'طلبان', 'طلب', 'گرایی', 'گرا',
] as const;

/**
 * Second parts written glued after most letters (`دانشمند`, `خریدار`) but set apart after a
 * final silent heh, which would otherwise join them (`علاقه‌مند`, `عهده‌دار`, `بهره‌وری`, `صرفه‌جویی`).
 * From the Academy of Persian Language's orthography rules (heh + suffix), as hazm applies them.
 */
export const HEH_COMPOUND_TAILS = [
  'مندی', 'مندان', 'مند', 'داری', 'داران', 'دار', 'وری', 'ور', 'جویی', 'گیری',
] as const;

/** Plural suffixes may follow a stem the lexicon does not know (`مشوق‌های`), at least this long. */
export const MIN_UNKNOWN_PLURAL_STEM = 3;

/** Words that end like a plural but are not one (never split). */
export const NOT_PLURAL = new Set(['انتها', 'انتهای', 'اژدها', 'اژدهای', 'تنها', 'تنهایی', 'رهایی', 'نهایی', 'آنها', 'اینها']);

/**
 * Personal endings of present/past verb forms, and the past participle (…ده, …ته) of the
 * past-progressive perfect: `می` + an unknown stem ending in one is a verb (`می‌کوشند`, `نمی‌کرده`).
 */
export const VERB_ENDING_RE = /(?:ند|یم|ید|م|د|[^\s]{2}[تد]ه)$/;
/** An unknown `می…` token must be at least this long to be read as a verb (`میز`, `میخ` are nouns). */
export const MIN_UNKNOWN_VERB_LENGTH = 5;
