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

/** A past stem ends in ت or د (رفت, دانست, کرد). */
export const PAST_STEM_END_RE = /[تد]$/;
/** A past participle: a past stem + silent heh (رفته, توانسته), at least this long (شده is 3). */
export const PARTICIPLE_END_RE = /[تد]ه$/;
export const MIN_PARTICIPLE_LENGTH = 4;

/** Preverbs written glued to `می` in compound verbs (`برمی‌گردد`, `بازمی‌گردد`, `درمی‌آید`). */
export const PREVERBS = ['باز', 'فرا', 'فرو', 'بر', 'در', 'وا'] as const;
/**
 * Preverbs whose می/نمی forms, written apart from their verb (`برمی گردم`, `درمی آورند`), are
 * joined like a lone می. Not وا and فرا: `وامی`, `فرامی` are also words (`وامی گرفت`: a loan).
 */
export const SPACED_PREVERBS = ['بر', 'در', 'باز', 'فرو'] as const;

/** Suffixes written glued after a letter other than silent heh or ی (`بازیگران`, `بازیگری`). */
export const GLUED_SUFFIXES = ['ان', 'ی'] as const;

/** Words before a standalone `می` where it is the month of May, not a verb prefix. */
export const MAY_CONTEXT = new Set(['ماه', 'اول', 'اوایل', 'اواخر', 'اواسط']);

/**
 * Second parts of compounds written with ZWNJ after a joining letter (`زمینه‌سازی`,
 * `سرمایه‌گذاری`, `موافقت‌نامه`, `بین‌المللی`). From Parsivar's derivational-suffix list and
 * Dic2 (MIT); parts usually written glued (`دار`, `مند`, `گاه`) are left out on purpose.
 */
export const COMPOUND_TAILS = [
  'المللی', 'الملل', 'گذاری', 'گذاران', 'گذار', 'سازی', 'سازان', 'ساز', 'شناسی', 'شناسان', 'شناس', 'گران', 'گری',
  'پذیری', 'پذیر', 'کننده', 'کنندگان', 'کنندگی', 'دهنده', 'دهندگان', 'رسانی', 'نامه', 'نشان', 'زنی', 'طلبان', 'طلب',
  'گرایی', 'گرا', 'زدایی', 'زایی', 'انگیز', 'انگیزی', 'نویسی', 'نویسان', 'نویس', 'بخش', 'بخشی', 'بندی', 'پوش',
  'خوانی', 'دوستان', 'دوست', 'بگیران', 'گیری', 'برداری',
] as const;

/** A two-letter head is too likely part of a word of its own (`بسزایی`, `مسگرانی`, `لیتر`). */
export const MIN_COMPOUND_HEAD = 3;

/** A compound tail may carry the indefinite/adjectival ی (`سرمایه‌گذارانی`, `شرکت‌کنندگانی`). */
export const COMPOUND_TAIL_YEH = 'ی';

/**
 * Second parts of family names, set apart after any joining letter even when the first part is a
 * name the lexicon lacks (`ناظمیان‌پور`, `عظیمی‌زاده`, `احمدی‌نژاد`); place names in آباد follow
 * the alef madda rule below.
 */
export const NAME_TAILS = ['زاده', 'پور', 'نژاد'] as const;
/** A name tail needs a first part at least this long (`شاپور`, `آزاده` stay whole). */
export const MIN_NAME_HEAD = 3;

/**
 * Inside a word, alef madda after a joining letter starts a compound's second part (`دولت‌آباد`,
 * `دانش‌آموز`, `نقش‌آفرینی`): in text that writes ZWNJ, 113 of 116 such tokens in the lexicon's
 * sources have one, and the rest are Arabic (`الآخر`). Not after the Arabic article (`بالآخره`),
 * nor in the few loanwords with an inner آ.
 */
export const ALEF_MADDA_WHOLE = new Set(['منشآت', 'مآخذ', 'مآل', 'تآلیف']);

/** `ماه` after a month name: `آبان‌ماه`, `فروردین‌ماه`, `دی‌ماه` (after ر or د the join is invisible anyway). */
export const MONTH_TAIL = 'ماه';
export const MONTH_NAMES = new Set([
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
]);

/** The adjective-forming prefix written apart from a known noun (`بی‌اطلاع`, `بی‌ثباتی`). */
export const NEGATIVE_PREFIX = 'بی';
/**
 * Words that start with بی but are no بی + noun, and their inflections (`بیدارند`): for when the
 * lexicon has not seen them, since their rest reads as a word (گانه, دار, مار, زار, چاره).
 */
export const BI_WORDS = [
  'بیگانه', 'بیدار', 'بیمار', 'بیزار', 'بیچاره', 'بیهوده', 'بیابان', 'بیست', 'بیشه', 'بیمه', 'بینش', 'بیان',
  'بیرون', 'بیوه', 'بیعت', 'بیشتر', 'بیشینه', 'بیننده', 'بیگاری',
];
/** …whose noun must be at least this long (`بیمار`, `بیست` are no بی + word; the lexicon keeps whole words). */
export const MIN_NEGATED_WORD = 3;

/**
 * Endings set apart after a word ending in ی (`فعلی‌اش`, `ایرانی‌ام`, `رهبری‌اند`). Not ات,
 * which makes Arabic plurals (`مالیات`, `عملیات`).
 */
export const YEH_SUFFIXES = ['اند', 'ایم', 'اید', 'اش', 'ام', 'ای'] as const;
/** The word before them must be at least this long (`قیام`, `بیاید` stay whole). */
export const MIN_YEH_STEM = 3;

/** `است` glued to a past participle lost its ZWNJ (`آمده‌است`); spaced `شده است` stays spaced. */
export const PARTICIPLE_COPULA = 'است';

/**
 * Second parts written glued after most letters (`دانشمند`, `خریدار`) but set apart after a
 * final silent heh, which would otherwise join them (`علاقه‌مند`, `عهده‌دار`, `بهره‌وری`, `صرفه‌جویی`).
 * From the Academy of Persian Language's orthography rules (heh + suffix), as hazm applies them.
 */
export const HEH_COMPOUND_TAILS = [
  'مندی', 'مندان', 'مند', 'داری', 'داران', 'دار', 'وری', 'ور', 'جویی', 'گیری', 'گاه', 'خوار', 'پرسی',
] as const;

/** Plural suffixes may follow a stem the lexicon does not know (`مشوق‌های`), at least this long. */
export const MIN_UNKNOWN_PLURAL_STEM = 3;

/**
 * Superlatives written whole by convention, where the stem is a word too (به, بیش, کم): the
 * Academy of Persian Language's orthography sets ترین apart everywhere else (مهم‌ترین).
 */
export const WHOLE_SUPERLATIVES = new Set(['بهترین', 'بیشترین', 'کمترین', 'کهترین', 'مهترین']);

/**
 * Words that end like a plural (or a heh word + ای) but are not one: never split. Besides the
 * lexicalized آنها/اینها, words of news that the lexicon's sources happen to lack, checked
 * against Lilak (npm dictionary-fa), which lists them whole: بها `price` (بهای نفت), اشتها
 * `appetite`, شانگهای (the Shanghai Cooperation Organization), the Arabic إليها typed without hamza.
 */
export const NOT_PLURAL = new Set([
  'انتها', 'انتهای', 'اژدها', 'اژدهای', 'تنها', 'تنهایی', 'رهایی', 'نهایی', 'آنها', 'اینها',
  'بهای', 'بهایی', 'گرانبها', 'گرانبهای', 'پربها', 'پربهای', 'اشتها', 'اشتهای', 'شانگهای', 'الیها',
]);

/**
 * Personal endings of present/past verb forms, and the past participle (…ده, …ته) of the
 * past-progressive perfect: `می` + an unknown stem ending in one is a verb (`می‌کوشند`, `نمی‌کرده`).
 */
export const VERB_ENDING_RE = /(?:ند|یم|ید|م|د|[^\s]{2}[تد]ه)$/;
/** An unknown `می…` token must be at least this long to be read as a verb (`میز`, `میخ` are nouns). */
export const MIN_UNKNOWN_VERB_LENGTH = 5;
