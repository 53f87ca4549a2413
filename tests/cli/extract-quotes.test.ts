import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const S0 = readFixture('seeds/000_ea9aa9f6c6e9cc46.txt');
const S4 = readFixture('seeds/004_87eaad3e373b4705.txt');
const lines = (out: string) => out.trim().split('\n').filter(Boolean);
const jsonl = (recs: Array<Record<string, unknown>>) => recs.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('matn extract-quotes (in-process)', () => {
  it('JSON Lines: one record per quote with id <doc>#n, doc_id and code point offsets', async () => {
    const r = await runInProcess(['extract-quotes'], jsonl([{ id: 'a', text: S0, src: 'x' }, { id: 'b', text: 'بدون نقل قول.' }]));
    expect(r.code).toBe(0);
    const qs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(qs.length).toBeGreaterThan(5);
    expect(Object.keys(qs[0])).toEqual(['id', 'doc_id', 'lang', 'kind', 'speaker', 'speaker_resolved', 'verb', 'quote', 'start', 'end']);
    expect(qs.map((q) => q.id).slice(0, 2)).toEqual(['a#1', 'a#2']);
    const chars = [...S0];
    for (const q of qs) expect(chars.slice(q.start, q.end).join('')).toBe(q.quote);
    expect(qs.find((q) => q.speaker === 'وی')?.speaker_resolved).toBe('امیر سرتیپ حاتمی');
  });
  it('--nest adds a quotes array to each record; other fields pass through in order', async () => {
    const r = await runInProcess(['extract-quotes', '--nest'], jsonl([{ id: 'a', text: S4, lang: 'ar', src: 'x' }, { id: 'b', text: '' }]));
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['a', 'b']);
    expect(Object.keys(recs[0])).toEqual(['id', 'text', 'lang', 'src', 'quotes']);
    expect(recs[0].quotes[0]).toMatchObject({ id: 'a#1', kind: 'indirect', verb: 'قال' });
    expect(recs[1].quotes).toEqual([]);
  });
  it('text mode prints `speaker — verb: «quote»` per quote', async () => {
    const r = await runInProcess(['extract-quotes'], 'وزیر نیرو گفت: مصرف برق کاهش یافت.\n');
    expect(r.stdout).toBe('وزیر نیرو — گفت: «مصرف برق کاهش یافت.»\n');
  });
  it('--lang overrides the detected language', async () => {
    const r = await runInProcess(['extract-quotes', '--lang', 'ar', '--to', 'jsonl'], 'وقال الوزير إن الحوار مستمر.\n');
    expect(JSON.parse(lines(r.stdout)[0]!)).toMatchObject({ lang: 'ar', speaker: 'الوزير' });
  });
  it('a record with HTML leftovers: quote text without the markup, start/end its span in the record', async () => {
    const text = 'رئیس سازمان بورس گفت: ورود نقدینگی به <b>بورس</b> ادامه دارد.<br><div><script>var x = "گفت: نه";</script></div>';
    const r = await runInProcess(['extract-quotes', '--to', 'jsonl'], jsonl([{ id: 'p', text }]));
    const qs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(qs.map((q) => [q.speaker, q.quote])).toEqual([['رئیس سازمان بورس', 'ورود نقدینگی به بورس ادامه دارد.']]);
    expect([...text].slice(qs[0].start, qs[0].end).join('')).toBe('ورود نقدینگی به <b>بورس</b> ادامه دارد.');
  });
  it('--help leads with examples and documents the output', async () => {
    const r = await runInProcess(['extract-quotes', '--help'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\nExamples:\n {2}matn extract-quotes article\.txt/);
    expect(r.stdout).toContain('--nest');
    expect(r.stdout).toContain('speaker_resolved');
  });
  it('a malformed JSON line is exit 2 naming the line', async () => {
    const r = await runInProcess(['extract-quotes'], '{"id":"a","text":"x"}\n{oops\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:2:/);
  });
});
