/**
 * Stages chained in one process (`matn run`): each stage's output records are handed to the
 * next as objects — what `--to jsonl | matn …` would carry, without writing and re-parsing JSON.
 */
import { InputError } from '../io/errors.js';
import { isTextRecord, recordId, type FieldNames, type InputRecord, type OutputRecord } from '../io/record.js';
import type { RecordProcessor } from './processor.js';

export interface ChainLink {
  name: string;
  processor: RecordProcessor;
}

export class ChainProcessor implements RecordProcessor {
  constructor(private readonly links: ChainLink[], private readonly names: FieldNames) {
    if (links.length === 0) throw new Error('a chain needs at least one stage');
  }

  get length(): number {
    return this.links.length;
  }

  stage(i: number): ChainLink {
    return this.links[i]!;
  }

  process(rec: InputRecord): OutputRecord[] {
    return this.forward(1, this.links[0]!.processor.process(rec));
  }

  finish(): OutputRecord[] {
    return this.finishFrom(0);
  }

  /** Stage by stage from `from`: what a stage held back goes through the stages after it before they finish. */
  finishFrom(from: number): OutputRecord[] {
    const out: OutputRecord[] = [];
    for (let i = from; i < this.links.length; i++) {
      for (const o of this.forward(i + 1, this.links[i]!.processor.finish?.() ?? [])) out.push(o);
    }
    return out;
  }

  /** Hands `outs` (the output of stage from-1) through stages from… to the end. */
  forward(from: number, outs: OutputRecord[]): OutputRecord[] {
    for (let i = from; i < this.links.length && outs.length > 0; i++) {
      const next: OutputRecord[] = [];
      for (const o of outs) {
        // What a text pipeline would not have written (a line clean removed whole) goes no further.
        if (o.omitInText && isTextRecord(o.record)) continue;
        for (const r of this.links[i]!.processor.process(this.toInput(o, i))) next.push(r);
      }
      outs = next;
    }
    return outs;
  }

  /** The JSON Lines object a stage would have written, as the next stage's input record. */
  private toInput(out: OutputRecord, stage: number): InputRecord {
    const fields = out.json();
    const text = fields[this.names.textField];
    const src = out.record;
    if (typeof text !== 'string') {
      const prev = this.links[stage - 1]!.name;
      throw new InputError(`${prev} output has no "${this.names.textField}" text for ${this.links[stage]!.name} (put ${prev} last)`, { source: src.source, line: src.line });
    }
    const id = recordId(fields, this.names.idField, src.id);
    return { id, text, source: src.source, line: src.line, index: src.index, fields, fromText: isTextRecord(src) };
  }
}
