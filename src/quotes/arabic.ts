/**
 * Arabic reporting clauses (VSO): `وقال X [adjuncts]، إن …` (indirect), `وأضاف X: …` (direct;
 * `: أن …` is indirect), `وقال X "…"` (quoted), participles `مشيرا إلى أن …` (the clause's
 * subject speaks again), `وبحسب X، …`. The subject follows the verb; a verb with no subject
 * before its introducer has a dropped subject, resolved later.
 */
import {
  arabicAnchorStarts, arabicAttributions, arabicTrailingAttributions, arabicComplementizers, arabicCue, arabicLeadingParticles, arabicPronouns, arabicScriptureSubjects,
  arabicAddresseePrepositions, arabicDemandPrepositions, arabicHehNameEndings, arabicHehNames, arabicResultParticles, arabicSpeakerSwitches, arabicSubjectStops, arabicVerbObjects, isRoleNoun, nameTitles, roleNouns,
  startsWithGluedPreposition, withoutProclitic, arabicAnonymityWords, arabicRelatives, arabicResumptives, arabicOutletAddressees, arabicStrictAttributionHeads, type ArabicCue,
} from './lexicon.js';
import { closingMark, isClose, isOpen, isPunct, resumeAfter, sentenceEnd, sentenceStart, wordCount } from './spans.js';
import { ABBREVIATION_DOT, isSentenceEnd, TokenKind, type Token } from './tokens.js';
import { isNameWord } from './names.js';
import type { Anchor, SpeakerKind } from './types.js';

const MAX_SPEAKER_WORDS = 14;
/** A role's complement read past prepositions to the name before `، أن` or a colon: at most this many words. */
const ROLE_ADJUNCT_WORDS = 10;
/** A subject written before its verb (`وزير الخارجية عادل الجبير أكد أن …`) has at most this many words. */
const MAX_PREVERBAL_WORDS = 6;
/** How far past the subject (adjuncts like `خلال الاجتماع`) the introducer may be. */
const MAX_ADJUNCT_TOKENS = 18;

export function arabicAnchors(tokens: readonly Token[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Word || !arabicAnchorStarts.has(t.norm)) continue;
    const trailing = arabicTrailingAttributions.match(tokens, i);
    if (trailing) {
      const a = trailingAttributionAnchor(tokens, i, trailing.length);
      if (a) { anchors.push(a); i += trailing.length - 1; continue; }
    }
    const attribution = arabicAttributions.match(tokens, i);
    if (attribution) {
      const a = attributionAnchor(tokens, i, attribution.length);
      if (a) { anchors.push(a); i = resumeAfter(i, attribution.length, a.contentStart); continue; }
    }
    const cue = arabicCue(t.norm);
    if (!cue) continue;
    const a = cue.tense === 'participle' ? participleAnchor(tokens, i, cue) : verbAnchor(tokens, i, cue);
    if (a) anchors.push(a);
  }
  return anchors;
}

function verbAnchor(tokens: readonly Token[], i: number, cue: ArabicCue): Anchor | undefined {
  const [speaker, speakerKind] = arabicSubject(tokens, i + 1);
  if (speakerKind === 'named' && arabicScriptureSubjects.has(tokens[speaker[0]]!.norm)) return undefined;
  // Impersonal `يذكر أن` / `يقال إن`: a present verb with no subject is not an attribution.
  if (cue.tense === 'present' && speakerKind === 'dropped' && !isPunct(tokens[i + 1], ':')) return undefined;
  // Verb + verbal noun (`وأكد الوزير أهمية …`) reports no speech.
  if (tokens[speaker[1]]?.kind === TokenKind.Word && arabicVerbObjects.has(tokens[speaker[1]]!.norm)) return undefined;
  const reach = cue.precision === 'low' ? 1 : MAX_ADJUNCT_TOKENS;
  // The closing mark of a quoted name (`"الشرجبي":`) does not open the content.
  let after = speaker[1] > speaker[0] && isPunct(tokens[speaker[1]], '"»”') && isPunct(tokens[speaker[1] + 1], ':') ? speaker[1] + 1 : speaker[1];
  after = pastAnonymityClause(tokens, after);
  let intro = findIntroducer(tokens, after, reach);
  // A low-precision spelling (`بين`: "made clear", and the preposition "between") reports only
  // with a colon or أن, not before a quotation mark (`بين و"حدات حماية الشعب"`) — unless the
  // mark opens a demand after its preposition (`دعا … إلى "…"`).
  if (cue.precision === 'low' && intro?.introducer === 'mark') intro = undefined;
  if (cue.precision === 'low') intro ??= quotedDemand(tokens, after);
  if (!intro) return undefined;
  // Subject-first (`عراقجي أكد أن …`, `نتنياهو أبلغ وزراءه أن …`): the noun phrase before the
  // verb is its subject, and what follows the verb its object.
  // Taken when the verb has no subject after it, or what follows is its object (a noun with a
  // possessive ـه, `وزراءه`); otherwise the verb-first reading stands (`وهنا قال الوزير …`).
  const objectAfter = speakerKind === 'named' && possessiveNoun(tokens[speaker[0]]!);
  const before = speakerKind === 'dropped' || objectAfter ? preverbalSubject(tokens, i) : undefined;
  if (before) return { ...intro, cue: [i, i + 1], speaker: before, speakerKind: 'named', gender: cue.gender };
  const a: Anchor = { ...intro, cue: [i, i + 1], speaker, speakerKind, gender: cue.gender };
  if (speakerKind !== 'named') a.sentenceSubject = sentenceSubject(tokens, i);
  return a;
}

/** Words an anonymity clause may hold (`، طلب عدم نشر اسمه،`). */
const ANONYMITY_CLAUSE_TOKENS = 8;

/**
 * `وقال مصدر، طلب عدم نشر اسمه، لتلفزيون …: …`: a clause between commas that withholds the
 * speaker's name belongs to the speaker; the introducer is looked for after it.
 */
function pastAnonymityClause(tokens: readonly Token[], k: number): number {
  if (!isPunct(tokens[k], '،,')) return k;
  let named = false;
  for (let j = k + 1; j < tokens.length && j <= k + ANONYMITY_CLAUSE_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.kind === TokenKind.Word) { named ||= arabicAnonymityWords.has(t.norm); continue; }
    return named && isPunct(t, '،,') ? j + 1 : k;
  }
  return k;
}

/**
 * The subject written before the verb at `cue`: the whole stretch from the sentence start (past
 * leading particles and `من جهته`), when it is a short noun phrase opening with a name, title or
 * role, with no comma, preposition or reporting verb in it.
 */
function preverbalSubject(tokens: readonly Token[], cue: number): [number, number] | undefined {
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

function participleAnchor(tokens: readonly Token[], i: number, cue: ArabicCue): Anchor | undefined {
  const intro = findIntroducer(tokens, i + 1, 3);
  if (!intro) return undefined;
  return { ...intro, cue: [i, i + 1], speaker: [i + 1, i + 1], speakerKind: 'dropped', gender: cue.gender, sentenceSubject: nearestReporter(tokens, i) ?? sentenceSubject(tokens, i) };
}

/**
 * The named subject of the reporting verb nearest before a participle in its sentence: the
 * participle's clause hangs on that verb (`… قال مختصون … إن …، مشددين على أن …`), not on the
 * sentence's first clause (`وفيما زعمت وزارة الأمن …`).
 */
function nearestReporter(tokens: readonly Token[], participle: number): [number, number] | undefined {
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

type Intro = Pick<Anchor, 'introducer' | 'contentStart' | 'contentEnd' | 'quoted'>;

/** The colon, complementizer or quotation mark that opens the content, within `reach` tokens. */
function findIntroducer(tokens: readonly Token[], from: number, reach: number): Intro | undefined {
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t)) return undefined;
    if (isPunct(t, ':')) {
      const comp = arabicComplementizers.match(tokens, k + 1);
      if (comp) return withMarks(tokens, { introducer: 'complementizer', contentStart: k + 1 + comp.length });
      return withMarks(tokens, { introducer: 'colon', contentStart: k + 1 });
    }
    if (isOpen(t)) {
      // `لـ «المدينة»`, `لتلفزيون «برس»`: the outlet spoken to, in marks, is not the content; read on past it.
      const close = closingMark(tokens, k);
      const addressee = k > from && (arabicAddresseePrepositions.has(tokens[k - 1]!.norm) || arabicOutletAddressees.has(tokens[k - 1]!.norm));
      if (addressee && close > k && close - k <= 4) { k = close; continue; }
      if (wordCount(tokens, k, sentenceEnd(tokens, k)) < 3) return undefined;
      return withMarks(tokens, { introducer: 'mark', contentStart: k });
    }
    if (t.kind !== TokenKind.Word) continue;
    const comp = arabicComplementizers.match(tokens, k);
    if (comp) return withMarks(tokens, { introducer: 'complementizer', contentStart: k + comp.length });
    if (k > from && arabicCue(t.norm)) return undefined;
  }
  return undefined;
}

/** `دعا … إلى "ضرورة الوعي …"`: a demand in quotation marks after the verb's preposition. */
function quotedDemand(tokens: readonly Token[], from: number): Intro | undefined {
  for (let k = from; k < tokens.length && k <= from + MAX_ADJUNCT_TOKENS; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t) || (t.kind === TokenKind.Word && arabicCue(t.norm))) return undefined;
    if (t.kind === TokenKind.Word && arabicDemandPrepositions.has(t.norm) && tokens[k + 1] && isOpen(tokens[k + 1]!)) {
      return closingMark(tokens, k + 1) > k + 2 ? { introducer: 'mark', contentStart: k + 1, quoted: true } : undefined;
    }
  }
  return undefined;
}

/** Content wholly in quotation marks is direct, even after a complementizer. */
function withMarks(tokens: readonly Token[], intro: Intro): Intro {
  let k = intro.contentStart;
  while (isPunct(tokens[k], '،,')) k++;
  if (tokens[k] && isOpen(tokens[k]!)) return { ...intro, quoted: true, contentStart: k };
  return intro;
}

/** `content وفق ما أكده X`: the clause before the phrase, from its sentence start. */
function trailingAttributionAnchor(tokens: readonly Token[], i: number, len: number): Anchor | undefined {
  const sStart = sentenceStart(tokens, i);
  const end = isPunct(tokens[i - 1], '،,') ? i - 1 : i;
  if (wordCount(tokens, sStart, end) < 3) return undefined;
  const [speaker, speakerKind] = arabicSubject(tokens, i + len);
  if (speakerKind === 'dropped') return undefined;
  return { introducer: 'attribution', cue: [i, i + len], speaker, speakerKind, contentStart: sStart, contentEnd: end };
}

/** `وبحسب X، content` / `content، وفقا لـ X.` */
/** A source closing a sentence without a comma before it has at most this many words. */
const TRAILING_SOURCE_WORDS = 4;

/** Whether a sentence end comes within `words` words from k (every token before it a word). */
function endsSentenceWithin(tokens: readonly Token[], k: number, words: number): boolean {
  for (let n = 0; n <= words && k < tokens.length; k++, n++) {
    if (isSentenceEnd(tokens[k])) return n > 0;
    if (tokens[k]!.kind !== TokenKind.Word) return false;
  }
  return false;
}

function attributionAnchor(tokens: readonly Token[], i: number, len: number): Anchor | undefined {
  const sStart = sentenceStart(tokens, i);
  const atStart = i === sStart || isPunct(tokens[i - 1], '،,');
  if (tokens[i + len]?.norm === 'ما') return undefined;
  // Mid-sentence with no comma, only the unambiguous heads attribute, and only at the sentence
  // end (`… مع المدعي العام بحسب وثائق قضائية.`): `حسب` alone is also "depending on".
  const head = tokens[i]!.norm;
  if (!atStart && !((arabicStrictAttributionHeads.has(head) || arabicStrictAttributionHeads.has(withoutProclitic(head))) && endsSentenceWithin(tokens, i + len, TRAILING_SOURCE_WORDS))) return undefined;
  let k = i + len;
  const from = k;
  // A name in quotation marks belongs to the source (`وبحسب شركة "إفكتف ميجور" فإن …`).
  const quoteMark = (t: Token | undefined) => t !== undefined && isPunct(t, '"«»“”');
  while (k < tokens.length && (tokens[k]!.kind === TokenKind.Word || (k > from && quoteMark(tokens[k]))) && k - from < 10) {
    if (tokens[k]!.kind !== TokenKind.Word) { k++; continue; }
    const n = tokens[k]!.norm;
    if (k > from && arabicResultParticles.has(n)) break;
    if (arabicCue(n)) return undefined;
    k++;
  }
  let last = k;
  while (last > from && tokens[last - 1]!.kind !== TokenKind.Word) last--;
  if (last === from) return undefined;
  // A quotation mark left open in the source is no part of it: the quote is the content.
  if (tokens.slice(from, k).filter(quoteMark).length % 2 === 1) return undefined;
  const speaker: [number, number] = [from, k];
  const next = tokens[k];
  if (next && (isPunct(next, '،,') || next.norm.startsWith('ف'))) {
    let c = isPunct(next, '،,') ? k + 1 : k;
    // `وبحسب X، فقد …` / `وفقا لـ X فإن …`: the particle opens the content, not part of it.
    if (arabicResultParticles.has(tokens[c]?.norm ?? '')) c++;
    if (wordCount(tokens, c, sentenceEnd(tokens, c)) < 3) return undefined;
    return { introducer: 'attribution', cue: [i, i + len], speaker, speakerKind: 'named', contentStart: c };
  }
  if ((!next || isSentenceEnd(next)) && i > sStart && wordCount(tokens, sStart, i) >= 3) {
    return { introducer: 'attribution', cue: [i, i + len], speaker, speakerKind: 'named', contentStart: sStart, contentEnd: atStart ? i - 1 : i };
  }
  return undefined;
}

/** The subject after a verb at `from - 1`: [from, to) and its kind. */
export function arabicSubject(tokens: readonly Token[], from: number): [[number, number], SpeakerKind] {
  // `وأضاف "الشرجبي": …`: a speaker written in quotation marks, closed before the colon.
  if (isPunct(tokens[from], '"«“')) {
    const close = quotedNameEnd(tokens, from);
    if (close > 0) return [[from + 1, close], 'named'];
  }
  // `في الوقت الذي حض فيه الائتلاف …`: a relative clause's resumptive pronoun comes before its subject.
  if (arabicRelatives.has(tokens[from - 2]?.norm ?? '') && arabicResumptives.has(tokens[from]?.norm ?? '')
    && tokens[from + 1]?.kind === TokenKind.Word && !arabicComplementizers.match(tokens, from + 1)) from++;
  let k = from;
  let words = 0;
  while (k < tokens.length && words < MAX_SPEAKER_WORDS) {
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Word) {
      if (isPunct(t, '()"«»“”' + ABBREVIATION_DOT) && words > 0 && !isPunct(tokens[k + 1], ':،,.')) { k++; continue; }
      break;
    }
    const n = t.norm;
    if (arabicSubjectStops.has(n) || arabicVerbObjects.has(n) || arabicComplementizers.match(tokens, k)) break;
    // A preposition glued to a noun (`للصحفيين`, `بالقاعة`) starts an adjunct.
    if (words > 0 && (startsWithGluedPreposition(n) || (n.startsWith('وال') && !n.startsWith('والد')))) break;
    // A noun with a possessive ـه and more words after it starts the object (`وأكد شتاينماير تفهمه قلق …`).
    if (words > 0 && possessiveNoun(t) && tokens[k + 1]?.kind === TokenKind.Word && !arabicComplementizers.match(tokens, k + 1)) break;
    if (words > 0 && arabicCue(n)) break;
    k++;
    words++;
  }
  while (k > from && tokens[k - 1]!.kind === TokenKind.Punct) k--;
  if (k === from) return [[from, from], 'dropped'];
  // A name closing in marks keeps its closing mark (`مصادر «عكاظ»`).
  if (tokens[k] && isClose(tokens[k]!) && tokens.slice(from, k).some(isOpen)) k++;
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
function possessiveNoun(t: Token): boolean {
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
function clauseOpening(tokens: readonly Token[], cue: number): number {
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
function sentenceSubject(tokens: readonly Token[], cue: number): [number, number] | undefined {
  const s = clauseOpening(tokens, cue);
  if (s >= cue - 1) return undefined;
  const first = tokens[s]!;
  if (first.kind !== TokenKind.Word) return undefined;
  // Verb-initial: not a stop word or a role, and not an `ال` noun unless a role or title follows (`التقى وزير …`).
  const second = tokens[s + 1]?.norm ?? '';
  if (arabicSubjectStops.has(first.norm) || isRoleNoun(first.norm)) return undefined;
  if (withoutProclitic(first.norm).startsWith('ال') && !roleNouns.has(second) && !nameTitles.has(second)) return undefined;
  const [span, kind] = arabicSubject(tokens, s + 1);
  return kind === 'named' && span[1] <= cue ? span : undefined;
}
