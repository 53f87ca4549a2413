import { describe, expect, it } from 'vitest';
import { selectArticle } from '../../src/html/article.js';
import { parsePage } from '../../src/html/blocks.js';
import { pageMeta } from '../../src/html/meta.js';
import { articleSpans, cleanPage, isPageText } from '../../src/html/page.js';
import { maskMarkup, tidyMasked } from '../../src/html/mask.js';
import { readFixture } from '../helpers/fixtures.js';

const YOUM7 = readFixture('pages/ar_html_youm7-com_1691196862.html');
const CNN = readFixture('pages/ar_html_arabic-cnn-com_syria-clashes_goose3.html');
const KHABARONLINE = readFixture('pages/fa_html_khabaronline-ir_1523806243.html');
const SPUTNIK = readFixture('pages/ar_html_arabic-sputniknews-com_1550981615.html');

describe('parsePage', () => {
  it('cuts a page into blocks, marks chrome by element and class words, counts link text', () => {
    const p = parsePage('<html><head><title>T</title><meta property="og:site_name" content="S"></head><body>'
      + '<nav><a href="/">خانه</a></nav><div class="share-bar">اشتراک</div>'
      + '<div class="story"><h1>عنوان خبر</h1><p>متن اول، با <a href="/x">پیوند</a> کوتاه.</p><p>متن دوم</p></div>'
      + '<script>var x = "<p>not text</p>";</script></body></html>');
    expect(p.title).toBe('T');
    expect(p.metaTags.get('og:site_name')).toBe('S');
    expect(p.blocks.map((b) => [b.text, b.chrome, b.heading])).toEqual([
      ['خانه', true, 0], ['اشتراک', true, 0], ['عنوان خبر', false, 1], ['متن اول، با پیوند کوتاه.', false, 0], ['متن دوم', false, 0],
    ]);
    expect(p.blocks[3]!.linkChars).toBeGreaterThan(0);
  });
  it('a self-closed <a name/> does not turn the rest of the page into link text; an article body inside a misnamed wrapper is not chrome', () => {
    const p = parsePage('<body><a name="top"/><div class="PrintThis share"><div itemprop="articleBody"><p>متن خبر</p></div></div></body>');
    expect(p.blocks[0]).toMatchObject({ text: 'متن خبر', linkChars: 0, chrome: false });
  });
  it('broken HTML gives the text there is and never throws', () => {
    for (const html of ['<html><body><div><p>متن بی‌پایان', '<p>بدون body', '<<<>>>&amp;', '', '<div class="article"><p>' + 'کلمه '.repeat(5000)]) {
      expect(() => cleanPage(html)).not.toThrow();
    }
    expect(cleanPage('<html><body><h1>عنوان</h1><div class="article"><p>متن خبر، اینجا است و ادامه دارد تا').text).toBe('عنوان\nمتن خبر، اینجا است و ادامه دارد تا');
  });
});

describe('selectArticle and cleanPage on real pages', () => {
  it('youm7: headline and every body paragraph; no menu, ticker, caption, byline, tags or share bar', () => {
    const r = cleanPage(YOUM7);
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة');
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.split(' ').length > 8)).toBe(true);
    expect(r.text).not.toMatch(/الرئيسية|كتبت أسماء نصار|اضف تعليقاً|الأمن المستدام/);
    expect(r.meta).toMatchObject({ date: 'الإثنين، 24 أغسطس 2020 09:23 ص', date_iso: '2020-08-24T09:23', site: 'اليوم السابع' });
  });
  it('CNN Arabic (2013 template, unclosed anchors): all 14 article lines, date line removed into meta', () => {
    const r = cleanPage(CNN);
    expect(r.text).toMatch(/^معارضون يسيطرون على مخازن للصواريخ بريف دمشق\n/);
    expect(r.text).toMatch(/دمشق، سوريا \(CNN\)/);
    expect(r.text).toMatch(/وشدد الائتلاف على/);
    expect(r.text).not.toMatch(/آخر تحديث|الأكثر تصفحاً|Cable News Network/);
  });
  it('khabaronline: a linked h1 is the headline, the lead before the body is kept, the news id and Jalali date go to meta', () => {
    const p = parsePage(KHABARONLINE);
    const { title, body } = selectArticle(p.blocks);
    expect(p.blocks[title!]!.text).toMatch(/^تحلیل روزنامه اصولگرا/);
    expect(p.blocks[body[0]!]!.text).toMatch(/^روزنامه جوان نوشت/);
    const r = cleanPage(KHABARONLINE);
    expect(r.meta).toMatchObject({ news_id: '1353889', date: '۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵', date_iso: '2020-02-18T06:55', calendar: 'jalali' });
  });
  it('pageMeta reads JSON-LD before <meta> tags, and tolerates bad JSON', () => {
    const p = parsePage('<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2021-03-04T05:06:07Z","author":{"name":"A"},"publisher":{"name":"P"}}]}</script>'
      + '<script type="application/ld+json">{bad</script><meta property="og:title" content="OG"></head>');
    expect(pageMeta(p)).toMatchObject({ title: 'H', date: '2021-03-04T05:06:07Z', date_iso: '2021-03-04T05:06', author: 'A', site: 'P' });
  });
  it('the section (meta.service) comes from breadcrumbs, then article:section, then JSON-LD or microdata articleSection', () => {
    // A BreadcrumbList inside the article's WebPage (yjc.ir), home first and the article last left out.
    const crumbs = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","mainEntityOfPage":{"@type":"WebPage",'
      + '"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[{"position":3,"item":{"name":"H"}},{"position":2,"item":{"name":"انتخابات"}},'
      + '{"position":1,"name":"سیاست"},{"position":0,"item":{"name":"صفحه اصلی"}}]}}}</script>';
    expect(pageMeta(parsePage(`<head>${crumbs}<meta property="article:section" content="سیاست"></head>`)).service).toBe('سیاست > انتخابات');
    expect(pageMeta(parsePage('<head><meta property="article:section" content="تقارير مصرية"></head>')).service).toBe('تقارير مصرية');
    // Google's form: the ListItem's own name, its item a URL string.
    const google = '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,'
      + '"name":"الرئيسية","item":"https://x.com/"},{"@type":"ListItem","position":2,"name":"اقتصاد","item":"https://x.com/economy"}]}</script>';
    expect(pageMeta(parsePage(google)).service).toBe('اقتصاد');
    // The article's headline as the last crumb, unlike the title tags (here: none).
    const headline = 'وزیر اقتصاد در نشست خبری امروز از برنامه تازه دولت برای مهار تورم و افزایش تولید ملی خبر داد';
    expect(pageMeta(parsePage(google.replace('"name":"اقتصاد"', `"name":"اقتصاد"},{"@type":"ListItem","position":3,"name":"${headline}"`))).service).toBe('اقتصاد');
    expect(pageMeta(parsePage('<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["اقتصاد","بورس"]}</script>')).service).toBe('اقتصاد');
    expect(pageMeta(parsePage('<body><div itemprop="articleSection"><h3><a href="/c/29"></a> منوعات </h3></div><div itemprop="articleSection">وسم</div><p>متن</p></body>')).service).toBe('منوعات');
    expect(pageMeta(parsePage('<body><p>متن</p></body>')).service).toBeUndefined();
    // An articleSection element left open holds the page, not a section name.
    expect(pageMeta(parsePage(`<body><div itemprop="articleSection">اقتصاد<div class="article"><p>${'متن خبر طولانی است. '.repeat(50)}</p>`)).service).toBeUndefined();
  });
  it('sputnik and khabaronline: the section reaches clean\'s meta from the page markup', () => {
    expect(cleanPage(SPUTNIK).meta.service).toBe('العالم العربي');
    expect(cleanPage(KHABARONLINE).meta.service).toBe('سیاست > انتخابات');
  });
});

describe('maskMarkup', () => {
  it('keeps the length and every text character in place; tags, comments and scripts are blanks, blocks open lines', () => {
    const html = '<p class="a">سلام <b>دنیا</b></p><!-- x --><script>var a = "<p>";</script><div>متن&nbsp;دوم&zwnj;ها &laquo;نقل&raquo;</div>';
    const m = maskMarkup(html)!;
    expect(m.text.length).toBe(html.length);
    for (const word of ['سلام', 'دنیا', 'متن', 'دوم']) expect(m.text.indexOf(word)).toBe(html.indexOf(word));
    expect(m.text).not.toMatch(/[<>]|var|&/);
    expect(m.render(0, html.length)).toBe('سلام دنیا\nمتن دوم\u200cها «نقل»');
    expect(tidyMasked(m.text.slice(0, html.indexOf('</b>')))).toBe('سلام دنیا');
  });
  it('a script-like element never closed (a truncated embed) hides nothing after it', () => {
    const m = maskMarkup('<div><script src="x.js">قال الوزير: إن الحوار مستمر.')!;
    expect(m.render(0, m.text.length)).toBe('قال الوزير: إن الحوار مستمر.');
  });
  it('on random mixes of text, tags and entities, every letter stays at its offset (seeded)', () => {
    const pieces = ['وقال الوزير', 'گفت:', ' ', '\n', '<p>', '</p>', '<br>', '<b>', '</b>', '&zwnj;', '&laquo;', '&nbsp;', '&#8203;', '<script>', '</script>',
      '<!--', '-->', '<a href="x">', '</a>', '<', '&', 'إن الحوار', 'سهام', 'شناور', '<style>p{}</style>', '>'];
    let x = 7;
    const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: 1 + rand(25) }, () => pieces[rand(pieces.length)]).join('');
      const m = maskMarkup(text);
      if (!m) continue;
      expect(m.text.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) if (/\p{L}/u.test(m.text[i]!)) expect(m.text[i]).toBe(text[i]);
      expect(() => m.render(0, text.length)).not.toThrow();
    }
  });
  it('with kept spans, text outside them is blanked too, and each span ends a paragraph', () => {
    const html = '<nav>خانه</nav><p>بند اول</p><div>تبلیغ</div><p>بند دوم</p>';
    const spans = ['بند اول', 'بند دوم'].map((w) => [html.indexOf(w), html.indexOf(w) + w.length] as [number, number]);
    const m = maskMarkup(html, spans)!;
    expect(m.text.length).toBe(html.length);
    expect(m.render(0, html.length)).toBe('بند اول\nبند دوم');
  });
  it('a page\'s blocks know where their text is in the HTML (articleSpans: headline and body)', () => {
    const html = '<html><body><nav><a href="/">خانه</a></nav><h1>عنوان خبر</h1><div class="story"><p>متن اول خبر، با جزئیات بسیار و توضیحات کافی درباره موضوع.</p></div></body></html>';
    const p = parsePage(html);
    for (const b of p.blocks) expect(html.slice(b.start, b.end)).toBe(b.text);
    expect(articleSpans(html).map(([a, b]) => html.slice(a, b))).toEqual(['عنوان خبر', 'متن اول خبر، با جزئیات بسیار و توضیحات کافی درباره موضوع.']);
  });
  it('text without markup and newlines of the text stay as they are', () => {
    const m = maskMarkup('یک\nدو a < b')!;
    expect([m.text, m.render(0, m.text.length)]).toEqual(['یک\nدو a < b', 'یک\nدو a < b']);
  });
});

describe('library API', () => {
  it('exports cleanPage, isPageText and maskMarkup', async () => {
    const api = await import('../../src/index.js');
    expect(api.isPageText(KHABARONLINE)).toBe(true);
    expect(api.cleanPage(KHABARONLINE).text.length).toBeGreaterThan(500);
    expect(api.maskMarkup('<b>سلام</b>')!.render(0, 11)).toBe('سلام');
  });
});

describe('isPageText', () => {
  it('a doctype or <html> opens a page, after comments too; scraped text with leftovers is no page', () => {
    expect(isPageText('<!DOCTYPE html><html>')).toBe(true);
    expect(isPageText('  <html lang="fa">')).toBe(true);
    expect(isPageText('<!-- 10908952 -->\n<!DOCTYPE HTML>\n<html lang="fa-IR">')).toBe(true);
    expect(isPageText('خبر\n<div><script src="x"></script></div>')).toBe(false);
  });
});
