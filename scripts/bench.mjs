#!/usr/bin/env node
// `npm run bench`: throughput of `matn clean` beside `cat` (the I/O ceiling) in the same run,
// and peak memory as the input grows 10x. Inputs are built from the fixture seeds
// (JSON Lines, one article per line, ids varied) in bench-out/ (git-ignored).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench-out`;
fs.mkdirSync(out, { recursive: true });
const seeds = fs.readdirSync(`${root}fixtures/seeds`).map((f) => fs.readFileSync(`${root}fixtures/seeds/${f}`, 'utf8'));
const sizes = (process.env.BENCH_MB ?? '10,100').split(',').map(Number);

function build(mb) {
  const file = `${out}/corpus-${mb}mb.jsonl`;
  if (fs.existsSync(file) && fs.statSync(file).size >= mb * 1e6) return file;
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const line = JSON.stringify({ id: `doc-${i}`, text: seeds[i % seeds.length].replace(/\d+/, String(i)) }) + '\n';
    bytes += Buffer.byteLength(line);
    fs.writeSync(fd, line);
  }
  fs.closeSync(fd);
  return file;
}

// GNU time reports peak RSS; without it (apt-get install time) only timings are shown.
const gnuTime = fs.existsSync('/usr/bin/time');

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssKb = gnuTime ? Number(r.stderr.toString().trim().split('\n').pop()) : NaN;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { secs, rssMb: rssKb / 1024 };
}

console.log('input        tool                   MB/s     time    peak RSS');
for (const mb of sizes) {
  const file = build(mb);
  const size = fs.statSync(file).size / 1e6;
  const rows = [
    ['cat', timed('cat', [file])],
    ['matn clean', timed(process.execPath, [`${root}bin/matn`, 'clean', '--quiet', file])],
    ['matn clean --no-recurring', timed(process.execPath, [`${root}bin/matn`, 'clean', '--quiet', '--no-recurring', file])],
  ];
  for (const [name, r] of rows) {
    console.log(`${(size.toFixed(0) + ' MB').padEnd(12)} ${name.padEnd(22)} ${(size / r.secs).toFixed(1).padStart(7)}  ${r.secs.toFixed(2).padStart(6)}s  ${r.rssMb.toFixed(0).padStart(6)} MB`);
  }
}
