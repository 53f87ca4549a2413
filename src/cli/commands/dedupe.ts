/** `matn dedupe`: drop exact and near-duplicate records, keep the first, say what duplicated what. */
import { createWriteStream, openSync, readFileSync, type WriteStream } from 'node:fs';
import { Command } from 'commander';
import { Deduper, bandKeys, DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT } from '../../dedupe/deduper.js';
import type { InputRecord, OutputRecord } from '../../io/record.js';
import { isTextRecord, recordJson } from '../../io/record.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import { addRecordOptions, type RecordStreamOptions } from '../record-options.js';
import type { RecordProcessor } from '../processor.js';
import { stageAction, type StageFactory } from '../stage.js';
import { unitInterval } from '../option-parsers.js';

const EXAMPLES = `
Examples:
  matn dedupe articles.jsonl > unique.jsonl          first copy of each story wins
  matn dedupe --mark --report dropped.jsonl a.jsonl  keep all, add duplicate_of/similarity; log drops
  sort headlines.txt | matn dedupe                   stdin text: line by line, like uniq, but near-duplicate
  matn dedupe --emit-keys big.jsonl | sort | ...     band keys for Spark / Hadoop / sort (see README)
`;

export function dedupeCommand(io: CliIO, ctx: CommandContext): Command {
  const cmd = new Command('dedupe')
    .summary('drop exact and near-duplicate records, keep the first')
    .description(`Drop records that repeat an earlier one, exactly or nearly (same story with other headers, footers, ledes or small edits, or only its first part), keeping the first. Texts are compared in a normalized form (letter variants, diacritics, ZWNJ, punctuation and digit scripts unified; numbers kept). Articles: MinHash of word 3-grams with LSH candidates, verified by estimated Jaccard ≥ ${DEFAULT_THRESHOLD.word} or containment ≥ ${DEFAULT_CONTAINMENT}. Lines and paragraphs (--split line|para): character 5-grams verified by Dice ≥ ${DEFAULT_THRESHOLD.char}. Plain text on stdin is deduplicated line by line unless --split says otherwise.`)
    .argument('[file...]', 'input files (default: stdin; - for stdin)')
    .addHelpText('before', EXAMPLES)
    .option('--threshold <x>', 'near-duplicate similarity threshold (default: 0.5 Jaccard for documents, 0.85 Dice for lines/paragraphs)', unitInterval)
    .option('--containment <x>', 'also a duplicate when this share of the shorter text is in the longer (truncated copies)', unitInterval, DEFAULT_CONTAINMENT)
    .option('--exact', 'exact duplicates only (after normalization)', false)
    .option('--mark', 'keep every record; add duplicate_of and similarity to duplicates (JSON Lines)', false)
    .option('--report <file>', 'write one JSON line per dropped record: id, duplicate_of, method (exact|near), score')
    .option('--stats', 'print counts to stderr at the end', false)
    .option('--emit-keys', 'write band_key<TAB>id lines instead of records (group them elsewhere, then --drop-list)', false)
    .option('--drop-list <file>', 'drop the records whose ids are listed (one per line) and nothing else');
  addRecordOptions(cmd);
  cmd.action(stageAction('dedupe', dedupeStage, io, ctx));
  return cmd;
}

export const dedupeStage: StageFactory = ({ files, opts, stream, io, optionSource, standalone }) => {
  // Like uniq: plain text on stdin is a stream of lines unless --split was given.
  const stdinOnly = files.length === 0 || (files.length === 1 && files[0] === '-');
  if (standalone && stdinOnly && optionSource('split') === 'default') stream.split = 'line';
  if (opts.mark && stream.to === 'auto') stream.to = 'jsonl';
  if (opts.emitKeys && stream.to === 'auto') stream.to = 'text'; // key<TAB>id lines for sort/Hadoop
  let report: WriteStream | undefined;
  let dropList: Set<string> | undefined;
  if (typeof opts.dropList === 'string') {
    try {
      dropList = new Set(readFileSync(opts.dropList, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
    } catch (e) {
      io.stderr.write(`matn dedupe: ${opts.dropList}: cannot read drop list (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return undefined;
    }
  }
  if (typeof opts.report === 'string') {
    // Open now, so a bad path is a usage error before any record is read, not a crash later.
    try {
      report = createWriteStream('', { fd: openSync(opts.report, 'w') });
    } catch (e) {
      io.stderr.write(`matn dedupe: ${opts.report}: cannot write report (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return undefined;
    }
  }
  const processor = new DedupeProcessor(stream, opts, report, dropList);
  return {
    processor,
    close: async () => {
      if (report) await new Promise<void>((resolve) => report!.end(resolve));
      if (opts.stats && !opts.emitKeys) io.stderr.write(`matn dedupe: ${processor.summary()}\n`);
    },
  };
};

class DedupeProcessor implements RecordProcessor {
  private deduperInstance: Deduper | undefined;
  private mode: 'word' | 'char' = 'word';
  private exact = 0;
  private near = 0;
  private seen = 0;

  constructor(
    private readonly stream: RecordStreamOptions,
    private readonly opts: Record<string, unknown>,
    private readonly report: WriteStream | undefined,
    private readonly dropList: Set<string> | undefined,
  ) {
  }

  /** Made at the first record: JSON Lines records are documents whatever --split says. */
  private deduperFor(rec: InputRecord): Deduper {
    if (!this.deduperInstance) {
      this.mode = isTextRecord(rec) && (this.stream.split === 'line' || this.stream.split === 'para') ? 'char' : 'word';
      this.deduperInstance = new Deduper({
        shingle: this.mode,
        threshold: this.opts.threshold as number | undefined,
        containment: this.opts.containment as number,
        exactOnly: Boolean(this.opts.exact),
      });
    }
    return this.deduperInstance;
  }

  process(rec: InputRecord): OutputRecord[] {
    this.seen++;
    const deduper = this.deduperFor(rec);
    if (this.opts.emitKeys) {
      const keys = bandKeys(rec.text, this.mode);
      if (keys.length === 0) return [];
      return [{ record: rec, unit: 'line', text: keys.map((k) => `${k}\t${rec.id}`).join('\n'), json: () => ({ id: rec.id, keys }) }];
    }
    if (this.dropList) {
      if (this.dropList.has(rec.id)) { this.near++; return []; }
      return [this.pass(rec)];
    }
    const v = deduper.add(rec.id, rec.text);
    if (!v.duplicate) return [this.pass(rec)];
    if (v.method === 'exact') this.exact++; else this.near++;
    this.report?.write(JSON.stringify({ id: rec.id, duplicate_of: v.of, method: v.method, score: v.score }) + '\n');
    if (!this.opts.mark) return [];
    return [{
      record: rec,
      unit: 'record',
      text: rec.text,
      json: () => recordJson(rec, this.stream, rec.text, { duplicate_of: v.of, similarity: v.score }),
    }];
  }

  summary(): string {
    const dropped = this.exact + this.near;
    if (this.dropList) return `${this.seen} records, ${this.seen - dropped} kept, ${dropped} dropped by the drop list`;
    return `${this.seen} records, ${this.seen - dropped} kept, ${dropped} ${this.opts.mark ? 'marked' : 'dropped'} (${this.exact} exact, ${this.near} near); ${((this.deduperInstance?.stats().stateBytes ?? 0) / 1024).toFixed(0)} KiB of index state`;
  }

  private pass(rec: InputRecord): OutputRecord {
    return { record: rec, unit: 'record', text: rec.text, json: () => recordJson(rec, this.stream, rec.text) };
  }
}

