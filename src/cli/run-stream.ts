/**
 * Runs one command over the record stream: read records (io/reader), hand each to the
 * command's processor, write what it emits (io/writer), report errors with file and line.
 * Returns the exit code; never exits the process itself.
 */
import { EXIT, InputError } from '../io/errors.js';
import { fileSource, readRecords, streamSource, type Source } from '../io/reader.js';
import type { InputRecord, OutputRecord } from '../io/record.js';
import { renderOutput, type RecordProcessor } from './processor.js';
import { RecordWriter } from '../io/writer.js';
import { ParallelEngine, SerialEngine, type Engine } from './parallel.js';
import type { CliIO } from './io.js';
import type { RecordStreamOptions } from './record-options.js';

export interface StreamRun {
  command: string;
  files: string[];
  options: RecordStreamOptions;
  processor: RecordProcessor;
  /** How records are processed when not one by one in this thread (--jobs). */
  engine?: () => Engine;
  io: CliIO;
  /** Set by bin/matn on SIGINT: stop between batches. */
  signal?: AbortSignal;
}

const PROGRESS_EVERY_MS = 1000;

export async function runStream(run: StreamRun): Promise<number> {
  const { io, options, command } = run;
  const sources = toSources(run.files, io);
  const writer = new RecordWriter(io.stdout);
  const skipped: InputError[] = [];
  let jsonOut = options.to === 'jsonl';
  let decided = options.to !== 'auto';
  const progress = progressReporter(run);
  const engine = run.engine?.() ?? new SerialEngine(run.processor);
  if (engine instanceof ParallelEngine) engine.log = (s) => io.stderr.write(s);

  const emit = (outs: OutputRecord[]): void => {
    for (const out of outs) {
      const s = renderOutput(out, jsonOut, options.split);
      if (s.length > 0) writer.write(s);
    }
  };

  try {
    const records = readRecords(sources, {
      from: options.from,
      split: options.split,
      textField: options.textField,
      idField: options.idField,
      skipInvalid: options.skipInvalid,
      htmlField: options.htmlField,
      onSkip: (err) => skipped.push(err),
    });
    for await (const batch of records) {
      if (batch.length === 0) continue;
      if (!decided) {
        decided = true;
        jsonOut = batch[0]?.fields !== undefined || sources.length > 1;
      }
      if (engine instanceof ParallelEngine) engine.jsonOut = jsonOut;
      emit(await engine.push(batch));
      progress.tick(batch);
      await writer.maybeFlush();
      if (writer.closed || run.signal?.aborted) break;
    }
    if (!writer.closed && !run.signal?.aborted) emit(await engine.end());
    await writer.flush();
  } catch (err) {
    progress.clear();
    if (err instanceof InputError) {
      // Records read before the bad input are whole and valid: they still go out.
      emit(await engine.end());
      await writer.flush().catch(() => undefined);
      io.stderr.write(`matn ${command}: ${err.format()}\n`);
      return EXIT.INPUT;
    }
    await writer.flush().catch(() => undefined);
    const e = err as Error;
    io.stderr.write(`matn ${command}: internal error: ${e?.stack ?? String(err)}\n`);
    return EXIT.INTERNAL;
  } finally {
    await engine.close();
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
