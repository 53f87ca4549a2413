/**
 * --jobs N: the pure half of the first stages runs in N worker threads, order kept.
 * The main thread reads and frames input, runs each processor's sequential half (clean's
 * recurring-line window), hands batches to the workers round-robin, takes their results back
 * in input order, runs the stages that need the whole stream (dedupe, and all after it) and writes.
 */
import { Worker } from 'node:worker_threads';
import type { InputRecord, OutputRecord } from '../io/record.js';
import type { ChainProcessor } from './chain.js';
import type { RecordStreamOptions } from './record-options.js';
import { isSplit, type Admitted, type RecordProcessor, type SplitProcessor } from './processor.js';

/** Compiled worker entry; from src/cli (tests) and dist/cli alike, two levels under the package. */
const WORKER_URL = new URL('../../dist/cli/worker.js', import.meta.url);
/** A batch sent to a worker holds at most this many records or this much text. */
const CHUNK_RECORDS = 64;
const CHUNK_CHARS = 256 * 1024;

export interface WorkerInit {
  /** The stages a worker builds, by command name with parsed options. */
  stages: Array<{ name: string; opts: Record<string, unknown> }>;
  files: string[];
  stream: RecordStreamOptions;
  env: Record<string, string | undefined>;
  stderrTTY: boolean;
  standalone: boolean;
}

export interface WorkerRequest {
  id: number;
  items: Admitted[];
  /**
   * When the workers run every stage: render the output for stdout there (JSON Lines or not),
   * so the main thread only writes. Otherwise hand back outputs as data for the stages after.
   */
  render?: { jsonOut: boolean };
}

/** One output of a worker, as plain data (its JSON object included: more stages follow). */
export interface WorkerOutput {
  text: string;
  unit: OutputRecord['unit'];
  omitInText?: boolean;
  json: Record<string, unknown>;
}

export interface WorkerResult {
  outs: WorkerOutput[];
  /** All outputs of the record, ready for stdout (with `render`). */
  rendered?: string;
  /** What the stages wrote to stderr for this record (clean --explain). */
  stderr: string;
}

export type WorkerReply = { id: number; results: WorkerResult[] } | { id: number; error: string };

/** How a record stream is processed: in the main thread, or with workers. */
export interface Engine {
  /** Processes a batch; resolves to the outputs that are ready, in input order. */
  push(batch: InputRecord[]): Promise<OutputRecord[]>;
  /** Everything still held back or in flight. */
  end(): Promise<OutputRecord[]>;
  close(): Promise<void>;
}

export class SerialEngine implements Engine {
  constructor(private readonly processor: RecordProcessor) {}
  async push(batch: InputRecord[]): Promise<OutputRecord[]> {
    const out: OutputRecord[] = [];
    for (const rec of batch) for (const o of this.processor.process(rec)) out.push(o);
    return out;
  }
  async end(): Promise<OutputRecord[]> {
    return this.processor.finish?.() ?? [];
  }
  async close(): Promise<void> {}
}

/** How many leading stages can run in workers: a split first stage, then stateless ones. */
export function parallelPrefix(chain: ChainProcessor): number {
  const first = chain.stage(0).processor;
  if (!isSplit(first)) return 0;
  let n = 1;
  while (n < chain.length) {
    const p = chain.stage(n).processor;
    if (!isSplit(p) || p.admit) break;
    n++;
  }
  return n;
}

export interface ParallelPlan {
  jobs: number;
  /** All stages, as built in the main thread (the first one's sequential half runs here). */
  chain: ChainProcessor;
  /** Stages [0, prefix) run in the workers; the rest in the main thread. */
  prefix: number;
  init: WorkerInit;
}

export class ParallelEngine implements Engine {
  private readonly pool: WorkerPool;
  /** The first stage, whose sequential half (admit/drain) runs here. */
  private readonly head: SplitProcessor;
  private readonly pending: Array<{ items: Admitted[]; result: Promise<WorkerResult[]> }> = [];
  /** Set by runStream once the output format is known (JSON objects are built only when needed). */
  jsonOut = false;
  /** Where worker stderr goes (in record order). */
  log: (s: string) => void = () => undefined;

  constructor(private readonly plan: ParallelPlan) {
    const first = plan.chain.stage(0).processor;
    if (!isSplit(first)) throw new Error(`${plan.chain.stage(0).name} cannot run in worker threads`);
    this.head = first;
    this.pool = new WorkerPool(plan.jobs, plan.init);
  }

  async push(batch: InputRecord[]): Promise<OutputRecord[]> {
    const items: Admitted[] = [];
    for (const rec of batch) {
      if (this.head.admit) for (const a of this.head.admit(rec)) items.push(a);
      else items.push({ rec });
    }
    this.submit(items);
    return this.collect(2 * this.plan.jobs);
  }

  async end(): Promise<OutputRecord[]> {
    this.submit(this.head.drain?.() ?? []);
    const out = await this.collect(0);
    for (const o of this.plan.chain.finishFrom(this.plan.prefix)) out.push(o);
    return out;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private submit(items: Admitted[]): void {
    const render = this.plan.prefix === this.plan.chain.length ? { jsonOut: this.jsonOut } : undefined;
    let chunk: Admitted[] = [];
    let chars = 0;
    const send = (): void => {
      if (chunk.length === 0) return;
      const result = this.pool.run(chunk, render);
      result.catch(() => undefined); // awaited in order later; not an unhandled rejection meanwhile
      this.pending.push({ items: chunk, result });
      chunk = [];
      chars = 0;
    };
    for (const a of items) {
      chunk.push(a);
      chars += a.rec.text.length;
      if (chunk.length >= CHUNK_RECORDS || chars >= CHUNK_CHARS) send();
    }
    send();
  }

  /** Awaits the oldest batches until at most `keep` are in flight; their outputs in order. */
  private async collect(keep: number): Promise<OutputRecord[]> {
    const out: OutputRecord[] = [];
    while (this.pending.length > keep) {
      const { items, result } = this.pending.shift()!;
      const results = await result;
      results.forEach((r, i) => {
        if (r.stderr) this.log(r.stderr);
        const record = items[i]!.rec;
        if (r.rendered !== undefined) {
          out.push({ record, text: '', unit: 'record', rendered: r.rendered, json: () => ({}) });
          return;
        }
        const outs: OutputRecord[] = r.outs.map((o) => ({
          record,
          text: o.text,
          unit: o.unit,
          omitInText: o.omitInText,
          json: () => o.json,
        }));
        for (const o of this.plan.chain.forward(this.plan.prefix, outs)) out.push(o);
      });
    }
    return out;
  }
}

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkerResult[]) => void; reject: (e: Error) => void }>();
  private next = 0;
  private seq = 0;
  /** A worker died (or failed to start): every later batch fails with this, none waits forever. */
  private failure: Error | undefined;
  private closing = false;

  constructor(n: number, init: WorkerInit) {
    for (let i = 0; i < n; i++) {
      const w = new Worker(WORKER_URL, { workerData: init });
      w.on('message', (m: WorkerReply) => {
        const p = this.waiting.get(m.id);
        if (!p) return;
        this.waiting.delete(m.id);
        if ('error' in m) p.reject(new Error(`in a worker thread: ${m.error}`));
        else p.resolve(m.results);
      });
      w.on('error', (e) => this.failAll(e));
      w.on('exit', (code) => { if (!this.closing) this.failAll(new Error(`a worker thread exited (code ${code})`)); });
      this.workers.push(w);
    }
  }

  run(items: Admitted[], render: WorkerRequest['render']): Promise<WorkerResult[]> {
    const id = this.seq++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, items, render } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(e: Error): void {
    this.failure ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }
}
