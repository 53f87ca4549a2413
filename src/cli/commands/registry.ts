/** The record-stream commands, by name: how to build each one's options and its stage. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import type { StageFactory } from '../stage.js';
import { cleanCommand, cleanStage } from './clean.js';
import { detectLangCommand, detectLangStage } from './detect-lang.js';
import { dedupeCommand, dedupeStage } from './dedupe.js';
import { extractQuotesCommand, extractQuotesStage } from './extract-quotes.js';

export interface StageCommand {
  command: (io: CliIO, ctx: CommandContext) => Command;
  stage: StageFactory;
  /** Why this stage, with these options, can only end a chain (it emits no documents), if so. */
  endsChain?: (opts: Record<string, unknown>) => string | undefined;
}

export const STAGE_COMMANDS: Record<string, StageCommand> = {
  clean: { command: cleanCommand, stage: cleanStage },
  'detect-lang': { command: detectLangCommand, stage: detectLangStage },
  dedupe: {
    command: dedupeCommand,
    stage: dedupeStage,
    endsChain: (opts) => (opts.emitKeys ? 'dedupe --emit-keys writes band keys, not documents' : undefined),
  },
  'extract-quotes': {
    command: extractQuotesCommand,
    stage: extractQuotesStage,
    endsChain: (opts) => (opts.nest ? undefined : 'extract-quotes writes quotes, not documents (use --nest to keep documents)'),
  },
};
