#!/usr/bin/env node
// The floor under any Node.js JSON Lines transform, for `npm run bench`: read the file, decode
// UTF-8, JSON.parse every line, JSON.stringify it back, encode and write, doing no work on the
// text. matn's commands pay this much before any work of their own; `cat` shows the disk.
import fs from 'node:fs';
import { once } from 'node:events';

const decoder = new TextDecoder('utf-8', { fatal: true });
let carry = '';
let parts = [];
let size = 0;

async function flush() {
  if (size === 0) return;
  const data = parts.join('');
  parts = [];
  size = 0;
  if (!process.stdout.write(data)) await once(process.stdout, 'drain');
}

for await (const chunk of fs.createReadStream(process.argv[2], { highWaterMark: 1 << 16 })) {
  const text = decoder.decode(chunk, { stream: true });
  let start = 0;
  let at = text.indexOf('\n');
  let piece = carry;
  if (at === -1) { carry += text; continue; }
  while (at !== -1) {
    piece += text.slice(start, at);
    if (piece.trim()) {
      const line = JSON.stringify(JSON.parse(piece)) + '\n';
      parts.push(line);
      size += line.length;
    }
    piece = '';
    start = at + 1;
    at = text.indexOf('\n', start);
  }
  carry = text.slice(start);
  if (size >= 1 << 16) await flush();
}
if (carry.trim()) parts.push(JSON.stringify(JSON.parse(carry)) + '\n');
size += 1;
await flush();
