/**
 * Hand-written word lists the quote rules read, written in natural spelling (folded at load).
 * Sources: the annotation conventions in the project's quote gold README and research notes
 * (what bounds a speaker, what is a frame, which pronouns refer back), standard Persian/Arabic
 * news usage (IRNA, Mehr, ISNA, SPA, WAM copy), and the lexicon notes on ambiguous cues.
 */

/** Persian: words that end the subject phrase before a reporting verb (prepositions, adverbs, frames). */
export const PERSIAN_SUBJECT_STOPS = [
  'در', 'با', 'به', 'از', 'بر', 'برای', 'ضمن', 'نیز', 'هم', 'همچنین', 'امروز', 'دیروز', 'امشب', 'روز', 'صبح',
  'ظهر', 'عصر', 'شب', 'بامداد', 'طی', 'پس', 'پیش', 'بعد', 'قبل', 'که', 'را', 'درباره', 'دربارهٔ', 'پیرامون',
  'هنگام', 'هنگامی', 'وقتی', 'سپس', 'اما', 'ولی', 'البته', 'تا', 'و', 'یا', 'این', 'آن', 'بدون', 'چون', 'زیرا', 'اگر', 'همچنان',
  'خطاب', 'ابتدا', 'نخست', 'بار', 'دوباره', 'مجددا', 'بارها', 'اخیرا', 'اکنون', 'هفته', 'ماه', 'سال', 'شنبه',
  'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'پیرو', 'بنابراین', 'لذا', 'حتی', 'فقط', 'تنها',
  'است', 'بود', 'شد', 'کرد', 'داشت', 'گفت',
  'درخصوص', 'درمورد', 'راجع', // compound prepositions written as one word (`حضرت شعیب درخصوص هدف … می‌فرماید`)
  'همیشه', 'همواره', 'معمولا', 'معمولاً', 'اغلب', 'غالبا', 'غالباً', // adverbs of habit (`… همیشه می‌گفت:`)
  'هرگونه', 'هیچ', // determiners open the object (`دولت آمریکا هرگونه اقدام تروریستی را محکوم کرد`)
  'مدام', 'دائم', 'دائما', 'دائماً', 'پیوسته', 'مرتبا', 'مرتباً', // (`مهتدی … مدام تأکید می‌کرد`)
  'چنین', 'چنان', 'این‌چنین', 'اینچنین', // "thus" before the verb (`در آیه 42 سوره زمر چنین آمده است:`)
];

/**
 * Persian roles whose second word is otherwise a subject stop (`امام جمعه بروجرد`: جمعه is
 * Friday): the subject reads through them.
 */
export const PERSIAN_ROLE_COMPOUNDS = ['امام جمعه', 'امام جماعت'];

/**
 * Persian question verbs (lemmas of speech-verbs.ts): `خبرنگاری از داوودی … پرسید که وی در پاسخ
 * گفت:` — the که after them opens the answer, a clause with its own subject.
 */
export const PERSIAN_QUESTION_LEMMAS = ['پرسیدن'];

/**
 * Persian verbs that end a main clause before که (`این در حالی است که وزیر … گفت:`, `… انجام شد که
 * خبرگزاری رویترز گزارش داد …`): the که clause after them has its own subject.
 */
export const PERSIAN_CLAUSE_FINAL_VERBS = ['است', 'بود', 'بوده', 'شد', 'شود', 'باشد', 'کرد', 'داشت', 'هستند', 'بودند', 'شدند', 'گرفت']; // not شده: `یاد شده` is an adjective

/** Persian prepositions that open a clause with an adjunct (`در این دیدار …`, `طی سفر …`). */
export const PERSIAN_ADJUNCT_OPENERS = ['در', 'طی', 'ضمن', 'پس', 'پیش', 'بعد', 'قبل', 'هنگام', 'حین'];

/** Persian prepositions that make the name after them an adjunct (`در دیدار با سردار …`), not the subject. */
export const PERSIAN_NAME_PREPOSITIONS = ['از', 'به', 'با', 'برای', 'توسط', 'بر', 'نزد', 'درباره', 'دربارهٔ', 'همراه', 'علیه', 'مانند', 'چون', 'و', 'یا', 'را'];

/** Persian: sentence openers skipped before looking for the subject. */
export const PERSIAN_LEADING_ADVERBS = [
  'و', 'اما', 'ولی', 'همچنین', 'سپس', 'البته', 'بنابراین', 'لذا', 'همچنان', 'ضمنا', 'در ادامه', 'در پایان',
  'در همین حال', 'در همین رابطه', 'در همین زمینه', 'از سوی دیگر', 'از طرف دیگر', 'از طرفی', 'در این باره',
  'در این راستا', 'در این زمینه', 'در ادامه این نشست', 'در بخش دیگری از سخنان خود', 'همچنین در ادامه',
  'همانگونه که', 'همان‌گونه که', 'همان گونه که', 'همانطور که', 'همان‌طور که', 'چنانکه', 'چنان‌که', 'چنان که',
  'همان‌گونه‌که', 'همان‌طور‌که', // glued in older copy (`همان‎گونه‌كه‌ استاد مطهري`)
  'به هر حال', 'به‌هرحال', 'بهرحال', 'به هرحال', 'آنگاه', 'آن‌گاه', 'وقتی', // "when" (`وقتی دایی گفته بود …`)
  'چنانچه', 'اساسا', 'اساساً', 'اصلا', 'اصلاً', 'واقعا', 'واقعاً', 'قطعا', 'قطعاً', 'افزون بر این', 'علاوه بر این', 'به علاوه', 'بر این اساس', 'در واقع', 'به عبارت دیگر',
  'به عنوان نمونه', 'به‌عنوان نمونه', 'برای نمونه', 'به عنوان مثال', 'به‌عنوان مثال', 'برای مثال', 'ازجمله', 'از جمله',
  'اخیرا', 'اخیراً', 'امروز', 'دیروز', 'امشب', 'اکنون', 'هم‌اکنون', 'هم اکنون', 'پیشتر', 'پیش‌تر', // time adverbs before the subject (`اخیراً برخی منابع خبری عنوان داشته‌اند`)
  // Time before the subject (`روز پنجشنبه سرتیپ یحیی سریع … اعلام کرد`).
  'امروز', 'دیروز', 'امشب', 'صبح امروز', 'ظهر امروز', 'عصر امروز', 'شب گذشته', 'بامداد امروز', 'صبح دیروز', 'عصر دیروز',
  'روز گذشته', 'هفته گذشته', 'ماه گذشته', 'سال گذشته', 'روز شنبه', 'روز یکشنبه', 'روز دوشنبه', 'روز سه‌شنبه', 'روز سه شنبه',
  'روز چهارشنبه', 'روز پنجشنبه', 'روز پنج‌شنبه', 'روز جمعه',
];

/** Persian: openings that name a news source, not a speaker: skipped up to their comma. */
export const PERSIAN_SOURCE_OPENERS = ['به گزارش', 'به نقل از', 'طبق گزارش', 'بر اساس گزارش', 'بنا بر گزارش', 'بنابر گزارش'];

/** Persian pronouns and anaphoric roles that refer back to a speaker. */
export const PERSIAN_PRONOUNS = ['وی', 'او', 'ایشان', 'آنها', 'آنان', 'این مقام', 'این مسئول', 'این مسوول',
  'این مقام مسئول', 'این مقام ارشد', 'این مقام مسوول', 'این مقام رسمی', 'این نماینده', 'این کارشناس',
  // An organisation or its statement named again (`به نوشته این بیانیه`, `این نهاد`): the speaker before.
  'این بیانیه', 'این نهاد', 'این سازمان', 'این شرکت', 'این گروه', 'این حزب', 'این کانون', 'این انجمن',
  'این رسانه', 'این روزنامه', 'این نشریه', 'این خبرگزاری', 'این شبکه', 'این پایگاه', 'این سایت', 'این وزارتخانه',
  'اینان', 'اینها']; // plural "these" (`اینان … مدعی شدند`)

/**
 * A generic noun after `این` refers back to an institution of any of these heads: `این رسانه
 * مادریدی … نوشت` is the `نشریه «آس»` named before it. Other nouns refer to their own head (`این شرکت`).
 */
export const PERSIAN_GENERIC_INSTITUTION_NOUNS: Record<string, string[]> = {
  'رسانه': ['رسانه', 'نشریه', 'روزنامه', 'خبرگزاری', 'شبکه', 'تلویزیون', 'رادیو', 'سایت', 'پایگاه', 'مجله', 'هفته‌نامه'],
  'وزارتخانه': ['وزارتخانه', 'وزارت'],
};

/**
 * Persian words that open a group as subject (`عده‌ای گفتند`): a singular verb after them (`فرمود:`)
 * has someone else as its dropped subject.
 */
export const PERSIAN_GROUP_WORDS = ['عده‌ای', 'برخی', 'بعضی', 'گروهی', 'کسانی', 'آنها', 'آنان', 'شماری', 'تعدادی', 'جمعی', 'بسیاری', 'همه', 'مردم'];

/**
 * Persian frames that report a claim by themselves, with or without a reporting verb after them
 * (`… و با این ادعا که پلت‌فرم‌ها … محدود کرده‌اند، به … کمک کرده‌اند`). Also added to the frames.
 */
export const PERSIAN_CLAIM_FRAMES = ['با این ادعا که', 'با ادعای اینکه', 'با ادعای این که', 'با این استدلال که'];

/**
 * Persian inflection the rules read: a 3rd-person simple past (`گفت`, `کرد`, `گفتند`: a past stem
 * ends in ت or د), the 3rd-person plural verb ending (`گفتند`, `می‌گویند`), and the plural noun
 * ending (`پلت‌فرم‌ها`). Matched on folded words (no ZWNJ).
 */
export const PERSIAN_SIMPLE_PAST = /[تد](ند)?$/;
export const PERSIAN_PLURAL_VERB_ENDING = 'ند';
export const PERSIAN_PLURAL_NOUN_ENDING = 'ها';

/**
 * Persian quantifiers that take their noun with از (`یکی از کارشناسان اقتصادی گفت`, `برخی از فقها
 * تصریح کرده‌اند`): the subject runs on past از to the noun. Adverbs that also mean "mostly"
 * (`بیشتر`, `اغلب`) are left out: `اغلب از … می‌گوید` is an adverb and an adjunct.
 */
export const PERSIAN_PARTITIVES = ['یکی', 'برخی', 'بعضی', 'بسیاری', 'تعدادی', 'شماری', 'عده‌ای', 'گروهی', 'جمعی', 'هیچ‌یک', 'هریک', 'هر یک', 'دیگری'];

/** Persian reflexives that stand for the clause's subject as a source (`به گفته خودش …`). */
export const PERSIAN_REFLEXIVES = ['خودش', 'خودشان', 'خودم', 'خودمان'];

/** Persian modals before a reporting verb make it impersonal (`باید گفت`, `می‌توان گفت`): an argument, not a quote. */
export const PERSIAN_IMPERSONAL_MODALS = ['باید', 'نباید', 'می‌توان', 'میتوان', 'نمی‌توان', 'نمیتوان', 'توان', 'بتوان', 'شاید'];

/**
 * Persian conjunctions that, right after `CUE،`, continue the writer's sentence (`… هشدار داده‌اند،
 * ولی وقتی …`): what follows the comma is not the speaker's content.
 */
export const PERSIAN_CLAUSE_CONJUNCTIONS = ['ولی', 'اما', 'لیکن', 'ولیکن', 'و', 'یا', 'درحالی‌که', 'در حالی که'];

/** Persian request verbs (lexicon lemmas) whose content may follow تا (`از فدراسیون تقاضا کرد تا مسابقات در ساری برگزار شود`). */
export const PERSIAN_REQUEST_LEMMAS = ['درخواست کردن', 'تقاضا کردن', 'خواستار شدن', 'توصیه کردن', 'پیشنهاد کردن', 'پیشنهاد دادن'];
/** …and the word that may introduce that content in place of که. */
export const PERSIAN_REQUEST_COMPLEMENTIZERS = ['تا'];

/**
 * Persian subordinators opening a sentence (`به رغم آنکه … اعلام کرده بودند، می‌بایست …`): the
 * comma after their clause's verb ends that clause, and what follows is the main clause, not content.
 */
export const PERSIAN_SUBORDINATORS = [
  'به رغم آنکه', 'به‌رغم آنکه', 'علی‌رغم آنکه', 'علیرغم آنکه', 'با اینکه', 'با آنکه', 'اگرچه', 'اگر چه', 'هرچند', 'هر چند',
  'وقتی', 'زمانی که', 'هنگامی که', 'اگر', 'چنانچه', 'پس از آنکه', 'پس از اینکه', 'بعد از اینکه', 'بعد از آنکه',
  'قبل از اینکه', 'پیش از آنکه', 'از آنجا که', 'از آنجایی که',
  // The same written apart (`پس از این که … تأکید کرد، سازمان …`).
  'پس از این که', 'پس از آن که', 'بعد از این که', 'بعد از آن که', 'قبل از این که', 'قبل از آنکه', 'پیش از این که',
  'پیش از اینکه', 'با این که', 'به رغم این که', 'علی‌رغم این که',
];

/** Words after which a quotation mark still opens a clause (`… و «…» گفت`); after any other word it is a phrase's. */
export const MARK_CLAUSE_OPENERS = ['و', 'که'];

/** Words that make a noun of the cue after them, colon or not (`پی نوشت:` is "footnote"). */
export const PERSIAN_CUE_NOUN_PREFIXES = ['پی', 'پا'];

/**
 * Persian light-verb nouns: `X گفت` after these is congratulation or condolence, not speech; and
 * `سخن به میان آمده` ("it was discussed"): `آمده` after `میان` is no document's saying.
 */
export const PERSIAN_NON_SPEECH_GOFT = ['تبریک', 'تسلیت', 'خوشامد', 'خیرمقدم', 'خیر مقدم', 'سخن', 'دروغ', 'ناسزا', 'سلام', 'میان', 'به‌میان'];

/**
 * Persian attribution phrases (`به گفته X، …`) are the lexicon's `attribution_phrase` entries,
 * less these: source openers and viewpoint phrases the gold convention says are not quotes
 * (`به گزارش X`, `از نظر X`) …
 */
export const PERSIAN_NON_ATTRIBUTIONS = ['به نقل از', 'از قول', 'از نظر', 'به زعم', 'به گزارش', 'طبق اعلام', 'بر اساس اعلام'];
/** … plus spellings the lexicon lacks. */
export const EXTRA_PERSIAN_ATTRIBUTIONS = ['بنا بر گفته', 'طبق اظهارات', 'بنا به اظهارات', 'به تعبیر'];
/** Words after an attribution phrase that make it a manner of speaking, not a source (`به تعبیر دیگر،`). */
export const PERSIAN_ATTRIBUTION_NON_SOURCES = ['دیگر', 'بهتر', 'ساده', 'ساده‌تر', 'روشن‌تر', 'دقیق‌تر', 'عامیانه', 'خودمانی', 'بهتری'];

/**
 * Arabic outlets spoken to, ل glued on (`لتلفزيون «برس»`, `لصحيفة …`): they end the subject, and
 * a name in marks after them is the outlet's, not the content.
 */
export const ARABIC_OUTLET_ADDRESSEES = ['لقناة', 'لوكالة', 'لصحيفة', 'لموقع', 'لتلفزيون', 'لإذاعة', 'لمجلة', 'لشبكة', 'لراديو', 'لفضائية'];

/** Arabic resumptive pronouns after a relative clause's verb (`الذي حض فيه الائتلاف`): the subject follows them. */
export const ARABIC_RESUMPTIVES = ['فيه', 'فيها'];
/**
 * Arabic nouns of a statement, in the forms news writes them (accusative `بيانا`, definite), that a
 * resumptive after a reporting verb points back to (`أصدرت الوزارة بيانا قالت فيه إن …`, `في بيان
 * أصدره الجيش، قال فيه …`): whoever made the statement speaks. After a subject, the object.
 */
export const ARABIC_STATEMENT_NOUNS = [
  'بيان', 'بيانا', 'البيان', 'تصريح', 'تصريحا', 'تصريحات', 'التصريح', 'التصريحات', 'رسالة', 'الرسالة', 'كلمة', 'الكلمة',
  'مقابلة', 'المقابلة', 'حديث', 'حديثا', 'الحديث', 'مؤتمر', 'مؤتمرا', 'المؤتمر', 'تغريدة', 'التغريدة', 'منشور', 'منشورا', 'خطاب', 'خطابا', 'الخطاب',
];
/**
 * Arabic verbs whose object follows with ب (`رحب بالاتفاق`, `طالب بسرعة تشكيل …`, `أشاد بجهود …`):
 * a ب word right after one is that object, and the verb's subject is dropped.
 */
export const ARABIC_BA_VERBS = ['رحب', 'ندد', 'أشاد', 'طالب', 'نوه', 'اعترف', 'أقر', 'تعهد', 'هدد', 'التزم', 'تمسك', 'اكتفى', 'احتفل', 'اتهم', 'بشر', 'أوصى', 'أدلى', 'تقدم', 'أثنى', 'اهتم', 'قام'];
/**
 * `ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن …`: a relaying verb, عن, the source and its saying
 * (`قوله`): the source is who spoke. The saying noun ends the source's name.
 */
export const ARABIC_RELAY_VERBS = ['نقل'];
export const ARABIC_RELAY_FROM = 'عن';
export const ARABIC_RELAYED_SAYINGS = ['قوله', 'قولها', 'قولهم', 'قولهما', 'قولهن'];
/** Pronoun-bearing prepositions between a statement's verb and its agent (`أدلى بها X`, `أجرتها معه X`). */
export const ARABIC_AGENT_GAP_WORDS = ['بها', 'به', 'معه', 'معها', 'له', 'لها', 'فيه', 'فيها', 'عنه', 'عنها'];
/** Arabic relative pronouns (`الذي حض فيه …`). */
export const ARABIC_RELATIVES = ['الذي', 'التي'];

/** Arabic words of a clause withholding a source's name (`طلب عدم نشر اسمه`, `فضل عدم الكشف عن هويته`). */
export const ARABIC_ANONYMITY_WORDS = ['اسمه', 'اسمها', 'اسمهم', 'هويته', 'هويتها', 'هويتهم'];

/** Arabic prepositions written apart: the word after one is its object, no part of a name after it. */
export const ARABIC_PREPOSITIONS = ['في', 'من', 'عن', 'إلى', 'الى', 'على', 'مع', 'لدى', 'عند', 'بين', 'منذ', 'حول', 'عبر', 'ضمن', 'أمام', 'امام', 'خلال', 'نحو', 'تجاه'];

/** Arabic: words that end the subject phrase after a reporting verb. */
export const ARABIC_SUBJECT_STOPS = [
  'في', 'خلال', 'على', 'عن', 'من', 'إلى', 'الى', 'مع', 'أمس', 'امس', 'اليوم', 'يوم', 'صباح', 'مساء', 'ليلة',
  'أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'لـ', 'ل', 'لدى', 'عقب', 'أثناء', 'اثناء', 'بعد',
  'قبل', 'حول', 'عبر', 'ضمن', 'أيضا', 'أيضاً', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'الذي', 'التي', 'حيث', 'كما',
  'وذلك', 'و', 'أو', 'ان', 'انه', 'بان', 'إثر', 'اثر', 'تعليقا', 'ردا', 'رداً', 'لـ"', 'أمام', 'امام', 'بين', 'منذ', 'عند', 'لها', 'له', 'لهم', 'فيه', 'فيها', 'إنّ', 'أنّ', 'لمراسل',
  'لمراسلة', 'لمراسلنا',
  'وقتها', 'حينها', 'عندها', 'آنذاك', 'حينذاك', 'يومها', // "then": a time, never the subject (`وكتبت وقتها وعند التعاقد …`)
  'فيما', 'وفيما', 'بينما', 'وبينما', 'إذ', 'عندما', 'وعندما', 'لكن', 'ولكن', 'وفي', 'ومن', 'وعلى', 'وعن', 'وإلى',
  'وبعد', 'وقبل', 'وخلال', 'وحول', 'ومع', 'وأمام', 'وبين',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'ظهر', 'فجر',
  'عاجل', // a headline's "breaking" label (`عاجل| ترامب يعلن …`)
  'هنا', 'هناك', 'أخيرا', 'أخيراً', 'اخيرا', 'حاليا', 'حالياً', 'سابقا', 'سابقاً', 'لاحقا', 'لاحقاً', 'مؤخرا', 'مؤخراً',
  'حينها', 'عندئذ', 'بالتالي', // adverbs that may open a clause before its verb
  ...ARABIC_OUTLET_ADDRESSEES,
];

/**
 * Verbal nouns that are the object of a reporting verb (`وأكد الوزير أهمية …`, `وشدد على ضرورة …`):
 * verb + noun, not a quote, even when a colon follows (`أهمية إحضار المستندات: صورة …` lists items).
 * They also end the subject. From the dev split's false positives and the gold README's `أكد ضرورة`.
 */
export const ARABIC_VERB_OBJECTS = [
  'أهمية', 'اهمية', 'ضرورة', 'ضروره', 'حرص', 'حرصه', 'دعم', 'رفض', 'استعداد', 'التزام', 'تمسك', 'ترحيب', 'تقدير',
  'عزم', 'أحقية', 'جاهزية', 'عدم', 'وجود', 'استمرار',
];

/** Arabic complementizers after a reporting verb (indirect speech); multi-word ones too. */
export const ARABIC_COMPLEMENTIZERS = [
  'أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'أنّ', 'أننا', 'إن', 'إنه', 'إنها', 'إنهم', 'إنهما', 'إنّ', 'إننا', 'بأن',
  'بأنه', 'بأنها', 'بأنهم', 'بأننا', 'إلى أن', 'الى أن', 'إلى أنه', 'إلى أنها', 'الى انه', 'على أن', 'على أنه', 'على أنها',
  'من أن', 'عن أن', 'النظر إلى أن', 'الانتباه إلى أن', 'النظر الى أن', 'الانتباه الى أن', 'ان', 'انه', 'انها', 'بان',
  'ألا', 'بألا', 'على ألا', // أن + لا, "that … not" (`متوقعا ألا يكون الرد …`, `وشدد على ألا …`)
];

/**
 * Arabic attribution phrases (`وبحسب X، …`, `وفقا لـ X`). Kept by hand: the lexicon's Arabic
 * `attribution_phrase` entries also hold reporting verbs (`نقلت عن`, `كما قال`) and addressee
 * frames (`في تصريح`), which the verb rules read instead.
 */
export const ARABIC_ATTRIBUTIONS = [
  'بحسب', 'وبحسب', 'حسب', 'وحسب', 'حسبما', 'وفقا لـ', 'وفقا ل', 'وفقاً لـ', 'ووفقا لـ', 'طبقا لـ', 'طبقاً لـ',
  'نقلا عن', 'نقلاً عن', 'على حد قوله', 'على لسان',
];

/**
 * Arabic attributions that follow the clause they attribute, with no comma needed:
 * `… مفتشا عنهم وفق ما أكده مصدر أمني.` (Tunisian and Gulf agency copy).
 */
/** Heads of ARABIC_ATTRIBUTIONS that attribute wherever they stand: `حسب` is also "depending on". */
export const ARABIC_STRICT_ATTRIBUTION_HEADS = ['بحسب', 'وفقا', 'وفقاً', 'طبقا', 'طبقاً', 'نقلا', 'نقلاً'];
export const ARABIC_TRAILING_ATTRIBUTIONS = [
  'وفق ما أكده', 'وفق ما أكدته', 'وفق ما أكد', 'وفق ما ذكره', 'وفق ما ذكرته', 'وفق ما ذكر', 'وفق ما نقله', 'وفق ما نقلته',
  'وفق ما نقل', 'وفق ما أفاد', 'وفق ما أفاد به', 'وفق ما صرح به', 'حسب ما أكده', 'حسب ما ذكره', 'حسب ما أفاد',
  'بحسب ما أكده', 'بحسب ما ذكره', 'بحسب ما أفاد', 'وفقا لما ذكره', 'وفقا لما أكده', 'وفقا لما أعلنه', 'وفقاً لما ذكره',
];

/**
 * The preposition a call or urging verb takes before its demand (`دعا … إلى "ضبط النفس"`): a
 * demand in quotation marks after it is quoted speech even from a verb that is otherwise too
 * loose to report (`دعا`, `حض`).
 */
export const ARABIC_DEMAND_PREPOSITIONS = ['إلى', 'الى', 'على'];

/**
 * Arabic reporting verbs that take على (`أكد على ضرورة`, `شدد على أن`, `علق على`). After any
 * other (`قال علي لاريجاني إن …`), a على-spelled word before a name is the name Ali: the fold
 * writes على and علي alike, as much news copy does.
 */
export const ARABIC_ALA_VERBS = ['أكد', 'شدد', 'حض', 'علق', 'أجاب']; // lemmas of speech-verbs.ts / extra-cues.ts (`حث` is under حض)
export const ARABIC_ALA = 'على';
/** The matching form of علي where the writer tells it from على (extract.ts markNameAli): as written, unfolded. */
export const ARABIC_NAME_ALI = 'علي';

/**
 * Arabic names written with a final ه, which the possessive ـه that ends a subject
 * (`وأكد شتاينماير تفهمه …`) must not be taken for: whole names, and name endings (`…الله`:
 * عبدالله, نصرالله; `…يه`: سيبويه and foreign names in -ier such as فوشيه).
 */
export const ARABIC_HEH_NAMES = ['عبده', 'حمده'];
export const ARABIC_HEH_NAME_ENDINGS = ['الله', 'يه'];

/** Prepositions that mark whom a statement was made to (`لـ «المدينة»`): the outlet, not the content. */
export const ARABIC_ADDRESSEE_PREPOSITIONS = ['ل', 'لـ'];

/**
 * Persian nouns for something said or written: as a document source followed by `از X`
 * (`در حدیثی از پیامبر آمده است:`, `در پیامی از رئیس‌جمهور آمده است:`), X is the speaker.
 */
export const PERSIAN_SAYING_NOUNS = ['حدیث', 'حدیثی', 'روایت', 'روایتی', 'سخن', 'سخنی', 'کلام', 'پیام', 'پیامی', 'نامه', 'نامه‌ای', 'نقل', 'قول'];

/** Persian cues whose speaker is the document the clause says it is in (`در این بیانیه آمده است:`). */
export const PERSIAN_DOCUMENT_CUES = ['آمدن', 'خواندن در متن'];
/** …of which these speak only with the document named before them (`در بیانیه آمده است`). */
export const PERSIAN_SOURCED_CUES = ['آمدن'];

/** The part of a document it "says in" (`در متن اطلاعیه سازمان حج آمده است`, `در بخشی از این بیانیه …`): the document is the speaker. */
export const PERSIAN_DOCUMENT_PARTS = ['متن', 'بخشی از', 'بخش دیگری از', 'قسمتی از', 'قسمت دیگری از', 'ادامه', 'پایان'];

/** Arabic particles that open the content after an attribution (`وبحسب X، فقد …`, `وفقا لـ X فإن …`). */
export const ARABIC_RESULT_PARTICLES = ['فإن', 'فقد', 'فإنه', 'فإنها'];

/**
 * Arabic subjects that make a reporting verb a scripture citation inside someone's words
 * (`… قال الله تعالى: …`), which the gold convention leaves in the speaker's quote.
 */
export const ARABIC_SCRIPTURE_SUBJECTS = ['الله', 'تعالى']; // `قال تعالى (…)`: God, by His epithet

/** Arabic pronoun subjects. */
export const ARABIC_PRONOUNS = ['هو', 'هي', 'هم'];

/**
 * Arabic honorific pronouns (Gulf and Saudi agency style: `وأكد سماحته أن …`, `وقال معاليه: …`)
 * with the titles and roles of the person each one refers to, tried first when resolving.
 */
/**
 * Persian honorific pronouns (`آن حضرت` "his holiness") → the epithets and titles of whom they
 * mean: the prophet, an imam (`امیرمؤمنان`, `امام صادق(ع)`), as religious articles write them.
 */
export const PERSIAN_HONORIFIC_PRONOUNS: Record<string, string[]> = {
  'آن حضرت': ['حضرت', 'امام', 'پیامبر', 'پیغمبر', 'رسول', 'نبی', 'امیرمؤمنان', 'امیرالمؤمنین'],
  // "the exalted one" (the Leader, a marja): `رهبر معظم انقلاب …. معظم له … می‌فرمایند`.
  'معظم له': ['حضرت', 'امام', 'رهبر', 'رهبری', 'آیت‌الله', 'آیت الله', 'مقام'],
  'معظم‌له': ['حضرت', 'امام', 'رهبر', 'رهبری', 'آیت‌الله', 'آیت الله', 'مقام'],
};

/**
 * `ایشان` with an honorific verb (`فرمودند`, `می‌فرمایند`) is the exalted one, as `معظم له` is:
 * Persian news keeps فرمودن for the Leader, an imam or a marja.
 */
export const PERSIAN_DEFERENTIAL_PRONOUNS = ['ایشان'];
export const PERSIAN_HONORIFIC_LEMMAS = ['فرمودن'];
export const PERSIAN_EXALTED_PRONOUN = 'معظم له';
/** The title among an honorific pronoun's titles that marks the exalted one (the Leader's): only such pronouns refer to an office named alone. */
export const PERSIAN_EXALTED_TITLE = 'رهبر';
/** How Persian news names the exalted one without a name: what `معظم له` and `ایشان … فرمودند` refer back to when no title and name is written. */
export const PERSIAN_EXALTED_ROLES = [
  'مقام معظم رهبری', 'رهبر معظم انقلاب', 'رهبر معظم انقلاب اسلامی', 'رهبر انقلاب', 'رهبر انقلاب اسلامی', 'رهبر معظم', 'حضرت امام',
];

export const ARABIC_HONORIFIC_PRONOUNS: Record<string, string[]> = {
  'سماحته': ['سماحة', 'الشيخ', 'المفتي', 'مفتي', 'فضيلة'],
  'سموه': ['سمو', 'الأمير', 'أمير', 'ولي'],
  'معاليه': ['معالي', 'وزير', 'الوزير', 'وزيرة'],
  'فضيلته': ['فضيلة', 'الشيخ'],
  'فخامته': ['فخامة', 'الرئيس', 'رئيس'],
  'سيادته': ['سيادة', 'الرئيس', 'رئيس', 'الفريق', 'اللواء'],
  'دولته': ['دولة', 'رئيس', 'الرئيس'],
  'جلالته': ['جلالة', 'الملك', 'ملك'],
};

/** Arabic demonstratives: after the subject's first word one opens the object (`وعدّت أمانة المنظمة هذه التصريحات …`). */
export const ARABIC_DEMONSTRATIVES = ['هذه', 'هذا', 'هؤلاء', 'تلك', 'ذلك', 'هذين', 'هاتين', 'هذان', 'هاتان'];

/** Arabic sentence openers before a verb-initial clause (`كما التقى …`, `ثم قال …`). */
export const ARABIC_LEADING_PARTICLES = ['كما', 'ثم', 'وقد', 'قد', 'فقد', 'لقد', 'وكان', 'كان', 'وكانت', 'كانت', 'ولكن', 'لكن',
  'كذلك', 'وكذلك', 'أيضا', 'أيضاً'];

/**
 * `كان` and its sisters: the subject follows them with no verb between (`وكان نايف البكري يشغل …`),
 * and the imperfect verb after it is their predicate.
 */
export const ARABIC_KANA = ['وكان', 'كان', 'وكانت', 'كانت', 'فكان', 'فكانت'];

/** The prefixes of an Arabic imperfect verb's third person (`يشغل`, `تشغل`). */
export const ARABIC_IMPERFECT_PREFIXES = ['ي', 'ت'];

/** Arabic prepositions written glued to the noun they govern (`بوزارة`, `لشؤون`). */
export const ARABIC_GLUED_PREPOSITIONS = ['ب', 'ل'];

/**
 * Role nouns: a speaker starting with one is a role that may refer back to a named person
 * (`وزیر دفاع روسیه` → `سرگئی شایگو`). Titles (سردار, الدكتور) are part of a name instead.
 */
export const ROLE_NOUNS = [
  'وزیر', 'رئیس', 'سخنگوی', 'سخنگو', 'فرمانده', 'مدیر', 'مدیرکل', 'معاون', 'دبیر', 'دبیرکل', 'نماینده', 'سفیر',
  'استاندار', 'فرماندار', 'شهردار', 'دادستان', 'مشاور', 'عضو', 'جانشین', 'مسئول', 'سرپرست', 'رئیس‌جمهور',
  'رئیس‌جمهوری', 'قائم‌مقام', 'نایب', 'امام', 'مربی', 'سرمربی', 'کارشناس', 'بازیکن', 'دبیرکل', 'مقام',
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'المتحدث', 'متحدث', 'الناطق', 'مدير', 'أمين', 'الأمين', 'سفير', 'قائد',
  'نائب', 'مستشار', 'مسؤول', 'المسؤول', 'الوزير', 'الرئيس', 'عضو', 'محافظ', 'المدير', 'مساعد', 'وكيل', 'المستشار',
  'سفيرة', 'المندوب', 'مندوب', 'ولي', 'الأمينة', 'المتحدثة',
  'مدیرعامل', 'نایب‌رئیس', 'رئیس‌کل', 'کاردار', 'رایزن', 'سرکنسول', 'دستیار', 'بازپرس', // not قاضی, قهرمان: surnames too
  // Professions a story names a person by (`بازیگر پیشکسوت سینما` … `بیوک میرزایی بازیگر قدیمی`).
  'بازیگر', 'کارگردان', 'نویسنده', 'خواننده', 'تحلیلگر', 'پژوهشگر', 'المحلل', 'محلل', 'الخبير', 'خبير', 'الباحث',
  'باحث', 'أستاذ',
  // Sports copy names players by team and position (`کاپیتان پرسپولیس` … `امید عالیشاه`).
  'کاپیتان', 'دروازه‌بان', 'مهاجم', 'مدافع', 'هافبک',
];

/**
 * One office written several ways, mapped to one form so the roles match (longest phrases first):
 * a country inside a role (`وزیر دفاع جمهوری اسلامی ایران` = `وزیر دفاع کشورمان`, "our country",
 * i.e. Iran, in Iranian press), and a compound head written apart or joined (`مدیر کل` = `مدیرکل`).
 */
export const ROLE_SPELLINGS: readonly (readonly [string, string])[] = [
  ['جمهوری اسلامی ایران', 'ایران'], ['جمهوری خلق چین', 'چین'], ['فدراسیون روسیه', 'روسیه'], ['کشورمان', 'ایران'],
  ['جمهوری اسلامی', 'ایران'], ['مدیر کل', 'مدیرکل'], ['دبیر کل', 'دبیرکل'], ['مدیر عامل', 'مدیرعامل'],
  ['نایب رئیس', 'نایب‌رئیس'], ['رئیس کل', 'رئیس‌کل'],
];

/** Object pronouns an Arabic verb carries (`أكده`, `أكدها`, `أكدهم`): the verb is still a verb. */
export const ARABIC_OBJECT_SUFFIXES = ['ه', 'ها', 'هم'];

/**
 * "The same …" (`ذات المصدر`, `نفس المصدر`): the speaker named before with that noun (`مصدر أمني`);
 * Persian "this …" where a document is the speaker (`در این بیانیه آمده است`: `بیانیه اهل فرهنگ‌وهنر`).
 */
export const SAME_DETERMINERS = ['ذات', 'نفس', 'این'];

/**
 * Determiners before a description of a person (`یک استاد دانشگاه`, `این مقام`): what follows is
 * a role even when its head is a title (`استاد`), to be tied to the person the article names.
 */
export const ROLE_DETERMINERS = ['یک', 'این', 'آن', 'هذا', 'هذه'];

/**
 * Nouns that head an institution, a medium or a document (`تلفزيون «برس» الإيراني`, `خبرگزاری فارس`,
 * `وزارة الأمن`, `مصدر`): such a speaker is no person, so a role (`أمين المجلس … علي شمخاني`,
 * `سخنگوی وزارت خارجه`) never names it when looking ahead for its person.
 */
export const INSTITUTION_NOUNS = [
  'وزارة', 'الوزارة', 'وكالة', 'الوكالة', 'صحيفة', 'الصحيفة', 'جريدة', 'مجلة', 'تلفزيون', 'التلفزيون', 'قناة', 'القناة',
  'إذاعة', 'موقع', 'الموقع', 'مصدر', 'المصدر', 'مصادر', 'هيئة', 'الهيئة', 'مجلس', 'المجلس', 'شركة', 'الشركة', 'منظمة',
  'المنظمة', 'جمعية', 'مركز', 'المركز', 'معهد', 'جامعة', 'الجامعة', 'حكومة', 'الحكومة', 'بيان', 'البيان', 'تقرير',
  'التقرير', 'دراسة', 'الدراسة', 'وكالات', 'محكمة', 'المحكمة', 'حزب', 'الحزب', 'حركة', 'الحركة', 'الجيش', 'جيش',
  'وزارت', 'خبرگزاری', 'روزنامه', 'شبکه', 'تلویزیون', 'رادیو', 'سایت', 'پایگاه', 'منبع', 'منابع', 'سازمان', 'شرکت',
  'بیانیه', 'گزارش', 'نشریه', 'مجله', 'دولت', 'مجلس', 'دادگاه', 'حزب', 'ارتش', 'اداره', 'دانشگاه', 'بنیاد', 'مرکز',
  'رسانه', 'وزارتخانه', 'نهاد', 'هفته‌نامه',
];

/** Titles that begin a personal name; a name-like run after a role may start with them. */
export const NAME_TITLES = [
  'سردار', 'سرلشکر', 'سرتیپ', 'امیر', 'سرهنگ', 'سرگرد', 'سروان', 'حجت‌الاسلام', 'حجت الاسلام', 'حجت‌الاسلام‌والمسلمین',
  'آیت‌الله', 'آیت الله', 'دکتر', 'مهندس', 'ژنرال', 'آقای', 'خانم', 'حضرت', 'سید', 'سیده', 'شیخ', 'استاد',
  'الشيخ', 'الدكتور', 'د.', 'المهندس', 'الجنرال', 'العميد', 'اللواء', 'العقيد', 'الفريق', 'السيد', 'السيدة',
  'الأستاذ', 'معالي', 'سمو', 'فضيلة', 'المشير', 'النائب', 'القاضي', 'الإمام',
  'د', // `د.` (doctor): the one-letter word before the abbreviation dot
];

/** The titles of NAME_TITLES that name a woman: a masculine verb never resolves to them, nor a feminine verb to the others. */
export const FEMININE_NAME_TITLES = ['خانم', 'سیده', 'السيدة'];

/** Words that are never part of a personal name (used when reading the name next to a role). */
export const NON_NAME_WORDS = [
  'با', 'و', 'در', 'به', 'از', 'که', 'را', 'این', 'آن', 'برای', 'بر', 'تا', 'دیدار', 'گفت', 'کرد', 'شد', 'است',
  'بود', 'گفتگو', 'گفت‌وگو', 'نشست', 'جلسه', 'سفر', 'امروز', 'روز', 'دیروز', 'نیز', 'هم', 'همچنین', 'خود',
  'مصاحبه', 'سخنان', 'اظهارات', 'بیانیه', 'پیام', 'نامه', 'سخنرانی', // events a name follows (`مصاحبه ناصرالدین عامر`)
  'گفته', 'تعبیر', 'نوشته', 'اعتقاد', 'عقیده', 'باور', 'ادعای', // attribution nouns (`به تعبیر استاد مطهری`)
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'قال', 'الذي', 'التي', 'هذا', 'هذه', 'خلال', 'لقاء', 'اليوم',
  'أمس', 'يوم', 'وقال', 'أكد', 'وأكد', 'كما', 'قد', 'لقد', 'أيضا', 'بين', 'حول', 'بعد', 'قبل', 'ما', 'وفق', 'وفقا',
  'حسب', 'بحسب',
  // Persian office and place nouns that complete a role (`مدیرکل ثبت احوال استان ایلام`,
  // `فرمانده انتظامی شهرستان یزد`): Persian writes no mark between a role and a name, so
  // without these the role's tail reads as a person. From the dev split's role speakers.
  'استان', 'شهرستان', 'کشور', 'وزارت', 'سازمان', 'اداره', 'اداره‌کل', 'کل', 'ثبت', 'احوال', 'شرکت', 'دانشگاه',
  'مجلس', 'شورای', 'شورا', 'کمیسیون', 'ستاد', 'نیروی', 'نیروهای', 'دفتر', 'بانک', 'بنیاد', 'قوه', 'دولت', 'حزب',
  'انجمن', 'کانون', 'اتحادیه', 'فدراسیون', 'باشگاه', 'تیم', 'مرکز', 'خبرگزاری', 'روزنامه', 'دادگستری',
  'شهرداری', 'پلیس', 'انتظامی', 'امور', 'مجموعه', 'گروه', 'هیئت', 'هیات', 'کمیته', 'دبیرخانه', 'اتاق', 'بورس',
];

/**
 * Paragraph breaks written as text by datasets whose articles are single lines: pn-summary
 * (Farahani et al. 2021) writes ` [n] `. Without this, `[n] وی افزود` reads as a speaker "n".
 */
export const PARAGRAPH_MARKS = ['[n]'];
