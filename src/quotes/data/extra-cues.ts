import type { ArabicCueEntry, PersianCueEntry } from './speech-verbs.js';

/**
 * Reporting cues the generated lexicon lacks, seen in agency copy: impersonal "it says in the
 * statement" (`در بیانیه … آمده است:`, `وجاء في البيان:`) takes the statement as speaker.
 * Hand-added; keep entries general (a verb, not a sentence).
 */
export const EXTRA_PERSIAN_CUES: readonly PersianCueEntry[] = [
  { lemma: 'آمدن', precision: 'medium', forms: ['آمده است', 'آمده‌است', 'آمده', 'آمده بود', 'می‌آید', 'می آید', 'میآید'] },
  // "we read in it": `همچنین می‌خوانیم: …`, `در این گزارش می‌خوانیم: …` quotes a document.
  { lemma: 'خواندن در متن', precision: 'medium', forms: ['می‌خوانیم', 'می خوانیم', 'میخوانیم'] },
  { lemma: 'سخن گفتن', precision: 'medium', forms: ['سخن می‌گوید', 'سخن می گوید', 'سخن گفت'] },
  { lemma: 'اظهار کردن', precision: 'high', forms: ['اظهار کرد', 'اظهار کردند', 'اظهار می‌کند', 'اظهار می کند'] },
  // Colloquial perfect without است (`این‌طور گفته: …`, sports and social copy); medium, so only
  // before a colon, که or a quotation mark (`گفته شده` and `به گفته` are not it).
  { lemma: 'گفتن', precision: 'medium', forms: ['گفته'] },
  // The deferential "said" (to a superior): `مردم به پیامبر (ص) عرض کردند: …`. Medium: عرض is also "width".
  { lemma: 'عرض کردن', precision: 'medium', forms: ['عرض کرد', 'عرض کردند', 'عرض کرده است', 'عرض کرده‌اند', 'عرض می‌کند', 'عرض می‌کنند', 'عرض می کند', 'عرض کردم'] },
  // `خاطرنشان ساخت`: the formal light verb ساختن for کردن (`خاطرنشان کرد` is in the lexicon).
  { lemma: 'خاطرنشان کردن', precision: 'high', forms: ['خاطرنشان ساخت', 'خاطرنشان ساختند', 'خاطر نشان ساخت', 'خاطرنشان ساخته است', 'خاطرنشان می‌سازد', 'خاطرنشان می سازد'] },
  // "pointed out, reminded": `… گوشزد کرد که …`, `قرآن کریم گوشزد می‌کند: …`.
  { lemma: 'گوشزد کردن', precision: 'medium', forms: ['گوشزد کرد', 'گوشزد کردند', 'گوشزد کرده است', 'گوشزد کرده‌اند', 'گوشزد می‌کند', 'گوشزد می کند', 'گوشزد می‌کنند', 'گوشزد می کنند', 'گوشزد نمود'] },
  // "claims (that)": `عالیشاه … مدعی است که …`, `امریکایی‌ها مدعی هستند با ناوشکن … ساقط کرده‌اند`.
  { lemma: 'مدعی بودن', precision: 'high', forms: ['مدعی است', 'مدعی هستند', 'مدعی شد', 'مدعی شده است', 'مدعی شدند'] },
];

/**
 * Arabic verbs the generated lexicon lacks: `وأبان أن …` (he made clear that), common in Saudi
 * agency copy; `حض`/`حث` (urged). Only unambiguous spellings (not `بين`, which is also the
 * preposition "between").
 */
export const EXTRA_ARABIC_CUES: readonly ArabicCueEntry[] = [
  // "urged": reports only a demand in quotation marks after its preposition (`حض … إلى "ضبط النفس"`), as دعا.
  { lemma: 'حض', precision: 'low', complementizers: [':'], past: ['حض', 'وحض', 'حضت', 'وحضت', 'حث', 'وحث', 'حثت', 'وحثت'], present: ['يحض', 'ويحض', 'تحض', 'وتحض', 'يحث', 'ويحث', 'تحث', 'وتحث'], participle: [], passive: [] },
  { lemma: 'أبان', precision: 'high', complementizers: ['أن', ':'], past: ['أبان', 'ابان', 'وأبان', 'وابان', 'أبانت', 'وأبانت'], present: [], participle: [], passive: [] },
  // "expected (that)": a forecast the source states (`وتوقع الوزير أن …`, `، متوقعا ألا يكون …`);
  // the gold convention counts it. Not `توقعت` (also "I expected", a columnist's own) nor the
  // present (`يتوقع أن` is mostly "it is expected").
  {
    lemma: 'توقع', precision: 'high', complementizers: ['أن', 'ألا', ':'],
    past: ['توقع', 'وتوقع'], present: [],
    participle: ['متوقعا', 'متوقعاً', 'متوقعة', 'متوقعين', 'متوقعًا'], passive: [],
  },
];
