import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/clean.js';
import { fold, wordCount } from '../../src/clean/fold.js';
import { articleSpan, isPageRendering, type PageLine } from '../../src/clean/page.js';
import { readFixture } from '../helpers/fixtures.js';

const pageLines = (text: string, removed: Record<number, string> = {}): PageLine[] =>
  text.split('\n').map((t, i) => ({ text: t, folded: fold(t), words: t ? wordCount(fold(t)) : 0, removed: removed[i] }));

const sentence = (n: number): string => `این جمله شماره ${n} از متن اصلی خبر است که به اندازه کافی بلند است و با نقطه تمام می‌شود.`;
const menu = (n: number): string[] => Array.from({ length: n }, (_, i) => `منو ${i}`);
const TITLE = 'کشف موتورهای قاچاق در یزد';

describe('page renderings (unit)', () => {
  it('tells a page rendering from an article', () => {
    expect(isPageRendering(pageLines([...menu(60), sentence(1)].join('\n')))).toBe(true);
    expect(isPageRendering(pageLines([sentence(1), 'میان‌تیتر', sentence(2)].join('\n')))).toBe(false);
    // Many lines, but mostly prose: an article with a long list, not a page.
    expect(isPageRendering(pageLines(Array.from({ length: 80 }, (_, i) => (i % 3 ? sentence(i) : 'یک خط کوتاه')).join('\n')))).toBe(false);
  });
  it('spans the article from the headline that repeats the page title to its last prose line', () => {
    const lines = [`${TITLE} - باشگاه خبرنگاران`, ...menu(30), TITLE, 'یزد', sentence(1), 'میان‌تیتر کوتاه', sentence(2), ...menu(30)];
    const start = lines.indexOf(TITLE);
    expect(articleSpan(pageLines(lines.join('\n')))).toEqual({ start, end: start + 4 });
  });
  it('counts a sentence a link broke over three lines as prose', () => {
    const broken = ['سرگرد طولابی نژاد افزود با حضور مأموران پلیس آگاهی در محل سرقت و بررسی‌های فنی متهم که', 'سرقت طلا', 'و جواهرات نموده است.'];
    const lines = [TITLE, ...menu(20), TITLE, sentence(1), ...broken, ...menu(20)];
    const span = articleSpan(pageLines(lines.join('\n')));
    expect(span?.end).toBe(lines.indexOf('و جواهرات نموده است.'));
  });
  it('does not cross an end marker, nor count question-mark headlines as prose', () => {
    const related = Array.from({ length: 6 }, (_, i) => `پراید چرا پرید و قیمت خودرو در بازار امروز ${i} چقدر شد؟!`);
    const lines = [TITLE, ...menu(20), TITLE, sentence(1), 'انتهای پیام/', ...related, sentence(2)];
    const span = articleSpan(pageLines(lines.join('\n'), { [lines.indexOf('انتهای پیام/')]: 'end-marker' }));
    expect(span).toEqual({ start: 21, end: 22 });
  });
  it('prefers the prose after the headline over a longer comment policy further down', () => {
    const policy = Array.from({ length: 12 }, (_, i) => `إذا كان التعليق يحتوي على رسائل غير مفهومة وغير ذات صلة بالموضوع رقم ${i}.`);
    const article = [
      'أعلنت وزارة الصحة والسكان المصرية اليوم الثلاثاء تسجيل 30 حالة جديدة بفيروس كورونا المستجد.',
      'وأوضح المتحدث الرسمي للوزارة أن الحالات الجديدة التي ثبتت إيجابيتها للفيروس بينها أجانب.',
    ];
    const title = 'مصر تسجل 30 إصابة جديدة بفيروس كورونا';
    const lines = [title, ...menu(10), title, ...article, ...menu(40), ...policy];
    expect(articleSpan(pageLines(lines.join('\n')))).toEqual({ start: 11, end: 13 });
  });
  it('falls back to the richest run of prose when no line repeats the page title', () => {
    const lines = ['نام سایت', ...menu(20), sentence(1), sentence(2), ...menu(20), sentence(3)];
    expect(articleSpan(pageLines(lines.join('\n')))).toEqual({ start: 21, end: 22 });
  });
  it('cuts nothing from a page without prose', () => {
    expect(articleSpan(pageLines(menu(80).join('\n')))).toBeUndefined();
  });
});

describe('clean on real page renderings', () => {
  it('keeps the Sputnik article and drops its menus, headline lists and comment policy', () => {
    const r = clean(readFixture('renderings/ar_sputnik-comment-policy.txt'));
    const out = r.text.split('\n');
    expect(out[0]).toMatch(/^مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا/);
    expect(r.text).toContain('أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة');
    expect(r.text).toContain('، وجارى اتخاذ كافة الإجراءات الوقائية تجاه أسرته والمخالطين له.');
    expect(r.text).toContain('وصنفت منظمة الصحة العالمية يوم 11 مارس');
    expect(r.text).not.toContain('إذا كان التعليق');
    expect(r.text).not.toContain('كلمة السر');
    expect(out.length).toBeLessThan(25);
    expect(r.removed.filter((l) => l.reason === 'outside-article').length).toBeGreaterThan(150);
  });
  it('keeps the YJC article to its end marker, with the sentence a link broke', () => {
    const r = clean(readFixture('renderings/fa_yjc-link-broken-sentence.txt'));
    expect(r.text).toContain('سرهنگ حسین منصوری فرمانده انتظامی شهرستان مهریز');
    expect(r.text.split('\n').at(-1)).toBe('و جواهرات نموده است.');
    expect(r.text).not.toContain('قیمت طلا و ارز');
    expect(r.text).not.toContain('پراید چرا');
  });
});
