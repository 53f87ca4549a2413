/**
 * The CLI: builds the commander program and runs it against injected streams.
 * Returns the exit code; only bin/matn touches the process.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT } from '../io/errors.js';
import { STAGE_COMMANDS } from './commands/registry.js';
import { runCommand } from './commands/run.js';
import type { CommandContext } from './context.js';
import type { CliIO } from './io.js';

const EXAMPLES = `
Examples:
  matn clean news/*.txt > clean.jsonl
  matn clean article.txt --explain
  matn clean --split line < headlines.txt
  matn clean news/*.txt | matn detect-lang --only fa | matn dedupe > persian.jsonl
  matn clean news/*.txt | matn detect-lang --only fa | matn dedupe | matn extract-quotes > quotes.jsonl
  matn run 'clean | detect-lang --only fa | dedupe | extract-quotes' news/*.txt > quotes.jsonl

Every command reads files or stdin (- or nothing; gzip is unpacked) and writes
records to stdout; diagnostics go to stderr. Exit status: 0 ok, 1 internal error,
2 usage or input error (the message names file and line), 130 interrupted.
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function createProgram(io: CliIO, ctx: CommandContext): Command {
  const program = new Command('matn');
  // exitOverride before the subcommands exist so they inherit it (commander copies settings at creation).
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .description('Streaming toolkit for Persian and Arabic news text.')
    .version(version(), '-V, --version')
    .addHelpText('before', EXAMPLES)
    .showHelpAfterError('(run with --help for usage)');
  const subcommands = [...Object.values(STAGE_COMMANDS).map((c) => c.command(io, ctx)), runCommand(io, ctx)];
  for (const sub of subcommands) {
    sub.copyInheritedSettings(program);
    program.addCommand(sub);
  }
  return program;
}

/** Runs the CLI with `argv` (user arguments only, no node/script path). */
export async function main(argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const ctx: CommandContext = { exitCode: EXIT.OK, signal };
  const program = createProgram(io, ctx);
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.INPUT;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.INPUT;
    }
    throw err;
  }
}
