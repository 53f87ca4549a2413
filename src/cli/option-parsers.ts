/** commander argument parsers shared by the commands; a bad value is a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, got "${v}"`);
  return n;
}

/** A count of at least one (--jobs). */
export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got "${v}"`);
  return n;
}

/** A probability, share or similarity: a number from 0 to 1. */
export function unitInterval(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${v}"`);
  return n;
}
