import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSource, readRecords } from '../../src/io/reader.js';
import { fixture } from '../helpers/fixtures.js';
import { MAX_JSON_DEPTH, TextFramer, nestsDeeperThan, parseJsonLine, type RawRecord } from '../../src/io/framing.js';
import { Utf8Decoder } from '../../src/io/utf8.js';
import { InputError } from '../../src/io/errors.js';
import { recordJson } from '../../src/io/record.js';

function frame(mode: 'doc' | 'line' | 'para' | 'nul', chunks: string[]): RawRecord[] {
  const f = new TextFramer(mode, 'x.txt');
  const out: RawRecord[] = [];
  for (const c of chunks) f.push(c, out);
  f.end(out);
  return out;
}

describe('TextFramer', () => {
  it('cuts lines across chunk boundaries, strips CR, keeps a last line without newline', () => {
    expect(frame('line', ['ab\r\ncd', 'e\nf'])).toEqual([
      { text: 'ab', line: 1 }, { text: 'cde', line: 2 }, { text: 'f', line: 3 },
    ]);
  });
  it('keeps a whole document as one record and turns CRLF into LF', () => {
    expect(frame('doc', ['a\r\n', 'b\n'])).toEqual([{ text: 'a\nb\n', line: 1 }]);
  });
  it('cuts paragraphs on runs of blank (or whitespace-only) lines, with start lines', () => {
    expect(frame('para', ['p1\np1b\n\n  \np2\n'])).toEqual([
      { text: 'p1\np1b', line: 1 }, { text: 'p2', line: 5 },
    ]);
  });
  it('cuts NUL-separated records and counts their lines', () => {
    expect(frame('nul', ['a\nb\0c\0\n'])).toEqual([{ text: 'a\nb', line: 1 }, { text: 'c', line: 2 }]);
  });
  it('rejects a NUL byte in text mode, naming the line', () => {
    expect(() => frame('line', ['ok\nba\0d\n'])).toThrow(InputError);
    try { frame('line', ['ok\nba\0d\n']); } catch (e) { expect((e as InputError).format()).toBe('x.txt:2: NUL byte in text input (use --split nul for NUL-separated records)'); }
  });
});

describe('parseJsonLine', () => {
  it('returns the object with fields in order', () => {
    expect(Object.keys(parseJsonLine('{"b":1,"text":"t","a":2}', 's', 1, 'text'))).toEqual(['b', 'text', 'a']);
  });
  it('names file and line for malformed JSON, non-objects and missing text', () => {
    expect(() => parseJsonLine('{bad', 'f.jsonl', 7, 'text')).toThrow(/invalid JSON/);
    expect(() => parseJsonLine('[1]', 'f.jsonl', 7, 'text')).toThrow(/not an object/);
    expect(() => parseJsonLine('{"body":"x"}', 'f.jsonl', 7, 'text')).toThrow(/field "text" is missing/);
    try { parseJsonLine('{"text":3}', 'f.jsonl', 7, 'text'); } catch (e) { expect((e as InputError).format()).toBe('f.jsonl:7: field "text" is not a string'); }
  });
});

describe('nestsDeeperThan', () => {
  it('counts array and object nesting, not brackets inside strings (escaped quotes included)', () => {
    expect(nestsDeeperThan('{"a":[[1]]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[[[1]]]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"t":"[[[[{{{{ \\" [[[[","a":1}', 3)).toBe(false);
    expect(nestsDeeperThan('{"t":"x\\\\","a":[[[[1]]]]}', 3)).toBe(true);
  });
  it('parseJsonLine refuses records nested past the limit, naming the line (they could not be written back)', () => {
    const deep = `{"text":"t","d":${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}}`;
    expect(() => parseJsonLine(deep, 'f.jsonl', 3, 'text')).toThrow(/JSON nested deeper than 1000 levels/);
    const ok = `{"text":"t","d":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(parseJsonLine(ok, 'f.jsonl', 3, 'text').text).toBe('t');
  });
});

describe('Utf8Decoder', () => {
  it('decodes a multi-byte character split across chunks', () => {
    const d = new Utf8Decoder();
    const bytes = Buffer.from('سلام', 'utf8');
    expect((d.decode(bytes.subarray(0, 3)) as string) + (d.decode(bytes.subarray(3)) as string) + (d.end() as string)).toBe('سلام');
  });
  it('reports the byte offset of the first invalid byte, across chunks', () => {
    const d = new Utf8Decoder();
    expect(d.decode(Buffer.from('abc'))).toBe('abc');
    expect(d.decode(Buffer.from([0x64, 0xff, 0x65]))).toEqual({ invalidAt: 4 });
  });
  it('reports a truncated sequence at the end', () => {
    const d = new Utf8Decoder();
    d.decode(Buffer.from([0x61, 0xd8]));
    expect(d.end()).toEqual({ invalidAt: 1 });
  });
});

describe('recordJson', () => {
  it('keeps input fields and their order, replaces the text, appends new fields', () => {
    const rec = { id: 'a', text: 'old', source: 's', line: 1, index: 1, fields: { id: 'a', text: 'old', z: 1 } };
    expect(JSON.stringify(recordJson(rec, { textField: 'text', idField: 'id' }, 'new', { lang: 'fa' })))
      .toBe('{"id":"a","text":"new","z":1,"lang":"fa"}');
  });
  it('gives text records an id and text field', () => {
    const rec = { id: 'f.txt:2', text: 't', source: 'f.txt', line: 2, index: 2 };
    expect(recordJson(rec, { textField: 'body', idField: 'key' }, 'u')).toEqual({ key: 'f.txt:2', body: 'u' });
  });
});

describe('readRecords', () => {
  // Where the platform lists open descriptors (Linux), a reader that stops early must close its file.
  it.runIf(existsSync('/proc/self/fd'))('a reader that stops early closes the file (plain or gzip)', async () => {
    const opts = { from: 'auto', split: 'doc', textField: 'text', idField: 'id', skipInvalid: false } as const;
    const open = (): number => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) {
      for (const f of ['seeds/000_ea9aa9f6c6e9cc46.txt', 'edge/gzipped.jsonl.gz']) {
        for await (const batch of readRecords([fileSource(fixture(f))], opts)) { expect(batch.length).toBeGreaterThan(0); break; }
      }
      await expect((async () => { for await (const _ of readRecords([fileSource(fixture('edge/malformed.jsonl'))], opts)); })()).rejects.toThrow(InputError);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(open()).toBeLessThanOrEqual(before + 2);
  });
});
