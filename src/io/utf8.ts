/**
 * Streaming UTF-8 decoding that reports where the first invalid byte is.
 * TextDecoder({fatal}) is fast but does not say where it failed; on failure we
 * scan the offending chunk ourselves to name the byte offset.
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  /** Bytes consumed before the current chunk. */
  private offset = 0;
  /** Up to 3 bytes of an unfinished sequence carried from the previous chunk. */
  private tail: Uint8Array = new Uint8Array(0);

  /**
   * Decodes a chunk; returns the text, or the 0-based byte offset of the first invalid byte and,
   * when the bytes look like another encoding, what it probably is.
   */
  decode(chunk: Uint8Array): string | { invalidAt: number; hint?: string } {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.remember(chunk);
      return text;
    } catch {
      const invalidAt = this.locate(chunk);
      const hint = encodingHint(chunk, invalidAt - this.offset, this.offset === 0);
      return hint ? { invalidAt, hint } : { invalidAt };
    }
  }

  /** Flushes the decoder; an unfinished sequence at the end is an error. */
  end(): string | { invalidAt: number } {
    try {
      return this.decoder.decode();
    } catch {
      return { invalidAt: this.offset - this.tail.length + firstSequenceStart(this.tail) };
    }
  }

  private remember(chunk: Uint8Array): void {
    this.offset += chunk.length;
    const keep = Math.min(3, chunk.length);
    this.tail = chunk.slice(chunk.length - keep);
  }

  private locate(chunk: Uint8Array): number {
    // Re-scan from the carried tail so a sequence split across chunks is judged whole.
    const bytes = new Uint8Array(this.tail.length + chunk.length);
    bytes.set(this.tail, 0);
    bytes.set(chunk, this.tail.length);
    const base = this.offset - this.tail.length;
    // Skip the tail bytes that belonged to already-complete characters.
    let i = firstSequenceStart(this.tail);
    while (i < bytes.length) {
      const len = sequenceLength(bytes, i);
      if (len === 0) return base + i;
      i += len;
    }
    return base + bytes.length;
  }
}

/** Index in `tail` where an unfinished multi-byte sequence starts (tail.length if none). */
function firstSequenceStart(tail: Uint8Array): number {
  for (let i = Math.max(0, tail.length - 3); i < tail.length; i++) {
    const b = tail[i];
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (need > 0 && i + need > tail.length) return i;
  }
  return tail.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 if it is invalid (truncated at the end counts as valid-so-far). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  let need: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) { need = 1; min = 0x80; }
  else if (b0 >= 0xe0 && b0 <= 0xef) { need = 2; min = 0x800; }
  else if (b0 >= 0xf0 && b0 <= 0xf4) { need = 3; min = 0x10000; }
  else return 0;
  let cp = b0 & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return bytes.length - i; // unfinished at chunk end: judged later
    const b = bytes[i + k];
    if ((b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** Bytes after the first invalid one looked at to guess the encoding. */
const HINT_SAMPLE = 2048;

/**
 * What a file that is not UTF-8 probably is: UTF-16 by its byte order mark, or a legacy 8-bit
 * code page when the sample holds many high bytes and not one valid UTF-8 sequence (Arabic and
 * Persian sites long served Windows-1256). `at` is the first invalid byte's index in `chunk`.
 */
export function encodingHint(chunk: Uint8Array, at: number, fileStart: boolean): string | undefined {
  if (fileStart && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
    return 'the file starts with a UTF-16 byte order mark: convert it with iconv -f UTF-16 -t UTF-8';
  }
  let high = 0;
  let valid = 0;
  const end = Math.min(chunk.length, Math.max(0, at) + HINT_SAMPLE);
  for (let i = Math.max(0, at); i < end;) {
    if (chunk[i]! < 0x80) { i++; continue; }
    const len = sequenceLength(chunk, i);
    if (len > 1 && i + len <= end) { valid++; i += len; continue; }
    high++;
    i++;
  }
  return valid === 0 && high >= 8
    ? 'it looks like a legacy 8-bit encoding, Windows-1256 if Arabic or Persian: convert it with iconv -f WINDOWS-1256 -t UTF-8'
    : undefined;
}
