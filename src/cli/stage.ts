/**
 * A command as a stage of the record stream: its per-record processor, built from parsed options,
 * plus what to do once the stream ends. `matn <command>` runs one stage over its own stream;
 * `matn run` chains several in one process.
 */
import type { Command } from 'commander';
import { EXIT } from '../io/errors.js';
import type { CliIO } from './io.js';
import type { CommandContext } from './context.js';
import { recordStreamOptions, type RecordStreamOptions } from './record-options.js';
import { runStream, type RecordProcessor } from './run-stream.js';

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
  cmd: Command;
  /** True when the command reads its own stream (`matn dedupe`), false inside `matn run`. */
  standalone: boolean;
}

/** Builds the stage, or writes a usage error to stderr and returns undefined (exit 2). */
export type StageFactory = (input: StageInput) => Stage | undefined;

/** The commander action of a single-command run: one stage over its own record stream. */
export function stageAction(command: string, factory: StageFactory, io: CliIO, ctx: CommandContext) {
  return async (files: string[], opts: Record<string, unknown>, cmd: Command): Promise<void> => {
    const stream = recordStreamOptions(opts);
    const stage = factory({ files, opts, stream, io, cmd, standalone: true });
    if (!stage) {
      ctx.exitCode = EXIT.INPUT;
      return;
    }
    ctx.exitCode = await runStream({ command, files, options: stream, processor: stage.processor, io, signal: ctx.signal });
    await stage.close?.();
  };
}
