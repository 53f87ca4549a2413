import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, readFixture } from '../helpers/fixtures.js';
import { BIN, runBin } from '../helpers/run-cli.js';

/** Spawns bin/matn, feeds it `input` and closes its stdout after the first chunk (`| head`). */
function closedEarly(args: string[], input: string | Buffer): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr: err }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

describe('bin/matn (spawned)', () => {
  it('reads stdin when no file is given', async () => {
    const r = await runBin(['clean'], readFixture('seeds/000_ea9aa9f6c6e9cc46.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFixture('expected/000_ea9aa9f6c6e9cc46.clean.txt'));
  });
  it('exit 2 on invalid UTF-8, with the message on stderr and nothing on stdout', async () => {
    const r = await runBin(['clean', fixture('edge/invalid-utf8.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/invalid UTF-8 at byte 18/);
  });
  it('exit 2 on a usage error', async () => {
    const r = await runBin(['clean', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--nope'/);
  });
  it('ends quietly with status 0 when the reader closes the pipe early (EPIPE)', async () => {
    const line = 'وزیر دفاع گفت که همکاریها ادامه دارد و این خبر بلند است.\n';
    expect(await closedEarly(['clean', '--split', 'line'], line.repeat(200_000))).toEqual({ code: 0, stderr: '' });
  });
  it('and when stdin is a gzip stream being unpacked', async () => {
    const line = 'وزیر دفاع گفت که همکاریها ادامه دارد و این خبر بلند است.\n';
    expect(await closedEarly(['clean', '--split', 'line'], gzipSync(line.repeat(200_000)))).toEqual({ code: 0, stderr: '' });
  });
  it('with --jobs 2 too: the worker threads do not keep a closed pipeline alive', async () => {
    const doc = JSON.stringify({ id: 'x', text: 'وزیر دفاع گفت: همکاریها ادامه دارد و این خبر بلند است.' }) + '\n';
    expect(await closedEarly(['extract-quotes', '--jobs', '2'], doc.repeat(100_000))).toEqual({ code: 0, stderr: '' });
  });
  it('--jobs 2 reads stdin and writes the same records as one thread', async () => {
    const input = readFixture('seeds/000_ea9aa9f6c6e9cc46.txt');
    const one = await runBin(['run', 'clean | extract-quotes', '--to', 'jsonl'], input);
    const two = await runBin(['run', 'clean | extract-quotes', '--to', 'jsonl', '--jobs', '2'], input);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').length).toBeGreaterThan(5);
  });
});

describe('bin/matn detect-lang, dedupe and extract-quotes (spawned)', () => {
  it('chains clean | detect-lang --only fa | dedupe | extract-quotes through real pipes', async () => {
    const seeds = ['000_ea9aa9f6c6e9cc46', '004_87eaad3e373b4705', '000_ea9aa9f6c6e9cc46'].map((n) => fixture(`seeds/${n}.txt`));
    const cleaned = await runBin(['clean', ...seeds]);
    expect(cleaned.code).toBe(0);
    const fa = await runBin(['detect-lang', '--only', 'fa'], cleaned.stdout);
    expect(fa.code).toBe(0);
    expect(fa.stdout.trim().split('\n')).toHaveLength(2);
    const unique = await runBin(['dedupe', '--stats'], fa.stdout);
    expect(unique.code).toBe(0);
    expect(unique.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(unique.stdout).lang).toBe('fa');
    expect(unique.stderr).toMatch(/2 records, 1 kept, 1 dropped \(1 exact, 0 near\)/);
    const quotes = await runBin(['extract-quotes'], unique.stdout);
    expect(quotes.code).toBe(0);
    const qs = quotes.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(qs.length).toBeGreaterThan(5);
    expect(new Set(qs.map((q) => q.doc_id)).size).toBe(1);
    expect(qs.every((q) => q.lang === 'fa' && q.quote.length > 0)).toBe(true);
  });
});
