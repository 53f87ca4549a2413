/**
 * Exit codes and the one error type the record stream raises.
 * Documented in the README ("Exit codes"); bin/matn maps them onto the process.
 */
export const EXIT = {
  /** Everything went well (also: the reader closed the pipe early, EPIPE). */
  OK: 0,
  /** An unexpected internal error: a bug in matn. */
  INTERNAL: 1,
  /** Bad usage or bad input: unknown flag, unreadable file, invalid UTF-8, malformed JSON line, NUL in text. */
  INPUT: 2,
  /** Interrupted by SIGINT (128 + 2). */
  INTERRUPTED: 130,
} as const;

export interface InputPosition {
  /** File path as given on the command line, or `<stdin>`. */
  source: string;
  /** 1-based line number, when the problem sits on a line. */
  line?: number;
  /** 0-based byte offset in the source, for encoding errors. */
  byte?: number;
}

/** Bad input: the message names the file and line; exit code 2. */
export class InputError extends Error {
  readonly position: InputPosition;
  readonly exitCode = EXIT.INPUT;
  constructor(message: string, position: InputPosition) {
    super(message);
    this.name = 'InputError';
    this.position = position;
  }
  /** `FILE:LINE: message` (or `FILE: message at byte N`), the form GNU tools and jq use. */
  format(): string {
    const { source, line } = this.position;
    return line !== undefined ? `${source}:${line}: ${this.message}` : `${source}: ${this.message}`;
  }
}
