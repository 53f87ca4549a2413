/** Shapes shared by the quote rules (per paragraph) and the resolver (per document). */
import type { Gender } from './lexicon.js';
import type { Token } from './tokens.js';

export type QuoteKind = 'direct' | 'quoted' | 'indirect';
export type SpeakerKind = 'named' | 'pronoun' | 'dropped';

/** How the content was introduced; decides where it ends and which kind it is. */
export type Introducer = 'colon' | 'complementizer' | 'comma' | 'bare' | 'mark' | 'frame' | 'attribution' | 'after-mark';

/** A reporting clause found in one paragraph: token indices into that paragraph's tokens. */
export interface Anchor {
  introducer: Introducer;
  /** First and one-past-last token of the cue (verb, frame or attribution phrase). */
  cue: [number, number];
  /** Speaker tokens [from, to); from === to when the subject is dropped. */
  speaker: [number, number];
  speakerKind: SpeakerKind;
  gender?: Gender;
  /** First content token; content end is decided once every anchor of the paragraph is known. */
  contentStart: number;
  /** Fixed content end (exclusive) when the introducer already bounds it (quote marks, frames). */
  contentEnd?: number;
  /** Direct even after a complementizer: the content is wholly in quotation marks. */
  quoted?: boolean;
  /** Arabic dropped subjects: the subject of the sentence's first verb, a better antecedent than the last speaker. */
  sentenceSubject?: [number, number];
}

/** One quote as the library returns it. Offsets are UTF-16 units here; the CLI reports code points. */
export interface Quote {
  kind: QuoteKind;
  lang: 'fa' | 'ar';
  /** As written in the text; `""` for a dropped subject. */
  speaker: string;
  /** The fullest name or role the article gives for the speaker; `""` when nobody could be found. */
  speakerResolved: string;
  speakerKind: SpeakerKind;
  verb: string;
  quote: string;
  start: number;
  end: number;
}

/** A paragraph (one line of the text) as the rules see it. */
export interface Para { tokens: Token[]; lang: 'fa' | 'ar'; anchors: Anchor[] }

/** A quote before resolution: its paragraph, anchor and content token range. */
export interface Found { para: number; anchor: Anchor; from: number; to: number; kind: QuoteKind }
