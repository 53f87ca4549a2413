/**
 * The subject of a Persian reporting verb (SOV: the noun phrase at the start of its clause, past
 * frames, datelines and adverbs): where the clause starts (after an earlier report, a main
 * clause's verb, a semicolon, a closed quotation), and what of it is the subject.
 */
import {
  institutionNouns, isRoleNoun, nameTitles, persianAdjunctOpeners, persianClauseFinalVerbs, persianCues, persianLeadingAdverbs, persianNamePrepositions,
  persianPartitives, persianPronouns, persianQuestionLemmas, persianRoleCompounds, persianSourceOpeners, persianSubjectStops, roleDeterminers,
} from './lexicon.js';
import { hasWord, isClose, isOpen, isPunct, wordCount } from './spans.js';
import { ABBREVIATION_DOT, isNumberWord, TokenKind, type Token } from './tokens.js';
import type { SpeakerKind } from './types.js';

const MAX_SPEAKER_WORDS = 10;
/** How many words after an institution noun a و may join its name (`سازمان آتش نشانی و …`). */
const INSTITUTION_NAME_WORDS_BEFORE_AND = 2;
/** A dateline before the subject (`خبرگزاری فارس:`) has at most this many words. */
const DATELINE_MAX_WORDS = 4;

/** The subject of the clause ending at the cue: [from, to) and whether it is a name, pronoun or dropped. */
export function persianSubject(tokens: readonly Token[], sStart: number, cue: number): [[number, number], SpeakerKind] {
  // A second reporting verb of the sentence (`X گفته‌اند که … و تاکید داشته‌اند که …`) shares the
  // first one's subject: its own is dropped, so the first quote runs up to this verb.
  // Another reporting verb before this one, bare (`رویترز گزارش داد شرکت مائرسک … اعلام کرد …`),
  // ends the clause this verb's subject stands in: the subject starts after it (where
  // persianAnchors then sees this report nested in that one's content).
  let clauseStart = sStart;
  for (let k = sStart; k < cue; k++) {
    const m = persianCues.match(tokens, k);
    if (!m) continue;
    // `… پرسید که وی در پاسخ گفت:`: a question's که opens the answer, a clause of its own.
    if (tokens[k + m.length]?.norm === 'که' && persianQuestionLemmas.has(m.value.lemma)) {
      clauseStart = k + m.length + 1;
      k = clauseStart - 1;
      continue;
    }
    if (isPunct(tokens[k + m.length], ':') || tokens[k + m.length]?.norm === 'که') {
      // `… می‌فرماید: «…» و حضرت ابراهیم … اظهار می‌دارد:`: a quotation closed since starts a clause of its own.
      // `وزیر گفت که … و سخنگوی دولت گفت که …`: و and a subject right before the verb start one too.
      const closed = Math.max(lastClosingMark(tokens, k + m.length, cue), coordinatedSubject(tokens, k + m.length, cue));
      if (closed < 0) return [[cue, cue], 'dropped'];
      clauseStart = closed + 1;
      k = closed;
      continue;
    }
    // `… اشاره کرد و اظهار داشت:` is one subject with two verbs: coordination does not end it.
    const next = tokens[k + m.length];
    if (next?.kind === TokenKind.Word && next.norm !== 'و') clauseStart = k + m.length;
    k += m.length - 1;
  }
  clauseStart = mainClauseEnd(tokens, clauseStart, cue);
  let i = skipOpeners(tokens, clauseStart, cue);
  let run = subjectRun(tokens, i, cue);
  // `در این نشست، وزیر … گفت:` — a sentence opening with a frame has its subject after the comma.
  if (run === i) {
    for (let k = cue - 1; k > i; k--) {
      if (isPunct(tokens[k], '،,؛;')) {
        const j = skipOpeners(tokens, k + 1, cue);
        const r = subjectRun(tokens, j, cue);
        // `هنگام بازگشت امیرمؤمنان از جنگ صفین، آن حضرت … فرمود:`: or a pronoun after the comma.
        if (r > j || persianPronouns.match(tokens, j)) { i = j; run = r; }
        break;
      }
    }
  }
  // A pronoun opening the clause is its subject, whatever follows (`او توضیح نداده که …`), also one
  // that opens with a stop word (`این مقام انصارالله یمن توضیح داد …`).
  const p = persianPronouns.match(tokens, i);
  if (p && i + p.length <= cue) return [[i, i + p.length], 'pronoun'];
  // `این نویسنده سپس می‌افزاید …`, `این فرمانده …`: a demonstrative before a role noun refers back
  // like a pronoun (the listed `این مقام`, `این کارشناس` are its common cases).
  if (tokens[i]?.norm === 'این' && i + 2 <= cue && isRoleNoun(tokens[i + 1]!.norm)) return [[i, i + 2], 'pronoun'];
  if (run === i) return titledAfterAdjunct(tokens, i, cue) ?? subjectAfterDemonstrativeAdjunct(tokens, i, cue) ?? [[i, i], 'dropped'];
  // `یکی از کارشناسان اقتصادی گفت`: a quantifier's noun follows از, and is part of the subject.
  if (tokens[run]?.norm === 'از' && persianPartitives.match(tokens, i)?.length === run - i) {
    const noun = subjectRun(tokens, run + 1, cue);
    if (noun > run + 1) run = noun;
  }
  // `X شفافیت را … عنوان کرد`: the word before را is the object, not part of the subject.
  if (tokens[run]?.norm === 'را' && wordCount(tokens, i, run) >= 2) {
    let k = run - 1;
    while (k > i && tokens[k]!.kind !== TokenKind.Word) k--;
    run = k;
  }
  return [[i, run], 'named'];
}

/**
 * Where the reporting clause starts when a main clause ends before it in the sentence: after a
 * semicolon, after a main clause's verb and a comma (`… است، به عنوان نمونه آیه 63 … سخن می‌گوید:`),
 * or after its verb and که (`این در حالی است که وزیر … گفت:`, `… سوال کرد که وی پاسخ داد:`), with
 * only words between که and the cue, none of them a clause's verb. Not inside a frame's content or
 * a quotation (`با اشاره به اینکه … هستند که … گفت:`); else `clauseStart` as given.
 */
function mainClauseEnd(tokens: readonly Token[], clauseStart: number, cue: number): number {
  // Inside a frame's content or a quotation the verb is not the main clause's.
  const inFrame = (k: number): boolean => {
    for (let j = clauseStart; j < k; j++) if (tokens[j]!.norm === 'اینکه' || isOpen(tokens[j]!)) return true;
    return false;
  };
  for (let k = cue - 1; k > clauseStart; k--) {
    const t = tokens[k]!;
    // `… روایت گردیده است؛ ازجمله امیرمؤمنان علی(ع) در ضمن گفتاری فرمود:`: a semicolon ends a clause.
    if (isPunct(t, '؛;')) return inFrame(k) ? clauseStart : k + 1;
    // `آیاتی از قرآن حاوی نکاتی … است، به عنوان نمونه آیه 63 … سخن می‌گوید:`: the verb and comma end the
    // main clause; not the verb of a relative clause (`در نشستی که … برگزار شد، ضمن اشاره … گفت`).
    if (isPunct(t, '،,') && persianClauseFinalVerbs.has(tokens[k - 1]?.norm ?? '')) {
      return hasWord(tokens, clauseStart, k, 'که') || inFrame(k) ? clauseStart : k + 1;
    }
    if (isPunct(t, '()')) continue; // `علی(ع)`
    if (t.kind !== TokenKind.Word || persianClauseFinalVerbs.has(t.norm)) return clauseStart;
    if (t.norm !== 'که' || !persianClauseFinalVerbs.has(tokens[k - 1]?.norm ?? '')) continue;
    return inFrame(k) ? clauseStart : k + 1;
  }
  return clauseStart;
}

/**
 * The last و in tokens[from, cue) that a subject of its own follows right up to the cue
 * (`… و سخنگوی دولت گفت`), or -1; not a second verb of the same subject (`… و تاکید کرده‌اند که`).
 */
function coordinatedSubject(tokens: readonly Token[], from: number, cue: number): number {
  for (let k = cue - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) return -1;
    if (t.norm !== 'و') continue;
    const run = subjectRun(tokens, k + 1, cue);
    return run === cue && run > k + 1 && !persianCues.match(tokens, k + 1) ? k : -1;
  }
  return -1;
}

/** The last closing quotation mark in tokens[from, to), or -1. */
function lastClosingMark(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isClose(tokens[k]!)) return k;
  return -1;
}

/**
 * `در روایت دیگری امام باقر(ع) می‌فرماید:`, `در این دیدار سردار … گفت:`: a clause that opens
 * with an adjunct and no comma has its subject where a title or a role noun starts a name of
 * two words or more, unless a preposition governs it (`در دیدار با سردار …`).
 */
function titledAfterAdjunct(tokens: readonly Token[], i: number, cue: number): [[number, number], SpeakerKind] | undefined {
  if (!persianAdjunctOpeners.has(tokens[i]?.norm ?? '')) return undefined;
  for (let k = i + 1; k < cue; k++) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) {
      if (isPunct(t, '،,:؛;')) return undefined;
      continue;
    }
    // `این استاد دانشگاه` describes; a preposition makes the name an adjunct.
    if (!(nameTitles.has(t.norm) || isRoleNoun(t.norm)) || persianNamePrepositions.has(tokens[k - 1]!.norm) || roleDeterminers.has(tokens[k - 1]!.norm)) continue;
    const run = subjectRun(tokens, k, cue);
    return run > k + 1 ? [[k, run], 'named'] : undefined;
  }
  return undefined;
}

/**
 * `در این آیات فرشتگان … می‌گویند …`: a preposition, a demonstrative and its noun close an
 * adjunct; the subject is the run after it. Only when no title marks where it starts (see
 * titledAfterAdjunct); a preposition after the noun (`در این دیدار با وزیر …`) stops the run at once.
 */
function subjectAfterDemonstrativeAdjunct(tokens: readonly Token[], i: number, cue: number): [[number, number], SpeakerKind] | undefined {
  if (!persianAdjunctOpeners.has(tokens[i]?.norm ?? '') || !roleDeterminers.has(tokens[i + 1]?.norm ?? '')) return undefined;
  const noun = tokens[i + 2];
  if (noun?.kind !== TokenKind.Word || i + 3 >= cue) return undefined;
  const run = subjectRun(tokens, i + 3, cue);
  return run > i + 3 ? [[i + 3, run], 'named'] : undefined;
}

/** A list item's number: one or two digits. */
function isListNumber(t: Token): boolean {
  return isNumberWord(t) && t.norm.length <= 2;
}

export function skipOpeners(tokens: readonly Token[], i: number, cue: number): number {
  // Stray bullets and brackets at a line start (`- `, `* `, `[`) are not part of the subject, nor a
  // list item's number beside one (`-2 مديران اجرايي …`, `3) …`).
  while (i < cue && tokens[i]!.kind === TokenKind.Punct && !isOpen(tokens[i]!)) i++;
  if (i > 0 && i + 1 < cue && isListNumber(tokens[i]!) && isPunct(tokens[i - 1], '-–.)')) i++;
  else if (i + 2 < cue && isListNumber(tokens[i]!) && isPunct(tokens[i + 1], '-–.)')) i += 2;
  // An agency or city dateline before a colon or dash (`خبرگزاری فارس: مدیرکل … گفت:`, `تهران - …`).
  // Not a speaker's own colon: a dateline holds no reporting verb (`او گفت: …` repeated without full stops).
  // Several in a row are skipped too (`تهران - ایرنا - وزیر … گفت:`).
  for (let skipped = true; skipped;) {
    skipped = false;
    for (let k = i, words = 0; k < cue && words <= DATELINE_MAX_WORDS; k++) {
      const t = tokens[k]!;
      if (t.kind === TokenKind.Word) {
        if (persianCues.match(tokens, k)) break;
        words++;
        continue;
      }
      if (words > 0 && isPunct(t, ':-–—') && tokens[k + 1]?.kind === TokenKind.Word && k + 1 < cue) { i = k + 1; skipped = true; }
      break;
    }
  }
  const opener = persianSourceOpeners.match(tokens, i);
  if (opener) {
    for (let k = i + opener.length; k < cue; k++) if (isPunct(tokens[k], '،,')) { i = k + 1; break; }
  }
  for (;;) {
    const adv = persianLeadingAdverbs.match(tokens, i);
    if (!adv || i + adv.length > cue) break;
    i += adv.length;
    while (isPunct(tokens[i], '،,')) i++;
  }
  return i;
}

export function subjectRun(tokens: readonly Token[], i: number, cue: number): number {
  let k = i;
  let words = 0;
  /** Words since the last institution noun (`سازمان`), or -1. */
  let sinceInstitution = -1;
  while (k < cue && words < MAX_SPEAKER_WORDS) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word) {
      const compound = persianRoleCompounds.match(tokens, k);
      if (compound) { k += compound.length; words += compound.length; continue; }
      // `سازمان حج و زیارت`, `سازمان آتش نشانی و خدمات ایمنی`: و a word or two after an
      // institution's head noun joins its name (further on it is more often the object's).
      if (t.norm === 'و' && sinceInstitution >= 1 && sinceInstitution <= INSTITUTION_NAME_WORDS_BEFORE_AND && continuesInstitution(tokens[k + 1])) { k++; words++; continue; }
      sinceInstitution = institutionNouns.has(t.norm) ? 0 : sinceInstitution < 0 ? -1 : sinceInstitution + 1;
      if (persianSubjectStops.has(t.norm)) break;
      words++;
    } else if (!isPunct(t, '«»"“”()' + ABBREVIATION_DOT)) break;
    k++;
  }
  // A subject never ends inside an open bracket or quote: trim back to the last whole word.
  while (k > i && tokens[k - 1]!.kind === TokenKind.Punct && !isPunct(tokens[k - 1], ')»"”')) k--;
  return k;
}

/** A word after و that goes on with an institution's name: a plain noun, not a new subject or adjunct. */
function continuesInstitution(t: Token | undefined): boolean {
  return t?.kind === TokenKind.Word && !persianSubjectStops.has(t.norm) && !isRoleNoun(t.norm) && !nameTitles.has(t.norm)
    && !roleDeterminers.has(t.norm) && !persianPronouns.has(t.norm) && !persianCues.has(t.norm) && !institutionNouns.has(t.norm);
}
