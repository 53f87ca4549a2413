/**
 * Everyday spoken-Persian forms (questions, short verbs, pronouns) that written news rarely
 * shows; short questions and reviews are made of them. Hand-written from standard descriptions
 * of colloquial Tehrani Persian; the langid trainer adds them to the Persian class so that
 * `کشمش چیه؟` does not look like Gilaki or Balochi. Test data in ../shared is never used here.
 */
export const PERSIAN_COLLOQUIAL_WORDS: readonly string[] = [
  'چیه', 'کیه', 'کجاست', 'کجاس', 'چیا', 'چیست', 'کیست', 'چجوری', 'چطوری', 'چطور', 'چقدر', 'چند', 'چندتا', 'کدوم', 'کدام',
  'اینجوری', 'اونجوری', 'همینجوری', 'میشه', 'نمیشه', 'میشن', 'شده', 'شد', 'میخوام', 'نمیخوام', 'میخوای', 'میخواد', 'میگه',
  'میگن', 'میگم', 'گفت', 'گفتم', 'بگو', 'بگید', 'میاد', 'میان', 'میره', 'میرن', 'برم', 'بریم', 'باشه', 'بود', 'بودن', 'هست',
  'هستن', 'هستش', 'نیست', 'نیستن', 'داره', 'دارن', 'ندارن', 'نداره', 'کرد', 'کردن', 'کنه', 'کنن', 'میکنه', 'میکنن', 'خیلی',
  'دیگه', 'اینه', 'اونه', 'اون', 'اونا', 'اینا', 'ایشون', 'شما', 'ما', 'من', 'تو', 'اونجا', 'اینجا', 'آره', 'نه', 'مرسی', 'ممنون',
  'چرا', 'چه', 'کی', 'کجا', 'یه', 'یک', 'رو', 'را', 'که', 'با', 'به', 'از', 'در', 'برای', 'واسه', 'بعد', 'قبل', 'همه', 'هیچ',
  'عالی', 'خوب', 'خوبه', 'بد', 'بده', 'بهتر', 'بهترین', 'اسمش', 'اسم', 'معنی', 'یعنی',
];
