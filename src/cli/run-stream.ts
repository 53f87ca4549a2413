/**
 * Runs one command over the record stream: read records (io/reader), hand each to the
 * command's processor, write what it emits (io/writer), report errors with file and line.
 * Returns the exit code; never exits the process itself.
 */
import { EXIT, InputError } from '../io/errors.js';
import { fileSource, readRecords, streamSource, type Source } from '../io/reader.js';
import type { InputRecord, OutputRecord } from '../io/record.js';
import { RecordWriter } from '../io/writer.js';
import type { CliIO } from './io.js';
import type { RecordStreamOptions } from './record-options.js';

/** A command's per-record logic. `finish` emits what was held back (windows, buffers). */
export interface RecordProcessor {
  process(rec: InputRecord): OutputRecord[];
  finish?(): OutputRecord[];
}

export interface StreamRun {
  command: string;
  files: string[];
  options: RecordStreamOptions;
  processor: RecordProcessor;
  io: CliIO;
  /** Set by bin/matn on SIGINT: stop between batches. */
  signal?: AbortSignal;
}

const TERMINATOR = { doc: '\n', line: '\n', para: '\n\n', nul: '\0' } as const;
const PROGRESS_EVERY_MS = 1000;

export async function runStream(run: StreamRun): Promise<number> {
  const { io, options, processor, command } = run;
  const sources = toSources(run.files, io);
  const writer = new RecordWriter(io.stdout);
  const skipped: InputError[] = [];
  let jsonOut = options.to === 'jsonl';
  let decided = options.to !== 'auto';
  const progress = progressReporter(run);

  const emit = (outs: OutputRecord[]): void => {
    for (const out of outs) {
      if (jsonOut) writer.write(JSON.stringify(out.json()) + '\n');
      else if (out.omitInText) continue;
      else if (out.unit === 'line') writer.write(out.text + '\n');
      else if (out.text.length > 0 || options.split !== 'doc') writer.write(out.text + TERMINATOR[options.split]);
    }
  };

  try {
    const records = readRecords(sources, {
      from: options.from,
      split: options.split,
      textField: options.textField,
      idField: options.idField,
      skipInvalid: options.skipInvalid,
      onSkip: (err) => skipped.push(err),
    });
    for await (const batch of records) {
      if (batch.length === 0) continue;
      if (!decided) {
        decided = true;
        jsonOut = batch[0]?.fields !== undefined || sources.length > 1;
      }
      for (const rec of batch) emit(processor.process(rec));
      progress.tick(batch);
      await writer.maybeFlush();
      if (writer.closed || run.signal?.aborted) break;
    }
    if (!writer.closed && !run.signal?.aborted && processor.finish) emit(processor.finish());
    await writer.flush();
  } catch (err) {
    progress.clear();
    if (err instanceof InputError) {
      // Records read before the bad input are whole and valid: they still go out.
      if (processor.finish) emit(processor.finish());
      await writer.flush().catch(() => undefined);
      io.stderr.write(`matn ${command}: ${err.format()}\n`);
      return EXIT.INPUT;
    }
    await writer.flush().catch(() => undefined);
    const e = err as Error;
    io.stderr.write(`matn ${command}: internal error: ${e?.stack ?? String(err)}\n`);
    return EXIT.INTERNAL;
  }
  progress.clear();
  if (skipped.length > 0) {
    io.stderr.write(`matn ${command}: skipped ${skipped.length} invalid line${skipped.length === 1 ? '' : 's'} (first: ${skipped[0].format()})\n`);
  }
  if (run.signal?.aborted) return EXIT.INTERRUPTED;
  return EXIT.OK;
}

function toSources(files: string[], io: CliIO): Source[] {
  if (files.length === 0) files = ['-'];
  let stdinUsed = false;
  const sources: Source[] = [];
  for (const f of files) {
    if (f === '-') {
      if (stdinUsed) continue; // stdin is read once even if `-` is repeated
      stdinUsed = true;
      if (io.stdin.isTTY) io.stderr.write('matn: reading from stdin (Ctrl-D to end; --help for usage)\n');
      sources.push(streamSource(io.stdin));
    } else sources.push(fileSource(f));
  }
  return sources;
}

/** A progress line on stderr, only for a human watching (TTY, not CI, not --quiet). */
function progressReporter(run: StreamRun): { tick: (batch: InputRecord[]) => void; clear: () => void } {
  const { io, options } = run;
  const on = io.stderr.isTTY === true && !options.quiet && !io.env.CI;
  let records = 0;
  let chars = 0;
  let last = Date.now();
  let shown = false;
  return {
    tick(batch) {
      if (!on) return;
      records += batch.length;
      for (const r of batch) chars += r.text.length;
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\rmatn ${run.command}: ${records} records, ${(chars / 1e6).toFixed(1)}M chars`);
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
