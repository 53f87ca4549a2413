/** The streams and environment a CLI run gets; injected so tests can run `main` in-process. */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}
