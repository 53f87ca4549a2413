/** What a command does to records: the contract between commands and the record stream. */
import type { Framing } from '../io/framing.js';
import type { InputRecord, OutputRecord } from '../io/record.js';

/** A command's per-record logic. `finish` emits what was held back (windows, buffers). */
export interface RecordProcessor {
  process(rec: InputRecord): OutputRecord[];
  finish?(): OutputRecord[];
}

/** A record released by a processor's sequential half, with what its pure half needs (cloneable). */
export interface Admitted {
  rec: InputRecord;
  hint?: unknown;
}

/**
 * A processor whose work splits into a sequential half (state across records, main thread) and
 * a pure half (one record at a time, may run in a worker thread: --jobs). process() is
 * admit() then transform(). Without admit/drain the processor is stateless.
 */
export interface SplitProcessor extends RecordProcessor {
  admit?(rec: InputRecord): Admitted[];
  drain?(): Admitted[];
  transform(rec: InputRecord, hint?: unknown): OutputRecord[];
}

export function isSplit(p: RecordProcessor): p is SplitProcessor {
  return typeof (p as SplitProcessor).transform === 'function';
}

const TERMINATOR = { doc: '\n', line: '\n', para: '\n\n', nul: '\0' } as const;

/**
 * The bytes an output record becomes on stdout: a JSON line, or its text framed like the input
 * (`unit: 'line'` always one line; a record a text pipeline drops, nothing).
 */
export function renderOutput(out: OutputRecord, jsonOut: boolean, split: Framing): string {
  if (out.rendered !== undefined) return out.rendered;
  if (jsonOut) return JSON.stringify(out.json()) + '\n';
  if (out.omitInText) return '';
  if (out.unit === 'line') return out.text + '\n';
  if (out.text.length > 0 || split !== 'doc') return out.text + TERMINATOR[split];
  return '';
}
