/**
 * Offsets in matn's output count Unicode code points (what Python's and jq's string indices
 * count), not JavaScript's UTF-16 units. Persian and Arabic letters are one unit either way;
 * emoji and other astral characters are where the two differ.
 */

/** Maps ascending UTF-16 offsets of one string to code point offsets, in one pass overall. */
export class CodePointCounter {
  private unit = 0;
  private point = 0;
  constructor(private readonly text: string) {}

  /** Code point offset of UTF-16 offset `u`; calls must not go backwards. */
  at(u: number): number {
    if (u < this.unit) { this.unit = 0; this.point = 0; }
    const t = this.text;
    while (this.unit < u) {
      const c = t.charCodeAt(this.unit);
      this.unit += c >= 0xd800 && c <= 0xdbff && this.unit + 1 < t.length ? 2 : 1;
      this.point++;
    }
    return this.point;
  }
}
