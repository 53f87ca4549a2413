/** `matn clean`: strip site furniture, keep every article line, normalize. */
import { Command, Option } from 'commander';
import type { CleanOptions, RemovedLine } from '../../clean/clean.js';
import { foldKey, type FoldedKey } from '../../clean/fold.js';
import { RecurringLines } from '../../clean/recurring.js';
import type { InputRecord, OutputRecord } from '../../io/record.js';
import { isTextRecord, recordJson } from '../../io/record.js';
import type { DigitStyle, NormalizeOptions } from '../../text/normalize.js';
import { colorFor } from '../color.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import { addJobsOption, addRecordOptions, type RecordStreamOptions } from '../record-options.js';
import type { Admitted, SplitProcessor } from '../processor.js';
import { stageAction, type StageFactory } from '../stage.js';
import { wholeNumber } from '../option-parsers.js';

const EXAMPLES = `
Examples:
  matn clean article.txt                      print the article, furniture removed, text normalized
  matn clean news/*.txt > clean.jsonl         several files: JSON Lines with title and meta
  matn clean --explain --to jsonl a.txt       list every removed line and the rule that removed it
  cat dump.jsonl | matn clean --text-field body --digits latin
`;

export function cleanCommand(io: CliIO, ctx: CommandContext): Command {
  const cmd = new Command('clean')
    .summary('strip site furniture, keep the article, normalize Persian/Arabic text')
    .description('Remove site furniture (slogans, date and news-id lines, print/link bars, end markers, comment prompts, related lists, ads after the end marker, HTML/JS leftovers) line by line, keep every article line, and normalize the text by language. JSON Lines output adds `title` and `meta` (news_id, date as written, date_iso, calendar, source, service). A whole HTML page (starting with <!DOCTYPE or <html, or given with --from html or in a JSON Lines `html` field) is first reduced to its headline, lead and body; site, author, dates and section (breadcrumbs, article:section) from its markup join `meta`.')
    .argument('[file...]', 'input files (default: stdin; - for stdin)')
    .addHelpText('before', EXAMPLES)
    .option('--explain', 'report each removed line with its rule (JSON Lines: `removed`; text: a listing on stderr)', false)
    .option('--no-normalize', 'only remove furniture; leave the text as written')
    .option('--no-zwnj', 'do not restore stripped zero-width non-joiners in Persian')
    .option('--no-letters', 'do not unify letter variants (ي/ك in Persian, ی/ک in Arabic)')
    .addOption(new Option('--digits <style>', 'digit script in the output').choices(['keep', 'fa', 'ar', 'latin']).default('keep'))
    .option('--strip-diacritics', 'remove harakat, tanwin, shadda, sukun', false)
    .option('--strip-tatweel', 'remove tatweel (kashida)', false)
    .option('--no-recurring', 'do not treat lines recurring across records as furniture')
    .option('--recurring-window <n>', 'records held back to learn recurring lines before output', wholeNumber, 32)
    .option('--recurring-min <n>', 'distinct records a line must recur in to count as furniture', wholeNumber, 3);
  addRecordOptions(cmd, 'doc', true);
  addJobsOption(cmd);
  cmd.action(stageAction('clean', cleanStage, io, ctx));
  return cmd;
}

/** The core `clean` runs on, loaded when the stage is built (see StageFactory). */
interface CleanCore {
  clean: typeof import('../../clean/clean.js').clean;
  cleanPage: typeof import('../../html/page.js').cleanPage;
  isPageText: typeof import('../../html/page.js').isPageText;
}

export const cleanStage: StageFactory = async ({ stream, opts, io }) => {
  stream.htmlField = 'html';
  const [{ clean }, { cleanPage, isPageText }] = await Promise.all([import('../../clean/clean.js'), import('../../html/page.js')]);
  return { processor: new CleanProcessor(stream, opts, io, { clean, cleanPage, isPageText }) };
};

/** A record held back while recurring lines are learned, with its lines' matching forms keyed. */
interface Held {
  rec: InputRecord;
  lines: FoldedKey[];
}

class CleanProcessor implements SplitProcessor {
  private readonly cleanOptions: CleanOptions;
  private readonly recurring: RecurringLines | undefined;
  private readonly window: Held[] = [];
  private readonly windowSize: number;
  private readonly paint;

  constructor(
    private readonly stream: RecordStreamOptions,
    private readonly opts: Record<string, unknown>,
    private readonly io: CliIO,
    private readonly core: CleanCore,
  ) {
    const normalize: NormalizeOptions | false = opts.normalize === false ? false : {
      zwnj: opts.zwnj !== false,
      letters: opts.letters !== false,
      digits: opts.digits as DigitStyle,
      stripDiacritics: Boolean(opts.stripDiacritics),
      stripTatweel: Boolean(opts.stripTatweel),
    };
    // Recurring lines are a property of many documents: off when each record is a line.
    const useRecurring = opts.recurring !== false && (stream.split === 'doc' || stream.split === 'nul');
    this.recurring = useRecurring ? new RecurringLines({ minDocs: Number(opts.recurringMin) }) : undefined;
    this.windowSize = useRecurring ? Number(opts.recurringWindow) : 0;
    this.cleanOptions = { normalize };
    this.paint = colorFor(io.stderr, io.env, stream.color);
  }

  process(rec: InputRecord): OutputRecord[] {
    return this.admit(rec).flatMap((a) => this.transform(a.rec, a.hint));
  }

  /** A web page rather than scraped text: `--from html`, the JSON Lines `html` field, or its first tag. */
  private isPage(rec: InputRecord): boolean {
    return rec.html === true || this.core.isPageText(rec.text);
  }

  finish(): OutputRecord[] {
    return this.drain().flatMap((a) => this.transform(a.rec, a.hint));
  }

  /** Sequential half: learn recurring lines; release a record once the window has seen past it. */
  admit(rec: InputRecord): Admitted[] {
    if (!this.recurring) return [{ rec }];
    // A page's markup lines are not article lines: it keeps its place in the window, unobserved.
    const lines = this.isPage(rec) ? [] : rec.text.split('\n').map(foldKey);
    if (lines.length > 0) this.recurring.observeKeys(lines);
    this.window.push({ rec, lines });
    return this.window.length > this.windowSize ? [this.release(this.window.shift()!)] : [];
  }

  drain(): Admitted[] {
    return this.window.splice(0).map((h) => this.release(h));
  }

  private release(held: Held): Admitted {
    return { rec: held.rec, hint: this.recurring!.recurringIndicesOfKeys(held.lines) };
  }

  /** Pure half: clean one record; `hint` lists its recurring lines. */
  transform(rec: InputRecord, hint?: unknown): OutputRecord[] {
    const recurringLines = Array.isArray(hint) ? new Set(hint as number[]) : undefined;
    const result = this.isPage(rec) ? this.core.cleanPage(rec.text, this.cleanOptions) : this.core.clean(rec.text, { ...this.cleanOptions, recurringLines });
    const explain = this.opts.explain === true;
    if (explain && this.stream.to !== 'jsonl' && isTextRecord(rec)) this.listRemoved(rec, result.removed);
    return [{
      record: rec,
      unit: 'record',
      text: result.text,
      omitInText: result.text.length === 0 && rec.text.trim().length > 0,
      json: () => recordJson(rec, this.stream, result.text, {
        title: result.title ?? null,
        meta: result.meta,
        removed: explain ? result.removed : undefined,
      }),
    }];
  }

  private listRemoved(rec: InputRecord, removed: RemovedLine[]): void {
    if (this.stream.quiet) return;
    const p = this.paint;
    for (const r of removed) {
      this.io.stderr.write(`${p.dim(`${rec.source}:${rec.line + r.line - 1}`)} ${p.yellow(r.reason.padEnd(15))} ${r.text}\n`);
    }
  }
}
