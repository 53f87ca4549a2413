/**
 * The cue tables the rules read, built once from the data modules: every phrase is folded to
 * matching form here, so the data stays in natural spelling.
 */
import {
  PERSIAN_VERBS, ARABIC_VERBS, PERSIAN_FRAMES, PERSIAN_ATTRIBUTION_PHRASES, ARABIC_SPEAKER_SWITCHES, type Precision,
} from './data/speech-verbs.js';
import { EXTRA_ARABIC_CUES, EXTRA_PERSIAN_CUES } from './data/extra-cues.js';
import * as G from './data/grammar.js';
import { PERSIAN_GIVEN_NAMES } from './data/given-names.js';
import { PhraseTable, wordSet } from './phrases.js';
import { phraseForms } from './tokens.js';

export type Gender = 'm' | 'f' | 'p';
export interface PersianCue { lemma: string; precision: Precision }
export interface ArabicCue { lemma: string; precision: Precision; tense: 'past' | 'present' | 'participle'; gender: Gender }

function table<T>(phrases: readonly string[], value: (p: string) => T): PhraseTable<T> {
  const t = new PhraseTable<T>();
  for (const p of phrases) t.add(p, value(p));
  return t;
}

export const persianCues = new PhraseTable<PersianCue>();
for (const e of [...PERSIAN_VERBS, ...EXTRA_PERSIAN_CUES]) {
  // دانست/خواند are evaluative (`X را Y دانست`), not speech, in news copy.
  if (e.lemma === 'دانستن' || e.lemma === 'خواندن') continue;
  for (const f of e.forms) {
    persianCues.add(f, { lemma: e.lemma, precision: e.precision });
    // The generated forms lack the past progressive (`او می‌گفت: …`, `اعلام می‌کرد`): from the
    // simple past, `می‌` on its last word.
    const words = f.split(' ');
    const last = words[words.length - 1]!;
    if (G.PERSIAN_SIMPLE_PAST.test(last) && !last.startsWith('می') && !words.includes('است')) {
      persianCues.add([...words.slice(0, -1), `می‌${last}`].join(' '), { lemma: e.lemma, precision: e.precision });
      // …and the past perfect of compound verbs (`عنوان داشته بودند که`, `درخواست کرده بود`).
      const plural = last.endsWith(G.PERSIAN_PLURAL_VERB_ENDING) && last.length > 3;
      const participle = `${plural ? last.slice(0, -G.PERSIAN_PLURAL_VERB_ENDING.length) : last}ه`;
      persianCues.add([...words.slice(0, -1), participle, plural ? 'بودند' : 'بود'].join(' '), { lemma: e.lemma, precision: e.precision });
    }
  }
}

/** Frames by phrase; the value says whether it is a claim frame, which reports by itself. */
const claimFrames = new Set(G.PERSIAN_CLAIM_FRAMES);
export const persianFrames = table([...PERSIAN_FRAMES, ...G.PERSIAN_CLAIM_FRAMES], (p) => claimFrames.has(p));
const notAttribution = new Set(G.PERSIAN_NON_ATTRIBUTIONS);
export const persianAttributions = table([
  ...PERSIAN_ATTRIBUTION_PHRASES.flatMap((e) => e.forms).filter((f) => !notAttribution.has(f)),
  ...G.EXTRA_PERSIAN_ATTRIBUTIONS,
], () => true);
export const persianAttributionNonSources = wordSet(G.PERSIAN_ATTRIBUTION_NON_SOURCES);
export const persianSourceOpeners = table(G.PERSIAN_SOURCE_OPENERS, () => true);
export const persianLeadingAdverbs = table(G.PERSIAN_LEADING_ADVERBS, () => true);
/** The leading adverbs written as one word (`همانگونه‌که`, `چنانکه`): never part of a name. */
export const persianOneWordAdverbs = new Set(G.PERSIAN_LEADING_ADVERBS.map(phraseForms).filter((f) => f.length === 1).map((f) => f[0]!));
export const persianPronouns = table([...G.PERSIAN_PRONOUNS, ...Object.keys(G.PERSIAN_HONORIFIC_PRONOUNS)], () => true);
export const persianSubjectStops = wordSet(G.PERSIAN_SUBJECT_STOPS);
export const persianReflexives = wordSet(G.PERSIAN_REFLEXIVES);
export const persianGroupWords = wordSet(G.PERSIAN_GROUP_WORDS);
export const persianPartitives = table(G.PERSIAN_PARTITIVES, () => true);
export const persianRoleCompounds = table(G.PERSIAN_ROLE_COMPOUNDS, () => true);
export const persianQuestionLemmas = new Set(G.PERSIAN_QUESTION_LEMMAS);
/** `این رسانه`: the institution heads a demonstrative's noun may refer back to (itself, or a generic noun's). */
export function institutionHeadsOf(noun: string): ReadonlySet<string> {
  return genericInstitutionNouns.get(noun) ?? new Set([noun]);
}
const genericInstitutionNouns = new Map(Object.entries(G.PERSIAN_GENERIC_INSTITUTION_NOUNS).map(([k, v]) => [phraseForms(k).join(' '), wordSet(v)]));
export const persianClauseFinalVerbs = wordSet(G.PERSIAN_CLAUSE_FINAL_VERBS);
export const persianSubordinators = table(G.PERSIAN_SUBORDINATORS, () => true);
export const persianCueNounPrefixes = wordSet(G.PERSIAN_CUE_NOUN_PREFIXES);
export const markClauseOpeners = wordSet(G.MARK_CLAUSE_OPENERS);
export const persianRequestLemmas: ReadonlySet<string> = new Set(G.PERSIAN_REQUEST_LEMMAS);
export const persianRequestComplementizers = wordSet(G.PERSIAN_REQUEST_COMPLEMENTIZERS);

/** A Persian past plural verb (`ریختند`, `کردند`): never a name word. */
export function isPersianPastPlural(norm: string): boolean {
  const ending = G.PERSIAN_PLURAL_VERB_ENDING;
  return norm.length >= 5 && norm.endsWith(ending) && G.PERSIAN_SIMPLE_PAST.test(norm.slice(0, -ending.length));
}
/** A Persian 3rd-person plural verb (`گفتند`, `می‌گویند`); otherwise singular. */
export function isPersianPluralVerb(norm: string): boolean {
  return norm.endsWith(G.PERSIAN_PLURAL_VERB_ENDING);
}
/** A Persian plural noun (`پلت‌فرم‌ها`): a group, not a person. */
export function isPersianPluralNoun(norm: string): boolean {
  return norm.endsWith(G.PERSIAN_PLURAL_NOUN_ENDING);
}
export const persianSayingNouns = wordSet(G.PERSIAN_SAYING_NOUNS);
export const persianDocumentParts = table(G.PERSIAN_DOCUMENT_PARTS, () => true);
export const persianNamePrepositions = wordSet(G.PERSIAN_NAME_PREPOSITIONS);
export const persianAdjunctOpeners = wordSet(G.PERSIAN_ADJUNCT_OPENERS);
export const persianNonSpeechGoft = wordSet(G.PERSIAN_NON_SPEECH_GOFT);
export const persianImpersonalModals = wordSet(G.PERSIAN_IMPERSONAL_MODALS);
export const persianClauseConjunctions = table(G.PERSIAN_CLAUSE_CONJUNCTIONS, () => true);

const PROCLITIC = /^[وف]/;

/** An Arabic word without its و/ف proclitic (`وقال` → `قال`); other words unchanged. */
export function withoutProclitic(norm: string): string {
  return PROCLITIC.test(norm) ? norm.slice(1) : norm;
}

/** Arabic reporting verbs by matching form, proclitic و/ف stripped. */
export const arabicCues = new Map<string, ArabicCue>();
for (const e of [...ARABIC_VERBS, ...EXTRA_ARABIC_CUES]) {
  const base = phraseForms(e.past[0] ?? e.lemma).join('');
  const basePresent = phraseForms(e.present[0] ?? '').join('');
  const add = (form: string, tense: ArabicCue['tense']) => {
    let f = phraseForms(form).join(' ');
    if (f.includes(' ')) return;
    if (PROCLITIC.test(f) && !PROCLITIC.test(base)) f = f.slice(1);
    if (arabicCues.has(f)) return;
    arabicCues.set(f, { lemma: e.lemma, precision: e.precision, tense, gender: genderOf(f, tense, base, basePresent) });
  };
  for (const f of e.past) add(f, 'past');
  for (const f of e.present) add(f, 'present');
  for (const f of e.participle) add(f, 'participle');
  // The generated lists miss some plurals (`مشددين` beside `مؤكدين`): from the accusative
  // singular (`مشددا`), the sound plural (`مشددين`) and the feminine (`مشددة`).
  for (const f of e.participle) {
    const m = phraseForms(f).join(' ');
    if (!m.endsWith('ا') || m.includes(' ')) continue;
    add(`${m.slice(0, -1)}ين`, 'participle');
    add(`${m.slice(0, -1)}ة`, 'participle');
  }
}

function genderOf(f: string, tense: ArabicCue['tense'], base: string, basePresent: string): Gender {
  if (tense === 'participle') return f.endsWith('ه') ? 'f' : f.endsWith('ین') ? 'p' : 'm';
  if (tense === 'present') {
    if (f.endsWith('ون') || f.endsWith('ان')) return 'p';
    return f.startsWith('ت') && !basePresent.startsWith('ت') ? 'f' : 'm';
  }
  if (f === base) return 'm';
  if (f.endsWith('وا') || f.endsWith('تا') || (f.endsWith('ا') && !base.endsWith('ا')) || f.endsWith('ن')) return 'p';
  if (f.endsWith('ت') && !base.endsWith('ت')) return 'f';
  return 'm';
}

/** The Arabic cue a token spells, with or without a و/ف proclitic. */
export function arabicCue(norm: string): ArabicCue | undefined {
  return arabicCues.get(norm) ?? (PROCLITIC.test(norm) ? arabicCues.get(norm.slice(1)) : undefined);
}

export const arabicComplementizers = table(G.ARABIC_COMPLEMENTIZERS, () => true);
export const arabicAttributions = table(G.ARABIC_ATTRIBUTIONS, () => true);
/** First words of the attribution phrases (`بحسب`, `وفقا`): `وبحسب`, `ووفقا` carry a و proclitic. */
export const arabicAttributionHeads = new Set(G.ARABIC_ATTRIBUTIONS.map((p) => phraseForms(p)[0]!));
export const arabicRelatives = wordSet(G.ARABIC_RELATIVES);
export const arabicResumptives = wordSet(G.ARABIC_RESUMPTIVES);
export const arabicStatementNouns = wordSet(G.ARABIC_STATEMENT_NOUNS);
export const arabicAgentGapWords = wordSet(G.ARABIC_AGENT_GAP_WORDS);
export const arabicBaVerbs = wordSet(G.ARABIC_BA_VERBS);
export const arabicRelayVerbs: ReadonlySet<string> = new Set(G.ARABIC_RELAY_VERBS);
export const arabicRelayFrom = phraseForms(G.ARABIC_RELAY_FROM)[0]!;
export const arabicRelayedSayings = wordSet(G.ARABIC_RELAYED_SAYINGS);
export const arabicAnonymityWords = wordSet(G.ARABIC_ANONYMITY_WORDS);
export const arabicOutletAddressees = wordSet(G.ARABIC_OUTLET_ADDRESSEES);
export const arabicStrictAttributionHeads = wordSet(G.ARABIC_STRICT_ATTRIBUTION_HEADS);
export const arabicTrailingAttributions = table(G.ARABIC_TRAILING_ATTRIBUTIONS, () => true);
/**
 * Every word an anchor can start with, per language: one set lookup tells most tokens apart
 * before the phrase tables are asked (the anchor scans visit every word of every paragraph).
 */
export const persianAnchorStarts = new Set([...persianFrames.firstWords(), ...persianAttributions.firstWords(), ...persianCues.firstWords()]);
export const arabicAnchorStarts = new Set([
  ...arabicTrailingAttributions.firstWords(), ...arabicAttributions.firstWords(),
  ...[...arabicCues.keys()].flatMap((f) => [f, `و${f}`, `ف${f}`]),
]);
// `أما` is a topic marker, not a switch phrase to skip.
// Also with the conjunction glued on (`ومن جانبه،`, `وبدوره`).
const speakerSwitches = ARABIC_SPEAKER_SWITCHES.filter((s) => s !== 'أما' && s !== 'اما');
export const arabicSpeakerSwitches = table([...speakerSwitches, ...speakerSwitches.map((s) => `و${s}`)], () => true);
export const arabicSubjectStops = wordSet(G.ARABIC_SUBJECT_STOPS);
export const arabicPrepositions = wordSet(G.ARABIC_PREPOSITIONS);
/** The matching form of على (= علي), and the reporting verbs that govern it. */
export const arabicAla = phraseForms(G.ARABIC_ALA)[0]!;
/** By lemma as the verb lexicon writes it (ArabicCue.lemma). */
export const arabicAlaVerbs: ReadonlySet<string> = new Set(G.ARABIC_ALA_VERBS);
/** Honorific pronoun (folded) → folded titles/roles of its referent. */
export const arabicHonorifics = new Map(Object.entries(G.ARABIC_HONORIFIC_PRONOUNS).map(([k, v]) => [phraseForms(k).join(' '), wordSet(v)]));
/** Persian honorific pronoun (its words' matching forms, joined by a space) → folded epithets of its referent. */
export const persianHonorifics = new Map(Object.entries(G.PERSIAN_HONORIFIC_PRONOUNS).map(([k, v]) => [phraseForms(k).join(' '), wordSet(v)]));
export const persianDeferentialPronouns = wordSet(G.PERSIAN_DEFERENTIAL_PRONOUNS);
export const persianHonorificLemmas: ReadonlySet<string> = new Set(G.PERSIAN_HONORIFIC_LEMMAS);
export const persianExaltedRoles: ReadonlyArray<readonly string[]> = G.PERSIAN_EXALTED_ROLES.map(phraseForms);
export const persianExaltedTitle = phraseForms(G.PERSIAN_EXALTED_TITLE)[0]!;
export const arabicScriptureSubjects = wordSet(G.ARABIC_SCRIPTURE_SUBJECTS);
export const arabicPronouns = new Set([...wordSet(G.ARABIC_PRONOUNS), ...arabicHonorifics.keys()]);
export const arabicLeadingParticles = wordSet(G.ARABIC_LEADING_PARTICLES);
export const arabicDemonstratives = wordSet(G.ARABIC_DEMONSTRATIVES);
export const arabicKana = wordSet(G.ARABIC_KANA);
export const roleNouns = wordSet(G.ROLE_NOUNS);
export const roleDeterminers = wordSet(G.ROLE_DETERMINERS);
export const institutionNouns = wordSet(G.INSTITUTION_NOUNS);
export const arabicVerbObjects = wordSet(G.ARABIC_VERB_OBJECTS);
export const sameDeterminers = wordSet(G.SAME_DETERMINERS);
/** ROLE_SPELLINGS in matching form: [phrase words, the one word they stand for]. */
export const roleSpellings: readonly (readonly [readonly string[], string])[] = G.ROLE_SPELLINGS
  .map(([phrase, word]) => [phraseForms(phrase), phraseForms(word)[0]!] as const);

/** A word without an Arabic object pronoun (`اكده` → `اكد`); words under 4 letters are left whole. */
export function withoutObjectSuffix(norm: string): string {
  if (norm.length < 4) return norm;
  for (const suffix of G.ARABIC_OBJECT_SUFFIXES) if (norm.endsWith(suffix)) return norm.slice(0, -suffix.length);
  return norm;
}
export const arabicResultParticles = wordSet(G.ARABIC_RESULT_PARTICLES);
export const arabicDemandPrepositions = wordSet(G.ARABIC_DEMAND_PREPOSITIONS);
export const arabicAddresseePrepositions = wordSet(G.ARABIC_ADDRESSEE_PREPOSITIONS);
export const arabicHehNames = wordSet(G.ARABIC_HEH_NAMES);
/** Matching forms of the name endings (folded like the tokens: `يه` → `یه`). */
export const arabicHehNameEndings: readonly string[] = G.ARABIC_HEH_NAME_ENDINGS.map((e) => [...wordSet([e])][0]!);
export const persianDocumentCues: ReadonlySet<string> = new Set(G.PERSIAN_DOCUMENT_CUES);
export const persianSourcedCues: ReadonlySet<string> = new Set(G.PERSIAN_SOURCED_CUES);

/** A role noun, also behind a و/ف proclitic (`ووزير`). */
export function isRoleNoun(norm: string): boolean {
  return roleNouns.has(norm) || roleNouns.has(withoutProclitic(norm));
}

/** A preposition glued to a noun (`للصحفيين`, `بالقاعة`, `بوزيرة`): an adjunct starts here, not a name. */
export function startsWithGluedPreposition(norm: string): boolean {
  return norm.startsWith('لل') || norm.startsWith('بال') || (gluedPrepositions.has(norm[0]!) && roleNouns.has(norm.slice(1)));
}
/** `لشؤون الزراعة`, `بوزارة الداخلية`: a preposition glued to a noun whose complement is definite. */
export function isGluedGenitive(first: string, second: string): boolean {
  return gluedPrepositions.has(first[0]!) && first.length >= 4 && second.startsWith('ال');
}
const gluedPrepositions = wordSet(G.ARABIC_GLUED_PREPOSITIONS);
/** An Arabic third-person imperfect verb's prefix starts the word (`يشغل`). */
export function hasImperfectPrefix(norm: string): boolean {
  return imperfectPrefixes.has(norm[0]!);
}
const imperfectPrefixes = wordSet(G.ARABIC_IMPERFECT_PREFIXES);
export const nameTitles = wordSet(G.NAME_TITLES);
export const feminineNameTitles = wordSet(G.FEMININE_NAME_TITLES);
export const nonNameWords = wordSet(G.NON_NAME_WORDS);
export const persianGivenNames = wordSet(PERSIAN_GIVEN_NAMES);
