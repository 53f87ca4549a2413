#!/usr/bin/env node
// `npm start`: the main job on the bundled fixtures — the whole pipeline over the seeds and
// fixtures/news (real Apache/MIT articles, one saved twice), four processes joined by real pipes:
//   matn clean fixtures/{seeds,news}/*.txt | matn detect-lang --only fa,ar | matn dedupe | matn extract-quotes
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = ['seeds', 'news'].flatMap((dir) => readdirSync(`${root}fixtures/${dir}`).filter((f) => f.endsWith('.txt')).sort().map((f) => `fixtures/${dir}/${f}`));
const stages = [
  ['clean', ...inputs],
  ['detect-lang', '--only', 'fa,ar'],
  ['dedupe', '--stats'],
  ['extract-quotes', '--to', 'text'],
];
process.stderr.write(`$ ${stages.map((s) => `matn ${s.join(' ')}`).join(' \\\n  | ')}\n`);

let prev;
const done = stages.map((args, i) => new Promise((resolve) => {
  const last = i === stages.length - 1;
  const child = spawn(process.execPath, [`${root}bin/matn`, ...args], {
    cwd: root,
    stdio: [prev ? 'pipe' : 'ignore', last ? 'inherit' : 'pipe', 'inherit'],
  });
  if (prev) prev.pipe(child.stdin);
  prev = child.stdout;
  child.on('close', (code) => resolve(code ?? 1));
}));
const codes = await Promise.all(done);
process.exitCode = codes.find((c) => c !== 0) ?? 0;
