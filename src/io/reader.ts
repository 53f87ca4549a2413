/**
 * The stream adapter of the record stream: reads sources (files or stdin) chunk by chunk,
 * checks UTF-8, strips a BOM, picks text or JSON Lines, and yields batches of records.
 * Memory is bounded by one chunk plus the record being assembled.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from './errors.js';
import { TextFramer, parseJsonLine, type Framing, type RawRecord } from './framing.js';
import { Utf8Decoder } from './utf8.js';
import { recordId, type InputRecord } from './record.js';

/** `html`: text framing, each record an HTML page (only `clean` takes it). */
export type InputFormat = 'auto' | 'text' | 'jsonl' | 'html';

export interface ReaderOptions {
  from: InputFormat;
  split: Framing;
  textField: string;
  idField: string;
  skipInvalid: boolean;
  /** A JSON Lines field holding an HTML page, read when the text field is absent (`clean`: `html`). */
  htmlField?: string;
  /** Called for each skipped invalid JSON line (with --skip-invalid). */
  onSkip?: (err: InputError) => void;
}

export interface Source {
  /** Name used in ids and messages: the path as given, or `<stdin>`. */
  name: string;
  open: () => Readable;
}

export function fileSource(path: string): Source {
  // 64 KiB reads: TextDecoder turns a 1 MiB chunk into a string at half the speed (large-object
  // space), and a pipe delivers 64 KiB anyway.
  return { name: path, open: () => createReadStream(path, { highWaterMark: 1 << 16 }) };
}

export function streamSource(stream: Readable, name = '<stdin>'): Source {
  return { name, open: () => stream };
}

/** Yields records in input order, in batches (one batch per chunk read). */
export async function* readRecords(sources: Source[], opts: ReaderOptions): AsyncGenerator<InputRecord[]> {
  for (const source of sources) {
    yield* readSource(source, opts);
  }
}

async function* readSource(source: Source, opts: ReaderOptions): AsyncGenerator<InputRecord[]> {
  const decoder = new Utf8Decoder();
  let format: 'text' | 'jsonl' | undefined = opts.from === 'auto' ? undefined : opts.from === 'html' ? 'text' : opts.from;
  const html = opts.from === 'html' ? true : undefined;
  let framer: TextFramer | undefined;
  let pending = ''; // text held back until the format is known (auto)
  let first = true;
  let index = 0;
  const raw: RawRecord[] = [];

  // A bad line ends the run, but the records before it in the same chunk still go out first.
  let failure: unknown;
  const toRecords = (): InputRecord[] => {
    const batch: InputRecord[] = [];
    for (const r of raw) {
      if (format === 'jsonl') {
        if (r.text.trim().length === 0) continue;
        let fields: Record<string, unknown>;
        try {
          fields = parseJsonLine(r.text, source.name, r.line, opts.textField, opts.htmlField);
        } catch (err) {
          if (opts.skipInvalid && err instanceof InputError) {
            opts.onSkip?.(err);
            continue;
          }
          failure = err;
          break;
        }
        index++;
        const id = recordId(fields, opts.idField, `${source.name}:${r.line}`);
        const page = typeof fields[opts.textField] !== 'string';
        const text = (page ? fields[opts.htmlField!] : fields[opts.textField]) as string;
        batch.push({ id, text, source: source.name, line: r.line, index, fields, html: page || undefined });
      } else {
        index++;
        const id = opts.split === 'doc' ? source.name : `${source.name}:${index}`;
        batch.push({ id, text: r.text, source: source.name, line: r.line, index, html });
      }
    }
    raw.length = 0;
    return batch;
  };

  const feed = (text: string): void => {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = text.length === 0;
    }
    if (format === undefined) {
      pending += text;
      const firstChar = pending.match(/\S/);
      if (!firstChar) return;
      format = firstChar[0] === '{' ? 'jsonl' : 'text';
      text = pending;
      pending = '';
    }
    if (!framer) framer = new TextFramer(format === 'jsonl' ? 'line' : opts.split, source.name);
    framer.push(text, raw);
  };

  const stream = gunzipped(source.open(), source.name);
  try {
    for await (const chunk of stream) {
      const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const text = decoder.decode(bytes);
      if (typeof text !== 'string') throw invalidUtf8(source.name, text.invalidAt, text.hint);
      feed(text);
      if (raw.length > 0) yield toRecords();
      if (failure) break;
    }
  } catch (err) {
    throw asInputError(err, source.name);
  }
  if (failure) throw failure;
  const rest = decoder.end();
  if (typeof rest !== 'string') throw invalidUtf8(source.name, rest.invalidAt);
  feed(rest);
  if (format === undefined) return; // empty or whitespace-only source: no records
  framer?.end(raw);
  if (raw.length > 0) yield toRecords();
  if (failure) throw failure;
}

/**
 * The source's bytes, gunzipped when they start with gzip's magic bytes (`news.jsonl.gz`, or a
 * gzip stream on stdin), as ripgrep's -z and zcat would; anything else as it is.
 */
async function* gunzipped(stream: Readable, name: string): AsyncGenerator<Uint8Array | string> {
  const chunks = stream[Symbol.asyncIterator]();
  const head = await chunks.next();
  if (head.done) return;
  const first = head.value as Uint8Array | string;
  const rest = async function* (): AsyncGenerator<Uint8Array | string> {
    try {
      yield first;
      for (let c = await chunks.next(); !c.done; c = await chunks.next()) yield c.value as Uint8Array | string;
    } finally {
      // A reader that stops early (bad input, a closed pipe) closes the file, as for-await would.
      await chunks.return?.();
    }
  };
  if (typeof first === 'string' || first.length < 2 || first[0] !== 0x1f || first[1] !== 0x8b) { yield* rest(); return; }
  const gunzip = createGunzip();
  const done = pipeline(Readable.from(rest()), gunzip);
  // Its failure is the gunzip stream's too, met below; a reader that stops early ends both.
  done.catch(() => undefined);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
    await done;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof InputError || !e?.code?.startsWith('Z_')) throw err;
    throw new InputError(`invalid gzip data: ${e.message}`, { source: name });
  }
}

function invalidUtf8(source: string, byte: number, hint?: string): InputError {
  return new InputError(`invalid UTF-8 at byte ${byte}${hint ? `; ${hint}` : ''}`, { source, byte });
}

/** File-system errors become input errors with a plain message (`No such file or directory`). */
function asInputError(err: unknown, source: string): unknown {
  if (err instanceof InputError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && e.syscall) {
    const reason: Record<string, string> = {
      ENOENT: 'No such file or directory',
      EACCES: 'Permission denied',
      EISDIR: 'Is a directory',
    };
    return new InputError(reason[e.code] ?? e.message, { source });
  }
  return err;
}
