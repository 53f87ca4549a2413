/**
 * Batched output with backpressure. Whole records are appended to a buffer and written in
 * ~64 KiB pieces; when the stream asks us to wait we wait for 'drain'. A closed pipe (EPIPE,
 * `| head`) marks the writer closed so the caller stops reading and exits quietly with 0.
 */
import type { Writable } from 'node:stream';

const FLUSH_AT = 1 << 16;

export class RecordWriter {
  private parts: string[] = [];
  private size = 0;
  private broken = false;
  private failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.broken = true;
      else this.failure = err;
    });
  }

  /** True once the reader went away (EPIPE): stop producing output. */
  get closed(): boolean {
    return this.broken || this.stream.destroyed;
  }

  /** Appends one whole record (terminator included). */
  write(chunk: string): void {
    this.parts.push(chunk);
    this.size += chunk.length;
  }

  /** Writes the buffer out if it is large enough; waits when the stream is full. */
  async maybeFlush(): Promise<void> {
    if (this.size >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.size === 0 || this.closed) {
      this.parts = [];
      this.size = 0;
      return;
    }
    const data = this.parts.join('');
    this.parts = [];
    this.size = 0;
    const ok = this.stream.write(data);
    if (!ok && !this.closed) await this.waitDrain();
    if (this.failure) throw this.failure;
  }

  private waitDrain(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}
