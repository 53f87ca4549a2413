#!/usr/bin/env node
// `npm run fuzz`: the hostile-input fuzz of tests/fuzz with a larger budget — FUZZ_SECONDS
// (default 120) of seeded cases from FUZZ_SEED (default: time-based, printed), huge lines 10x
// larger, and every 25th case also through a spawned bin/matn (real process exit codes).
// A failing case's input is saved under bench-out/fuzz/ and replayed with FUZZ_SEED=N FUZZ_CASES=1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { fuzzCase, problems } from './fuzz-core.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { main } = await import(`${root}dist/cli/main.js`);
const pieces = ['000_ea9aa9f6c6e9cc46', '001_6d8fd06e54dabc97', '004_87eaad3e373b4705']
  .flatMap((n) => fs.readFileSync(`${root}fixtures/seeds/${n}.txt`, 'utf8').split('\n'))
  .filter((l) => l.trim().length > 0);
const seconds = Number(process.env.FUZZ_SECONDS ?? 120);
const maxCases = Number(process.env.FUZZ_CASES ?? Infinity);
const first = Number(process.env.FUZZ_SEED ?? (Date.now() % 1e9));
const outDir = `${root}bench-out/fuzz`;

console.log(`fuzz: from seed ${first}, ${seconds} s budget`);
const t0 = Date.now();
const byKind = new Map();
let failed = 0;
let n = 0;
for (let seed = first; n < maxCases && Date.now() - t0 < seconds * 1000; seed++, n++) {
  const c = await fuzzCase(main, { PassThrough, Readable }, pieces, seed, { timeoutMs: 60_000, scale: 10 });
  let found = c.problems;
  if (n % 25 === 0) {
    const r = spawnSync(process.execPath, [`${root}bin/matn`, ...c.args], { input: c.input, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    const spawned = problems(c.args, { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') });
    found = [...found, ...spawned.map((p) => `spawned: ${p}`)];
  }
  const k = byKind.get(c.name) ?? { cases: 0, failed: 0 };
  k.cases++;
  if (found.length > 0) {
    k.failed++;
    failed++;
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(`${outDir}/seed-${seed}.bin`, c.input);
    console.log(`FAIL seed ${seed} (${c.name}): matn ${c.args.join(' ')} < bench-out/fuzz/seed-${seed}.bin\n  ${found.join('\n  ')}`);
  }
  byKind.set(c.name, k);
}
for (const [name, k] of [...byKind].sort()) console.log(`  ${name.padEnd(20)} ${String(k.cases).padStart(5)} cases  ${k.failed} failed`);
console.log(`${n} cases in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${n - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
