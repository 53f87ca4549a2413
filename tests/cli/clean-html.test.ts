import { describe, expect, it } from 'vitest';
import { fixture, readFixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const PAGE = 'pages/ar_html_youm7-com_1691196862.html';
const HEADLINE = 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة';

describe('matn clean on HTML pages', () => {
  it('detects a page by its <!DOCTYPE/<html> and prints the article', async () => {
    const r = await runInProcess(['clean', fixture(PAGE)]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(HEADLINE);
    expect(r.stdout).not.toMatch(/<|googletag|الرئيسية/);
  });
  it('--from html takes a page that does not start with a tag; JSON Lines gets title and meta', async () => {
    const page = 'سلام\n' + readFixture(PAGE);
    const r = await runInProcess(['clean', '--from', 'html', '--to', 'jsonl'], page);
    const rec = JSON.parse(r.stdout);
    expect(rec.title).toBe(HEADLINE);
    expect(rec.meta).toMatchObject({ date_iso: '2020-08-24T09:23', site: 'اليوم السابع' });
  });
  it('a JSON Lines `html` field is read when there is no text field; other fields pass through', async () => {
    const input = JSON.stringify({ id: 'p1', src: 'crawl-7', html: readFixture(PAGE) }) + '\n' + JSON.stringify({ id: 't1', text: 'کد خبر : 1\nمتن خبر' }) + '\n';
    const r = await runInProcess(['clean'], input);
    expect(r.code).toBe(0);
    const [page, text] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(page).toMatchObject({ id: 'p1', src: 'crawl-7', title: HEADLINE });
    expect(page.text.split('\n')).toHaveLength(7);
    expect(text.text).toBe('متن خبر');
  });
  it('a record with neither text nor html is still bad input naming file and line', async () => {
    const r = await runInProcess(['clean'], '{"id":"x","body":"..."}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:1: field "text" is missing/);
  });
  it('matn run and --jobs 2 clean pages the same way', async () => {
    const files = ['pages/ar_html_youm7-com_1691196862.html', 'pages/fa_html_khabaronline-ir_1523806243.html'].map(fixture);
    const one = await runInProcess(['clean', ...files]);
    const chained = await runInProcess(['run', 'clean | detect-lang', ...files]);
    const two = await runInProcess(['clean', '--jobs', '2', ...files]);
    expect(two.stdout).toBe(one.stdout);
    expect(chained.stdout.trim().split('\n').map((l) => JSON.parse(l).lang)).toEqual(['ar', 'fa']);
  });
  it('--help lists html among the input formats of clean only', async () => {
    const clean = await runInProcess(['clean', '--help']);
    expect(clean.stdout).toMatch(/"html"/);
    const dedupe = await runInProcess(['dedupe', '--help']);
    expect(dedupe.stdout).not.toMatch(/"html"/);
  });
});
