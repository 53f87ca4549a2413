/**
 * Persian reporting clauses (SOV): `X [frames] … CUE: content`, `X … CUE که content`,
 * `با بیان اینکه content، … CUE`, `به گفته X، content`. The speaker is the subject at the
 * sentence start, before frames such as `در این دیدار`, `با …`, `نیز`, `هم`.
 */
import {
  persianAnchorStarts, persianAttributionNonSources, persianAttributions, persianClauseConjunctions, persianClauseFinalVerbs, persianCueNounPrefixes, persianCues,
  persianDocumentCues, persianDocumentParts, persianSourcedCues, persianFrames, persianImpersonalModals, persianLeadingAdverbs, persianNonSpeechGoft, persianPronouns, persianReflexives, persianRequestComplementizers, persianRequestLemmas,
  persianSayingNouns, persianSubjectStops, persianSubordinators,
} from './lexicon.js';
import { persianSubject, skipOpeners, subjectRun } from './persian-subject.js';
import { isOpen, isPunct, resumeAfter, sentenceEnd, sentenceStart, wordCount } from './spans.js';
import { isSentenceEnd, TokenKind, type Token } from './tokens.js';
import type { Anchor, SpeakerKind } from './types.js';
import { MIN_WORDS } from './continuation.js';

export function persianAnchors(tokens: readonly Token[]): Anchor[] {
  const anchors: Anchor[] = [];
  let colonQuote = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Word || !persianAnchorStarts.has(t.norm)) continue;
    const frame = persianFrames.match(tokens, i);
    if (frame) {
      const a = frameAnchor(tokens, i, frame.length, frame.value);
      if (a) { anchors.push(a); i += frame.length - 1; continue; }
    }
    const attribution = persianAttributions.match(tokens, i);
    if (attribution) {
      const a = attributionAnchor(tokens, i, attribution.length);
      if (a) { anchors.push(a); i = resumeAfter(i, attribution.length, a.contentStart); continue; }
    }
    const cue = persianCues.match(tokens, i);
    if (cue) {
      const a = cueAnchor(tokens, i, cue.length, cue.value.precision, cue.value.lemma);
      // `… فرمود: آگاه باشید اگر … به شما خبر می‌دادند که …`: after a colon quote opened in the
      // paragraph, a verb with no subject of its own and که is the speaker's own telling.
      // `رویترز گزارش داد شرکت مائرسک … اعلام کرد …`, `… استدلال می‌کند که در آیه شریفه آمده است «…»`:
      // a report whose clause opens where a bare or که report's content does is nested in it, and
      // quotes nested in a quote are not split out.
      const outer = anchors[anchors.length - 1];
      const nested = a !== undefined && a.speakerKind === 'named' && (outer?.introducer === 'bare' || outer?.introducer === 'complementizer')
        && a.speaker[0] >= outer.contentStart && wordCount(tokens, outer.contentStart, a.speaker[0]) < MIN_WORDS;
      if (a && !nested && !(a.speakerKind === 'dropped' && a.introducer === 'complementizer' && colonQuote)) {
        anchors.push(a);
        colonQuote ||= a.introducer === 'colon';
      }
      i += cue.length - 1;
    }
  }
  return anchors;
}

function cueAnchor(tokens: readonly Token[], i: number, len: number, precision: string, lemma: string): Anchor | undefined {
  const next = tokens[i + len];
  const prev = tokens[i - 1];
  const end = i + len;
  let introducer: Anchor['introducer'];
  let contentStart = end + 1;
  if (isPunct(next, ':')) introducer = 'colon';
  else if (next?.kind === TokenKind.Word && (next.norm === 'که' || (persianRequestComplementizers.has(next.norm) && persianRequestLemmas.has(lemma)))) introducer = 'complementizer';
  else if (precision === 'high' && isPunct(next, '،,') && wordCount(tokens, end + 1, sentenceEnd(tokens, end)) >= 3
    && !persianClauseConjunctions.match(tokens, end + 1) && !persianSubordinators.match(tokens, skipOpeners(tokens, sentenceStart(tokens, i), i))) introducer = 'comma';
  else if (next?.kind === TokenKind.Word && next.norm !== 'و' && prev?.norm !== 'را' && wordCount(tokens, end, sentenceEnd(tokens, end)) >= 4
    && (precision === 'high' || reportsReport(tokens, end))) { introducer = 'bare'; contentStart = end; }
  else if (next && isOpen(next) && prev?.norm !== 'را') { introducer = 'mark'; contentStart = end; }
  else return undefined;
  // `تبریک گفت` and the like are light verbs, not speech, unless a colon follows.
  if (introducer !== 'colon' && prev && persianNonSpeechGoft.has(prev.norm)) return undefined;
  if (prev && persianCueNounPrefixes.has(prev.norm)) return undefined;
  if (impersonalClause(tokens, i)) return undefined;
  const sStart = sentenceStart(tokens, i);
  let [speaker, speakerKind] = persianSubject(tokens, sStart, i);
  // `در این بیانیه همچنین آمده است: …`: what "it says in" is the speaker; the verb is impersonal,
  // so words after a comma (`در بیانیه …، مسأله "امید" مورد توجه قرار گرفته و آمده است:`) are not it.
  if (persianDocumentCues.has(lemma)) {
    const source = sourceBefore(tokens, sStart, i);
    if (source) [speaker, speakerKind] = [source, 'named'];
    // `آمده است` speaks only for a document it is in (`در بیانیه … آمده است:`); without one it is
    // "to come" (`فرصت‌هایی به وجود می‌آید که …`).
    else if (persianSourcedCues.has(lemma)) return undefined;
  }
  if (introducer === 'bare' && speakerKind === 'dropped') return undefined;
  return { introducer, cue: [i, end], speaker, speakerKind, contentStart };
}

/**
 * The words after a cue are a report in turn (`رویترز گزارش داد شرکت مائرسک … اعلام کرد انتقال …`):
 * another cue later in the sentence, introducing content with a colon, که or no mark. A cue of
 * medium precision (`گزارش داد`) is then a report with no mark too, the other nested in it.
 */
function reportsReport(tokens: readonly Token[], end: number): boolean {
  const sEnd = sentenceEnd(tokens, end);
  for (let k = end + 1; k < sEnd; k++) {
    if (tokens[k]!.kind !== TokenKind.Word) { if (isPunct(tokens[k], '،,؛;')) return false; continue; }
    const m = persianCues.match(tokens, k);
    if (!m) continue;
    const after = tokens[k + m.length];
    return isPunct(after, ':') || after?.norm === 'که' || (m.value.precision === 'high' && after?.kind === TokenKind.Word && after.norm !== 'و');
  }
  return false;
}

/** Words back from a cue that a modal making it impersonal may stand (`باید از مسوولان پرسید که`). */
const MODAL_REACH = 10;
const PARENTHETICAL_DASHES = '-–—';

/**
 * A modal in the clause before the cue (`باید گفت`, `باید از مسوولان پرسید که …`, `بتوان آنها را
 * بیان کرد:`): the writer's argument, not a report. The clause ends at punctuation or که, so a
 * modal inside a frame's content (`با بیان اینکه باید …،`) does not count.
 */
function impersonalClause(tokens: readonly Token[], cue: number): boolean {
  let modal = -1;
  for (let k = cue - 1, words = 0; k >= 0 && words < MODAL_REACH; k--) {
    const t = tokens[k]!;
    // A dash aside (`بتوان آنها را ـ در حد یک دیدگاه ـ بیان کرد`) stays inside the clause.
    if (isPunct(t, PARENTHETICAL_DASHES)) continue;
    if (t.kind !== TokenKind.Word || t.norm === 'که' || t.norm === 'اینکه') return false;
    if (persianImpersonalModals.has(t.norm)) { modal = k; break; }
    words++;
  }
  if (modal < 0) return false;
  // The modal of a frame's content before the speaker's verb (`با اعلام اینکه … باید … گام بردارد گفت:`)
  // is not the verb's: اینکه before it in the clause opens that content. A relative که does not
  // (`… است که شاید بتوان به وجوهی از آن اشاره کرد:` is still the writer's).
  for (let k = modal - 1, floor = sentenceStart(tokens, modal); k >= floor; k--) {
    const t = tokens[k]!;
    if (isPunct(t, PARENTHETICAL_DASHES)) continue;
    if (t.kind !== TokenKind.Word) return true;
    if (t.norm === 'اینکه' || (t.norm === 'که' && tokens[k - 1]?.norm === 'این')) return false;
  }
  return true;
}

/**
 * The noun after the first `در` of the clause (past an agency opener) before `cue`
 * (`در بیانیه اهل فرهنگ‌وهنر که در سفر … قرائت شد، آمده است`), up to که, a stop word or adverb.
 */
function sourceBefore(tokens: readonly Token[], sStart: number, cue: number): [number, number] | undefined {
  let at = -1;
  // `… تعبیر به «توفی» شده است مثلاً در آیه 42 سوره زمر چنین آمده است:`: the clause a verb ended is
  // not this one (a relative clause's verb is: `در بیانیه … که در سفر … قرائت شد، آمده است`).
  let ke = sStart;
  while (ke < cue && !(tokens[ke]!.kind === TokenKind.Word && tokens[ke]!.norm === 'که')) ke++;
  for (let k = Math.min(cue, ke) - 1; k > sStart; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word && persianClauseFinalVerbs.has(t.norm)) { sStart = k + 1; break; }
  }
  for (let k = skipOpeners(tokens, sStart, cue); k < cue && at < 0; k++) if (tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm === 'در') at = k;
  if (at < 0) return undefined;
  at += persianDocumentParts.match(tokens, at + 1)?.length ?? 0;
  // `این` opens the noun phrase (`در این بیانیه`) though it stops a subject run.
  const from = tokens[at + 1]?.norm === 'این' ? at + 2 : at + 1;
  let k = from;
  while (k < cue && tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm !== 'که' && !persianLeadingAdverbs.match(tokens, k)
    && !persianSubjectStops.has(tokens[k]!.norm)) k++;
  // `در متن اطلاعیه سازمان حج و زیارت آمده است`: و inside an institution's name, as in a subject.
  if (tokens[k]?.norm === 'و') k = Math.max(k, subjectRun(tokens, from, cue));
  if (k === from) return undefined;
  // `در حدیثی از پیامبر آمده است`: what was said is the noun, who said it follows از.
  if (k === from + 1 && persianSayingNouns.has(tokens[from]!.norm) && tokens[k]?.norm === 'از') {
    const by = subjectRun(tokens, k + 1, cue);
    if (by > k + 1) return [k + 1, by];
  }
  return [at + 1, k];
}

/** `با بیان اینکه content، X … CUE`: an indirect quote of the main clause's subject. */
function frameAnchor(tokens: readonly Token[], i: number, len: number, claim: boolean): Anchor | undefined {
  const sEnd = sentenceEnd(tokens, i);
  let main = -1;
  for (let k = i + len; k < sEnd; k++) {
    const m = persianCues.match(tokens, k);
    if (m && (isPunct(tokens[k + m.length], ':') || tokens[k + m.length]?.norm === 'که' || isSentenceEnd(tokens[k + m.length]))) { main = k; break; }
  }
  // A claim frame (`با این ادعا که …،`) reports by itself: its content runs to the comma.
  if (main < 0 && claim) {
    for (let k = i + len; k < sEnd; k++) if (isPunct(tokens[k], '،,')) { main = k; break; }
  }
  if (main < 0) return undefined;
  let end = main;
  for (let k = main - 1; k > i + len; k--) if (isPunct(tokens[k], '،,')) { end = k; break; }
  if (wordCount(tokens, i + len, end) < 2) return undefined;
  const [speaker, speakerKind] = persianSubject(tokens, sentenceStart(tokens, i), i);
  return { introducer: 'frame', cue: [i, i + len], speaker, speakerKind, contentStart: i + len, contentEnd: end };
}

/** `به گفته X، content` (or `content، به گفته X.`). */
function attributionAnchor(tokens: readonly Token[], i: number, len: number): Anchor | undefined {
  let k = i + len;
  const from = k;
  while (k < tokens.length && tokens[k]!.kind === TokenKind.Word && k - from < 8) k++;
  if (k === from || persianAttributionNonSources.has(tokens[from]!.norm)) return undefined;
  const speaker: [number, number] = [from, k];
  const kind: SpeakerKind = persianPronouns.match(tokens, from)?.length === k - from ? 'pronoun' : 'named';
  const sStart = sentenceStart(tokens, i);
  // `به گفته خودش پس از مسابقات …`: a reflexive source is one word; the content follows with no comma.
  if (persianReflexives.has(tokens[from]!.norm) && k > from + 1 && !isPunct(tokens[from + 1], '،,')) {
    if (wordCount(tokens, from + 1, sentenceEnd(tokens, from + 1)) < 3) return undefined;
    return { introducer: 'attribution', cue: [i, i + len], speaker: [from, from + 1], speakerKind: 'pronoun', contentStart: from + 1 };
  }
  // `به تعبیر استاد مطهری: …` opens the sentence and introduces the words as a colon does.
  if (isPunct(tokens[k], ':') && i === skipOpeners(tokens, sStart, i)) {
    if (wordCount(tokens, k + 1, sentenceEnd(tokens, k + 1)) < 3) return undefined;
    return { introducer: 'colon', cue: [i, i + len], speaker, speakerKind: kind, contentStart: k + 1 };
  }
  if (isPunct(tokens[k], '،,')) {
    const sEnd = sentenceEnd(tokens, k);
    if (wordCount(tokens, k + 1, sEnd) < 3) return undefined;
    return { introducer: 'attribution', cue: [i, i + len], speaker, speakerKind: kind, contentStart: k + 1 };
  }
  if (isSentenceEnd(tokens[k]) && i > sStart && isPunct(tokens[i - 1], '،,') && wordCount(tokens, sStart, i) >= 3) {
    return { introducer: 'attribution', cue: [i, i + len], speaker, speakerKind: kind, contentStart: sStart, contentEnd: i - 1 };
  }
  return undefined;
}
