/**
 * Arabic reporting clauses (VSO): `وقال X [adjuncts]، إن …` (indirect), `وأضاف X: …` (direct;
 * `: أن …` is indirect), `وقال X "…"` (quoted), participles `مشيرا إلى أن …` (the clause's
 * subject speaks again), `وبحسب X، …`. The subject follows the verb (arabic-subject.ts); a verb
 * with no subject before its introducer has a dropped subject, resolved later.
 */
import {
  arabicAddresseePrepositions, arabicAnchorStarts, arabicAnonymityWords, arabicAttributions, arabicComplementizers, arabicCue, arabicDemandPrepositions,
  arabicOutletAddressees, arabicRelayedSayings, arabicRelayFrom, arabicRelayVerbs, arabicResultParticles, arabicResumptives, arabicScriptureSubjects, arabicStrictAttributionHeads, arabicTrailingAttributions, arabicVerbObjects,
  withoutProclitic, type ArabicCue,
} from './lexicon.js';
import { arabicSubject, nearestReporter, possessiveNoun, preverbalSubject, relativeAntecedent, sentenceSubject, statementAgent } from './arabic-subject.js';
import { closingMark, isOpen, isPunct, MIN_MARKED_WORDS, resumeAfter, sentenceEnd, sentenceStart, wordCount } from './spans.js';
import { isNumberWord, isSentenceEnd, TokenKind, type Token } from './tokens.js';
import type { Anchor } from './types.js';

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
  let [speaker, speakerKind] = arabicSubject(tokens, i + 1);
  // `ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن …`: the source relayed speaks.
  const relayed = arabicRelayVerbs.has(cue.lemma) ? relayedSource(tokens, speaker[1]) : undefined;
  if (relayed) [speaker, speakerKind] = [relayed, 'named'];
  if (speakerKind === 'named' && arabicScriptureSubjects.has(tokens[speaker[0]]!.norm)) return undefined;
  // Impersonal `يذكر أن` / `يقال إن`: a present verb with no subject is not an attribution.
  if (cue.tense === 'present' && speakerKind === 'dropped' && !isPunct(tokens[i + 1], ':')) return undefined;
  // Verb + verbal noun (`وأكد الوزير أهمية …`) reports no speech.
  if (tokens[speaker[1]]?.kind === TokenKind.Word && arabicVerbObjects.has(tokens[speaker[1]]!.norm)) return undefined;
  // `قال شاعرنا العربي القديم (وإنما الأمم الأخلاق)...`: brackets after the subject hold the quotation.
  const bracket = speakerKind === 'named' ? bracketedQuote(tokens, speaker) : undefined;
  if (bracket) {
    return { introducer: 'mark', cue: [i, i + 1], speaker: [speaker[0], bracket[0] - 1], speakerKind: 'named', gender: cue.gender, contentStart: bracket[0], contentEnd: bracket[1], quoted: true };
  }
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
  // A resumptive after the verb (`بيانا قالت فيه`) puts it in a relative clause: the words before
  // it are the statement's clause, not its subject, and the statement's maker speaks.
  const statement = speakerKind === 'dropped' ? statementAgent(tokens, i) : undefined;
  // Subject-first (`عراقجي أكد أن …`, `نتنياهو أبلغ وزراءه أن …`): the noun phrase before the
  // verb is its subject, and what follows the verb its object.
  // Taken when the verb has no subject after it, or what follows is its object (a noun with a
  // possessive ـه, `وزراءه`); otherwise the verb-first reading stands (`وهنا قال الوزير …`).
  const objectAfter = speakerKind === 'named' && possessiveNoun(tokens[speaker[0]]!);
  const before = (speakerKind === 'dropped' && !statement && !arabicResumptives.has(tokens[i + 1]?.norm ?? '')) || objectAfter ? preverbalSubject(tokens, i) : undefined;
  if (before) return { ...intro, cue: [i, i + 1], speaker: before, speakerKind: 'named', gender: cue.gender };
  // The verb agrees with the one relaying, not with the source.
  const a: Anchor = { ...intro, cue: [i, i + 1], speaker, speakerKind, gender: relayed ? undefined : cue.gender };
  if (speakerKind !== 'named') a.sentenceSubject = statement ?? relativeAntecedent(tokens, i) ?? sentenceSubject(tokens, i);
  return a;
}

/**
 * A bracket the subject run took in, when it holds a quotation rather than an aside: opened
 * after a word of the subject, at least MIN_MARKED_WORDS words of letters inside, and closed
 * where the clause ends (a sentence end, an ellipsis, a comma or the paragraph end). An age or
 * an honorific (`(58 عاما)`, `(ع)`) is shorter. Returns the content's [start, end).
 */
function bracketedQuote(tokens: readonly Token[], speaker: [number, number]): [number, number] | undefined {
  let open = -1;
  for (let k = speaker[0] + 1; k < speaker[1]; k++) if (isPunct(tokens[k], '(')) { open = k; break; }
  if (open < 0) return undefined;
  let close = -1;
  for (let k = open + 1; k < tokens.length && k <= open + MAX_BRACKETED_TOKENS; k++) {
    if (isPunct(tokens[k], ')')) { close = k; break; }
    if (isSentenceEnd(tokens[k]) || isPunct(tokens[k], '(')) return undefined;
  }
  if (close < 0 || wordCount(tokens, open + 1, close) < MIN_MARKED_WORDS) return undefined;
  for (let k = open + 1; k < close; k++) if (isNumberWord(tokens[k])) return undefined;
  const after = tokens[close + 1];
  // A comma then أن/إن, or a colon, after it: the bracket was an aside and the content follows.
  if (isPunct(after, '،,') && arabicComplementizers.match(tokens, close + 2)) return undefined;
  return !after || isSentenceEnd(after) || isPunct(after, '…،,') ? [open + 1, close] : undefined;
}
const MAX_BRACKETED_TOKENS = 60;

/** The source after `عن` when a saying noun ends it (`عن مسؤول أمريكي قوله`): its span. */
function relayedSource(tokens: readonly Token[], k: number): [number, number] | undefined {
  if (tokens[k]?.norm !== arabicRelayFrom) return undefined;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + MAX_RELAYED_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind !== TokenKind.Word) return undefined;
    if (arabicRelayedSayings.has(t.norm)) return j > k + 1 ? [k + 1, j] : undefined;
  }
  return undefined;
}
const MAX_RELAYED_WORDS = 8;

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

function participleAnchor(tokens: readonly Token[], i: number, cue: ArabicCue): Anchor | undefined {
  const intro = findIntroducer(tokens, i + 1, 3);
  if (!intro) return undefined;
  return { ...intro, cue: [i, i + 1], speaker: [i + 1, i + 1], speakerKind: 'dropped', gender: cue.gender, sentenceSubject: nearestReporter(tokens, i) ?? sentenceSubject(tokens, i) };
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
      // `… سعادته بالمشاركة … بمسرحية “شعللنا الدوري”`: a word or two in marks after other words
      // than the speaker name a title; no one says two words.
      if (k > from && tokens[k - 1]!.kind === TokenKind.Word && close > k && wordCount(tokens, k, close) < MIN_MARKED_WORDS) { k = close; continue; }
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

/** `وبحسب X، content` / `content، وفقا لـ X.` */
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
