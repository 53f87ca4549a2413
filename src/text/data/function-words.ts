/**
 * Very frequent function words that tell Persian from Arabic. Hand-picked from the top of the
 * jusText stop lists (../shared/lexicons/stoplists, BSD) where a word occurs in one language only.
 * Persian words are given in both ی/ک and ي/ك spellings so legacy text (FarsNews 2008) matches.
 */
const FA = [
  'که', 'را', 'این', 'از', 'با', 'است', 'می', 'های', 'ها', 'برای', 'شد', 'شده', 'کرد', 'کند', 'بود',
  'آن', 'یک', 'خود', 'نیز', 'وی', 'اما', 'تا', 'هم', 'کرده', 'دارد', 'باید', 'شود', 'گفت', 'پس', 'اینکه',
  'نمی', 'بر', 'همه', 'چه', 'چند', 'او', 'آنها', 'ایشان', 'هستند', 'بودند', 'دیگر', 'کنند',
  'شده‌اند', 'می‌شود', 'می‌کند', 'اند', 'ای', 'بین', 'روی', 'پیش', 'زیرا', 'چون', 'اگر', 'یا', 'هیچ',
];
const AR = [
  'في', 'من', 'على', 'إلى', 'الى', 'أن', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان',
  'كانت', 'عن', 'مع', 'قد', 'لم', 'لن', 'ما', 'هو', 'هي', 'كما', 'أو', 'ثم', 'حتى', 'بعد', 'قبل', 'عند',
  'بين', 'حيث', 'لا', 'إلا', 'أي', 'كل', 'وقال', 'قال', 'وأضاف', 'أنه', 'إنه', 'فإن', 'لكن', 'منذ', 'خلال',
  'وفي', 'وقد', 'ولا', 'وهو', 'وهي', 'فيه', 'فيها', 'عليه', 'عليها', 'إلي', 'علي', 'يكون', 'تكون', 'اليوم',
];

function withArabicLetters(words: string[]): string[] {
  return words.flatMap((w) => [w, w.replace(/ی/g, 'ي').replace(/ک/g, 'ك')]);
}

export const AR_FUNCTION_WORDS: ReadonlySet<string> = new Set(AR);
// A Persian word whose Arabic-letter spelling is an Arabic word (بین/بين) must not count for Persian.
export const FA_FUNCTION_WORDS: ReadonlySet<string> = new Set(withArabicLetters(FA).filter((w) => !AR_FUNCTION_WORDS.has(w)));
