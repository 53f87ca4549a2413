// Hostile input over every command, in-process, with a small budget (`npm run fuzz` runs more).
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm run fuzz`; no type declarations
import { COMMANDS, fuzzCase, generators } from '../../scripts/fuzz-core.mjs';
import { main } from '../../src/cli/main.js';
import { readFixture } from '../helpers/fixtures.js';

const PIECES: string[] = ['000_ea9aa9f6c6e9cc46', '004_87eaad3e373b4705']
  .flatMap((n) => readFixture(`seeds/${n}.txt`).split('\n'))
  .filter((l) => l.trim().length > 0);
const CASES = Number(process.env.FUZZ_TEST_CASES ?? 150);

describe('fuzz: hostile input over every command', () => {
  it(`${CASES} seeded cases keep the exit-code and whole-record properties`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const c = await fuzzCase(main, { PassThrough, Readable }, PIECES, seed, { timeoutMs: 10_000 });
      if (c.problems.length > 0) failures.push(`seed ${seed} (${c.name}; matn ${c.args.join(' ')}): ${c.problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
  it('the generators cover every hostile kind the issue names, and every command is exercised', () => {
    const kinds = Object.keys(generators(PIECES));
    for (const k of ['randomBytes', 'truncatedUtf8', 'randomJsonLines', 'deeplyNestedJson', 'hugeLine', 'whitespaceOnly', 'markupOnly', 'markupInText', 'mixedScripts', 'bidiAndOddMarks']) {
      expect(kinds).toContain(k);
    }
    const commands = new Set((COMMANDS as string[][]).map((c) => c[0]));
    expect([...commands].sort()).toEqual(['clean', 'dedupe', 'detect-lang', 'extract-quotes', 'run']);
  });
});
