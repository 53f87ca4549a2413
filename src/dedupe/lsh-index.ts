/**
 * The LSH candidate index: a multimap from 32-bit band keys to document numbers, open addressing
 * with linear probing, 6 bytes a slot: the document (Int32) and a 16-bit tag of its key (Uint16;
 * 0 = empty). Full keys are not kept: a tag mismatch rules a slot out, a tag match makes the
 * document a candidate, and candidates are verified against their signatures anyway (a false
 * match costs one comparison, 1 time in 65,535). Growing re-derives each document's keys from its
 * stored signature (`keysOf`), so the table can grow by a quarter instead of doubling, and the
 * allocated state stays within 0.6–0.75 load: 8–10 bytes an entry.
 *
 * A key holds at most `maxPerKey` documents. A band shared by that many different documents
 * comes from text they all carry (a site's footer, a wire credit): it says nothing about which
 * of them a new document copies, and an unbounded run of one key would make every insert and
 * lookup scan it — quadratic time on a large input from one site. Copies still meet through
 * the bands of their own text.
 */
export const MAX_DOCS_PER_KEY = 32;
const MAX_LOAD = 0.75;
const GROWTH = 1.25;

export class LshIndex {
  private tags: Uint16Array;
  private docs: Int32Array;
  private size: number;
  private used = 0;
  /** Documents added so far are 0 … docCount-1 (added in order). */
  private docCount = 0;

  /** `keysOf(doc)`: the keys a document was filed under, recomputed when the table grows. */
  constructor(private readonly keysOf: (doc: number) => ArrayLike<number>, initialSlots = 1 << 12, private readonly maxPerKey = MAX_DOCS_PER_KEY) {
    this.size = Math.max(8, initialSlots);
    this.tags = new Uint16Array(this.size);
    this.docs = new Int32Array(this.size);
  }

  get entries(): number {
    return this.used;
  }

  get bytes(): number {
    return this.tags.byteLength + this.docs.byteLength;
  }

  /**
   * Files `doc` (the next document number) under each of `keys`; returns how many were filed
   * (a key holding `maxPerKey` documents takes no more). Room is made first, so a growth never
   * sees a document half filed.
   */
  addAll(keys: ArrayLike<number>, doc: number): number {
    while (this.used + keys.length > this.size * MAX_LOAD) this.grow();
    let filed = 0;
    for (let k = 0; k < keys.length; k++) if (this.insert(keys[k]!, doc)) filed++;
    this.docCount = Math.max(this.docCount, doc + 1);
    return filed;
  }

  /** Calls `visit` for every document stored under `key` (and, rarely, one whose key shares its tag). */
  forEach(key: number, visit: (doc: number) => void): void {
    const tag = tagOf(key);
    for (let i = this.slotOf(key); this.tags[i] !== 0; i = i + 1 === this.size ? 0 : i + 1) {
      if (this.tags[i] === tag) visit(this.docs[i]!);
    }
  }

  private insert(key: number, doc: number): boolean {
    const tag = tagOf(key);
    let same = 0;
    let i = this.slotOf(key);
    while (this.tags[i] !== 0) {
      if (this.tags[i] === tag && ++same >= this.maxPerKey) return false;
      i = i + 1 === this.size ? 0 : i + 1;
    }
    this.tags[i] = tag;
    this.docs[i] = doc;
    this.used++;
    return true;
  }

  /** Position from the key's high bits (fast range reduction: any table size works). */
  private slotOf(key: number): number {
    return Math.floor(((key >>> 0) * this.size) / 4294967296);
  }

  private grow(): void {
    this.size = Math.ceil(this.size * GROWTH);
    this.tags = new Uint16Array(this.size);
    this.docs = new Int32Array(this.size);
    this.used = 0;
    // In document order, so a capped key keeps the same first documents.
    for (let doc = 0; doc < this.docCount; doc++) {
      const keys = this.keysOf(doc);
      for (let k = 0; k < keys.length; k++) this.insert(keys[k]!, doc);
    }
  }
}

/** A 16-bit tag from the key's low bits (the slot comes from its high bits); never 0. */
function tagOf(key: number): number {
  return (key & 0xffff) || 1;
}
