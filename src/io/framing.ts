/**
 * Record framing: the sync core that cuts decoded text into records.
 * No I/O here; `reader.ts` feeds it chunks (csv-parse's "one sync core + one stream adapter").
 *
 * - doc:  the whole source is one record.
 * - line: one record per `\n` line (`\r\n` accepted; a last line without `\n` still counts).
 * - para: records separated by one or more blank lines (whitespace-only lines count as blank).
 * - nul:  records separated by NUL bytes (`find -print0`, `sort -z`).
 * - jsonl: one JSON value per line; blank lines are skipped.
 */
import { InputError } from './errors.js';

export type Framing = 'doc' | 'line' | 'para' | 'nul';

/** One framed piece of text and the 1-based line it starts on. */
export interface RawRecord {
  text: string;
  line: number;
}

const NUL_HINT = 'NUL byte in text input (use --split nul for NUL-separated records)';

/** Incremental framer: push decoded chunks, collect complete records; `end()` flushes the rest. */
export class TextFramer {
  private carry = '';
  private carryLine = 1; // line number at the start of `carry`
  private readonly docParts: string[] = [];
  private paraLines: string[] = [];
  private paraStart = 0;

  constructor(
    private readonly framing: Framing,
    private readonly source: string,
  ) {}

  push(chunk: string, out: RawRecord[]): void {
    if (this.framing === 'doc') {
      this.checkNul(chunk, this.carryLine);
      this.carryLine += countNewlines(chunk);
      this.docParts.push(chunk);
      return;
    }
    const sep = this.framing === 'nul' ? '\0' : '\n';
    // The carry joins only the chunk's first piece: `carry + chunk` searched whole would copy
    // every chunk once more just to flatten it.
    let at = chunk.indexOf(sep);
    if (at === -1) {
      this.carry += chunk;
      return;
    }
    let line = this.carryLine;
    let piece = this.carry + chunk.slice(0, at);
    for (;;) {
      this.emit(piece, line, out);
      line += this.framing === 'nul' ? countNewlines(piece) : 1;
      const start = at + 1;
      at = chunk.indexOf(sep, start);
      if (at === -1) {
        this.carry = chunk.slice(start);
        break;
      }
      piece = chunk.slice(start, at);
    }
    this.carryLine = line;
  }

  end(out: RawRecord[]): void {
    if (this.framing === 'doc') {
      const text = this.docParts.join('');
      this.docParts.length = 0;
      if (text.length > 0) out.push({ text: text.replace(/\r\n/g, '\n'), line: 1 });
      return;
    }
    if (this.carry.length > 0) this.emit(this.carry, this.carryLine, out);
    this.carry = '';
    if (this.framing === 'para') this.flushPara(out);
  }

  private emit(piece: string, line: number, out: RawRecord[]): void {
    switch (this.framing) {
      case 'line': {
        this.checkNul(piece, line);
        out.push({ text: piece.endsWith('\r') ? piece.slice(0, -1) : piece, line });
        return;
      }
      case 'nul': {
        // A trailing newline after the last NUL record is common (`printf 'a\0b\0\n'`): not a record.
        const text = piece.replace(/\r\n/g, '\n');
        if (text.trim().length > 0) out.push({ text, line });
        return;
      }
      case 'para': {
        this.checkNul(piece, line);
        const clean = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
        if (clean.trim().length === 0) {
          this.flushPara(out);
        } else {
          if (this.paraLines.length === 0) this.paraStart = line;
          this.paraLines.push(clean);
        }
        return;
      }
      default:
        return;
    }
  }

  private flushPara(out: RawRecord[]): void {
    if (this.paraLines.length > 0) out.push({ text: this.paraLines.join('\n'), line: this.paraStart });
    this.paraLines = [];
  }

  private checkNul(text: string, firstLine: number): void {
    const at = text.indexOf('\0');
    if (at === -1) return;
    throw new InputError(NUL_HINT, { source: this.source, line: firstLine + countNewlines(text.slice(0, at)) });
  }
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Deepest nesting a JSON Lines record may have. Records are written back with JSON.stringify,
 * which recurses and overflows the stack near 10,000 levels; jq refuses input past 10,000 too.
 */
export const MAX_JSON_DEPTH = 1000;

/** Whether `line` nests arrays/objects deeper than `limit` (strings skipped by indexOf). */
export function nestsDeeperThan(line: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      let j = line.indexOf('"', i + 1);
      while (j !== -1) {
        let bs = 0;
        while (line.charCodeAt(j - 1 - bs) === 0x5c) bs++;
        if (bs % 2 === 0) break;
        j = line.indexOf('"', j + 1);
      }
      if (j === -1) return false;
      i = j;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Parses one JSON Lines line into an object record; throws InputError naming the line. */
export function parseJsonLine(
  line: string,
  source: string,
  lineNo: number,
  textField: string,
  /** Accepted in place of the text field (an HTML page for `clean`). */
  htmlField?: string,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    // A lone `{` or `[` opens a pretty-printed JSON document: say how to make it JSON Lines.
    const hint = /^\s*[{[]\s*$/.test(line) ? ` (a JSON document spread over lines? JSON Lines holds one record per line: jq -c '.' FILE, or jq -c '.[]' for an array)` : '';
    throw new InputError(`invalid JSON: ${why}${hint}`, { source, line: lineNo });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('JSON line is not an object', { source, line: lineNo });
  }
  if (nestsDeeperThan(line, MAX_JSON_DEPTH)) {
    throw new InputError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, { source, line: lineNo });
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj[textField] !== 'string' && !(htmlField && !(textField in obj) && typeof obj[htmlField] === 'string')) {
    const what = textField in obj ? 'is not a string' : 'is missing';
    throw new InputError(`field "${textField}" ${what}`, { source, line: lineNo });
  }
  return obj;
}
