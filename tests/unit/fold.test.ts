import { describe, expect, it } from 'vitest';
import { fold, foldKey, wordCount } from '../../src/clean/fold.js';
import { fnv1a } from '../../src/text/hash.js';
import { restoreZwnj, restoreZwnjToken } from '../../src/text/zwnj.js';
import { scoreScript } from '../../src/text/script.js';
import { cleanUnicode, normalizeLine, tidySpacing } from '../../src/text/normalize.js';
import { INLINE_TAILS } from '../../src/clean/data/furniture.js';

// The hot paths are hand-written loops; these references are the plain regex forms they replace.
const referenceFold = (t: string): string => t
  .replace(/[\u200C\u200D\u0640\u064B-\u0652\u0670\u0654\u0655]/g, '')
  .replace(/[يىكأإآٱةؤۀەھ]/g, (c) => ({ 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ؤ': 'و', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه' })[c]!)
  .replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
  .replace(/\s+/g, ' ')
  .trim();
// tidySpacing's steps as plain regex passes (it skips them on a line none would change).
const referenceTidySpacing = (t: string): string => t
  .replace(/ {2,}/g, ' ')
  .trim()
  .replace(/([^\s]) +([.,،;؛:!?؟»)\]}])/g, '$1$2')
  .replace(/([«(\[{]) +/g, '$1')
  .replace(/([،؛؟!»])(?=[\u0621-\u06FF«])/g, '$1 ')
  .replace(/([:.])(?=[\u0621-\u063A\u0641-\u064A\u067E-\u06D3])/g, '$1 ');
const GLUE_LETTER = '[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]';
const DIGIT = '[0-9\u06F0-\u06F9\u0660-\u0669]';
const referenceDigitGlue = (t: string): string => t
  .replace(new RegExp(`(${DIGIT})(?=${GLUE_LETTER})`, 'g'), '$1 ')
  .replace(new RegExp(`(${GLUE_LETTER})(?=${DIGIT})`, 'g'), '$1 ');
const referenceWordCount = (t: string): number => (t.trim().length === 0 ? 0 : t.trim().split(/\s+/).length);

/** Seeded strings drawn from the units the loops branch on: letters, variants, marks, digits, every kind of space. */
function randomStrings(count: number, seed = 7): string[] {
  const units = ['ی', 'ي', 'ك', 'ک', 'ة', 'آ', 'أ', 'ال', 'وال', 'پ', 'گ', 'که', 'في', 'من', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '\u3000',
    '\uFEFF', '\u200C', '\u200D', '\u064E', '\u0640', '۱', '٢', '7', 'a', '.', '\u200B', 'é', '😀',
    '،', '؛', '؟', '!', ':', '«', '»', '(', ')', '[', '}', ',', '؟ ', ' .', '( ', '\uFEF7', '\uFB8A', '\u200F', '\u00AD'];
  let s = seed;
  const next = (n: number): number => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s % n; };
  return Array.from({ length: count }, () => Array.from({ length: next(40) }, () => units[next(units.length)]).join(''));
}

describe('hot-path loops agree with their regex references', () => {
  const samples = [...randomStrings(3000), '', ' ', 'متن  ساده', 'كتابي الجديد'];

  it('fold', () => {
    for (const t of samples) expect(fold(t)).toBe(referenceFold(t));
    expect(fold(' x'.repeat(10_000))).toBe(referenceFold(' x'.repeat(10_000))); // longer than one output chunk
  });

  it('foldKey summarizes fold without building it', () => {
    for (const t of samples) {
      const f = fold(t);
      expect(foldKey(t)).toEqual({ hash: fnv1a(f), length: f.length, words: wordCount(f) });
    }
  });

  it('wordCount', () => {
    for (const t of samples) expect(wordCount(t)).toBe(referenceWordCount(t));
  });

  it('scoreScript counts function words and the article once per word', () => {
    expect(scoreScript('که را')).toEqual({ fa: 5, ar: 0, letters: 4, arabicYehKaf: 0, persianYehKaf: 1 }); // two Persian function words, one ک
    // في (word 2, ي 0.5); المدينة (article 0.7, ي 0.5, ة 3)
    expect(scoreScript('في المدينة')).toEqual({ fa: 0, ar: 6.7, letters: 9, arabicYehKaf: 2, persianYehKaf: 0 });
    expect(scoreScript('ال')).toEqual({ fa: 0, ar: 0, letters: 2, arabicYehKaf: 0, persianYehKaf: 0 }); // too short to be an article-marked word
    // each ZWNJ in a word counts as ی/ک do
    expect(scoreScript('اسلامي\u200c است\u200c')).toEqual({ fa: 2, ar: 0.5, letters: 9, arabicYehKaf: 1, persianYehKaf: 0 });
  });

  it('restoreZwnjToken answers the same from its cache', () => {
    expect(restoreZwnjToken('همکاریها')).toBe('همکاری\u200Cها');
    expect(restoreZwnjToken('همکاریها')).toBe('همکاری\u200Cها');
    expect(restoreZwnjToken('تنها')).toBe('تنها');
  });

  it('restoreZwnj answers the same for a token inside a line, alone, and again after many others', () => {
    const line = 'همکاریها و تنها میکنم';
    const first = restoreZwnj(line);
    expect(first).toBe('همکاری\u200Cها و تنها می\u200Cکنم');
    // Fill the token cache past its limit (it is cleared when full), then ask again.
    for (let i = 0; i < 60_000; i++) restoreZwnjToken(`کتاب${String.fromCharCode(0x0627 + (i % 26), 0x0627 + ((i / 26) % 26), 0x0627 + ((i / 676) % 26))}ها`);
    expect(restoreZwnj(line)).toBe(first);
    expect(restoreZwnjToken('همکاریها')).toBe('همکاری\u200Cها');
  });

  it('cleanUnicode', () => {
    const reference = (t: string): string => t
      .replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]+/g, (m) => m.normalize('NFKC'))
      .replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\u00AD\uFEFF]/g, '')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, ' ');
    for (const t of samples) expect(cleanUnicode(t)).toBe(reference(t));
  });

  it('tidySpacing', () => {
    for (const t of samples) expect(tidySpacing(t)).toBe(referenceTidySpacing(t));
  });

  it('digits glued to Persian letters', () => {
    const opts = { unicode: false, letters: false, zwnj: false } as const;
    // Without ZWNJ, whose tidying the Persian normalizer also does.
    for (const t of samples.filter((x) => !x.includes('\u200C'))) {
      expect(normalizeLine(t, 'fa', opts)).toBe(referenceDigitGlue(referenceTidySpacing(t).replaceAll('\u0640', '')));
    }
  });

  it('an inline tail pattern cannot match a line without its word', () => {
    for (const t of INLINE_TAILS) expect(t.pattern.source).toContain(t.word);
  });
});
