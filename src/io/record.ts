/** The record model every command reads and writes. */

/** One input record: a document, line, paragraph or JSON Lines object. */
export interface InputRecord {
  /** The `--id-field` value for JSON Lines; otherwise the file path, plus `:N` when split. */
  id: string;
  /** The text to work on (`--text-field` for JSON Lines). */
  text: string;
  /** File path as given, or `<stdin>`. */
  source: string;
  /** 1-based line in the source where the record starts. */
  line: number;
  /** 1-based position of the record within its source. */
  index: number;
  /** The parsed JSON Lines object, fields in input order (absent for text input). */
  fields?: Record<string, unknown>;
  /**
   * Read as text, though `fields` is set: an earlier stage of an in-process chain (`matn run`)
   * handed it on as an object. Framing-dependent choices (line vs document) follow the text.
   */
  fromText?: boolean;
  /** The text is a whole HTML page: `--from html`, or the JSON Lines `html` field. */
  html?: boolean;
}

/** A JSON Lines record's id: its id field when that is a string or number, else `fallback`. */
export function recordId(fields: Record<string, unknown>, idField: string, fallback: string): string {
  const v = fields[idField];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : fallback;
}

/** Whether a record came from text input (not a JSON Lines object), even mid-chain. */
export function isTextRecord(rec: InputRecord): boolean {
  return rec.fields === undefined || rec.fromText === true;
}

/**
 * What a command emits. `json` builds the JSON Lines object lazily (only when writing JSON Lines);
 * `text` is the text-mode rendering. `unit: 'record'` text is framed like the input
 * (a line, a paragraph, a NUL-terminated record); `unit: 'line'` is always one line.
 */
export interface OutputRecord {
  /** The input record this one was made from (positions for messages down a chain). */
  record: InputRecord;
  json: () => Record<string, unknown>;
  text: string;
  unit: 'record' | 'line';
  /** Text output skips this record (a line `clean` removed whole); JSON Lines still carries it. */
  omitInText?: boolean;
  /** Already rendered for stdout (by a worker thread, --jobs): written as is. */
  rendered?: string;
}

/**
 * The JSON Lines object for a record whose text a command rewrote or annotated:
 * input fields pass through untouched and in order, the text field is replaced,
 * and `extra` fields are appended (or overwrite same-named ones in place).
 */
export interface FieldNames {
  textField: string;
  idField: string;
}

export function recordJson(
  rec: InputRecord,
  names: FieldNames,
  text: string,
  extra?: Record<string, unknown>,
): Record<string, unknown> {
  const base: Record<string, unknown> = rec.fields ? { ...rec.fields } : { [names.idField]: rec.id };
  base[names.textField] = text;
  if (extra) for (const [k, v] of Object.entries(extra)) if (v !== undefined) base[k] = v;
  return base;
}
