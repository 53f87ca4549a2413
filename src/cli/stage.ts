/**
 * A command as a stage of the record stream: its per-record processor, built from parsed options,
 * plus what to do once the stream ends. `matn <command>` runs one stage over its own stream;
 * `matn run` chains several in one process.
 */
import type { Command } from 'commander';
import { ChainProcessor } from './chain.js';
import { ParallelEngine, type WorkerInit } from './parallel.js';
import { EXIT } from '../io/errors.js';
import type { CliIO } from './io.js';
import type { CommandContext } from './context.js';
import { recordStreamOptions, type RecordStreamOptions } from './record-options.js';
import { isSplit, type RecordProcessor } from './processor.js';
import { runStream } from './run-stream.js';

export interface Stage {
  processor: RecordProcessor;
  /** After the stream ends (also after an input error): close report files, print summaries. */
  close?: () => Promise<void>;
}

export interface StageInput {
  files: string[];
  opts: Record<string, unknown>;
  /** The stage's record-stream options; a factory may adjust `to` (e.g. --mark needs JSON Lines). */
  stream: RecordStreamOptions;
  io: CliIO;
  /** Where an option's value came from ('cli', 'default', …), as commander tells it. */
  optionSource: (key: string) => string | undefined;
  /** True when the command reads its own stream (`matn dedupe`), false inside `matn run`. */
  standalone: boolean;
}

/**
 * Builds the stage, or writes a usage error to stderr and returns undefined (exit 2). Async so a
 * command loads its core (models, lexicons) only when it runs: `matn clean` never loads langid.
 */
export type StageFactory = (input: StageInput) => Stage | undefined | Promise<Stage | undefined>;

/** The commander action of a single-command run: one stage over its own record stream. */
export function stageAction(command: string, factory: StageFactory, io: CliIO, ctx: CommandContext) {
  return async (files: string[], opts: Record<string, unknown>, cmd: Command): Promise<void> => {
    const stream = recordStreamOptions(opts);
    const optionSource = (key: string): string | undefined => cmd.getOptionValueSource(key);
    const stage = await factory({ files, opts, stream, io, optionSource, standalone: true });
    if (!stage) {
      ctx.exitCode = EXIT.INPUT;
      return;
    }
    const { processor } = stage;
    const jobs = Number(opts.jobs ?? 1);
    const engine = jobs > 1 && isSplit(processor)
      ? () => new ParallelEngine({
        jobs,
        chain: new ChainProcessor([{ name: command, processor }], stream),
        prefix: 1,
        init: workerInit([{ name: command, opts }], files, stream, io, true),
      })
      : undefined;
    ctx.exitCode = await runStream({ command, files, options: stream, processor, engine, io, signal: ctx.signal });
    await stage.close?.();
  };
}

/** What a worker thread needs to build the same stages (options are plain values: cloneable). */
export function workerInit(stages: WorkerInit['stages'], files: string[], stream: RecordStreamOptions, io: CliIO, standalone: boolean): WorkerInit {
  return { stages, files, stream, env: { ...io.env }, stderrTTY: io.stderr.isTTY === true, standalone };
}
