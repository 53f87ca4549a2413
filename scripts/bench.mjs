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

const sections = new Set((process.env.BENCH_ONLY ?? 'clean,detect-lang').split(','));

if (sections.has('clean')) {
console.log('== clean ==');
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
}

if (sections.has('detect-lang')) {
  // Side by side in one process on the same lines: matn's detector vs franc only[pes,arb]
  // (the most accurate franc setting for fa/ar), then the CLI per line and per document.
  const { detectLanguage } = await import('../dist/index.js');
  const { franc } = await import('franc');
  const sample = fs.readFileSync(`${root}fixtures/langid/sample.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[2]);
  const seedLines = seeds.flatMap((t) => t.split('\n')).filter((l) => l.trim());
  const base = [...sample, ...seedLines];
  const lines = [];
  let bytes = 0;
  while (bytes < 3e6) for (const l of base) { lines.push(l); bytes += Buffer.byteLength(l) + 1; }
  const rate = (fn) => {
    fn(lines.slice(0, 2000)); // warm up
    const t0 = process.hrtime.bigint();
    fn(lines);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    return { secs, mbs: bytes / 1e6 / secs, lps: lines.length / secs };
  };
  const matn = rate((ls) => { for (const l of ls) detectLanguage(l); });
  const francB = rate((ls) => { for (const l of ls) franc(l, { only: ['pes', 'arb'] }); });
  console.log('\n== detect-lang ==');
  console.log(`in-process, ${lines.length} real lines (${(bytes / 1e6).toFixed(1)} MB, mean ${(bytes / lines.length).toFixed(0)} B)`);
  console.log(`  matn detectLanguage          ${matn.lps.toFixed(0).padStart(8)} lines/s ${matn.mbs.toFixed(1).padStart(6)} MB/s`);
  console.log(`  franc only[pes,arb]          ${francB.lps.toFixed(0).padStart(8)} lines/s ${francB.mbs.toFixed(1).padStart(6)} MB/s`);
  console.log(`  speed-up                     ${(matn.mbs / francB.mbs).toFixed(1)}x`);
  const linesFile = `${out}/lines.txt`;
  fs.writeFileSync(linesFile, lines.join('\n') + '\n');
  console.log('CLI (process start included)  input        MB/s     time    peak RSS');
  for (const mb of sizes.slice(0, 1)) {
    const file = build(mb);
    const size = fs.statSync(file).size / 1e6;
    const r = timed(process.execPath, [`${root}bin/matn`, 'detect-lang', '--quiet', file]);
    console.log(`  matn detect-lang (docs)      ${(size.toFixed(0) + ' MB').padEnd(10)} ${(size / r.secs).toFixed(1).padStart(6)}  ${r.secs.toFixed(2).padStart(6)}s  ${r.rssMb.toFixed(0).padStart(6)} MB`);
  }
  const r = timed(process.execPath, [`${root}bin/matn`, 'detect-lang', '--quiet', '--split', 'line', linesFile]);
  console.log(`  matn detect-lang --split line ${((bytes / 1e6).toFixed(0) + ' MB').padEnd(10)}${(bytes / 1e6 / r.secs).toFixed(1).padStart(6)}  ${r.secs.toFixed(2).padStart(6)}s  ${r.rssMb.toFixed(0).padStart(6)} MB`);
}
