/** `matn detect-lang`: label each record (and optionally its segments) with its language. */
import { Command, Option } from 'commander';
import type { DetectOptions, IsoStyle } from '../../langid/detect.js';
import type { SegmentUnit } from '../../langid/segments.js';
import type { InputRecord, OutputRecord } from '../../io/record.js';
import { recordJson } from '../../io/record.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../context.js';
import { addJobsOption, addRecordOptions, type RecordStreamOptions } from '../record-options.js';
import type { SplitProcessor } from '../processor.js';
import { stageAction, type StageFactory } from '../stage.js';
import { unitInterval } from '../option-parsers.js';

const EXAMPLES = `
Examples:
  matn detect-lang article.txt                     fa<TAB>0.998
  matn detect-lang --split line < mixed.txt        one label per line
  matn clean news/*.txt | matn detect-lang --only fa | matn dedupe
  matn detect-lang --by line --to jsonl seed.txt   segments and language shares of a mixed article
`;

export function detectLangCommand(io: CliIO, ctx: CommandContext): Command {
  const cmd = new Command('detect-lang')
    .summary('Persian, Arabic or another language, per record or per line, with confidence')
    .description('Label each record with its language (`lang`, ISO 639-1 where one exists) and a calibrated `lang_confidence` (0-1). Arabic-script text is scored by a character n-gram model covering Persian, Arabic (dialects included), Dari, Urdu, Pashto, Sindhi, Uyghur, Sorani, Kashmiri, Balochi, Gilaki and Gorani; other scripts go to franc. URLs, @mentions, e-mail, digits and Latin runs never decide an Arabic-script label. Text output: `LANG<TAB>CONFIDENCE` per record (the record id first when there are several); with --only, the kept records themselves.')
    .argument('[file...]', 'input files (default: stdin; - for stdin)')
    .addHelpText('before', EXAMPLES)
    .addOption(new Option('--by <unit>', 'also label segments: adds `segments` [{start, end, lang, confidence}] (code point offsets) and `langs` shares').choices(['line', 'para', 'sentence']))
    .option('--only <langs>', 'keep only records in these languages (comma-separated, e.g. fa,ar)')
    .option('--min-confidence <p>', 'below this confidence a record is labelled und', unitInterval, 0)
    .addOption(new Option('--iso <style>', 'label codes').choices(['639-1', '639-3']).default('639-1'))
    .option('--keep-dari', 'report Dari as prs instead of folding it into Persian', false);
  addRecordOptions(cmd);
  addJobsOption(cmd);
  cmd.action(stageAction('detect-lang', detectLangStage, io, ctx));
  return cmd;
}

/** The detector, loaded when the stage is built (see StageFactory). */
interface DetectCore {
  detectLanguage: typeof import('../../langid/detect.js').detectLanguage;
  detectSegments: typeof import('../../langid/segments.js').detectSegments;
}

export const detectLangStage: StageFactory = async ({ files, stream, opts }) => {
  const [{ detectLanguage }, { detectSegments }] = await Promise.all([import('../../langid/detect.js'), import('../../langid/segments.js')]);
  return { processor: new DetectLangProcessor(stream, opts, files.length > 1 || stream.split !== 'doc', { detectLanguage, detectSegments }) };
};

class DetectLangProcessor implements SplitProcessor {
  private readonly detect: DetectOptions;
  private readonly by: SegmentUnit | undefined;
  private readonly only: Set<string> | undefined;
  private readonly minConfidence: number;

  constructor(
    private readonly stream: RecordStreamOptions,
    opts: Record<string, unknown>,
    private readonly withId: boolean,
    private readonly core: DetectCore,
  ) {
    this.detect = { iso: opts.iso as IsoStyle, keepDari: Boolean(opts.keepDari) };
    this.by = opts.by as SegmentUnit | undefined;
    this.minConfidence = Number(opts.minConfidence);
    this.only = typeof opts.only === 'string'
      ? new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
  }

  /** Stateless: the whole work is the pure half. */
  process(rec: InputRecord): OutputRecord[] {
    return this.transform(rec);
  }

  transform(rec: InputRecord): OutputRecord[] {
    const d = this.core.detectLanguage(rec.text, this.detect);
    let lang = d.lang;
    if (d.confidence < this.minConfidence) lang = 'und';
    if (this.only && !this.only.has(lang)) return [];
    const seg = this.by ? this.core.detectSegments(rec.text, this.by, this.detect) : undefined;
    const extra = { lang, lang_confidence: d.confidence, segments: seg?.segments, langs: seg?.langs };
    const label = `${lang}\t${d.confidence}`;
    return [{
      record: rec,
      // With --only the command is a filter: text mode passes the kept record through.
      unit: this.only ? 'record' : 'line',
      text: this.only ? rec.text : this.withId ? `${rec.id}\t${label}` : label,
      json: () => recordJson(rec, this.stream, rec.text, extra),
    }];
  }
}
