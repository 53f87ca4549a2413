import type { ArabicCueEntry, PersianCueEntry } from './speech-verbs.js';

/**
 * Reporting cues the generated lexicon lacks, seen in agency copy: impersonal "it says in the
 * statement" (`در بیانیه … آمده است:`, `وجاء في البيان:`) takes the statement as speaker.
 * Hand-added; keep entries general (a verb, not a sentence).
 */
export const EXTRA_PERSIAN_CUES: readonly PersianCueEntry[] = [
  { lemma: 'آمدن', precision: 'medium', forms: ['آمده است', 'آمده‌است', 'آمده', 'آمده بود', 'می‌آید', 'می آید', 'میآید'] },
  { lemma: 'سخن گفتن', precision: 'medium', forms: ['سخن می‌گوید', 'سخن می گوید', 'سخن گفت'] },
  { lemma: 'اظهار کردن', precision: 'high', forms: ['اظهار کرد', 'اظهار کردند', 'اظهار می‌کند', 'اظهار می کند'] },
];

/**
 * Arabic verbs the generated lexicon lacks: `وأبان أن …` (he made clear that), common in Saudi
 * agency copy. Only unambiguous spellings (not `بين`, which is also the preposition "between").
 */
export const EXTRA_ARABIC_CUES: readonly ArabicCueEntry[] = [
  { lemma: 'أبان', precision: 'high', complementizers: ['أن', ':'], past: ['أبان', 'ابان', 'وأبان', 'وابان', 'أبانت', 'وأبانت'], present: [], participle: [], passive: [] },
];
