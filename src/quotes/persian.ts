/**
 * Persian reporting clauses (SOV): `X [frames] … CUE: content`, `X … CUE که content`,
 * `با بیان اینکه content، … CUE`, `به گفته X، content`. The speaker is the subject at the
 * sentence start, before frames such as `در این دیدار`, `با …`, `نیز`, `هم`.
 */
import {
  persianAnchorStarts, persianAttributionNonSources, persianAttributions, persianClauseConjunctions, persianCues, persianDocumentCues, persianFrames, persianImpersonalModals, persianLeadingAdverbs, persianNonSpeechGoft,
  isRoleNoun, nameTitles, persianAdjunctOpeners, persianNamePrepositions, persianClauseFinalVerbs, persianCueNounPrefixes, persianPartitives, persianPronouns, persianRequestLemmas, persianSubordinators, persianReflexives, persianSayingNouns, persianSourceOpeners, persianSubjectStops, roleDeterminers,
} from './lexicon.js';
import { isOpen, isPunct, resumeAfter, sentenceEnd, sentenceStart, wordCount } from './spans.js';
import { ABBREVIATION_DOT, isSentenceEnd, TokenKind, type Token } from './tokens.js';
import type { Anchor, SpeakerKind } from './types.js';
import { MIN_WORDS } from './continuation.js';

const MAX_SPEAKER_WORDS = 10;
/** A dateline before the subject (`خبرگزاری فارس:`) has at most this many words. */
const DATELINE_MAX_WORDS = 4;

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
  else if (next?.kind === TokenKind.Word && (next.norm === 'که' || (next.norm === 'تا' && persianRequestLemmas.has(lemma)))) introducer = 'complementizer';
  else if (precision === 'high' && isPunct(next, '،,') && wordCount(tokens, end + 1, sentenceEnd(tokens, end)) >= 3
    && !persianClauseConjunctions.match(tokens, end + 1) && !persianSubordinators.match(tokens, skipOpeners(tokens, sentenceStart(tokens, i), i))) introducer = 'comma';
  else if ((precision === 'high' || reportsReport(tokens, end)) && next?.kind === TokenKind.Word && next.norm !== 'و' && prev?.norm !== 'را'
    && wordCount(tokens, end, sentenceEnd(tokens, end)) >= 4) { introducer = 'bare'; contentStart = end; }
  else if (next && isOpen(next) && prev?.norm !== 'را') { introducer = 'mark'; contentStart = end; }
  else return undefined;
  // `تبریک گفت` and the like are light verbs, not speech, unless a colon follows.
  if (introducer !== 'colon' && prev && persianNonSpeechGoft.has(prev.norm)) return undefined;
  if (prev && persianCueNounPrefixes.has(prev.norm)) return undefined;
  if (impersonalClause(tokens, i)) return undefined;
  let [speaker, speakerKind] = persianSubject(tokens, sentenceStart(tokens, i), i);
  // `در این بیانیه همچنین آمده است: …`: what "it says in" is the speaker; the verb is impersonal,
  // so words after a comma (`در بیانیه …، مسأله "امید" مورد توجه قرار گرفته و آمده است:`) are not it.
  if (persianDocumentCues.has(lemma)) {
    const source = sourceBefore(tokens, sentenceStart(tokens, i), i);
    if (source) [speaker, speakerKind] = [source, 'named'];
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
  for (let k = cue - 1; k > sStart; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word && persianClauseFinalVerbs.has(t.norm) && !hasWord(tokens, sStart, k, 'که')) { sStart = k + 1; break; }
  }
  for (let k = skipOpeners(tokens, sStart, cue); k < cue && at < 0; k++) if (tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm === 'در') at = k;
  if (at < 0) return undefined;
  // `این` opens the noun phrase (`در این بیانیه`) though it stops a subject run.
  const from = tokens[at + 1]?.norm === 'این' ? at + 2 : at + 1;
  let k = from;
  while (k < cue && tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm !== 'که' && !persianLeadingAdverbs.match(tokens, k)
    && !persianSubjectStops.has(tokens[k]!.norm)) k++;
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
  clauseStart = clauseAfterKe(tokens, clauseStart, cue);
  let i = skipOpeners(tokens, clauseStart, cue);
  let run = subjectRun(tokens, i, cue);
  // `در این نشست، وزیر … گفت:` — a sentence opening with a frame has its subject after the comma.
  if (run === i) {
    for (let k = cue - 1; k > i; k--) {
      if (isPunct(tokens[k], '،,؛;')) {
        const j = skipOpeners(tokens, k + 1, cue);
        const r = subjectRun(tokens, j, cue);
        if (r > j) { i = j; run = r; }
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
 * `این در حالی است که وزیر … گفت:`, `… سوال کرد که وی پاسخ داد:`: a main clause ended by its verb,
 * then که and the reporting clause, whose subject follows که. Only when nothing but words stands
 * between که and the cue, none of them a clause's verb, and no frame's content (`با اشاره به اینکه
 * … هستند که … گفت:`) holds the که.
 */
function clauseAfterKe(tokens: readonly Token[], clauseStart: number, cue: number): number {
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

function hasWord(tokens: readonly Token[], from: number, to: number, norm: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === TokenKind.Word && tokens[k]!.norm === norm) return true;
  return false;
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
  for (let k = to - 1; k >= from; k--) if (isPunct(tokens[k], '»”"')) return k;
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
 * titledAfterAdjunct) and the run is no preposition's.
 */
function subjectAfterDemonstrativeAdjunct(tokens: readonly Token[], i: number, cue: number): [[number, number], SpeakerKind] | undefined {
  if (!persianAdjunctOpeners.has(tokens[i]?.norm ?? '') || !roleDeterminers.has(tokens[i + 1]?.norm ?? '')) return undefined;
  const noun = tokens[i + 2];
  if (noun?.kind !== TokenKind.Word || i + 3 >= cue) return undefined;
  const run = subjectRun(tokens, i + 3, cue);
  return run > i + 3 ? [[i + 3, run], 'named'] : undefined;
}

function skipOpeners(tokens: readonly Token[], i: number, cue: number): number {
  // Stray bullets and brackets at a line start (`- `, `* `, `[`) are not part of the subject.
  while (i < cue && tokens[i]!.kind === TokenKind.Punct && !isOpen(tokens[i]!)) i++;
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

function subjectRun(tokens: readonly Token[], i: number, cue: number): number {
  let k = i;
  let words = 0;
  while (k < cue && words < MAX_SPEAKER_WORDS) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word) {
      if (persianSubjectStops.has(t.norm)) break;
      words++;
    } else if (!isPunct(t, '«»"“”()' + ABBREVIATION_DOT)) break;
    k++;
  }
  // A subject never ends inside an open bracket or quote: trim back to the last whole word.
  while (k > i && tokens[k - 1]!.kind === TokenKind.Punct && !isPunct(tokens[k - 1], ')»"”')) k--;
  return k;
}
