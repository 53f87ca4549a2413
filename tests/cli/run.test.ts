import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../src/cli/commands/run.js';
import { fixture, readFixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const SEEDS = ['000_ea9aa9f6c6e9cc46', '001_6d8fd06e54dabc97', '004_87eaad3e373b4705', '000_ea9aa9f6c6e9cc46'].map((n) => fixture(`seeds/${n}.txt`));

/** The shell pipeline `matn A | matn B | …`, each stage run in-process on the previous output. */
async function shellChain(stages: string[][], files: string[]): Promise<string> {
  let out = '';
  for (const [i, args] of stages.entries()) {
    const r = await runInProcess(i === 0 ? [...args, ...files] : args, out);
    expect(r.code).toBe(0);
    out = r.stdout;
  }
  return out;
}

describe('parsePipeline', () => {
  it('splits stages on | and words on spaces, honouring quotes', () => {
    expect(parsePipeline("clean --digits latin | detect-lang --only 'fa,ar'|dedupe")).toEqual([
      ['clean', '--digits', 'latin'], ['detect-lang', '--only', 'fa,ar'], ['dedupe'],
    ]);
  });
  it('reads a bare comma list as several stages, but not an option value', () => {
    expect(parsePipeline('clean,detect-lang,dedupe')).toEqual([['clean'], ['detect-lang'], ['dedupe']]);
    expect(parsePipeline('detect-lang --only fa,ar')).toEqual([['detect-lang', '--only', 'fa,ar']]);
  });
  it('rejects an empty stage and an unclosed quote', () => {
    expect(() => parsePipeline('clean | | dedupe')).toThrow(/stage 2 is empty/);
    expect(() => parsePipeline("clean --digits 'latin")).toThrow(/unclosed '/);
  });
});

describe('matn run (in-process)', () => {
  it('gives the same records as the four-command shell pipeline', async () => {
    const stages = [['clean'], ['detect-lang', '--only', 'fa,ar'], ['dedupe'], ['extract-quotes']];
    const expected = await shellChain(stages, SEEDS);
    const r = await runInProcess(['run', 'clean | detect-lang --only fa,ar | dedupe | extract-quotes', ...SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(15);
  });
  it('keeps text framing like the shell pipeline (--split line, lines removed by clean go no further)', async () => {
    const file = fixture('seeds/000_ea9aa9f6c6e9cc46.txt');
    const expected = await shellChain([['clean', '--split', 'line'], ['dedupe', '--split', 'line']], [file]);
    const r = await runInProcess(['run', 'clean,dedupe', '--split', 'line', file]);
    expect(r.stdout).toBe(expected);
  });
  it('carries title, meta and lang from stage to stage', async () => {
    const r = await runInProcess(['run', 'clean | detect-lang | extract-quotes --nest', fixture('seeds/004_87eaad3e373b4705.txt')]);
    const rec = JSON.parse(r.stdout);
    expect(rec.lang).toBe('ar');
    expect(rec.meta).toBeDefined();
    expect(rec.quotes.length).toBeGreaterThan(3);
  });
  it('reads stdin, takes JSON Lines and lets the last stage pick the output (--mark → JSON Lines)', async () => {
    const s0 = readFixture('seeds/000_ea9aa9f6c6e9cc46.txt');
    const input = [{ id: 'a', text: s0 }, { id: 'b', text: s0 }].map((x) => JSON.stringify(x)).join('\n') + '\n';
    const r = await runInProcess(['run', 'clean | dedupe --mark --stats'], input);
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => [x.id, x.duplicate_of])).toEqual([['a', undefined], ['b', 'a']]);
    expect(r.stderr).toMatch(/2 records, 1 kept, 1 marked/);
  });
  it('usage errors name the stage and exit 2 before reading input', async () => {
    const cases: Array<[string, RegExp]> = [
      ['clean | nope', /stage 2: unknown command 'nope'/],
      ['clean --bogus', /stage 1 \(clean\): unknown option '--bogus'/],
      ['clean --split line', /stage 1 \(clean\): --split is set on matn run, not on a stage/],
      ['extract-quotes | dedupe', /stage 1 \(extract-quotes\) must be the last stage/],
      ['dedupe --emit-keys | clean', /must be the last stage: dedupe --emit-keys/],
      ['clean x.txt', /input files go after the pipeline/],
      ['', /names no stage/],
    ];
    for (const [pipeline, message] of cases) {
      const r = await runInProcess(['run', pipeline, SEEDS[0]!]);
      expect(r.code, pipeline).toBe(2);
      expect(r.stdout, pipeline).toBe('');
      expect(r.stderr, pipeline).toMatch(message);
    }
  });
  it('bad input is reported with file and line like any command', async () => {
    const r = await runInProcess(['run', 'clean,dedupe', fixture('edge/malformed.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^matn run: .*malformed\.jsonl:\d+: /m);
  });
  it('--help explains the pipeline argument with examples', async () => {
    const r = await runInProcess(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/matn run 'clean \| detect-lang --only fa \| dedupe \| extract-quotes'/);
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(/belong to `matn run`, not to a stage/);
  });
});
