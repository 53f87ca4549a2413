/**
 * The subject of an Arabic reporting verb (VSO: after it; `عراقجي أكد أن …`: before it), and the
 * antecedents a dropped subject may have in its sentence: the first clause's subject, or the
 * reporter a participle hangs on.
 */
import {
  arabicAla, arabicAlaVerbs, arabicComplementizers, arabicCue, arabicDemonstratives, arabicKana, arabicHehNameEndings, arabicHehNames, arabicLeadingParticles, arabicPronouns, arabicRelatives, arabicResumptives,
  arabicAgentGapWords, arabicBaVerbs, arabicSpeakerSwitches, arabicStatementNouns, arabicSubjectStops, arabicVerbObjects, hasImperfectPrefix, isRoleNoun, nameTitles, roleNouns, startsWithGluedPreposition, withoutProclitic,
} from './lexicon.js';
import { isNameWord } from './names.js';
import { isClose, isOpen, isPunct, sentenceStart } from './spans.js';
import { ABBREVIATION_DOT, TokenKind, type Token } from './tokens.js';
import type { SpeakerKind } from './types.js';

const MAX_SPEAKER_WORDS = 14;
/** A role's complement read past prepositions to the name before `، أن` or a colon: at most this many words. */
const ROLE_ADJUNCT_WORDS = 10;
/** A subject written before its verb (`وزير الخارجية عادل الجبير أكد أن …`) has at most this many words. */
const MAX_PREVERBAL_WORDS = 6;

/**
 * The subject written before the verb at `cue`: the whole stretch from the sentence start (past
 * leading particles and `من جهته`), when it is a short noun phrase opening with a name, title or
 * role, with no comma, preposition or reporting verb in it.
 */
export function preverbalSubject(tokens: readonly Token[], cue: number): [number, number] | undefined {
  const s = clauseOpening(tokens, cue);
  // `وكانت إيفانكا ترامب قد أكدت`: the particle before the verb is not the subject's.
  let e = cue;
  while (e > s && tokens[e - 1]!.kind === TokenKind.Word && arabicLeadingParticles.has(tokens[e - 1]!.norm)) e--;
  if (s >= e || e - s > MAX_PREVERBAL_WORDS) return undefined;
  for (let k = e; k < cue; k++) if (tokens[k]!.kind !== TokenKind.Word) return undefined;
  cue = e;
  for (let k = s; k < cue; k++) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) return undefined;
    const n = t.norm;
    if (arabicSubjectStops.has(n) || arabicSubjectStops.has(withoutProclitic(n)) || arabicCue(n) || arabicComplementizers.match(tokens, k)) return undefined;
    if (startsWithGluedPreposition(n) || (k > s && n.startsWith('وال'))) return undefined;
  }
  const n = tokens[s]!.norm;
  const first = withoutProclitic(n);
  const opensNoun = isRoleNoun(n) || nameTitles.has(n) || nameTitles.has(first) || isNameWord(tokens[s]);
  return opensNoun && !first.startsWith('ال') ? [s, cue] : undefined;
}

/**
 * The named subject of the reporting verb nearest before a participle in its sentence: the
 * participle's clause hangs on that verb (`… قال مختصون … إن …، مشددين على أن …`), not on the
 * sentence's first clause (`وفيما زعمت وزارة الأمن …`).
 */
export function nearestReporter(tokens: readonly Token[], participle: number): [number, number] | undefined {
  const s = sentenceStart(tokens, participle);
  for (let k = participle - 1; k >= s; k--) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) continue;
    const cue = arabicCue(t.norm);
    if (!cue || cue.tense === 'participle') continue;
    const [span, kind] = arabicSubject(tokens, k + 1);
    return kind === 'named' && span[1] <= participle ? span : undefined;
  }
  return undefined;
}

/**
 * `ورحب بالاتفاق، مؤكدا …`: right after the verb, a word with a glued preposition is its object,
 * unless it is short (`يقول بال`), a ب phrase follows it (`وطالب بالمر بوقف …`), or the verb is a
 * reporting one that takes no ب object: then it is a name (`وقال بالوتيلي إن …`, `وأكد بالمر أن …`).
 */
function gluedObject(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const reporting = prev?.kind === TokenKind.Word && arabicCue(prev.norm) !== undefined && !takesBaObject(prev);
  return tokens[k]!.norm.length >= 5 && !reporting && !(tokens[k + 1]?.norm ?? '').startsWith('ب');
}

/**
 * `طالب بسرعة تشكيل …`, `أشاد بجهود الحكومة`: a ب word right after a verb that takes its object
 * with ب is that object, unless another word follows (not a ب phrase) — `وأشاد بوتين بالاتفاق`,
 * `وطالب بلينكن بوقف …`: a name starting with ب is the subject, the ب phrase after it the object.
 */
function baObject(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]!.norm;
  const next = tokens[k + 1];
  return n.startsWith('ب') && takesBaObject(tokens[k - 1]) && next?.kind === TokenKind.Word && !next.norm.startsWith('ب');
}

/** A verb whose object follows with ب (`رحب بالاتفاق`, `طالب بسرعة …`), in its past forms (`رحبت`, `طالبوا`). */
function takesBaObject(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Word) return false;
  const v = withoutProclitic(t.norm);
  return arabicBaVerbs.has(v) || (v.length > 3 && (arabicBaVerbs.has(v.slice(0, -1)) || arabicBaVerbs.has(v.slice(0, -2))));
}

/**
 * `أصدرت الوزارة بيانا قالت فيه إن …`, `في بيان أصدره الجيش، قال فيه …`, `التصريحات التي أدلى
 * بها X … والتي ادّعى فيها …`: a verb followed by a resumptive and no subject speaks through the
 * statement the resumptive points back to, so its speaker is who made that statement: the subject
 * of the statement's own clause (verb, statement noun) or of the clause that follows the noun
 * (noun, relative pronoun?, verb, pronoun-bearing preposition?, subject).
 */
export function statementAgent(tokens: readonly Token[], cue: number): [number, number] | undefined {
  if (!arabicResumptives.has(tokens[cue + 1]?.norm ?? '')) return undefined;
  const s = sentenceStart(tokens, cue);
  for (let k = cue - 1; k >= s; k--) {
    if (tokens[k]!.kind !== TokenKind.Word || !arabicStatementNouns.has(tokens[k]!.norm)) continue;
    // A clause after the noun names who made it (`بيان أصدره الجيش`, `التصريحات التي أدلى بها X`)…
    let j = k + 1;
    if (arabicRelatives.has(tokens[j]?.norm ?? '')) j++;
    if (tokens[j]?.kind === TokenKind.Word && !arabicCue(tokens[j]!.norm)) {
      j++;
      if (arabicAgentGapWords.has(tokens[j]?.norm ?? '')) j++;
      const [span, kind] = arabicSubject(tokens, j);
      if (kind === 'named' && span[1] <= cue) return span;
    }
    // …or the noun is the object of the clause before it (`أصدرت وزارة الخارجية بيانا`).
    const before = sentenceSubject(tokens, k);
    return before && before[1] === k ? before : undefined;
  }
  return undefined;
}

/** Words a relative clause's antecedent (`المتحدث أحمد زيد، الذي قال …`) may span. */
const MAX_ANTECEDENT_WORDS = 7;

/**
 * `ونقلت الوكالة عن المتحدث أحمد زيد، الذي قال إن …`, `بوزير الخارجية جون كيري الذي أكد أن …`:
 * a verb right after a relative pronoun, with no subject of its own and no resumptive (`في الوقت
 * الذي أكد فيه` is a frame), is said by the relative's antecedent: the phrase before the pronoun
 * (a comma may stand between) headed by a role or title, else a name of two plain words.
 */
export function relativeAntecedent(tokens: readonly Token[], cue: number): [number, number] | undefined {
  const rel = tokens[cue - 1];
  if (!rel || rel.kind !== TokenKind.Word || !arabicRelatives.has(withoutProclitic(rel.norm))) return undefined;
  if (arabicResumptives.has(tokens[cue + 1]?.norm ?? '')) return undefined;
  const end = isPunct(tokens[cue - 2], '،,') ? cue - 2 : cue - 1;
  const fits = (t: Token | undefined): boolean => t !== undefined && t.kind === TokenKind.Word && !arabicSubjectStops.has(t.norm) && !arabicCue(t.norm);
  let head = -1;
  for (let k = end - 1; k >= Math.max(0, end - MAX_ANTECEDENT_WORDS) && fits(tokens[k]); k--) {
    const n = tokens[k]!.norm;
    if (isRoleNoun(n) || nameTitles.has(n) || (startsWithGluedPreposition(n) && isRoleNoun(n.slice(1)))) head = k;
  }
  if (head >= 0) return [head, end];
  const plainName = (t: Token | undefined): boolean => isNameWord(t) && !t!.norm.startsWith('ال');
  return plainName(tokens[end - 1]) && plainName(tokens[end - 2]) ? [end - 2, end] : undefined;
}

/**
 * `قال علي لاريجاني إن …`: the على-spelled word right after a verb that does not govern على,
 * before a name word without the article, is the name Ali, not the preposition.
 */
function aliBeforeName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.norm !== arabicAla) return false;
  const verb = tokens[k - 1];
  const cue = verb?.kind === TokenKind.Word ? arabicCue(verb.norm) : undefined;
  if (!cue || arabicAlaVerbs.has(cue.lemma)) return false;
  const next = tokens[k + 1];
  return isNameWord(next) && !next!.norm.startsWith('ال') && !arabicComplementizers.match(tokens, k + 1);
}

/** The subject after a verb at `from - 1`: [from, to) and its kind. */
export function arabicSubject(tokens: readonly Token[], from: number): [[number, number], SpeakerKind] {
  // `وأضاف "الشرجبي": …`: a speaker written in quotation marks, closed before the colon.
  if (isPunct(tokens[from], '"«“')) {
    const close = quotedNameEnd(tokens, from);
    if (close > 0) return [[from + 1, close], 'named'];
  }
  // `في الوقت الذي حض فيه الائتلاف …`, `في مقابلة …، قال فيها الوزير …`: a resumptive pronoun
  // after the verb comes before its subject: in a relative clause, or before a role or title.
  const next = tokens[from + 1];
  if (arabicResumptives.has(tokens[from]?.norm ?? '') && next?.kind === TokenKind.Word && !arabicComplementizers.match(tokens, from + 1)
    && (arabicRelatives.has(tokens[from - 2]?.norm ?? '') || isRoleNoun(next.norm) || nameTitles.has(next.norm))) from++;
  let k = from;
  let words = 0;
  while (k < tokens.length && words < MAX_SPEAKER_WORDS) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) {
      if (isPunct(t, '()"«»“”' + ABBREVIATION_DOT) && words > 0 && !isPunct(tokens[k + 1], ':،,.')) { k++; continue; }
      break;
    }
    const n = t.norm;
    if ((arabicSubjectStops.has(n) && !(k === from && aliBeforeName(tokens, k))) || arabicVerbObjects.has(n) || arabicComplementizers.match(tokens, k)) break;
    // A preposition glued to a noun (`للصحفيين`, `بالقاعة`) starts an adjunct, also right after
    // the verb (`ورحب بالاتفاق، مؤكدا …`: the subject is dropped); a demonstrative the object.
    // Right after the verb only a longer word (`بالاتفاق`): `يقول بال` is the name Paul.
    if ((startsWithGluedPreposition(n) && (words > 0 || gluedObject(tokens, k))) || (k === from && baObject(tokens, k))) break;
    if (words > 0 && ((n.startsWith('وال') && !n.startsWith('والد')) || arabicDemonstratives.has(n))) break;
    // A statement noun after a definite subject is its object (`أصدرت وزارة الخارجية بيانا`); after
    // a role it completes the role (`رئيس المؤتمر`).
    if (words > 0 && arabicStatementNouns.has(n) && withoutProclitic(tokens[k - 1]!.norm).startsWith('ال')) break;
    // A noun with a possessive ـه and more words after it starts the object (`وأكد شتاينماير تفهمه قلق …`).
    if (words > 0 && possessiveNoun(t) && tokens[k + 1]?.kind === TokenKind.Word && !arabicComplementizers.match(tokens, k + 1)) break;
    // A participle right after the verb (`وتابع قائلا:`) is how it speaks, not who.
    const cue = arabicCue(n);
    if (cue && (words > 0 || cue.tense === 'participle')) break;
    k++;
    words++;
  }
  while (k > from && tokens[k - 1]!.kind === TokenKind.Punct) k--;
  if (k === from) return [[from, from], 'dropped'];
  // A name closing in marks keeps its closing mark (`مصادر «عكاظ»`), and a bracket its own
  // (`الوزير أحمد سالم (58 عاما)`); a bracket the run stopped inside is an aside, no part of the
  // name (`الوزير (وهو مسؤول الملف منذ عام)، إن …`).
  let mark = false;
  let bracket = -1;
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    if (isOpen(t)) mark = true;
    else if (isPunct(t, '(')) bracket = j;
    else if (isPunct(t, ')')) bracket = -1;
  }
  if (tokens[k] && isClose(tokens[k]!) && mark) k++;
  else if (bracket >= 0 && isPunct(tokens[k], ')')) k++;
  else if (bracket > from) k = bracket;
  k = roleThroughAdjuncts(tokens, from, k);
  if (k - from === 1 && arabicPronouns.has(tokens[from]!.norm)) return [[from, k], 'pronoun'];
  return [[from, k], 'named'];
}

/**
 * `أمين المجلس الأعلى للأمن القومي في إيران علي شمخاني، أن …`: a role's complement may hold
 * prepositions (`للأمن`, `في إيران`) that end a subject elsewhere; when the words up to the
 * comma before the complementizer, or up to a colon after a titled name, end in a name, the
 * subject runs to it (the person then resolves from the role's words).
 */
function roleThroughAdjuncts(tokens: readonly Token[], from: number, k: number): number {
  if (!isRoleNoun(tokens[from]!.norm)) return k;
  let c = k;
  // `… د. فراس إلياس`: an abbreviated title's dot goes on with the words.
  const goesOn = (t: Token): boolean => (t.kind === TokenKind.Word && !arabicCue(t.norm)) || isPunct(t, ABBREVIATION_DOT);
  while (c < tokens.length && c - k < ROLE_ADJUNCT_WORDS && goesOn(tokens[c]!)) c++;
  // Before a colon the adjuncts are as often the circumstances (`من دون تحديد أعداد:`): only a
  // title opening the name at the end (`… والأمن القومي د. فراس إلياس:`) makes it the speaker's.
  const introduced = (isPunct(tokens[c], '،,') && arabicComplementizers.match(tokens, c + 1)) || (isPunct(tokens[c], ':') && titledNameEnds(tokens, k, c));
  if (c === k || !introduced) return k;
  // The last word is a name, not an adjective (`القومي`): no `ال`, or a plain name word before it
  // (`فراس إلياس`, whose إل folds to ال).
  const plainName = (t: Token | undefined): boolean => isNameWord(t) && !t!.norm.startsWith('ال');
  return plainName(tokens[c - 1]) || (isNameWord(tokens[c - 1]) && plainName(tokens[c - 2])) ? c : k;
}

/** tokens[from, to) end in a title and one to three name words after it (`د. فراس إلياس`). */
function titledNameEnds(tokens: readonly Token[], from: number, to: number): boolean {
  let names = 0;
  for (let j = to - 1; j >= from && names <= 3; j--) {
    const t = tokens[j]!;
    if (isPunct(t, ABBREVIATION_DOT)) continue;
    if (nameTitles.has(t.norm)) return names > 0;
    if (!isNameWord(t)) return false;
    names++;
  }
  return false;
}

/** A word written with a final ه (not ة) that is no name written so (grammar.ts ARABIC_HEH_NAMES). */
export function possessiveNoun(t: Token): boolean {
  const n = t.norm;
  return t.heh && n.length >= 4 && !n.startsWith('ال') && !arabicHehNames.has(n) && !arabicHehNameEndings.some((e) => n.endsWith(e));
}

/** The closing mark of a 1–4 word name in quotation marks at `open`, followed by a colon; else -1. */
function quotedNameEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k <= open + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word) continue;
    return k > open + 1 && isPunct(t, '"»”') && isPunct(tokens[k + 1], ':') ? k : -1;
  }
  return -1;
}

/** Where the clause holding `cue` starts its words: past leading particles (`كما`, `وكان`) and `من جهته`. */
export function clauseOpening(tokens: readonly Token[], cue: number): number {
  let s = sentenceStart(tokens, cue);
  for (;;) {
    const sw = arabicSpeakerSwitches.match(tokens, s);
    if (sw) s += sw.length;
    else if (s < cue && tokens[s]!.kind === TokenKind.Word && arabicLeadingParticles.has(tokens[s]!.norm)) s++;
    else break;
    while (isPunct(tokens[s], '،,')) s++;
  }
  return s;
}

/**
 * `كما التقى وزير الدفاع الايراني بوزيرة …، وقال : …`: the subject of the verb opening the
 * sentence, the antecedent of a later dropped subject in the same sentence.
 */
export function sentenceSubject(tokens: readonly Token[], cue: number): [number, number] | undefined {
  const s = clauseOpening(tokens, cue);
  if (s >= cue - 1) return undefined;
  const first = tokens[s]!;
  if (first.kind !== TokenKind.Word) return undefined;
  // `وكان نايف البكري يشغل …، مشيرا`: after كان the subject comes first, up to the imperfect verb
  // that follows its family name.
  if (arabicKana.has(tokens[s - 1]?.norm ?? '') && isNameWord(first)) {
    const [span, kind] = arabicSubject(tokens, s);
    let end = span[0] + 1;
    while (end < span[1] && !(tokens[end - 1]!.norm.startsWith('ال') && hasImperfectPrefix(tokens[end]!.norm))) end++;
    return kind === 'named' && end <= cue ? [span[0], end] : undefined;
  }
  // Verb-initial: not a stop word or a role, and not an `ال` noun unless a role or title follows (`التقى وزير …`).
  const second = tokens[s + 1]?.norm ?? '';
  if (arabicSubjectStops.has(first.norm) || isRoleNoun(first.norm)) return undefined;
  if (withoutProclitic(first.norm).startsWith('ال') && !roleNouns.has(second) && !nameTitles.has(second)) return undefined;
  const [span, kind] = arabicSubject(tokens, s + 1);
  return kind === 'named' && span[1] <= cue ? span : undefined;
}
