#!/usr/bin/env node
// `npm run bench`: throughput of `matn clean` beside `cat` (the disk) and a Node.js JSON Lines
// pass-through that does no work (the floor under any Node transform: jsonl-floor.mjs) in the same run,
// and peak memory as the input grows 10x. Inputs are built from the fixture seeds
// (JSON Lines, one article per line, ids varied) in bench-out/ (git-ignored).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { variantCorpusFile } from './corpus-variants.mjs';

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

/** Wall time, CPU time (user + sys, children included) and peak RSS of the largest process. */
function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const [user, sys, rssKb] = gnuTime ? r.stderr.toString().trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { secs, cpu: user + sys, rssMb: rssKb / 1024 };
}

const matn = (...args) => timed(process.execPath, [`${root}bin/matn`, ...args]);
const row = (label, mb, r) => `  ${label.padEnd(44)} ${(mb.toFixed(0) + ' MB').padStart(7)} ${(mb / r.secs).toFixed(1).padStart(6)} MB/s ${r.secs.toFixed(1).padStart(7)} s  cpu ${r.cpu.toFixed(1).padStart(6)} s ${r.rssMb.toFixed(0).padStart(6)} MB`;

// `scale` (≥ 1 GB, minutes) runs only when asked: BENCH_ONLY=scale, or `npm run bench:scale`.
const sections = new Set((process.env.BENCH_ONLY ?? 'clean,detect-lang,dedupe,extract-quotes,pipeline,jobs,html').split(','));

if (sections.has('clean')) {
console.log('== clean ==');
console.log('input        tool                   MB/s     time    peak RSS');
for (const mb of sizes) {
  const file = build(mb);
  const size = fs.statSync(file).size / 1e6;
  const rows = [
    ['cat', timed('cat', [file])],
    ['node JSONL floor', timed(process.execPath, [`${root}scripts/jsonl-floor.mjs`, file])],
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
  // Five rounds, matn and franc alternating, each timed over every line; the median pass of
  // each: on a shared 2-vCPU machine one pass swung ±30%, and alternating lets both see the
  // same load. The speed-up is the median of the per-round ratios.
  const runMatn = (ls) => { for (const l of ls) detectLanguage(l); };
  const runFranc = (ls) => { for (const l of ls) franc(l, { only: ['pes', 'arb'] }); };
  const time = (fn) => { const t0 = process.hrtime.bigint(); fn(lines); return Number(process.hrtime.bigint() - t0) / 1e9; };
  runMatn(lines.slice(0, 2000));
  runFranc(lines.slice(0, 2000));
  const rounds = [0, 1, 2, 3, 4].map(() => ({ matn: time(runMatn), franc: time(runFranc) }));
  const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  const rate = (secs) => ({ secs, mbs: bytes / 1e6 / secs, lps: lines.length / secs });
  const matn = rate(median(rounds.map((r) => r.matn)));
  const francB = rate(median(rounds.map((r) => r.franc)));
  const speedUp = median(rounds.map((r) => r.franc / r.matn));
  console.log('\n== detect-lang ==');
  console.log(`in-process, ${lines.length} real lines (${(bytes / 1e6).toFixed(1)} MB, mean ${(bytes / lines.length).toFixed(0)} B)`);
  console.log(`  matn detectLanguage          ${matn.lps.toFixed(0).padStart(8)} lines/s ${matn.mbs.toFixed(1).padStart(6)} MB/s`);
  console.log(`  franc only[pes,arb]          ${francB.lps.toFixed(0).padStart(8)} lines/s ${francB.mbs.toFixed(1).padStart(6)} MB/s`);
  console.log(`  speed-up                     ${speedUp.toFixed(1)}x (median of 5 alternating rounds)`);
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

if (sections.has('dedupe')) {
  // Documents of ~3 KB: seed sentences with most words replaced by random words of the seeds'
  // vocabulary (distinct stories in real Persian/Arabic spelling), every 10th an edited copy of
  // an earlier one (a header added, words dropped). Seeded, so runs are comparable.
  const { Deduper } = await import('../dist/index.js');
  const { dice } = await import('../dist/dedupe/dice.js');
  const pool = seeds.flatMap((t) => t.split(/(?<=[.؟!])\s+|\n+/)).map((x) => x.trim()).filter((x) => x.length > 40);
  const vocab = [...new Set(seeds.join(' ').split(/\s+/).filter((w) => w.length > 1))];
  let x = 7;
  const rand = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };
  const makeDocs = (n) => {
    const docs = [];
    for (let i = 0; i < n; i++) {
      if (i % 10 === 9) {
        const src = docs[Math.floor(rand() * docs.length)].split(' ');
        docs.push(`سرویس خبر ${i} ` + src.filter((_, k) => k % 40 !== 5).join(' '));
      } else {
        let d = '';
        while (d.length < 3000) {
          d += pool[Math.floor(rand() * pool.length)].split(' ').map((w) => (rand() < 0.7 ? vocab[Math.floor(rand() * vocab.length)] : w)).join(' ') + ' ';
        }
        docs.push(d);
      }
    }
    return docs;
  };
  console.log('\n== dedupe ==');
  console.log('docs      docs/s    MB/s   kept    state/kept (used / allocated)');
  for (const n of (process.env.BENCH_DEDUPE_DOCS ?? '10000,100000').split(',').map(Number)) {
    const docs = makeDocs(n);
    const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;
    const d = new Deduper();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < docs.length; i++) d.add(`d${i}`, docs[i]);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const s = d.stats();
    console.log(`${String(n).padEnd(8)} ${(n / secs).toFixed(0).padStart(7)} ${(mb / secs).toFixed(1).padStart(7)} ${String(s.kept).padStart(6)}    ${(s.usedBytes / s.kept).toFixed(0)} B / ${(s.stateBytes / s.kept).toFixed(0)} B`);
  }
  // Naive all-pairs Dice (string-similarity) beside matn on the same documents.
  const m = Number(process.env.BENCH_DICE_DOCS ?? 1000);
  const docs = makeDocs(m);
  let t0 = process.hrtime.bigint();
  const naive = new Set();
  for (let i = 0; i < m; i++) for (let j = 0; j < i; j++) if (dice(docs[i], docs[j]) >= 0.9) { naive.add(i); break; }
  const naiveSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  t0 = process.hrtime.bigint();
  const dd = new Deduper();
  const ours = new Set();
  docs.forEach((doc, i) => { if (dd.add(`d${i}`, doc).duplicate) ours.add(i); });
  const oursSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const agree = [...Array(m).keys()].filter((i) => naive.has(i) === ours.has(i)).length;
  const scaled = m === 1000 ? '' : `; 1k docs ≈ ${(naiveSecs * (1000 / m) ** 2).toFixed(0)} s, quadratic`;
  console.log(`${m} docs: naive all-pairs Dice ≥ 0.9 ${naiveSecs.toFixed(1)} s (${naive.size} dropped${scaled}) vs matn ${(oursSecs * 1000).toFixed(0)} ms (${ours.size} dropped); decisions agree on ${agree}/${m}`);
}

if (sections.has('extract-quotes')) {
  // In-process on the seeds, in a process of its own (scripts/quotes-inproc.mjs: after dedupe's
  // documents in this process it measured their heap), then the CLI on the JSON Lines corpus
  // (process start, JSON parse and output included).
  const r = spawnSync(process.execPath, [`${root}scripts/quotes-inproc.mjs`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`quotes-inproc failed: ${r.stderr}`);
  const q = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log('\n== extract-quotes ==');
  console.log(`in-process (own process), ${q.docs} seed articles (${(q.bytes / 1e6).toFixed(1)} MB): first pass ${q.first.toFixed(1)} MB/s, then ${q.settled.toFixed(1)} MB/s (median of 3 more), ${q.quotes} quotes`);
  console.log('CLI (process start included)  input        MB/s     time    peak RSS');
  for (const mb of sizes) {
    const file = build(mb);
    const size = fs.statSync(file).size / 1e6;
    const r = timed(process.execPath, [`${root}bin/matn`, 'extract-quotes', '--quiet', file]);
    console.log(`  matn extract-quotes          ${(size.toFixed(0) + ' MB').padEnd(10)} ${(size / r.secs).toFixed(1).padStart(6)}  ${r.secs.toFixed(2).padStart(6)}s  ${r.rssMb.toFixed(0).padStart(6)} MB`);
  }
}

if (sections.has('pipeline')) {
  // The four-stage job two ways on the same generated corpus: four processes joined by pipes
  // (JSON written and parsed between stages; the stages run on both cores at once) and
  // `matn run` (one process, one core, records handed on as objects).
  const mb = Number(process.env.BENCH_PIPELINE_MB ?? 50);
  const file = variantCorpusFile(root, out, mb);
  const size = fs.statSync(file).size / 1e6;
  const bin = `${process.execPath} ${root}bin/matn`;
  const shell = `set -o pipefail; ${bin} clean -q ${file} | ${bin} detect-lang --only fa,ar | ${bin} dedupe | ${bin} extract-quotes > /dev/null`;
  console.log('\n== pipeline: clean | detect-lang --only fa,ar | dedupe | extract-quotes ==');
  console.log(`  ${''.padEnd(44)} ${'input'.padStart(7)} ${'rate'.padStart(11)} ${'wall'.padStart(9)}  ${'cpu'.padStart(10)} ${'peak RSS (largest process)'}`);
  console.log(row('4 processes, shell pipes', size, timed('bash', ['-c', shell])));
  const pipeline = 'clean | detect-lang --only fa,ar | dedupe | extract-quotes';
  console.log(row("matn run 'clean | … | extract-quotes'", size, matn('run', pipeline, '-q', file)));
  console.log(row("matn run '…' --jobs 2 (clean, detect-lang in workers)", size, matn('run', pipeline, '-q', '--jobs', '2', file)));
}

if (sections.has('jobs')) {
  // Worker threads on this machine's cores: one thread vs --jobs 2 and 3, same input, same output.
  const mb = Number(process.env.BENCH_PIPELINE_MB ?? 50);
  const file = variantCorpusFile(root, out, mb);
  const size = fs.statSync(file).size / 1e6;
  console.log(`\n== --jobs (worker threads; this machine has ${(await import('node:os')).availableParallelism()} cores) ==`);
  for (const cmd of ['clean', 'detect-lang', 'extract-quotes']) {
    for (const jobs of ['1', '2', '3']) console.log(row(`matn ${cmd} --jobs ${jobs}`, size, matn(cmd, '-q', '--jobs', jobs, file)));
  }
}

if (sections.has('scale')) {
  // Each command over generated input growing 10x (default 100 MB and 1 GB): throughput should
  // stay flat, and peak memory flat too — except dedupe, whose index grows with kept documents.
  console.log('\n== scale (generated variants of the fixture articles) ==');
  console.log(`  ${''.padEnd(44)} ${'input'.padStart(7)} ${'rate'.padStart(11)} ${'wall'.padStart(9)}  ${'cpu'.padStart(10)} peak RSS`);
  for (const mb of (process.env.BENCH_SCALE_MB ?? '100,1000').split(',').map(Number)) {
    const file = variantCorpusFile(root, out, mb);
    const size = fs.statSync(file).size / 1e6;
    const only = process.env.BENCH_SCALE_CMDS?.split(',');
    for (const args of [['clean'], ['detect-lang'], ['dedupe', '--stats'], ['extract-quotes']].filter((a) => !only || only.includes(a[0]))) {
      const r = matn(...args, '-q', file);
      console.log(row(`matn ${args[0]}`, size, r));
    }
  }
}

if (sections.has('html')) {
  // Whole web pages (fixtures/pages: real pages from five sites) through clean's HTML path:
  // in process, then the CLI on JSON Lines records with an `html` field.
  const { cleanPage } = await import('../dist/html/page.js');
  const pages = fs.readdirSync(`${root}fixtures/pages`).sort().map((f) => fs.readFileSync(`${root}fixtures/pages/${f}`, 'utf8'));
  const docs = [];
  let bytes = 0;
  while (bytes < 20e6) for (const p of pages) { docs.push(p); bytes += Buffer.byteLength(p); }
  for (const p of docs.slice(0, 20)) cleanPage(p); // warm up
  const t0 = process.hrtime.bigint();
  for (const p of docs) cleanPage(p);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log('\n== clean on HTML pages ==');
  console.log(`in-process, ${docs.length} pages (${(bytes / 1e6).toFixed(1)} MB): ${(bytes / 1e6 / secs).toFixed(1)} MB/s, ${(docs.length / secs).toFixed(0)} pages/s`);
  const file = `${out}/pages-50mb.jsonl`;
  if (!fs.existsSync(file)) {
    const lines = [];
    let size = 0;
    for (let i = 0; size < 50e6; i++) { const l = JSON.stringify({ id: `p${i}`, html: pages[i % pages.length] }) + '\n'; lines.push(l); size += Buffer.byteLength(l); }
    fs.writeFileSync(file, lines.join(''));
  }
  const size = fs.statSync(file).size / 1e6;
  console.log(row('matn clean (JSON Lines `html` field)', size, matn('clean', '-q', file)));
  console.log(row('matn clean --jobs 2', size, matn('clean', '-q', '--jobs', '2', file)));
  // The same pages as raw HTML, NUL-separated (no JSON to parse or re-escape).
  const raw = `${out}/pages-50mb.html0`;
  if (!fs.existsSync(raw)) {
    const parts = [];
    let n = 0;
    for (let i = 0; n < 50e6; i++) { parts.push(pages[i % pages.length]); n += Buffer.byteLength(pages[i % pages.length]) + 1; }
    fs.writeFileSync(raw, parts.join('\0') + '\0');
  }
  const rawSize = fs.statSync(raw).size / 1e6;
  console.log(row('matn clean --from html --split nul', rawSize, matn('clean', '-q', '--from', 'html', '--split', 'nul', raw)));
  console.log(row('matn clean --from html --split nul --jobs 2', rawSize, matn('clean', '-q', '--from', 'html', '--split', 'nul', '--jobs', '2', raw)));
}
