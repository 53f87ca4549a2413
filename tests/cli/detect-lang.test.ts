import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const FA = 'به گزارش خبرگزاری فارس، وزیر امور خارجه امروز در نشست خبری گفت که مذاکرات ادامه دارد.';
const AR = 'وقال وزير الدفاع الروسي خلال الاجتماع إن التعاون بين البلدين سيستمر في كل المجالات.';
const SEED_AR = fixture('seeds/004_87eaad3e373b4705.txt');
const SEED_FA = fixture('seeds/000_ea9aa9f6c6e9cc46.txt');

describe('matn detect-lang (in-process)', () => {
  it('prints LANG<TAB>CONFIDENCE for one document', async () => {
    const r = await runInProcess(['detect-lang'], FA);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fa\t(0\.\d+|1)\n$/);
  });
  it('prints the record id first when there are several records', async () => {
    const r = await runInProcess(['detect-lang', '--split', 'line'], `${FA}\n${AR}\n`);
    expect(r.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['<stdin>:1 fa', '<stdin>:2 ar']);
  });
  it('adds lang and lang_confidence to JSON Lines, other fields untouched and in order', async () => {
    const input = `{"id":"a","text":${JSON.stringify(AR)},"src":"x"}\n{"id":"b","text":${JSON.stringify(FA)}}\n`;
    const r = await runInProcess(['detect-lang'], input);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(recs[0])).toEqual(['id', 'text', 'src', 'lang', 'lang_confidence']);
    expect(recs.map((x) => x.lang)).toEqual(['ar', 'fa']);
    expect(recs[0].text).toBe(AR);
    expect(recs[1].lang_confidence).toBeGreaterThan(0.5);
  });
  it('--only filters records: JSON Lines keeps the annotated record, text mode passes the text through', async () => {
    const input = `{"id":"a","text":${JSON.stringify(AR)}}\n{"id":"b","text":${JSON.stringify(FA)}}\n`;
    const j = await runInProcess(['detect-lang', '--only', 'fa'], input);
    expect(j.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['b']);
    const t = await runInProcess(['detect-lang', '--split', 'line', '--only', 'ar'], `${FA}\n${AR}\n`);
    expect(t.stdout).toBe(`${AR}\n`);
  });
  it('--min-confidence turns weak labels into und', async () => {
    const r = await runInProcess(['detect-lang', '--min-confidence', '0.999', '--split', 'line'], 'سلام\n');
    expect(r.stdout.split('\t')[1]).toBe('und');
    const bad = await runInProcess(['detect-lang', '--min-confidence', '2'], FA);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/min-confidence/);
  });
  it('--iso 639-3 gives pes/arb', async () => {
    const r = await runInProcess(['detect-lang', '--iso', '639-3', '--split', 'line'], `${FA}\n${AR}\n`);
    expect(r.stdout.trim().split('\n').map((l) => l.split('\t')[1])).toEqual(['pes', 'arb']);
  });
  it('--by line adds merged segments and shares for the Arabic seed', async () => {
    const r = await runInProcess(['detect-lang', '--by', 'line', '--to', 'jsonl', SEED_AR]);
    const rec = JSON.parse(r.stdout);
    expect(rec.lang).toBe('ar');
    expect(rec.segments).toHaveLength(1);
    expect(rec.segments[0]).toMatchObject({ start: 0, lang: 'ar' });
    expect(rec.langs).toEqual({ ar: 1 });
  });
  it('labels several files as JSON Lines, one record each', async () => {
    const r = await runInProcess(['detect-lang', SEED_FA, SEED_AR]);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).lang)).toEqual(['fa', 'ar']);
  });
  it('empty input gives no output; Latin-only text gets a Latin-script language, not fa/ar', async () => {
    expect((await runInProcess(['detect-lang'], '')).stdout).toBe('');
    const r = await runInProcess(['detect-lang'], 'The minister said on Monday that talks would continue next week.');
    expect(r.stdout.split('\t')[0]).toBe('en');
  });
  it('a malformed JSON line is reported with file and line, exit 2', async () => {
    const r = await runInProcess(['detect-lang'], `{"text":"سلام"}\n{bad\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:2:/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('help leads with examples and lists every option', async () => {
    const r = await runInProcess(['detect-lang', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('Examples:')).toBeLessThan(r.stdout.indexOf('Usage:'));
    for (const o of ['--by', '--only', '--min-confidence', '--iso', '--keep-dari', '--split', '--text-field']) expect(r.stdout).toContain(o);
  });
});
