import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/clean.js';
import { classifyLine } from '../../src/clean/classify.js';
import { isDateLine, parseDate } from '../../src/clean/dates.js';
import { stripMarkup } from '../../src/clean/html.js';
import { RecurringLines } from '../../src/clean/recurring.js';
import { fold, foldKey } from '../../src/clean/fold.js';
import { readFixture } from '../helpers/fixtures.js';

const reason = (line: string): string | undefined => classifyLine(line)?.reason;

describe('line rules', () => {
  it.each([
    ['کد خبر : 270509', 'news-id'],
    ['شناسهٔ خبر: 32508951 - سرویس سیاسی', 'news-id'],
    ['نسخه قابل چاپ منبع: صدا و سیما | لینک خبر', 'print-link'],
    ['صاحبخبر -', 'aggregator'],
    ['انتهای پیام/', 'end-marker'],
    ['انتهای پیام/63002/', 'end-marker'],
    [' // انتهى //', 'end-marker'],
    ['ارسال نظر', 'comment-prompt'],
    ['نشانی ایمیل شما منتشر نخواهد شد. بخشهای موردنیاز علامتگذاری شدهاند *', 'comment-prompt'],
    ['دکمه بازگشت به بالا', 'navigation'],
    ['بیشتر بخوانید:', 'navigation'],
    ['اقرأ أيضاً', 'navigation'],
    ['منبع: مهر', 'source'],
    ['المصدر: واس', 'source'],
    ['وکالة الاذاعة و التلفزة الایرانیة للأنباء - ايران', 'source'],
    ['15 فروردين 1397 - 11:22', 'date'],
    [' عين اليوم – الرياض', 'agency-dateline'],
    ['.....................', 'separator'],
    ['© 2013 Cable News Network.', 'copyright'],
    ['ایران و جهان', 'section-label'],
    ['انتهای پیام/ی', 'end-marker'],
    ['اتصل بنا', 'navigation'],
    ['الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)', 'date'],
    ['رابط الخبر بصحيفة الوئام: اليمن: مقتل «17» من الحوثيين بقصف للتحالف على الحديدة', 'print-link'],
    ['فصلنامه حکومت اسلامی شماره 75.', 'citation'],
    ['دیده بان پیشرفت علم، فناوری و نوآوری', 'site-name'],
    ['November 9, 2020', 'date'],
    ['الجمعة 8 فيفري 2019', 'date'],
    ['2 تیر 1399 - 12:09:08 ب. ظ', 'date'],
  ])('%s → %s', (line, why) => {
    expect(reason(line)).toBe(why);
  });
  it.each([
    'وزیر دفاع روسیه نیز با تشکر از پذیرش دعوت ایران برای حضور در کنفرانس امنیتی مسکو گفت: جمهوری اسلامی ایران و روسیه شریک هستند.',
    'در دیدار وزرای دفاع ایران و روسیه مطرح شد؛',
    'وقال وزير الدفاع الروسي الجنرال شويغو خلال الاجتماع، إن إيران وروسيا لديهما أهداف مشتركة',
    'پیش بازی بارسلونا - مالاگا',
    'به گزارش خبرگزاری مهر، وزیر گفت که منبع: این خبر درست است و ادامه دارد.',
    'روزنامه جوان در شماره امروز خود نوشت که انتخابات مهم است.',
  ])('keeps article line %s', (line) => {
    expect(reason(line)).toBeUndefined();
  });
});

describe('dates', () => {
  it('converts Jalali, Hijri and Gregorian dates to ISO 8601', () => {
    expect(parseDate('15 فروردين 1397 - 11:22')).toEqual({ calendar: 'jalali', iso: '2018-04-04T11:22' });
    expect(parseDate('25 شوال 1436 هـ')).toEqual({ calendar: 'hijri', iso: '2015-08-10' });
    expect(parseDate('10 اغسطس 2015')).toEqual({ calendar: 'gregorian', iso: '2015-08-10' });
    expect(parseDate('1397/01/15')).toEqual({ calendar: 'jalali', iso: '2018-04-04' });
  });
  it('reads Maghrebi month names and English month-first dates', () => {
    expect(parseDate('الجمعة 8 فيفري 2019')).toEqual({ calendar: 'gregorian', iso: '2019-02-08' });
    expect(parseDate('November 9, 2020')).toEqual({ calendar: 'gregorian', iso: '2020-11-09' });
    expect(parseDate('9 Nov 2020 - 14:05')).toEqual({ calendar: 'gregorian', iso: '2020-11-09T14:05' });
  });
  it('recognizes date lines and nothing else', () => {
    expect(isDateLine('يکشنبه ۲۱ ارديبهشت ۱۳۹۹')).toBe(true);
    expect(isDateLine('وزیر در 15 فروردین گفت')).toBe(false);
  });
});

describe('markup', () => {
  it('drops script embeds and keeps text of other elements, decoding entities', () => {
    expect(stripMarkup('<div id="v"><script src="x.js"></script></div>').text).toBe('');
    expect(stripMarkup('<TITLE>خبر &amp; گزارش</TITLE>').text).toBe('خبر & گزارش');
  });
  it('turns corpus metadata elements into metadata', () => {
    expect(stripMarkup('<DOCNO>JA-1</DOCNO>').meta).toEqual({ news_id: 'JA-1' });
  });
  it('survives broken markup', () => {
    expect(stripMarkup('<div><p>متن <b>ناقص').text).toBe('متن ناقص');
  });
});

describe('clean', () => {
  it('removes footer lines after an end marker but keeps long ones', () => {
    const long = 'این یک پاراگراف بلند است که پس از نشانه پایان آمده و باید بماند چون ممکن است بخشی از متن اصلی باشد و حذفش خطرناک است.';
    const r = clean(`متن خبر.\nانتهای پیام/\nقالیشویی ادیب\n${long}`);
    expect(r.removed.map((x) => x.reason)).toEqual(['end-marker', 'footer']);
    expect(r.text).toContain('بماند');
  });
  it('reads a label alone on its line with its value below (a page info box as text): news id, service path, date', () => {
    const body = 'متن خبر که بلند است و جمله کامل دارد و نقطه پایانی هم دارد و باید بماند چون متن است.';
    const r = clean(`${body}\nکد خبر:\n۷۳۴۹۹۲۶\nگروه :\nیزد\n»\nیزد\nتاریخ انتشار:\n۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹`);
    expect(r.meta).toMatchObject({ news_id: '۷۳۴۹۹۲۶', service: 'یزد > یزد' });
    expect(r.text).toBe(body);
    expect(r.removed.map((x) => x.reason)).toEqual(['news-id', 'news-id', 'service', 'service', 'separator', 'service', 'date', 'date']);
    expect(r.meta.date_iso).toBe('2020-05-10T18:59');
    // A label whose next line is no value: nothing is taken, and a sentence after `گروه :` stays.
    const s = clean(`کد خبر:\nبدون شماره\nگروه :\n${body}`);
    expect(s.meta.news_id).toBeUndefined();
    expect(s.meta.service).toBeUndefined();
    expect(s.text).toContain(body);
  });
  it('removes a related-articles box up to the next long line', () => {
    const r = clean('متن خبر اول است.\nبیشتر بخوانید:\nپنالتی استقلال در دربی، اعمال نفوذ بود!\nادامه متن خبر که بلند است و جمله کامل دارد و نقطه پایانی هم دارد و باید بماند چون متن است.');
    expect(r.removed.map((x) => x.reason)).toEqual(['navigation', 'related']);
  });
  it('cuts furniture glued to the end of a body line and keeps the body', () => {
    const r = clean('افراد بسیار کمی هستند که می‌توانند ادعا کنند از سواحل سفید دیدن کرده‌اند [n] منبع: چمدان');
    expect(r.text).not.toContain('چمدان');
    expect(r.text).toContain('سواحل سفید');
    expect(r.meta.source).toBe('چمدان');
  });
  it('removes menus (runs of short lines) in page renderings', () => {
    const r = clean('صفحه نخست\nسیاسی\nورزشی\nاقتصادی\nفرهنگی هنری\nعنوان خبر\nمتن خبر طولانی است و جمله کامل دارد.');
    expect(r.text.split('\n')).toEqual(['عنوان خبر', 'متن خبر طولانی است و جمله کامل دارد.']);
  });
  it('keeps a short list inside the body (a list, not a menu)', () => {
    const body = 'این یک جمله بلند از متن اصلی خبر است که بیش از ده کلمه دارد و با نقطه تمام می‌شود.';
    const r = clean(`${body}\nاحترام به یکدیگر\nاحساس وفاداری به کشور\nتفکر عقلانی\nنظم پذیری\nکارآمدی حکومت\n${body}`);
    expect(r.removed).toEqual([]);
  });
  it('keeps the metadata the furniture carried', () => {
    const r = clean(readFixture('seeds/000_ea9aa9f6c6e9cc46.txt'));
    expect(r.meta).toMatchObject({ news_id: '270509', date: '15 فروردين 1397 - 11:22', date_iso: '2018-04-04T11:22', calendar: 'jalali' });
    const r2 = clean(readFixture('seeds/002_57ae94005e19906b.txt'));
    expect(r2.meta).toMatchObject({ news_id: '32508951', service: 'سرویس سیاسی', source: 'روزنامه سیاستروز' });
  });
  it('finds the title with its surtitle', () => {
    const r = clean('در دیدار وزرای دفاع مطرح شد؛\nتداوم همکاریها\nمتن خبر طولانی است و جمله کامل دارد.');
    expect(r.title).toBe('در دیدار وزرای دفاع مطرح شد؛ تداوم همکاری‌ها');
  });
  it('leaves text untouched but furniture removed with normalize: false', () => {
    const r = clean('کد خبر : 1\nهمکاریها  ادامه دارد', { normalize: false });
    expect(r.text).toBe('همکاریها  ادامه دارد');
  });
  it('treats lines recurring across distinct documents as furniture, not lines of copies', () => {
    const rec = new RecurringLines({ minDocs: 3 });
    const body = (n: number): string => `این متن خبر شماره ${n} است که به اندازه کافی بلند است تا امضای سند را بسازد و تکراری نباشد.`;
    for (let i = 0; i < 3; i++) rec.observe(['شعار سایت ما', body(i)].map(fold));
    expect(rec.isRecurring(fold('شعار سایت ما'))).toBe(true);
    const copies = new RecurringLines({ minDocs: 3 });
    for (let i = 0; i < 5; i++) copies.observe(['تیتر همان خبر', body(1)].map(fold));
    expect(copies.isRecurring(fold('تیتر همان خبر'))).toBe(false);
  });
  it('learns the same from lines keyed by foldKey as from folded lines (the CLI keys them)', () => {
    const docs = [0, 1, 2, 3].map((n) => ['شعار سايت ما', `متن خبر ${n} که به اندازه کافی بلند است تا امضای سند را بسازد و تکراری نباشد.`, 'تیتر کوتاه']);
    const byKeys = new RecurringLines({ minDocs: 3 });
    const byFolds = new RecurringLines({ minDocs: 3 });
    for (const d of docs) {
      byKeys.observeKeys(d.map(foldKey));
      byFolds.observe(d.map(fold));
    }
    // The Arabic yeh of `سايت` folds like the Persian one: the keyed lines meet the folded ones.
    expect(byKeys.recurringIndicesOfKeys(docs[0]!.map(foldKey))).toEqual([0, 2]);
    expect(byFolds.recurringIndices(docs[0]!.map(fold))).toEqual([0, 2]);
    expect(byKeys.isRecurring(fold('شعار سایت ما'))).toBe(true);
  });
});

describe('seeds against the hand labels', () => {
  const gold = readFixture('gold/seeds-clean.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { file: string; boilerplate: number[] });
  it.each(gold.map((g) => [g.file, g]))('%s: every content line kept', (file, g) => {
    const text = readFixture(`seeds/${file}`);
    const removed = new Set(clean(text).removed.map((r) => r.line));
    const lines = text.split('\n');
    const lost = lines.map((l, i) => i + 1).filter((n) => lines[n - 1].trim() && !g.boilerplate.includes(n) && removed.has(n));
    expect(lost).toEqual([]);
  });
  it.each(gold.map((g) => [g.file]))('%s: output matches the reviewed expected file', (file) => {
    const expected = readFixture(`expected/${file.replace('.txt', '.clean.txt')}`);
    expect(clean(readFixture(`seeds/${file}`)).text + '\n').toBe(expected);
  });
});
