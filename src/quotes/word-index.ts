/**
 * Where words occur in one document, for the speaker resolver: an index from matching form to
 * positions (paragraph and token, packed in one number), built on first use, and what it finds
 * with it: the titled name (`الأمير فيصل بن خالد`) or named institution (`شرکت … مائرسک`) last
 * written before a position, and whether words open another sentence. Pure: built from the tokens.
 */
import { nameTitles, roleDeterminers } from './lexicon.js';
import { isNameWord, nameRun } from './names.js';
import { isSentenceEnd, TokenKind, type Token } from './tokens.js';

/** Name words after an institution noun (`شرکت کشتی‌رانی مائرسک`) read back for `این شرکت`. */
const MAX_NOUN_NAME_WORDS = 4;
/** Quotation marks a medium's name may stand in (`نشریه «آس» اسپانیا`); the closing ones may end it. */
const NAME_MARKS = ['«', '»', '"', '“', '”'];
const CLOSING_NAME_MARKS = ['»', '"', '”'];

/**
 * Positions pack paragraph and token: paragraph × POS_PARA + token, exact in a double up to 2^53:
 * 2^26 tokens a paragraph (a 300 MB line) and 2^27 paragraphs. 2^20 overflowed on a one-line
 * record of 1.5 million tokens (an 8 MB line), whose positions then named a paragraph that is not there.
 */
export const POS_PARA = 2 ** 26;
export const paraAt = (pos: number): number => Math.floor(pos / POS_PARA);
export const tokenAt = (pos: number): number => pos % POS_PARA;

export interface Paragraph { tokens: Token[]; lang?: 'fa' | 'ar' }

/** A phrase read from the text: as written, and its words' matching forms. */
export interface Phrase { text: string; norms: string[] }

/** Words looked up by scanning the tokens before an index of every word is built (see occurrences). */
const SCANS_BEFORE_INDEX = 8;

export class DocumentWords {
  private index: Map<string, number | number[]> | undefined;
  /** Words looked up so far, while there is no index. */
  private readonly scanned = new Map<string, number[]>();

  constructor(private readonly text: string, readonly paragraphs: readonly Paragraph[]) {}

  /**
   * Where a word occurs, as document positions (paraAt/tokenAt). Most articles ask about a few
   * words: those are found by a scan of the tokens; from the ninth word on, an index of every
   * word is built once (most words occur once: a bare position, only repeated ones an array).
   */
  occurrences(norm: string): readonly number[] {
    if (!this.index) {
      const known = this.scanned.get(norm);
      if (known) return known;
      if (this.scanned.size < SCANS_BEFORE_INDEX) {
        const found: number[] = [];
        for (let pi = 0; pi < this.paragraphs.length; pi++) {
          const ts = this.paragraphs[pi]!.tokens;
          for (let i = 0; i < ts.length; i++) if (ts[i]!.norm === norm && ts[i]!.kind === TokenKind.Word) found.push(pi * POS_PARA + i);
        }
        this.scanned.set(norm, found);
        return found;
      }
      const index = new Map<string, number | number[]>();
      for (let pi = 0; pi < this.paragraphs.length; pi++) {
        const ts = this.paragraphs[pi]!.tokens;
        for (let i = 0; i < ts.length; i++) {
          const t = ts[i]!;
          if (t.kind !== TokenKind.Word) continue;
          const at = pi * POS_PARA + i;
          const seen = index.get(t.norm);
          if (seen === undefined) index.set(t.norm, at);
          else if (typeof seen === 'number') index.set(t.norm, [seen, at]);
          else seen.push(at);
        }
      }
      this.index = index;
    }
    const at = this.index.get(norm);
    return at === undefined ? [] : typeof at === 'number' ? [at] : at;
  }

  /**
   * Whether another sentence opens with the words at position `from` (`count` of them), going on
   * differently from there: a sentence written twice (a verse quoted again) is no evidence.
   */
  opensSentence(from: number, count: number): boolean {
    const own = this.paragraphs[paraAt(from)]!.tokens;
    const f = tokenAt(from);
    const next = own[f + count]?.norm;
    return this.occurrences(own[f]!.norm).some((at) => {
      if (at === from) return false;
      const ts = this.paragraphs[paraAt(at)]!.tokens;
      const i = tokenAt(at);
      if (i > 0 && !isSentenceEnd(ts[i - 1])) return false;
      for (let k = 1; k < count; k++) if (ts[i + k]?.norm !== own[f + k]!.norm) return false;
      return ts[i + count]?.norm !== next;
    });
  }

  /**
   * The last `noun + name` (`شرکت کشتی‌رانی مائرسک`, `نشریه «آس» اسپانیا`) written before document
   * position `pos` with one of `nouns` as its noun, for `این شرکت` / `این رسانه`: the noun, then one
   * to four name words, quotation marks around them allowed. Not one that is itself `این + noun`.
   */
  namedNounBefore(nouns: ReadonlySet<string>, pos: number): Phrase | undefined {
    return this.latestBefore(nouns, pos, (ts, i) => {
      if (roleDeterminers.has(ts[i - 1]?.norm ?? '')) return undefined;
      let end = i + 1;
      for (let k = i + 1, words = 0; k < ts.length && words < MAX_NOUN_NAME_WORDS; k++) {
        if (isNameWord(ts[k])) { words++; end = k + 1; continue; }
        if (ts[k]!.kind !== TokenKind.Punct || !NAME_MARKS.includes(ts[k]!.norm)) break;
        if (CLOSING_NAME_MARKS.includes(ts[k]!.norm)) end = k + 1;
      }
      return end === i + 1 ? undefined : this.phrase(ts, i, end);
    });
  }

  /**
   * The last person a sentence opened with by name and role in apposition (`"سریکژان مامبتالین" رئیس
   * حزب …`, `کیا پارسا، مدیر مجموعه …`) before document position `pos`: two to five name words, in
   * marks or not, right before a role noun, opening their sentence.
   */
  introducedBefore(roles: Iterable<string>, pos: number): Phrase | undefined {
    return this.latestBefore(roles, pos, (ts, i) => {
      let j = i - 1;
      if (ts[j]?.kind === TokenKind.Punct && (CLOSING_NAME_MARKS.includes(ts[j]!.norm) || ts[j]!.norm === '،' || ts[j]!.norm === ',')) j--;
      const run = j >= 0 ? nameRun(ts, j, -1) : undefined;
      if (!run) return undefined;
      let s = run[0];
      if (ts[s - 1]?.kind === TokenKind.Punct && NAME_MARKS.includes(ts[s - 1]!.norm)) s--;
      return s > 0 && !isSentenceEnd(ts[s - 1]) ? undefined : this.phrase(ts, run[0], run[1]);
    });
  }

  /**
   * The last `title + name` (`الأمير فيصل بن خالد`) written before document position `pos`.
   * Looked up in the word index, so many honorifics in one long text cost no rescans.
   */
  titledNameBefore(titles: ReadonlySet<string>, pos: number): Phrase | undefined {
    // A bare role noun (`أمير منطقة …`) is an office, not a title.
    const named = [...titles].filter((title) => nameTitles.has(title) || title.startsWith('ال'));
    return this.latestBefore(named, pos, (ts, i) => {
      if (ts[i - 1]?.norm === 'ال') return undefined; // `آل الشيخ` is a family name
      const run = nameRun(ts, i + 1, 1);
      if (!run) return undefined;
      // An `ال` word after the first name is the object or an adjective (`… بن خالد الوفد`), unless after `آل`.
      let end = run[1];
      for (let k = i + 2; k < run[1]; k++) {
        const w = ts[k]!.norm;
        if (w.startsWith('ال') && w !== 'ال' && !nameTitles.has(w) && ts[k - 1]!.norm !== 'ال') { end = k; break; }
      }
      return this.phrase(ts, i, end);
    });
  }

  /** The latest of `phrases` (each its words' matching forms) written whole before `pos`. */
  phraseBefore(phrases: ReadonlyArray<readonly string[]>, pos: number): Phrase | undefined {
    const byHead = new Map<string, Array<readonly string[]>>();
    for (const p of phrases) byHead.set(p[0]!, [...(byHead.get(p[0]!) ?? []), p]);
    return this.latestBefore(byHead.keys(), pos, (ts, i) => {
      // The longest phrase that starts here (`رهبر معظم انقلاب اسلامی` over `رهبر`).
      let best = 0;
      for (const p of byHead.get(ts[i]!.norm) ?? []) {
        if (p.length > best && p.every((w, k) => ts[i + k]?.norm === w)) best = p.length;
      }
      return best > 0 ? this.phrase(ts, i, i + best) : undefined;
    });
  }

  /**
   * What `read` makes of the latest occurrence of any of `words` before position `pos` that it
   * accepts: each word's occurrences from the last back, stopping at one earlier than the best so far.
   */
  private latestBefore(words: Iterable<string>, pos: number, read: (ts: readonly Token[], i: number) => Phrase | undefined): Phrase | undefined {
    let found: Phrase | undefined;
    let foundAt = -1;
    for (const word of words) {
      const at = this.occurrences(word);
      for (let o = at.length - 1; o >= 0 && at[o]! > foundAt; o--) {
        if (at[o]! >= pos) continue;
        const phrase = read(this.paragraphs[paraAt(at[o]!)]!.tokens, tokenAt(at[o]!));
        if (!phrase) continue;
        found = phrase;
        foundAt = at[o]!;
        break;
      }
    }
    return found;
  }

  /** tokens[from, to) as written, with the matching forms of its words. */
  private phrase(ts: readonly Token[], from: number, to: number): Phrase {
    return { text: this.text.slice(ts[from]!.start, ts[to - 1]!.end), norms: ts.slice(from, to).filter((t) => t.kind === TokenKind.Word).map((t) => t.norm) };
  }
}
