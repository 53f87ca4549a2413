/**
 * A worker thread of --jobs: builds the same stages as the main thread (from command names and
 * parsed options) and runs their pure half on the batches it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ChainProcessor } from './chain.js';
import { STAGE_COMMANDS } from './commands/registry.js';
import type { CliIO } from './io.js';
import type { WorkerInit, WorkerReply, WorkerRequest, WorkerResult } from './parallel.js';
import { isSplit, renderOutput } from './processor.js';

const init = workerData as WorkerInit;
let stderr = '';
const io = {
  stdin: undefined,
  stdout: { write: () => true },
  stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: init.stderrTTY },
  env: init.env,
} as unknown as CliIO;

const links = await Promise.all(init.stages.map(async ({ name, opts }) => {
  const stage = await STAGE_COMMANDS[name]!.stage({ files: init.files, opts, stream: { ...init.stream }, io, optionSource: () => undefined, standalone: init.standalone });
  if (!stage) throw new Error(`stage ${name} could not be built in a worker`);
  return { name, processor: stage.processor };
}));
const chain = new ChainProcessor(links, init.stream);
const head = links[0]!.processor;
if (!isSplit(head)) throw new Error(`stage ${links[0]!.name} cannot run in a worker`);

parentPort!.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const results: WorkerResult[] = req.items.map(({ rec, hint }) => {
      stderr = '';
      const outs = chain.forward(1, head.transform(rec, hint));
      if (req.render) {
        const rendered = outs.map((o) => renderOutput(o, req.render!.jsonOut, init.stream.split)).join('');
        return { outs: [], rendered, stderr };
      }
      return { outs: outs.map((o) => ({ text: o.text, unit: o.unit, omitInText: o.omitInText, json: o.json() })), stderr };
    });
    reply = { id: req.id, results };
  } catch (e) {
    reply = { id: req.id, error: (e as Error)?.stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
