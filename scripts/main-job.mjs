#!/usr/bin/env node
// `npm start`: the main job on the bundled fixtures. For now `matn clean` over the seed
// articles (JSON Lines with title and meta); later stages join as they land.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = readdirSync(`${root}fixtures/seeds`).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`);
const args = ['bin/matn', 'clean', ...seeds];
process.stderr.write(`$ matn clean ${seeds.join(' ')}\n`);
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exitCode = r.status ?? 1;
