import { describe, expect, it } from 'vitest';
import { Deduper, comparisonText, bandKeys } from '../../src/index.js';
import { wordShingles, charShingles, hash53 } from '../../src/dedupe/shingles.js';
import { minhash } from '../../src/dedupe/minhash.js';
import { LshIndex, MAX_DOCS_PER_KEY } from '../../src/dedupe/lsh-index.js';
import { readFixture } from '../helpers/fixtures.js';

const SEEDS = ['000_ea9aa9f6c6e9cc46', '001_6d8fd06e54dabc97', '002_57ae94005e19906b', '003_053bedb941fd19f8', '004_87eaad3e373b4705']
  .map((n) => readFixture(`seeds/${n}.txt`));

describe('comparison form and shingles', () => {
  it('unifies letter variants, ZWNJ, diacritics, digits and punctuation, keeping numbers', () => {
    expect(comparisonText('همکاری‌ها، ۱۲ كتاب!')).toBe(comparisonText('همکاریها 12 کتاب'));
    expect(comparisonText('۱۲ کتاب')).not.toBe(comparisonText('۱۳ کتاب'));
  });
  it('hashes word 3-grams and char 5-grams to distinct sets', () => {
    expect(wordShingles('a b c d').length).toBe(2);
    expect(wordShingles('a b').length).toBe(1);
    expect(charShingles('abcdef').length).toBe(2);
    expect(wordShingles('').length).toBe(0);
    expect(hash53('x')).toBeLessThan(2 ** 53);
  });
  it('MinHash estimates Jaccard: identical sets agree everywhere, unrelated ones rarely', () => {
    const a = minhash(wordShingles(comparisonText(SEEDS[0]!)));
    const b = minhash(wordShingles(comparisonText(SEEDS[0]!)));
    const c = minhash(wordShingles(comparisonText(SEEDS[2]!)));
    const agree = (x: Uint32Array, y: Uint32Array) => x.filter((v, i) => v === y[i]).length / x.length;
    expect(agree(a, b)).toBe(1);
    expect(agree(a, c)).toBeLessThan(0.15);
  });
  it('the LSH index is a multimap that survives growth (keys re-derived per document)', () => {
    const keyOf = (doc: number): number => (doc % 7) * 0x01010101;
    const idx = new LshIndex((doc) => [keyOf(doc)], 8);
    for (let i = 0; i < 100; i++) idx.addAll([keyOf(i)], i);
    const found: number[] = [];
    idx.forEach(keyOf(3), (d) => found.push(d));
    expect(found.sort((x, y) => x - y)).toEqual([3, 10, 17, 24, 31, 38, 45, 52, 59, 66, 73, 80, 87, 94]);
    expect(idx.bytes).toBeLessThanOrEqual((100 / 0.6) * 6 + 16);
  });
  it('a key takes at most MAX_DOCS_PER_KEY documents (a band every page shares says nothing), others are unaffected', () => {
    const idx = new LshIndex((doc) => [doc < 1000 ? 42 : 7]);
    let accepted = 0;
    for (let i = 0; i < 1000; i++) accepted += idx.addAll([42], i);
    idx.addAll([7], 1000);
    expect(accepted).toBe(MAX_DOCS_PER_KEY);
    const hot: number[] = [];
    idx.forEach(42, (d) => hot.push(d));
    expect(hot).toHaveLength(MAX_DOCS_PER_KEY);
    expect(hot.sort((x, y) => x - y).slice(0, 3)).toEqual([0, 1, 2]); // the first ones stay
    const cold: number[] = [];
    idx.forEach(7, (d) => cold.push(d));
    expect(cold).toEqual([1000]);
  });
});

describe('Deduper', () => {
  it('keeps the first, drops exact copies after normalization', () => {
    const d = new Deduper();
    expect(d.add('a', SEEDS[0]!)).toEqual({ duplicate: false });
    expect(d.add('b', SEEDS[0]!.replace(/ی/g, 'ي').replace(/\u200c/g, ''))).toEqual({ duplicate: true, of: 'a', method: 'exact', score: 1 });
  });
  it('drops edited copies and truncated copies as near duplicates', () => {
    const d = new Deduper();
    d.add('orig', SEEDS[2]!);
    const lines = SEEDS[2]!.split('\n');
    const edited = ['خبرگزاری دیگر — سرویس سیاسی', ...lines.slice(1, -2), 'انتهای پیام/'].join('\n');
    const v = d.add('edited', edited);
    expect(v).toMatchObject({ duplicate: true, of: 'orig', method: 'near' });
    const half = d.add('half', SEEDS[2]!.slice(0, SEEDS[2]!.length / 2));
    expect(half).toMatchObject({ duplicate: true, of: 'orig' });
  });
  it('never merges the seeds: different meetings on the same topic', () => {
    const d = new Deduper();
    for (const [i, s] of SEEDS.entries()) expect(d.add(`s${i}`, s).duplicate).toBe(false);
    expect(d.stats()).toMatchObject({ seen: 5, kept: 5, dropped: 0 });
  });
  it('keeps stories that differ only in their figures', () => {
    const d = new Deduper({ shingle: 'char' });
    d.add('a', 'قیمت دلار امروز ۵۰ هزار تومان شد');
    expect(d.add('b', 'قیمت دلار امروز ۶۰ هزار تومان شد').duplicate).toBe(false);
  });
  it('char mode verifies near-duplicate lines by Dice', () => {
    const d = new Deduper({ shingle: 'char' });
    d.add('1', 'وزیر امور خارجه امروز به تهران بازگشت و با خبرنگاران گفتگو کرد');
    expect(d.add('2', 'وزیر امور خارجه امروز به تهران بازگشت و با خبرنگاران گفت‌وگو کرد.')).toMatchObject({ duplicate: true, of: '1', method: 'near' });
    expect(d.add('3', 'رئیس‌جمهور فردا به نیویورک می‌رود').duplicate).toBe(false);
  });
  it('empty records are never duplicates; exactOnly ignores near copies', () => {
    const d = new Deduper({ exactOnly: true });
    expect(d.add('e1', '').duplicate).toBe(false);
    expect(d.add('e2', '  ').duplicate).toBe(false);
    d.add('a', SEEDS[0]!);
    expect(d.add('b', SEEDS[0]! + '\nانتهای پیام').duplicate).toBe(false);
  });
  it('keeps well under 0.6 KB of typed-array state per kept document', () => {
    // 3000 distinct documents: 300 random words each from the seeds' vocabulary (seeded PRNG).
    const vocab = [...new Set(SEEDS.join(' ').split(/\s+/))];
    let x = 42;
    const rand = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };
    const d = new Deduper();
    for (let i = 0; i < 3000; i++) d.add(`d${i}`, Array.from({ length: 300 }, () => vocab[Math.floor(rand() * vocab.length)]).join(' '));
    const s = d.stats();
    expect(s.kept).toBe(3000);
    expect(s.usedBytes / s.kept).toBeLessThan(600);
  });
  it('band keys: one exact key plus one per band, stable across calls', () => {
    const k = bandKeys(SEEDS[0]!);
    expect(k[0]).toMatch(/^x:[0-9a-f]{14}$/);
    expect(k.slice(1).every((x) => /^\d+:[0-9a-f]{8}$/.test(x))).toBe(true);
    expect(bandKeys(SEEDS[0]!)).toEqual(k);
    expect(bandKeys('')).toEqual([]);
  });
});

describe('Deduper on web pages', () => {
  // One site's template: a head, a script, a menu and a footer much larger than any article.
  const menu = Array.from({ length: 150 }, (_, i) => `<li><a href="/s/${i}">بخش خبری شماره ${i} سیاسی اقتصادی ورزشی فرهنگی</a></li>`).join('');
  const page = (body: string, site = 'yjc') => `<!-- ${site} 1 -->\n<!DOCTYPE html><html><head><title>${site}</title><script>var ads = "${'x '.repeat(2000)}";</script></head>`
    + `<body><nav><ul>${menu}</ul></nav><div class="news-body">${body}</div><footer>${menu}</footer></body></html>`;
  const story = (seed: string) => seed.split('\n').filter((l) => l.length > 80).slice(0, 6).map((l) => `<p>${l}</p>`).join('');
  it('two stories of one site are different records, however much template they share', () => {
    const d = new Deduper();
    expect(d.add('a', page(story(SEEDS[0]!))).duplicate).toBe(false);
    expect(d.add('b', page(story(SEEDS[2]!))).duplicate).toBe(false);
    expect(bandKeys(page(story(SEEDS[0]!)))).not.toEqual(bandKeys(page(story(SEEDS[2]!))));
  });
  it('two copies of a page with no article in it are still exact duplicates', () => {
    const d = new Deduper();
    const empty = '<!DOCTYPE html><html><body><nav><a href="/">خانه</a> <a href="/x">اخبار</a></nav></body></html>';
    expect(d.add('a', empty).duplicate).toBe(false);
    expect(d.add('b', empty)).toMatchObject({ duplicate: true, of: 'a', method: 'exact' });
  });
  it('one story on two sites is a duplicate: a page is compared by its article', () => {
    const d = new Deduper();
    expect(d.add('a', page(story(SEEDS[0]!), 'yjc')).duplicate).toBe(false);
    expect(d.add('b', page(story(SEEDS[0]!), 'khabaronline').replace(/بخش خبری/g, 'سرویس'))).toMatchObject({ duplicate: true, of: 'a' });
  });
});
