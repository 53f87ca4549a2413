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

  /** Decodes a chunk; returns the text or the 0-based byte offset of the first invalid byte. */
  decode(chunk: Uint8Array): string | { invalidAt: number } {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.remember(chunk);
      return text;
    } catch {
      return { invalidAt: this.locate(chunk) };
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
