/** `matn run`: several commands chained in one process, records handed on as objects. */
import { Command, CommanderError } from 'commander';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../../io/errors.js';
import { ChainProcessor, type ChainLink } from '../chain.js';
import { addJobsOption, addRecordOptions, recordStreamOptions, type RecordStreamOptions } from '../record-options.js';
import { runStream } from '../run-stream.js';
import { ParallelEngine, parallelPrefix } from '../parallel.js';
import { workerInit, type Stage } from '../stage.js';
import { STAGE_COMMANDS } from './registry.js';

const EXAMPLES = `
Examples:
  matn run 'clean | detect-lang --only fa | dedupe | extract-quotes' news/*.txt > quotes.jsonl
  matn run clean,detect-lang,dedupe news/*.txt > unique.jsonl
  matn run 'clean --digits latin | dedupe --stats' --split line < headlines.txt
`;

/** Options of the record stream: set once on `matn run`, not per stage. */
const STREAM_OPTIONS = ['from', 'to', 'split', 'textField', 'idField', 'skipInvalid', 'jobs'] as const;

export function runCommand(io: CliIO, ctx: CommandContext): Command {
  const cmd = new Command('run')
    .summary('run several commands as one pipeline in one process')
    .description(`Run a pipeline of matn commands in one process: the same stages and options as the shell pipeline \`matn A | matn B | …\`, written as one argument ('A --opt | B | C') or as names joined by commas (A,B,C). Between stages records pass as objects, as with --to jsonl, so no JSON is written and parsed again; title, meta and lang travel with each record. Input, framing and output options (--from, --split, --to, --text-field, --id-field, --skip-invalid) belong to \`matn run\`, not to a stage. extract-quotes (without --nest) and dedupe --emit-keys can only be the last stage. Stages: ${Object.keys(STAGE_COMMANDS).join(', ')}.`)
    .argument('<pipeline>', "stages: 'clean | detect-lang --only fa | dedupe' or clean,detect-lang,dedupe")
    .argument('[file...]', 'input files (default: stdin; - for stdin)')
    .addHelpText('before', EXAMPLES);
  addRecordOptions(cmd);
  addJobsOption(cmd);
  cmd.action(async (pipeline: string, files: string[], opts: Record<string, unknown>) => {
    const stream = recordStreamOptions(opts);
    const built = await buildStages(pipeline, files, stream, io, ctx);
    if (!built) {
      ctx.exitCode = EXIT.INPUT;
      return;
    }
    // The last stage decides the output like it would alone (--mark and --nest need JSON Lines).
    const lastTo = built.streams[built.streams.length - 1]!.to;
    if (stream.to === 'auto') stream.to = lastTo;
    const chain = new ChainProcessor(built.links, stream);
    // --jobs: the leading stages that work record by record run in worker threads.
    const jobs = Number(opts.jobs);
    const prefix = parallelPrefix(chain);
    const engine = jobs > 1 && prefix > 0
      ? () => new ParallelEngine({ jobs, chain, prefix, init: workerInit(built.specs.slice(0, prefix), files, stream, io, false) })
      : undefined;
    ctx.exitCode = await runStream({ command: 'run', files, options: stream, processor: chain, engine, io, signal: ctx.signal });
    for (const stage of built.stages) await stage.close?.();
  });
  return cmd;
}

interface BuiltStages {
  links: ChainLink[];
  /** Each stage's command name and parsed options (what a worker thread rebuilds it from). */
  specs: Array<{ name: string; opts: Record<string, unknown> }>;
  stages: Stage[];
  streams: RecordStreamOptions[];
}

async function buildStages(pipeline: string, files: string[], stream: RecordStreamOptions, io: CliIO, ctx: CommandContext): Promise<BuiltStages | undefined> {
  const fail = (msg: string): undefined => {
    io.stderr.write(`matn run: ${msg}\n`);
    return undefined;
  };
  let specs: string[][];
  try {
    specs = parsePipeline(pipeline);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (specs.length === 0) return fail('the pipeline names no stage');
  const built: BuiltStages = { links: [], specs: [], stages: [], streams: [] };
  for (const [i, [name, ...args]] of specs.entries()) {
    const where = `stage ${i + 1} (${name})`;
    const spec = STAGE_COMMANDS[name!];
    if (!spec) return fail(`stage ${i + 1}: unknown command '${name}' (stages: ${Object.keys(STAGE_COMMANDS).join(', ')})`);
    const parsed = await parseStage(spec.command(io, ctx), args, where, io);
    if (parsed === 'help') return undefined;
    if (!parsed) return undefined;
    const { opts, cmd, files: stageFiles } = parsed;
    if (stageFiles.length > 0) return fail(`${where}: input files go after the pipeline, not inside a stage ('${stageFiles[0]}')`);
    const misplaced = STREAM_OPTIONS.find((k) => cmd.getOptionValueSource(k) === 'cli');
    if (misplaced) return fail(`${where}: --${misplaced.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is set on matn run, not on a stage`);
    const ends = spec.endsChain?.(opts);
    if (ends && i < specs.length - 1) return fail(`${where} must be the last stage: ${ends}`);
    const stageStream = { ...stream };
    const optionSource = (key: string): string | undefined => cmd.getOptionValueSource(key);
    const stage = await spec.stage({ files, opts, stream: stageStream, io, optionSource, standalone: false });
    if (!stage) return undefined;
    built.links.push({ name: name!, processor: stage.processor });
    built.specs.push({ name: name!, opts });
    built.stages.push(stage);
    built.streams.push(stageStream);
  }
  return built;
}

/** Parses a stage's arguments with its own command (same options, checks and help as alone). */
async function parseStage(stage: Command, args: string[], where: string, io: CliIO): Promise<{ files: string[]; opts: Record<string, unknown>; cmd: Command } | 'help' | undefined> {
  let parsed: { files: string[]; opts: Record<string, unknown>; cmd: Command } | undefined;
  stage
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`matn run: ${where}: ${s.replace(/^error: /, '')}`),
    })
    .action((files: string[], opts: Record<string, unknown>, cmd: Command) => {
      parsed = { files, opts, cmd };
    });
  try {
    await stage.parseAsync(args, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help') return 'help';
      return undefined;
    }
    throw err;
  }
  return parsed;
}

/**
 * `clean --digits latin | dedupe` → [['clean', '--digits', 'latin'], ['dedupe']].
 * Words split on spaces, '…' and "…" quote; `|` separates stages; a stage written as a
 * bare comma list (`clean,dedupe`) is several stages.
 */
export function parsePipeline(spec: string): string[][] {
  const stages: string[][] = [[]];
  let word: string | undefined;
  let quote: string | undefined;
  const endWord = (): void => {
    if (word !== undefined) stages[stages.length - 1]!.push(word);
    word = undefined;
  };
  for (const ch of spec) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '|') {
      endWord();
      stages.push([]);
    } else if (/\s/.test(ch)) endWord();
    else word = (word ?? '') + ch;
  }
  if (quote) throw new Error(`unclosed ${quote} in the pipeline`);
  endWord();
  const out: string[][] = [];
  for (const [i, s] of stages.entries()) {
    if (s.length === 0) {
      if (stages.length > 1) throw new Error(`stage ${i + 1} is empty (a stray '|'?)`);
      continue;
    }
    if (s.length === 1 && s[0]!.includes(',') && !s[0]!.startsWith('-')) out.push(...s[0]!.split(',').filter(Boolean).map((n) => [n]));
    else out.push(s);
  }
  return out;
}
