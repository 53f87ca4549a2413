/**
 * The LSH candidate index: a multimap from 32-bit band keys to document numbers in two typed
 * arrays (open addressing, linear probing, grows by doubling). 8 bytes per entry at ≤ 0.75
 * load, instead of the ~100 bytes of a JS Map of arrays.
 *
 * A key holds at most `maxPerKey` documents. A band shared by that many different documents
 * comes from text they all carry (a site's footer, a wire credit): it says nothing about which
 * of them a new document copies, and an unbounded run of one key would make every insert and
 * lookup scan it — quadratic time on a large input from one site. Copies still meet through
 * the bands of their own text.
 */
export const MAX_DOCS_PER_KEY = 64;

export class LshIndex {
  private keys: Int32Array;
  private docs: Int32Array; // doc number + 1; 0 = empty slot
  private mask: number;
  private used = 0;

  constructor(initialSlots = 1 << 12, private readonly maxPerKey = MAX_DOCS_PER_KEY) {
    let size = 1;
    while (size < initialSlots) size <<= 1;
    this.keys = new Int32Array(size);
    this.docs = new Int32Array(size);
    this.mask = size - 1;
  }

  get entries(): number {
    return this.used;
  }

  get bytes(): number {
    return this.keys.byteLength + this.docs.byteLength;
  }

  /** Files `doc` under `key`; false when the key already holds `maxPerKey` documents. */
  add(key: number, doc: number): boolean {
    if ((this.used + 1) / this.keys.length > 0.75) this.grow();
    let i = key & this.mask;
    let same = 0;
    while (this.docs[i] !== 0) {
      if (this.keys[i] === key && ++same >= this.maxPerKey) return false;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = key;
    this.docs[i] = doc + 1;
    this.used++;
    return true;
  }

  /** Calls `visit` for every document stored under `key`. */
  forEach(key: number, visit: (doc: number) => void): void {
    let i = key & this.mask;
    while (this.docs[i] !== 0) {
      if (this.keys[i] === key) visit(this.docs[i]! - 1);
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, docs } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.docs = new Int32Array(size);
    this.mask = size - 1;
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (docs[i] !== 0) this.add(keys[i]!, docs[i]! - 1);
  }
}
