/**
 * extractQuotes: attributed quotations in a Persian or Arabic news text. Each line is a
 * paragraph; rules per language find reporting clauses (anchors), the content of each runs to
 * where the next one begins (or to the sentence end for indirect speech), quotation marks with
 * a cue beside them are added, and speakers are resolved across the whole document.
 */
import { hasMarkup, maskMarkup, tidyMasked } from '../html/mask.js';
import { articleSpans, isPageText } from '../html/page.js';
import { lineLangOfScore, typedOnArabicKeyboard } from '../text/normalize.js';
import { scoreScript, scriptLangOfScore, type ScriptScore } from '../text/script.js';
import { arabicAnchors } from './arabic.js';
import * as G from './data/grammar.js';
import { arabicAttributionHeads, arabicCues, arabicHonorifics, persianCues, persianDeferentialPronouns, persianHonorificLemmas, persianHonorifics, institutionHeadsOf, institutionNouns, isPersianPluralVerb, isRoleNoun, nameTitles, roleDeterminers, withoutProclitic } from './lexicon.js';
import { persianAnchors } from './persian.js';
import { markedQuotes, outsideQuotations } from './marks.js';
import { markNameAli, nameRun, nameWords, personIn, writesAlefMaksura } from './names.js';
import { mentionTrimmer } from './mentions.js';
import { SpeakerResolver, type Mention, type PreviousOpening } from './resolve.js';
import { paraAt, POS_PARA } from './word-index.js';
import { closingMark, isOpen, isPunct, sentenceEnd, sentenceStart, trimContent, wordCount } from './spans.js';
import { isSentenceEnd, phraseForms, tokenize, TokenKind, type Token } from './tokens.js';
import type { Anchor, Found, Para, Quote, QuoteKind } from './types.js';
import { continueQuote, linkBrokenLines, MIN_WORDS } from './continuation.js';

export interface ExtractOptions {
  /** Language of the text; by default read from its letters (per line, so a stray Persian line in Arabic works). */
  lang?: 'fa' | 'ar';
}

/** A sentence that names the speaker in its first words is narration about them. */
const NAME_OPENING_WORDS = 3;
/** A frame before a comma opening a sentence (`به گزارش خبرگزاری فارس از بروجرد،`) has at most this many tokens. */
const OPENER_MAX_TOKENS = 8;
/** Paragraph breaks: a newline, or a dataset's written mark for one (grammar.ts). */
const PARAGRAPH_BREAK = new RegExp(['\\n', ...G.PARAGRAPH_MARKS.map(escapeRegExp)].join('|'), 'g');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function extractQuotes(input: string, options: ExtractOptions = {}): Quote[] {
  // HTML leftovers (or a whole page) are read with their markup masked, offsets unchanged; the
  // fields sliced from it are tidied of the blanks a tag left.
  if (!hasMarkup(input)) return extractFrom(input, options);
  // A whole page is read for its article, as clean finds it (menus, captions and forms say
  // nothing); a page with no article found is read whole.
  const article = isPageText(input) ? articleSpans(input) : [];
  const masked = maskMarkup(input, article.length > 0 ? article : undefined);
  if (!masked) return extractFrom(input, options);
  return extractFrom(masked.text, options).map((q) => ({
    ...q, speaker: tidyMasked(q.speaker), speakerResolved: tidyMasked(q.speakerResolved), verb: tidyMasked(q.verb), quote: masked.render(q.start, q.end),
  }));
}

function extractFrom(text: string, options: ExtractOptions): Quote[] {
  // Each line is scored once; the document's language is the sum (a stray Persian line in an
  // Arabic article keeps Persian rules).
  const lines: Array<{ at: number; end: number; score?: ScriptScore }> = [];
  const total = { fa: 0, ar: 0, letters: 0 };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let at = 0; at <= text.length;) {
    const m = PARAGRAPH_BREAK.exec(text);
    const nl = m ? m.index : text.length;
    const line: { at: number; end: number; score?: ScriptScore } = { at, end: nl };
    if (!options.lang) {
      const s = (line.score = scoreScript(text.slice(at, nl)));
      total.fa += s.fa; total.ar += s.ar; total.letters += s.letters;
    }
    lines.push(line);
    at = m ? nl + m[0].length : text.length + 1;
  }
  const docLang = options.lang ?? scriptLangOfScore(total);
  const arabicKeyboard = !options.lang && typedOnArabicKeyboard(lines.map((l) => l.score), docLang);
  if (docLang === 'und') return [];
  const paras: Para[] = [];
  const aliIsName = writesAlefMaksura(text);
  for (const { at, end, score } of lines) {
    const tokens = tokenize(text, at, end);
    if (tokens.length === 0) continue;
    const l = score ? lineLangOfScore(score, docLang, arabicKeyboard) : docLang;
    const lang = l === 'und' ? docLang : l;
    if (lang === 'ar' && aliIsName) markNameAli(text, tokens);
    paras.push({ tokens, lang, anchors: outsideQuotations(tokens, oneAnchorPerContent(lang === 'fa' ? persianAnchors(tokens) : arabicAnchors(tokens))) });
  }
  const found: Found[] = [];
  paras.forEach((p, pi) => contents(p, pi, paras, found));
  // Quotes found so far, by paragraph, so marked quotes inside them are not taken twice.
  const taken = new Map<number, Found[]>();
  for (const f of found) {
    const list = taken.get(f.para);
    if (list) list.push(f);
    else taken.set(f.para, [f]);
  }
  paras.forEach((p, pi) => markedQuotes(p, pi, taken.get(pi) ?? [], found));
  found.sort((a, b) => a.para - b.para || a.from - b.from);
  return resolve(text, paras, found);
}

/**
 * Two reporting verbs of one clause open the same content (`وتابع X يقول: …`): the first, which
 * has the subject, reports it; the second would repeat the quote with a dropped subject.
 */
function oneAnchorPerContent(anchors: Anchor[]): Anchor[] {
  return anchors.filter((a, k) => k === 0 || anchors[k - 1]!.contentStart !== a.contentStart);
}

/** Where each anchor's content ends, given the anchors after it. */
function contents(p: Para, pi: number, paras: readonly Para[], out: Found[]): void {
  const ts = p.tokens;
  // Anchors are in cue order; `next` is the first whose cue is at or after this content's start.
  let after = 0;
  p.anchors.forEach((a) => {
    while (after < p.anchors.length && p.anchors[after]!.cue[0] < a.contentStart) after++;
    const next = p.anchors[after];
    let from = a.contentStart;
    let to: number;
    let kind: QuoteKind = a.introducer === 'colon' ? 'direct' : 'indirect';
    const open = ts[from] && isOpen(ts[from]!) ? from : -1;
    if (a.contentEnd !== undefined) {
      to = a.contentEnd;
      // Content a pair of brackets bounds (`قال شاعرنا (…)`) is a quotation like one in marks.
      if (a.introducer === 'mark') kind = 'quoted';
    }
    else if (open >= 0 && (a.introducer === 'mark' || a.quoted || a.introducer === 'colon')) {
      const close = closingMark(ts, open);
      to = close < 0 ? ts.length : close + 1;
      kind = 'quoted';
      if (close < 0) continueQuote(paras, pi, a, out);
    } else if (a.introducer === 'colon') {
      to = ts.length;
      if (next) {
        const c = clauseStart(next);
        to = sentenceStart(ts, c) <= from ? c : sentenceStart(ts, c);
      }
      if (wordCount(ts, from, to) === 0 && pi + 1 < paras.length) {
        // `… می‌گوید:` at a line end: the quote is the next line, in whatever language (a verse or
        // hadith in Arabic after a Persian `… چنین سخن می‌گوید:`).
        const q = paras[pi + 1]!;
        const first = q.anchors[0];
        const end = first ? sentenceStart(q.tokens, clauseStart(first)) : q.tokens.length;
        const [from, to] = trimContent(q.tokens, 0, end);
        if (end > 0) out.push({ para: pi + 1, anchor: a, kind, from, to });
        return;
      }
    } else {
      to = sentenceEnd(ts, from);
      if (next) to = Math.min(to, p.lang === 'ar' ? endBeforeArabicClause(ts, next, from) : clauseStart(next));
    }
    if (a.introducer === 'mark' && open < 0 && a.contentEnd === undefined) return;
    const [f, t] = trimContent(ts, from, to);
    const broken = a.introducer === 'colon' && kind === 'direct' && to === ts.length ? linkBrokenLines(paras, pi) : 0;
    if (wordCount(ts, f, t) < (broken > 0 ? 1 : MIN_WORDS)) return;
    out.push({ para: pi, anchor: a, from: f, to: t, kind });
    for (let q = pi + 1; q <= pi + broken; q++) {
      const qt = paras[q]!.tokens;
      const [qf, qto] = trimContent(qt, 0, qt.length);
      if (qto > qf) out.push({ para: q, anchor: a, from: qf, to: qto, kind });
    }
  });
}

/** The token where a reporting clause begins: its speaker when written before the cue. */
function clauseStart(a: Anchor): number {
  return a.speaker[1] > a.speaker[0] && a.speaker[0] < a.cue[0] ? a.speaker[0] : a.cue[0];
}

/** Words a subordinating opening may stand between a comma and the next reporting verb. */
const CLAUSE_OPENING_WORDS = 4;

/**
 * Where content before the next Arabic reporting clause ends: at a comma a few words before
 * its verb (`…، في الوقت الذي حض فيه …`), the words between being its opening. Not before an attribution that closes the content (`…، صباح اليوم، خطوة إيجابية وفق ما أكده X`).
 */
function endBeforeArabicClause(ts: readonly Token[], next: Anchor, floor: number): number {
  const c = clauseStart(next);
  if (c !== next.cue[0] || next.introducer === 'attribution') return c;
  for (let k = c - 1, words = 0; k > floor && words <= CLAUSE_OPENING_WORDS; k--) {
    if (isPunct(ts[k], '،,')) return k;
    if (ts[k]!.kind !== TokenKind.Word) return c;
    words++;
  }
  return c;
}

function resolve(text: string, paras: readonly Para[], found: readonly Found[]): Quote[] {
  const mention = (ts: readonly Token[], [a, b]: [number, number], para: number): Mention => ({
    norms: ts.slice(a, b).filter((t) => t.kind === TokenKind.Word).map((t) => t.norm),
    text: text.slice(ts[a]!.start, ts[b - 1]!.end),
    pos: para * POS_PARA + a,
    end: para * POS_PARA + b,
  });
  const paraOf = new Map<Anchor, number>();
  paras.forEach((p, pi) => p.anchors.forEach((a) => paraOf.set(a, pi)));
  const written: Mention[] = [];
  for (const f of found) {
    const ap = paraOf.get(f.anchor) ?? f.para;
    if (f.anchor.speakerKind === 'named') written.push(mention(paras[ap]!.tokens, f.anchor.speaker, ap));
  }
  // Persian (SOV) subjects may run into their object; Arabic ones follow the verb.
  const trimmer = mentionTrimmer(text, paras, written);
  const trim = (m: Mention): Mention => (paras[paraAt(m.pos)]!.lang === 'fa' ? trimmer(m) : m);
  const resolver = new SpeakerResolver(text, paras, written.map(trim));
  const resolvedOf = new Map<Anchor, string>();
  // The same few speakers recur: read each resolved name's words and person once per document.
  const namesOf = new Map<string, Set<string>>();
  const personOf = new Map<string, string>();
  const quotes: Quote[] = [];
  for (const f of found) {
    const a = f.anchor;
    const ap = paraOf.get(a) ?? f.para;
    const ts = paras[ap]!.tokens;
    const written = a.speakerKind === 'named' ? mention(ts, a.speaker, ap) : undefined;
    const named = written && trim(written);
    // The subject as written, less an object the article's other mentions cut off (`داوودی استفاده
    // از … را` → `داوودی`); a role in apposition stays (`"ايگور ايوانف" رئيس شوراي امنيت روسيه`).
    const cut = written && named && named.norms.length < written.norms.length && !isRoleNoun(written.norms[named.norms.length]!);
    const speaker = cut ? named.text : a.speaker[1] > a.speaker[0] ? text.slice(ts[a.speaker[0]]!.start, ts[a.speaker[1] - 1]!.end) : '';
    let resolved = resolvedOf.get(a);
    if (resolved === undefined) {
      const titles = named ? undefined : honorificTitles(ts, a);
      const clauseSubject = a.sentenceSubject ?? epithetBefore(ts, a, titles);
      resolved = named
        ? resolver.named(named, a.gender)
        : resolver.anaphor(ap * POS_PARA + a.cue[0], a.gender, {
          clauseSubject: clauseSubject && mention(ts, clauseSubject, ap),
          honorificTitles: titles,
          sameNoun: demonstrativeNoun(ts, a),
          previous: a.speakerKind === 'pronoun' ? previousOpening(paras, ap, a.cue[0], mention) : undefined,
          singularVerb: paras[ap]!.lang === 'fa' && a.introducer !== 'frame' && a.introducer !== 'attribution' && !isPersianPluralVerb(ts[a.cue[1] - 1]!.norm),
        });
      resolvedOf.set(a, resolved);
    }
    const cts = paras[f.para]!.tokens;
    const who = resolved || speaker;
    let names = namesOf.get(who);
    if (!names) namesOf.set(who, (names = nameWords(who)));
    const to = f.kind === 'direct' ? narrationResumes(cts, f.from, f.to, names) : f.to;
    const lang = paras[ap]!.lang;
    let person = personOf.get(lang + who);
    if (person === undefined) personOf.set(lang + who, (person = withoutMarks(personIn(who, lang))));
    const start = cts[f.from]!.start;
    const end = cts[to - 1]!.end;
    quotes.push({
      kind: f.kind, lang: paras[f.para]!.lang, speaker, speakerResolved: person, speakerKind: a.speakerKind,
      verb: verbText(text, ts, a),
      quote: text.slice(start, end), start, end,
    });
  }
  return quotes;
}

/**
 * How the sentence before the one holding `cue` opens, past a leading frame that a comma closes
 * (`در همین راستا، ناصرالدین عامر …`): who it is about. For the first sentence of a paragraph,
 * the last sentence of the paragraph before (`سرهنگ … از کشف … خبر داد.` ¶ `او افزود: …`).
 * `titled` is a title with the name after it (`سرهنگ محمدرضا هاشمی فر`) opening that sentence.
 */
function previousOpening(
  paras: readonly Para[], pi: number, cue: number, mention: (ts: readonly Token[], range: [number, number], para: number) => Mention,
): PreviousOpening {
  const words = new Set<string>();
  let ts = paras[pi]!.tokens;
  let s = sentenceStart(ts, cue);
  if (s === 0) {
    const before = paras[pi - 1];
    if (!before || before.lang !== paras[pi]!.lang || !isSentenceEnd(before.tokens[before.tokens.length - 1])) return { words };
    ts = before.tokens;
    s = ts.length;
    pi--;
  }
  const ps = sentenceStart(ts, s - 1);
  let from = ps;
  for (let k = ps; k < Math.min(s, ps + OPENER_MAX_TOKENS); k++) if (isPunct(ts[k], '،,')) { from = k + 1; break; }
  for (let k = from, n = 0; k < s && n < NAME_OPENING_WORDS; k++) {
    if (ts[k]!.kind !== TokenKind.Word) continue;
    words.add(ts[k]!.norm);
    n++;
  }
  const run = ts[from]?.kind === TokenKind.Word && nameTitles.has(ts[from]!.norm) ? nameRun(ts, from + 1, 1) : undefined;
  if (run && run[1] <= s) return { words, titled: mention(ts, [from, run[1]], pi) };
  const untitled = nameRun(ts, from, 1);
  return untitled && untitled[1] <= s ? { words, untitled: mention(ts, untitled, pi) } : { words };
}

/** Quotation marks around a name are the writer's emphasis, not the name (`سرتیپ «یحیی سریع»`); an honorific in brackets is no part of it either. */
function withoutMarks(name: string): string {
  return /["«»“”(]/.test(name) ? name.replace(HONORIFIC_PARENTHESIS, '').replace(/["«»“”]/g, '').replace(/\s+/g, ' ').trim() : name;
}

/** A parenthesis of up to three words in a name is an honorific (`امام صادق(ع)`, `خامنه ای (مدظله العالی)`, `(ره)`). */
const HONORIFIC_PARENTHESIS = /\s*\((?:[^()\s]+\s*){1,3}\)/g;

/**
 * A colon quote ends where a later sentence opens with the speaker's own name: the article is
 * talking about them again (`… نقش مهمی داشته است. سرگئی شایگو نتایج … را گام مهمی … دانست`).
 */
function narrationResumes(ts: readonly Token[], from: number, to: number, names: ReadonlySet<string>): number {
  if (names.size === 0) return to;
  for (let k = from + 1; k < to; k++) {
    if (!isSentenceEnd(ts[k - 1])) continue;
    // The name may follow a given name or title the resolver did not keep (`سرگئی شایگو`).
    let named = false;
    for (let j = k; j < Math.min(to, k + NAME_OPENING_WORDS); j++) if (ts[j]!.kind === TokenKind.Word && names.has(ts[j]!.norm)) named = true;
    if (!named) continue;
    const [, end] = trimContent(ts, from, k);
    return end > from ? end : to;
  }
  return to;
}

/** `این شرکت`, `این سازمان`: a pronoun speaker of a demonstrative and an institution noun: the noun. */
function demonstrativeNoun(ts: readonly Token[], a: Anchor): ReadonlySet<string> | undefined {
  if (a.speakerKind !== 'pronoun' || a.speaker[1] !== a.speaker[0] + 2 || !roleDeterminers.has(ts[a.speaker[0]]!.norm)) return undefined;
  const noun = ts[a.speaker[0] + 1]!.norm;
  return institutionNouns.has(noun) ? institutionHeadsOf(noun) : undefined;
}

/** An honorific pronoun speaker (`سموه`, `آن حضرت`): the titles it refers to. */
function honorificTitles(ts: readonly Token[], a: Anchor): ReadonlySet<string> | undefined {
  if (a.speakerKind !== 'pronoun') return undefined;
  const key = ts.slice(a.speaker[0], a.speaker[1]).filter((t) => t.kind === TokenKind.Word).map((t) => t.norm).join(' ');
  const titles = arabicHonorifics.get(key) ?? persianHonorifics.get(key);
  if (titles) return titles;
  // `ایشان … فرمودند`: the honorific verb makes the plain pronoun the exalted one's (`معظم له`).
  const cue = persianCues.match(ts, a.cue[0]);
  return persianDeferentialPronouns.has(key) && cue && persianHonorificLemmas.has(cue.value.lemma) ? persianHonorifics.get(EXALTED_PRONOUN) : undefined;
}
const EXALTED_PRONOUN = phraseForms(G.PERSIAN_EXALTED_PRONOUN).join(' ');

/**
 * `هنگام بازگشت امیرمؤمنان از جنگ صفین، آن حضرت … فرمود:`: the person an honorific pronoun's
 * titles fit, named earlier in its own sentence (the epithet and the name after it).
 */
function epithetBefore(ts: readonly Token[], a: Anchor, titles: ReadonlySet<string> | undefined): [number, number] | undefined {
  if (!titles) return undefined;
  for (let k = a.speaker[0] - 1, s = sentenceStart(ts, a.speaker[0]); k >= s; k--) {
    if (ts[k]!.kind !== TokenKind.Word || !titles.has(ts[k]!.norm)) continue;
    return nameRun(ts, k, 1) ?? [k, k + 1];
  }
  return undefined;
}

/** The cue as written, without an Arabic و/ف proclitic (`وقال` → `قال`). */
function verbText(text: string, ts: readonly Token[], a: Anchor): string {
  const first = ts[a.cue[0]]!;
  const raw = text.slice(first.start, ts[a.cue[1] - 1]!.end);
  const bare = withoutProclitic(first.norm);
  // `وبحسب` → `بحسب`, but `وفق` is a word of its own.
  const proclitic = bare !== first.norm
    && (arabicCues.has(bare) || (a.introducer === 'attribution' && raw.startsWith('و') && arabicAttributionHeads.has(bare)));
  return proclitic ? raw.slice(1) : raw;
}
