import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, readFixture, ZWNJ } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const SEED0 = fixture('seeds/000_ea9aa9f6c6e9cc46.txt');
const SEED2 = fixture('seeds/002_57ae94005e19906b.txt');

describe('matn clean (in-process)', () => {
  it('cleans one file to text', async () => {
    const r = await runInProcess(['clean', SEED0]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFixture('expected/000_ea9aa9f6c6e9cc46.clean.txt'));
    expect(r.stderr).toBe('');
  });
  it('writes JSON Lines with title and meta for several files, ids are the paths', async () => {
    const r = await runInProcess(['clean', SEED0, SEED2]);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual([SEED0, SEED2]);
    expect(recs[0].meta.news_id).toBe('270509');
    expect(recs[1].title).toContain('وزرای دفاع');
  });
  it('passes JSON Lines fields through in order and uses --text-field/--id-field', async () => {
    const input = '{"key":"k1","body":"کد خبر : 5\\nهمکاریها ادامه دارد.","extra":[1,2]}\n';
    const r = await runInProcess(['clean', '--text-field', 'body', '--id-field', 'key'], input);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['key', 'body', 'extra', 'title', 'meta']);
    expect(out.body).toBe(`همکاری${ZWNJ}ها ادامه دارد.`);
    expect(out.meta).toEqual({ news_id: '5' });
  });
  it('--explain adds removed lines with their rule in JSON Lines', async () => {
    const r = await runInProcess(['clean', '--explain', '--to', 'jsonl', SEED0]);
    const out = JSON.parse(r.stdout);
    expect(out.removed).toContainEqual({ line: 8, text: 'کد خبر : 270509', reason: 'news-id' });
  });
  it('--explain names the lines around the article of a page rendering outside-article', async () => {
    const page = fixture('renderings/ar_sputnik-comment-policy.txt');
    const r = await runInProcess(['clean', '--explain', '--to', 'jsonl', page]);
    const out = JSON.parse(r.stdout);
    expect(out.title).toMatch(/^مصر تسجل 30 إصابة جديدة/);
    expect(out.removed).toContainEqual({ line: 254, text: expect.stringMatching(/^إذا كان التعليق يحتوي على رسائل غير مفهومة/), reason: 'outside-article' });
  });
  it('--explain lists removed lines on stderr in text mode, text stays clean on stdout', async () => {
    const r = await runInProcess(['clean', '--explain', SEED0]);
    expect(r.stderr).toContain(`${SEED0}:8 news-id`);
    expect(r.stdout).not.toContain('کد خبر');
  });
  it('--no-normalize keeps the text as written', async () => {
    const r = await runInProcess(['clean', '--no-normalize', '--split', 'line'], 'همکاریها  ادامه\n');
    expect(r.stdout).toBe('همکاریها  ادامه\n');
  });
  it('--no-zwnj, --digits, --strip-diacritics switch parts of normalization', async () => {
    expect((await runInProcess(['clean', '--no-zwnj', '--split', 'line'], 'همکاریها ادامه دارد\n')).stdout).toBe('همکاریها ادامه دارد\n');
    expect((await runInProcess(['clean', '--digits', 'fa', '--split', 'line'], 'سال 1397 است\n')).stdout).toBe('سال ۱۳۹۷ است\n');
    expect((await runInProcess(['clean', '--strip-diacritics', '--split', 'line'], 'قالَ الوزيرُ إنَّ\n')).stdout).toBe('قال الوزير إن\n');
    expect((await runInProcess(['clean', '--no-letters', '--split', 'line'], 'اين كتاب است\n')).stdout).toBe('اين كتاب است\n');
  });
  it('--split line drops furniture lines and keeps the rest one per line', async () => {
    const r = await runInProcess(['clean', '--split', 'line'], 'کد خبر : 1\nمتن خبر.\n');
    expect(r.stdout).toBe('متن خبر.\n');
  });
  it('--split para and --split nul frame output like the input', async () => {
    expect((await runInProcess(['clean', '--split', 'para', fixture('edge/paragraphs.txt')])).stdout).toBe('پاراگراف اول.\nادامه آن.\n\nپاراگراف دوم.\n\n');
    expect((await runInProcess(['clean', '--split', 'nul', fixture('edge/nul-separated.txt')])).stdout).toBe('خبر اول.\0خبر دوم\nبا دو خط.\0');
  });
  it('strips a BOM and handles CRLF', async () => {
    expect((await runInProcess(['clean', '--split', 'line', fixture('edge/bom.txt')])).stdout).toBe('متن خبر اینجاست.\n');
    expect((await runInProcess(['clean', '--split', 'line', fixture('edge/crlf.txt')])).stdout).toBe('سلام دنیا\nخط دوم\n');
  });
  it('empty and whitespace-only input give no output and exit 0', async () => {
    expect(await runInProcess(['clean', fixture('edge/empty.txt')])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await runInProcess(['clean', fixture('edge/whitespace-only.txt')])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('recurring lines across records of one input are removed (CCNet-style)', async () => {
    const doc = (n: number): string => JSON.stringify({ id: String(n), text: `شعار سایت خبری ما\nمتن خبر شماره ${n} که بلند است و امضای یکتای خود را دارد تا تکراری به حساب نیاید.` });
    const input = [1, 2, 3, 4].map(doc).join('\n') + '\n';
    const out = (await runInProcess(['clean'], input)).stdout.trim().split('\n').map((l) => JSON.parse(l).text);
    expect(out.every((t: string) => !t.includes('شعار'))).toBe(true);
    const kept = (await runInProcess(['clean', '--no-recurring'], input)).stdout;
    expect(kept).toContain('شعار');
  });
});

describe('bad input', () => {
  it('invalid UTF-8: names file and byte, exit 2', async () => {
    const r = await runInProcess(['clean', fixture('edge/invalid-utf8.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`matn clean: ${fixture('edge/invalid-utf8.txt')}: invalid UTF-8 at byte 18\n`);
  });
  it('gzip input (a .gz file or a gzip stream on stdin) is read as its contents; a truncated one is exit 2', async () => {
    const gz = await runInProcess(['extract-quotes', fixture('edge/gzipped.jsonl.gz')]);
    expect(gz.code).toBe(0);
    expect(gz.stdout.trim().split('\n').map((l) => JSON.parse(l).speaker)).toEqual(['وزیر نیرو', 'الوزير']);
    const stdin = await runInProcess(['detect-lang'], readFileSync(fixture('edge/gzipped.jsonl.gz')));
    expect(stdin.stdout.trim().split('\n').map((l) => JSON.parse(l).lang)).toEqual(['fa', 'ar']);
    const cut = await runInProcess(['clean', fixture('edge/truncated.jsonl.gz')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toBe(`matn clean: ${fixture('edge/truncated.jsonl.gz')}: invalid gzip data: unexpected end of file\n`);
  });
  it('a Windows-1256 or UTF-16 file: exit 2 at byte 0, and the error names the likely encoding and the iconv to convert it', async () => {
    const cp = await runInProcess(['clean', fixture('edge/windows-1256.txt')]);
    expect(cp.code).toBe(2);
    expect(cp.stderr).toBe(`matn clean: ${fixture('edge/windows-1256.txt')}: invalid UTF-8 at byte 0; it looks like a legacy 8-bit encoding, Windows-1256 if Arabic or Persian: convert it with iconv -f WINDOWS-1256 -t UTF-8\n`);
    const u16 = await runInProcess(['detect-lang', fixture('edge/utf16-bom.txt')]);
    expect(u16.code).toBe(2);
    expect(u16.stderr).toMatch(/utf16-bom\.txt: invalid UTF-8 at byte 0; the file starts with a UTF-16 byte order mark: convert it with iconv -f UTF-16 -t UTF-8\n$/);
  });
  it('malformed JSON line: names file and line, exit 2, records before it are written whole', async () => {
    const r = await runInProcess(['clean', fixture('edge/malformed.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^matn clean: .*malformed\.jsonl:2: invalid JSON/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a']);
  });
  it('a pretty-printed JSON document: exit 2 at line 1, and the error says how to make JSON Lines', async () => {
    const r = await runInProcess(['clean', fixture('edge/pretty-printed.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pretty-printed\.json:1: invalid JSON: .*jq -c '\.' FILE/);
  });
  it('--skip-invalid skips bad lines and reports the count', async () => {
    const r = await runInProcess(['clean', '--skip-invalid', fixture('edge/malformed.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(r.stderr).toMatch(/skipped 1 invalid line \(first: .*malformed\.jsonl:2: invalid JSON/);
  });
  it('a record nested deeper than 1000 levels is bad input (exit 2, file and line), or skipped', async () => {
    const r = await runInProcess(['clean', fixture('edge/deeply-nested.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deeply-nested\.jsonl:2: JSON nested deeper than 1000 levels/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a']);
    const skipped = await runInProcess(['clean', '--skip-invalid', fixture('edge/deeply-nested.jsonl')]);
    expect(skipped.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });
  it('a record without the text field names file and line', async () => {
    const r = await runInProcess(['clean', fixture('edge/missing-field.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing-field\.jsonl:1: field "text" is missing/);
  });
  it('NUL bytes in text mode are a clear error', async () => {
    const r = await runInProcess(['clean', fixture('edge/nul-in-text.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nul-in-text\.txt:1: NUL byte in text input \(use --split nul/);
  });
  it('a missing file is exit 2 with the path', async () => {
    const r = await runInProcess(['clean', 'no/such/file.txt']);
    expect(r).toMatchObject({ code: 2, stderr: 'matn clean: no/such/file.txt: No such file or directory\n' });
  });
  it('unknown options and bad choices are usage errors (exit 2)', async () => {
    expect((await runInProcess(['clean', '--bogus'])).code).toBe(2);
    expect((await runInProcess(['clean', '--split', 'words'])).code).toBe(2);
  });
});

describe('help and version', () => {
  it('top-level help leads with examples and lists clean', async () => {
    const r = await runInProcess(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart().startsWith('Examples:')).toBe(true);
    expect(r.stdout).toMatch(/clean \[options\] \[file\.\.\.\]/);
    expect(r.stdout).toMatch(/gzip is unpacked/);
    expect(r.stdout).toMatch(/2 usage or input\s+error/);
  });
  it('clean --help shows examples and every option', async () => {
    const r = await runInProcess(['clean', '--help']);
    expect(r.stdout.trimStart().startsWith('Examples:')).toBe(true);
    for (const flag of ['--explain', '--no-normalize', '--no-zwnj', '--digits', '--strip-diacritics', '--strip-tatweel', '--from', '--to', '--split', '--text-field', '--id-field', '--skip-invalid', '--quiet', '--color']) {
      expect(r.stdout).toContain(flag);
    }
  });
  it('--version prints the package version', async () => {
    const r = await runInProcess(['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('no arguments: help on stderr, exit 2', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: matn');
  });
});
