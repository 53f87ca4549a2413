/**
 * When to color: decided here, per stream, not by chalk's import-time sniffing
 * (chalk ignores NO_COLOR; see ../shared/docs/cli-conventions.md §2.8).
 * Order: --color always|never; NO_COLOR (non-empty) off; FORCE_COLOR 0/false off, else on;
 * TERM=dumb off; otherwise on only for a TTY.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorWhen = 'auto' | 'always' | 'never';

export function colorFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, when: ColorWhen = 'auto'): ChalkInstance {
  return new Chalk({ level: useColor(stream, env, when) ? 1 : 0 });
}

export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, when: ColorWhen): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
