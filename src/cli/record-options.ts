/** The record-stream options every command shares, and turning them into reader/output settings. */
import { Option, type Command } from 'commander';
import type { Framing } from '../io/framing.js';
import type { InputFormat } from '../io/reader.js';
import type { ColorWhen } from './color.js';
import { positiveInt } from './option-parsers.js';

export type OutputFormat = 'auto' | 'text' | 'jsonl';

export interface RecordStreamOptions {
  from: InputFormat;
  to: OutputFormat;
  split: Framing;
  textField: string;
  idField: string;
  skipInvalid: boolean;
  /** A JSON Lines field read as an HTML page when the text field is absent (clean). */
  htmlField?: string;
  quiet: boolean;
  color: ColorWhen;
}

export function addRecordOptions(cmd: Command, defaultSplit: Framing = 'doc', html = false): Command {
  const from = html
    ? new Option('--from <format>', 'input format; auto = JSON Lines when the first non-blank character is "{"; html = each record is a web page (auto-detected from <!DOCTYPE or <html, or a JSON Lines `html` field)').choices(['auto', 'text', 'jsonl', 'html'])
    : new Option('--from <format>', 'input format; auto = JSON Lines when the first non-blank character is "{"').choices(['auto', 'text', 'jsonl']);
  return cmd
    .addOption(from.default('auto'))
    .addOption(new Option('--to <format>', 'output format; auto = like the input (JSON Lines for several input files)').choices(['auto', 'text', 'jsonl']).default('auto'))
    .addOption(new Option('--split <unit>', 'how text input is cut into records: whole file, line, blank-line paragraph, NUL').choices(['doc', 'line', 'para', 'nul']).default(defaultSplit))
    .option('--text-field <name>', 'JSON Lines field holding the text', 'text')
    .option('--id-field <name>', 'JSON Lines field holding the record id', 'id')
    .option('--skip-invalid', 'skip malformed JSON lines (count reported on stderr) instead of stopping', false)
    .option('-q, --quiet', 'no progress or summary lines on stderr', false)
    .addOption(new Option('--color <when>', 'color diagnostics').choices(['auto', 'always', 'never']).default('auto'));
}

/** --jobs, for the commands whose per-record work can run in worker threads. */
export function addJobsOption(cmd: Command): Command {
  return cmd.option('-j, --jobs <n>', 'worker threads for the per-record work, output order kept (see README: Using both cores)', positiveInt, 1);
}

export function recordStreamOptions(opts: Record<string, unknown>): RecordStreamOptions {
  return {
    from: opts.from as InputFormat,
    to: opts.to as OutputFormat,
    split: opts.split as Framing,
    textField: String(opts.textField),
    idField: String(opts.idField),
    skipInvalid: Boolean(opts.skipInvalid),
    quiet: Boolean(opts.quiet),
    color: opts.color as ColorWhen,
  };
}
