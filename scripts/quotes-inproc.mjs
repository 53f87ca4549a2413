#!/usr/bin/env node
// `npm run bench`'s in-process extract-quotes rate, in a process of its own: run after the
// dedupe section in the bench's process it measured the heap dedupe left (6–10 MB/s there
// against 25 alone, for this build and the one before alike). Prints one JSON line.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { extractQuotes } = await import('../dist/index.js');
const seeds = fs.readdirSync(`${root}fixtures/seeds`).map((f) => fs.readFileSync(`${root}fixtures/seeds/${f}`, 'utf8'));
// The seeds (real agency copy, 5 articles) repeated to ~5 MB.
const docs = [];
let bytes = 0;
while (bytes < 5e6) for (const t of seeds) { docs.push(t); bytes += Buffer.byteLength(t); }
for (const t of docs.slice(0, 50)) extractQuotes(t); // warm up
// Four passes: the first still pays for compilation; the median of the other three is the rate
// a long run settles at.
const rates = [];
let quotes = 0;
for (let pass = 0; pass < 4; pass++) {
  const t0 = process.hrtime.bigint();
  quotes = 0;
  for (const t of docs) quotes += extractQuotes(t).length;
  rates.push(bytes / 1e6 / (Number(process.hrtime.bigint() - t0) / 1e9));
}
console.log(JSON.stringify({ docs: docs.length, bytes, quotes, first: rates[0], settled: rates.slice(1).sort((a, b) => a - b)[1] }));
