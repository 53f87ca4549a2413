/** `matn extract-quotes`: attributed quotations, one record per quote (or nested per document). */
import { Command, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { Quote } from '../../quotes/types.js';
import { CodePointCounter } from '../../text/offsets.js';
import type { InputRecord, OutputRecord } from '../../io/record.js';
import { recordJson } from '../../io/record.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import { colorFor } from '../color.js';
import { addJobsOption, addRecordOptions, type RecordStreamOptions } from '../record-options.js';
import type { SplitProcessor } from '../processor.js';
import { stageAction, type StageFactory } from '../stage.js';

const EXAMPLES = `
Examples:
  matn extract-quotes article.txt                  سرگئی شایگو — تصریح کرد: «…»
  matn extract-quotes --to jsonl news/*.txt        one JSON line per quote
  matn clean news/*.txt | matn detect-lang --only fa | matn dedupe | matn extract-quotes > quotes.jsonl
  matn extract-quotes --nest docs.jsonl            each document with a \`quotes\` array
`;

export function extractQuotesCommand(io: CliIO, ctx: CommandContext): Command {
  const cmd = new Command('extract-quotes')
    .summary('attributed quotations: speaker, reporting verb, quote; direct and indirect')
    .description('Find attributed quotations in Persian and Arabic news: colon-introduced speech (`X اظهار داشت: …`, `وقال X: …`), quotations in «…» or "…" with a speaker beside them, and indirect speech (`وقال X إن …`, `گفت که …`, `با بیان اینکه …`, `به گفته X`, `بحسب X`). Pronouns and dropped subjects (`وی`, `وأضاف:`) are resolved to the person meant, roles to the name the article gives. JSON Lines: one record per quote with id (`<doc id>#<n>`), doc_id, lang, kind (direct|quoted|indirect), speaker (as written, "" when dropped), speaker_resolved, verb, quote, start/end (code point offsets into the record text). Text: `speaker_resolved — verb: «quote»` per line. HTML in the text (scraped leftovers) is read with its markup masked, and a whole page for its article (the blocks `matn clean` keeps): fields hold the text without tags or entities, start/end still index the record as given.')
    .argument('[file...]', 'input files (default: stdin; - for stdin)')
    .addHelpText('before', EXAMPLES)
    .option('--nest', 'instead of one record per quote, add a `quotes` array to each input record (forces JSON Lines)', false)
    .addOption(new Option('--lang <lang>', 'language of the text (default: the record\'s `lang` field, else read from its letters)').choices(['fa', 'ar']));
  addRecordOptions(cmd);
  addJobsOption(cmd);
  cmd.action(stageAction('extract-quotes', extractQuotesStage, io, ctx));
  return cmd;
}

export const extractQuotesStage: StageFactory = async ({ stream, opts, io }) => {
  if (opts.nest) stream.to = 'jsonl';
  const paint = colorFor(io.stdout, io.env, stream.color);
  // The extractor is loaded when the stage is built (see StageFactory).
  const { extractQuotes } = await import('../../quotes/extract.js');
  return { processor: new ExtractQuotesProcessor(stream, Boolean(opts.nest), opts.lang as 'fa' | 'ar' | undefined, paint, extractQuotes) };
};

class ExtractQuotesProcessor implements SplitProcessor {
  constructor(
    private readonly stream: RecordStreamOptions,
    private readonly nest: boolean,
    private readonly lang: 'fa' | 'ar' | undefined,
    private readonly paint: ChalkInstance,
    private readonly extractQuotes: typeof import('../../quotes/extract.js').extractQuotes,
  ) {}

  /** Stateless: the whole work is the pure half. */
  process(rec: InputRecord): OutputRecord[] {
    return this.transform(rec);
  }

  transform(rec: InputRecord): OutputRecord[] {
    const lang = this.lang ?? recordLang(rec);
    const quotes = this.extractQuotes(rec.text, lang ? { lang } : {});
    const cp = new CodePointCounter(rec.text);
    // One counter per record: quotes come in text order (it restarts if asked to go back).
    const rows = quotes.map((q, n) => quoteJson(rec, q, n + 1, cp));
    if (this.nest) {
      return [{ record: rec, unit: 'line', text: '', json: () => recordJson(rec, this.stream, rec.text, { quotes: rows.map(({ doc_id: _d, ...r }) => r) }) }];
    }
    return quotes.map((q, n) => ({
      record: rec,
      unit: 'line',
      text: `${this.paint.bold(q.speakerResolved || '?')} — ${q.verb}: «${q.quote.replace(/\s*\n\s*/g, ' ')}»`,
      json: () => rows[n]!,
    }));
  }
}

/** A `lang` field left by `matn detect-lang` (fa/ar, or their 639-3 codes). */
function recordLang(rec: InputRecord): 'fa' | 'ar' | undefined {
  const l = rec.fields?.lang;
  if (l === 'fa' || l === 'pes' || l === 'prs') return 'fa';
  if (l === 'ar' || l === 'arb') return 'ar';
  return undefined;
}

function quoteJson(rec: InputRecord, q: Quote, n: number, cp: CodePointCounter): Record<string, unknown> {
  return {
    id: `${rec.id}#${n}`,
    doc_id: rec.id,
    lang: q.lang,
    kind: q.kind,
    speaker: q.speaker,
    speaker_resolved: q.speakerResolved,
    verb: q.verb,
    quote: q.quote,
    start: cp.at(q.start),
    end: cp.at(q.end),
  };
}
