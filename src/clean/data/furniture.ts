/**
 * Site furniture of Persian and Arabic news pages, as data. Each rule names the reason
 * `--explain` reports. Patterns are written in natural spelling and matched against the
 * folded line (ي/ى→ی, ك→ک, أ/إ/آ→ا, ZWNJ and diacritics removed, spaces collapsed; see fold.ts).
 *
 * Where they came from: the five seed articles and the dev split of ../shared/corpus/news
 * (what ../shared/gold/dev-clean.jsonl labels furniture), trafilatura's and jusText's
 * boilerplate notions (../shared/research/clean-anchors.md), and common Iranian/Arab
 * site templates (WordPress comment forms, "read also" boxes, agency datelines).
 */

export interface LineRule {
  reason: string;
  /** Matched against the folded line. */
  pattern: RegExp;
  /** Longest line (in words) the rule may remove; furniture is short, article text is not. */
  maxWords: number;
}

/** Whole-line furniture: the line is removed when a pattern matches and the line is short enough. */
export const LINE_RULES: LineRule[] = [
  // End markers: `انتهای پیام/`, `انتهای متن/`, `// انتهى //`, with an editor's code (`انتهای پیام/ی`, `/ 141`).
  { reason: 'end-marker', pattern: /^\/*\s*(انتهای (پیام|متن|خبر)|انتهی)\s*([\/\d\s]|\/\s*[\u0600-\u06FF]{1,3})*$/, maxWords: 6 },
  // News-id lines: `کد خبر : 270509`, `شناسهٔ خبر: 32508951 - سرویس سیاسی`, `رقم الخبر: 123`.
  { reason: 'news-id', pattern: /^(کد|شناسه|شناسهٔ|شماره) ?(خبر|مطلب)\s*[:：]?\s*[\d۰-۹٠-٩]+/, maxWords: 12 },
  { reason: 'news-id', pattern: /^رقم (الخبر|المقال)\s*[:：]?\s*[\d٠-٩]+/, maxWords: 8 },
  // Print, link and share bars: `نسخه قابل چاپ منبع: … | لینک خبر`.
  // A news-link line: `رابط الخبر بصحيفة الوئام: <the headline again>` (Saudi news sites).
  { reason: 'print-link', pattern: /^رابط الخبر( بصحیفه [^:]{1,30})?\s*:/, maxWords: 60 },
  // A periodical cited as the source at the end: `فصلنامه حکومت اسلامی شماره 75.`
  { reason: 'citation', pattern: /^(فصلنامه|ماهنامه|دوماهنامه|هفته ?نامه|روزنامه|مجله|نشریه)\s[^.!؟?]{2,60}\sشماره\s*\d+\s*\.?$/, maxWords: 10 },
  { reason: 'print-link', pattern: /(نسخه (قابل )?چاپ|لینک (کوتاه|خبر)|چاپ خبر|ارسال به دوستان|اشتراک ?گذاری|رابط مختصر|طباعه|ارسل لصدیق|شارک (الخبر|المقال|علی))/, maxWords: 16 },
  // News aggregators that prefix the copied article (`صاحبخبر -`).
  { reason: 'aggregator', pattern: /^(صاحب ?خبر|خبرخوان|فیدنیوز)\s*[-–:]?$/, maxWords: 3 },
  // Comment prompts and WordPress comment-form text.
  { reason: 'comment-prompt', pattern: /^(ارسال (نظر|دیدگاه)|نظر شما|نظرات|نظرات کاربران|دیدگاه ?ها|دیدگاهتان را بنویسید|نظر خود را بنویسید|پاسخ دهید|لغو پاسخ)\s*[:*]?$/, maxWords: 6 },
  { reason: 'comment-prompt', pattern: /(نشانی ایمیل شما منتشر نخواهد شد|بخشهای موردنیاز علامتگذاری شدهاند|نام و ایمیل خود را|مجموع نظرات|نظرات حاوی توهین)/, maxWords: 25 },
  { reason: 'comment-prompt', pattern: /^(اضف تعلیق(ک|ا)?|التعلیقات|تعلیقات القراء|اترک (تعلیقا|ردا)|الاراء الوارده ادناه|لن یتم نشر عنوان بریدک)/, maxWords: 30 },
  // Navigation, "more"/related/tag boxes.
  { reason: 'navigation', pattern: /^(دکمه )?بازگشت به (بالا|صفحه (نخست|اصلی)|صفحه نخست گروه.*)$/, maxWords: 10 },
  { reason: 'navigation', pattern: /^(نمایش بیشتر|ادامه مطلب|اخبار مرتبط|مطالب مرتبط|نوشته (های|ها) مشابه|نوشتههای مشابه|بیشتر بخوانید|بخوانید|پربازدیدترین (ها)?|پربحث ترین|آخرین اخبار|برچسب ?ها|کلمات کلیدی|واژگان کلیدی|تگ ?ها)\s*[:：]?$/, maxWords: 5 },
  { reason: 'navigation', pattern: /^(اقرا (ایضا|ایضاً)|اقرا ایضا|اخبار ذات صله|مواضیع ذات صله|مقالات ذات صله|الوسوم|کلمات مفتاحیه|تابعونا|الرئیسیه|الصفحه الرئیسیه|اتصل بنا|تواصل معنا|من نحن|ارتباط با ما|درباره ما|تماس با ما|الاکثر (قراءه|تصفحا|تصفحاً|مشاهده)|اخر الاخبار|Next Previous)\s*[:：]?$/, maxWords: 6 },
  // Site slogans printed above every article of a site: ANA (ana.press, seed 000). Lines that recur
  // across an input are caught without a list (recurring.ts); this catches a single article.
  { reason: 'site-name', pattern: /^دیده ?بان پیشرفت علم،? فناوری و نواوری$/, maxWords: 8 },
  // Copyright and legal lines.
  { reason: 'copyright', pattern: /(©|جمیع الحقوق محفوظه|کلیه حقوق|تمامی حقوق|All Rights Reserved|حقوق النشر)/i, maxWords: 20 },
  // Republishing disclaimers.
  { reason: 'disclaimer', pattern: /^(مطلب فوق مربوط به سایر رسانهها|این مطلب (صرفا|از) .*بازنشر)/, maxWords: 30 },
  // Tag lists (`سمات …`, `برچسب‌ها: …`, `الوسوم: …`).
  { reason: 'tag-list', pattern: /^(سمات|الوسوم|برچسب ?ها|کلمات کلیدی|کلمات مفتاحیه)\s*[:：]?\s+\S/, maxWords: 30 },
];

/** The service/desk after a news id: `شناسهٔ خبر: 32508951 - سرویس سیاسی` (matched on the written line). */
export const SERVICE_IN_ID_LINE_RE = /[-–]\s*(سرویس\s*.+|گروه\s*.+)$/;

/**
 * A label alone on its line, its value on the lines after it: how a page's info box reads once
 * its table cells become lines (`کد خبر:` / `۷۳۴۹۹۲۶`, `گروه :` / `یزد` / `»` / `یزد`; yjc.ir).
 * Matched on the folded line; the colon is required, so a line that is just the word stays text.
 */
export const NEWS_ID_LABEL_RE = /^((کد|شناسه|شماره) ?(خبر|مطلب)|رقم (الخبر|المقال))\s*[:：]$/;
export const SERVICE_LABEL_RE = /^(گروه|سرویس|القسم|التصنیف)\s*[:：]$/;
/** A date's label, furniture when a date line follows it (`تاریخ انتشار:` / `۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹`). */
export const DATE_LABEL_RE = /^(تاریخ|تاریخ (انتشار|خبر)|زمان انتشار|تاریخ النشر|نشر فی|نشر بتاریخ)\s*[:：]$/;

/** The source inside a print/link bar: `نسخه قابل چاپ منبع: صدا و سیما | لینک خبر` (written line). */
export const SOURCE_IN_BAR_RE = /(?:منبع|المصدر)\s*[:：]\s*([^|]+)/;

/** Source lines: `منبع: مهر`, `المصدر: واس`; the capture is kept as meta.source. */
export const SOURCE_LINE_RE = /^(منبع|منابع|المصدر|مصدر)\s*[:：]\s*(.{1,80})$/;

/** Agency names; a short line of one of these (± a city or date) is an agency dateline/credit. */
export const AGENCIES = [
  'ایرنا', 'ایسنا', 'ایلنا', 'مهر', 'فارس', 'تسنیم', 'ایبنا', 'میزان', 'باشگاه خبرنگاران جوان', 'خبرگزاری فارس', 'خبرگزاری مهر',
  'خبرگزاری ایرنا', 'خبرگزاری تسنیم', 'خبرگزاری ایسنا', 'واس', 'قنا', 'وام', 'کونا', 'بنا', 'سانا', 'واع', 'وات', 'ا ف ب', 'رویترز',
  'د ب ا', 'یو بی ای', 'عین الیوم', 'الیوم', 'سبق', 'الوئام', 'صحیفه الوئام', 'المدینه', 'الریاض', 'عکاظ', 'الوطن',
];

/** A short line that is an agency name followed by a colon or dash (`خبرگزاري فارس:`, `وکالة … للأنباء - ايران`). */
export const AGENCY_LINE_RE = /^(خبرگزاری|وکاله|وكالة|وکالت|پایگاه خبری|شبکه خبر)\s[^.!؟?]{1,70}?(\s*[-–:]\s*[^.!؟?]{0,30})?$/;

/** Lines after one of these belong to a related-articles box until the next long line. */
export const RELATED_HEADERS_RE = /^(بیشتر بخوانید|بخوانید|اخبار مرتبط|مطالب مرتبط|اقرا (ایضا|ایضاً)|اخبار ذات صله|مواضیع ذات صله)\s*[:：]?$/;

/**
 * Furniture glued to the end of a body line; the capture group (if any) is the source. `word`
 * is text the pattern cannot match without: a line without it skips the pattern (every body
 * line is tried, and a substring search is cheaper than a regex, lookbehinds above all).
 */
export const INLINE_TAILS: { reason: string; word: string; pattern: RegExp }[] = [
  { reason: 'inline-source', word: 'رابط الخبر', pattern: /رابط الخبر بصحیفه [^:]{1,30}:.*$/ },
  { reason: 'inline-source', word: 'منبع', pattern: /(?:\[n\]\s*)?منبع\s*:\s*([^:.]{1,30})$/ },
  { reason: 'inline-source', word: 'المصدر', pattern: /المصدر\s*[(:]\s*([^)]{1,30})\)?\s*$/ },
  { reason: 'inline-tags', word: 'سمات', pattern: /(?<=[.!؟?])\s+سمات\s.*$/ },
];

/** Section labels sites print above the headline (menus in page renderings), whole-line matches. */
export const SECTION_LABELS = [
  'ایران و جهان', 'سیاسی', 'اقتصادی', 'اجتماعی', 'فرهنگی', 'ورزشی', 'بین الملل', 'بینالملل', 'بین‌الملل', 'فرهنگی هنری',
  'علمی پزشکی', 'حوادث', 'صفحه نخست', 'صفحه اصلی', 'چندرسانه ای', 'فیلم', 'عکس', 'ویدئو', 'اخبار', 'یادداشت',
  'سیاسة', 'اقتصاد', 'ریاضه', 'رياضة', 'ثقافه', 'منوعات', 'العالم', 'محلیات', 'عربی ودولی', 'الشرق الاوسط', 'صحه وتکنولوجیا',
  'فیدیو', 'صور', 'اخبار محلیه', 'الرئیسیه',
];
