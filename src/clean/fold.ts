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

/**
 * The same folding one UTF-16 unit at a time, for hot loops that must not build strings
 * (dedupe's tokenizer): the mapped code, or -1 for a unit that `fold` drops.
 * Built from FOLD_MAP and DROP_RE above, so the two can never disagree.
 */
const FOLD_CODE = new Int32Array(0x0800 - 0x0600).fill(0);
for (const [from, to] of Object.entries(FOLD_MAP)) FOLD_CODE[from.charCodeAt(0) - 0x0600] = to.charCodeAt(0);
for (let c = 0x0600; c < 0x0800; c++) {
  if (DROP_RE.test(String.fromCharCode(c))) FOLD_CODE[c - 0x0600] = -1;
  DROP_RE.lastIndex = 0;
  if ((c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669)) FOLD_CODE[c - 0x0600] = 0x30 + ((c - 0x0660) % 0x90);
}

export function foldCode(c: number): number {
  if (c >= 0x0600 && c < 0x0800) {
    const m = FOLD_CODE[c - 0x0600]!;
    return m === 0 ? c : m;
  }
  if (c === 0x200c || c === 0x200d) return -1;
  return c;
}

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
