/**
 * Multi-word phrase lookup over tokens: phrases are stored by their matching forms, grouped
 * by first token, longest first, so `match` returns the longest phrase starting at a token.
 */
import { phraseForms, TokenKind, type Token } from './tokens.js';

export interface PhraseMatch<T> { value: T; length: number }

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ rest: string[]; value: T }>>();

  add(phrase: string, value: T): void {
    const forms = phraseForms(phrase);
    if (forms.length === 0) return;
    const [first, ...rest] = forms as [string, ...string[]];
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    if (list.some((e) => e.rest.join(' ') === rest.join(' '))) return;
    list.push({ rest, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** The words a phrase of the table can start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at tokens[i], matched on words only. */
  match(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t || t.kind !== TokenKind.Word) return undefined;
    const list = this.byFirst.get(t.norm);
    if (!list) return undefined;
    outer: for (const e of list) {
      for (let k = 0; k < e.rest.length; k++) {
        const u = tokens[i + 1 + k];
        if (!u || u.kind !== TokenKind.Word || u.norm !== e.rest[k]) continue outer;
      }
      return { value: e.value, length: e.rest.length + 1 };
    }
    return undefined;
  }
}

/** A set of single words by matching form. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => phraseForms(w).join(' ')));
}
