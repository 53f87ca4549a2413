import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-cli.js';

const S0 = readFixture('seeds/000_ea9aa9f6c6e9cc46.txt');
const S2 = readFixture('seeds/002_57ae94005e19906b.txt');
const jsonl = (recs: Array<Record<string, unknown>>) => recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const ids = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
const INPUT = jsonl([
  { id: 'a', text: S0, src: 'x' },
  { id: 'b', text: S2 },
  { id: 'c', text: S0.replace(/ی/g, 'ي') },
  { id: 'd', text: S2.slice(0, S2.length / 2) },
  { id: 'e', text: '' },
]);

describe('matn dedupe (in-process)', () => {
  it('drops duplicates, keeps the first and the input order, fields untouched', async () => {
    const r = await runInProcess(['dedupe'], INPUT);
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['a', 'b', 'e']);
    expect(Object.keys(JSON.parse(r.stdout.split('\n')[0]!))).toEqual(['id', 'text', 'src']);
  });
  it('--mark keeps every record and adds duplicate_of and similarity', async () => {
    const r = await runInProcess(['dedupe', '--mark'], INPUT);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(recs[2]).toMatchObject({ duplicate_of: 'a', similarity: 1 });
    expect(recs[3].duplicate_of).toBe('b');
    expect(recs[0].duplicate_of).toBeUndefined();
  });
  it('--report writes one line per dropped record; --stats prints counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matn-'));
    const rep = join(dir, 'dropped.jsonl');
    const r = await runInProcess(['dedupe', '--report', rep, '--stats'], INPUT);
    const lines = readFileSync(rep, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'c', duplicate_of: 'a', method: 'exact', score: 1 },
      expect.objectContaining({ id: 'd', duplicate_of: 'b', method: 'near' }),
    ]);
    expect(r.stderr).toMatch(/5 records, 3 kept, 2 dropped \(1 exact, 1 near\)/);
    const bad = await runInProcess(['dedupe', '--report', join(dir, 'no/such/dir/r.jsonl')], INPUT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write report \(ENOENT\)/);
    expect(bad.stdout).toBe('');
  });
  it('--exact keeps the truncated copy', async () => {
    expect(ids((await runInProcess(['dedupe', '--exact'], INPUT)).stdout)).toEqual(['a', 'b', 'd', 'e']);
  });
  it('plain text on stdin is deduplicated line by line, like uniq but near-duplicate', async () => {
    const r = await runInProcess(['dedupe'], 'وزیر امور خارجه امروز به تهران بازگشت\nوزیر امور خارجه امروز به تهران بازگشت.\nخبر دیگری است\n');
    expect(r.stdout).toBe('وزیر امور خارجه امروز به تهران بازگشت\nخبر دیگری است\n');
  });
  it('--emit-keys writes key<TAB>id lines; --drop-list drops exactly the listed ids', async () => {
    const keys = await runInProcess(['dedupe', '--emit-keys'], INPUT);
    const rows = keys.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.every((x) => x.length === 2)).toBe(true);
    // a and c share their exact key: the grouping recipe finds them.
    const exactKey = (id: string) => rows.find((x) => x[1] === id && x[0]!.startsWith('x:'))![0];
    expect(exactKey('a')).toBe(exactKey('c'));
    const dir = mkdtempSync(join(tmpdir(), 'matn-'));
    const list = join(dir, 'drop.txt');
    writeFileSync(list, 'c\nd\n');
    expect(ids((await runInProcess(['dedupe', '--drop-list', list], INPUT)).stdout)).toEqual(['a', 'b', 'e']);
    const missing = await runInProcess(['dedupe', '--drop-list', join(dir, 'nope.txt')], INPUT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: cannot read drop list/);
  });
  it('--threshold is validated; help lists every option', async () => {
    expect((await runInProcess(['dedupe', '--threshold', '7'], INPUT)).code).toBe(2);
    const h = await runInProcess(['dedupe', '--help']);
    for (const o of ['--threshold', '--containment', '--exact', '--mark', '--report', '--stats', '--emit-keys', '--drop-list']) expect(h.stdout).toContain(o);
    expect(h.stdout.indexOf('Examples:')).toBeLessThan(h.stdout.indexOf('Usage:'));
  });
});
