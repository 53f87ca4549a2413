/**
 * The matching form of a line: one spelling for the letter variants scraped text mixes
 * (ي/ى→ی, ك→ک, أ/إ/آ/ٱ→ا, ة→ه, ؤ→و, ۀ→ه), no ZWNJ, diacritics or tatweel, digits as ASCII,
 * single spaces. Furniture patterns are folded the same way, so they can be written in
 * natural spelling and still match Persian typed with Arabic letters and vice versa.
 */
const FOLD_MAP: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ؤ': 'و', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه',
};
const FOLD_RE = /[يىكأإآٱةؤۀەھ]/g;
const DROP_RE = /[\u200C\u200D\u0640\u064B-\u0652\u0670\u0654\u0655]/g;
const DIGIT_RE = /[\u06F0-\u06F9\u0660-\u0669]/g;

export function fold(text: string): string {
  return text
    .replace(DROP_RE, '')
    .replace(FOLD_RE, (c) => FOLD_MAP[c])
    .replace(DIGIT_RE, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds the letters of a regular expression's source (its syntax has no Arabic letters to touch). */
export function foldPattern(re: RegExp): RegExp {
  return new RegExp(re.source.replace(DROP_RE, '').replace(FOLD_RE, (c) => FOLD_MAP[c]), re.flags);
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t.length === 0 ? 0 : t.split(/\s+/).length;
}
