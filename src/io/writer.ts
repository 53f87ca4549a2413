/**
 * Batched output with backpressure. Whole records are appended to a buffer and written in
 * ~64 KiB pieces; when the stream asks us to wait we wait for 'drain'. A closed pipe (EPIPE,
 * `| head`) marks the writer closed so the caller stops reading and exits quietly with 0.
 */
import type { Writable } from 'node:stream';

const FLUSH_AT = 1 << 16;
/** Encoding buffer: a record that cannot fit (3 bytes a UTF-16 unit at worst) starts a new one. */
const BUFFER_SIZE = 1 << 17;

export class RecordWriter {
  /**
   * Records are encoded to UTF-8 as they arrive, into `buffer`; filled buffers wait in `sealed`.
   * Joining the record strings first and encoding the join copied every output byte once more.
   */
  private buffer = Buffer.allocUnsafe(BUFFER_SIZE);
  private used = 0;
  private sealed: Buffer[] = [];
  private sealedBytes = 0;
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
    const worst = chunk.length * 3;
    if (worst > BUFFER_SIZE) {
      this.seal();
      const bytes = Buffer.from(chunk, 'utf8');
      this.sealed.push(bytes);
      this.sealedBytes += bytes.length;
      return;
    }
    if (this.used + worst > BUFFER_SIZE) this.seal();
    this.used += this.buffer.write(chunk, this.used, 'utf8');
  }

  /** Writes the buffer out if it is large enough; waits when the stream is full. */
  async maybeFlush(): Promise<void> {
    if (this.used + this.sealedBytes >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    this.seal();
    const pieces = this.sealed;
    this.sealed = [];
    this.sealedBytes = 0;
    if (pieces.length === 0 || this.closed) return;
    let ok = true;
    for (const piece of pieces) ok = this.stream.write(piece);
    if (!ok && !this.closed) await this.waitDrain();
    if (this.failure) throw this.failure;
  }

  /** Moves the filled part of `buffer` to `sealed` and starts a new buffer (the stream may still hold the old one). */
  private seal(): void {
    if (this.used === 0) return;
    this.sealed.push(this.buffer.subarray(0, this.used));
    this.sealedBytes += this.used;
    this.buffer = Buffer.allocUnsafe(BUFFER_SIZE);
    this.used = 0;
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
