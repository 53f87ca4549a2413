import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

// Real articles, one saved twice, so clean's recurring-line window and dedupe both have work.
const FILES = ['seeds', 'news'].flatMap((d) => readdirSync(fixture(d)).sort().map((f) => fixture(`${d}/${f}`)));

describe('--jobs: worker threads, same output in the same order', () => {
  const cases: string[][] = [
    ['clean', ...FILES],
    ['clean', '--recurring-window', '2', '--recurring-min', '2', ...FILES],
    ['clean', '--split', 'line', FILES[0]!],
    ['detect-lang', '--by', 'line', ...FILES],
    ['extract-quotes', ...FILES],
    ['extract-quotes', '--to', 'text', FILES[0]!],
    ['run', 'clean | detect-lang --only fa,ar | dedupe | extract-quotes', ...FILES],
    ['run', 'clean,detect-lang', '--to', 'text', FILES[4]!],
  ];
  for (const args of cases) {
    it(`matn ${args.filter((a) => !a.includes('/')).join(' ')}`, async () => {
      const one = await runInProcess(args);
      const two = await runInProcess([...args, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout.length).toBeGreaterThan(0);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    });
  }
  it('clean --explain lists removed lines on stderr in record order', async () => {
    const args = ['clean', '--explain', '--to', 'text', FILES[0]!, FILES[1]!];
    const one = await runInProcess(args);
    const two = await runInProcess([...args, '-j', '2']);
    expect(one.stderr).toMatch(/end-marker/);
    expect(two.stderr).toBe(one.stderr);
  });
  it('bad input mid-stream: records before it are written, then exit 2 naming file and line', async () => {
    const one = await runInProcess(['clean', fixture('edge/malformed.jsonl')]);
    const two = await runInProcess(['clean', '--jobs', '2', fixture('edge/malformed.jsonl')]);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/malformed\.jsonl:2: invalid JSON/);
  });
  it('--jobs takes a whole number of at least 1, and belongs to matn run rather than a stage', async () => {
    const zero = await runInProcess(['clean', '--jobs', '0', FILES[0]!]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/expected a whole number of at least 1, got "0"/);
    const staged = await runInProcess(['run', 'clean --jobs 2 | dedupe', FILES[0]!]);
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/--jobs is set on matn run, not on a stage/);
  });
});
