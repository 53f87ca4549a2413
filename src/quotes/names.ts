/**
 * What is a name and what is a role, word by word: the tests the speaker resolver and the
 * subject rules share (name words, role phrases and their canonical keys, the person in a
 * `role + name` phrase). Pure functions over tokens and the lexicon.
 */
import {
  arabicAla, arabicCue, arabicPrepositions, arabicLeadingParticles, arabicSubjectStops, isGluedGenitive, isRoleNoun, nameTitles, isPersianPastPlural, nonNameWords, persianCues, persianGivenNames, persianOneWordAdverbs, persianSubjectStops, roleDeterminers, roleNouns, roleSpellings,
  startsWithGluedPreposition, withoutObjectSuffix,
} from './lexicon.js';
import { tokenize, TokenKind, type Token } from './tokens.js';
import { ARABIC_NAME_ALI } from './data/grammar.js';

/**
 * The person in a `role + name` phrase, for output: `وزير الخارجية عادل الجبير` → `عادل الجبير`,
 * `رئیس ستاد کل سرلشکر محمد باقری` → `سرلشکر محمد باقری`. The name is the run of name words
 * ending the phrase; in Arabic an `ال` word inside it belongs to the role (`الألماني`), except
 * as the last word (`الجبير`). Persian marks no such boundary: its name starts at a title or a
 * given name. A bare role, or one whose tail may be its own complement (`وزير خارجية إيران`), comes
 * back whole.
 */
export function personIn(phrase: string, lang: 'fa' | 'ar' = 'ar'): string {
  const ws = tokenize(phrase).filter((t) => t.kind === TokenKind.Word);
  // Inside a speaker's phrase a علي is the name (`الرئيس علي عبدالله صالح`), whoever wrote it.
  if (lang === 'ar') markNameAli(phrase, ws);
  let i = 0;
  while (i < ws.length && nameTitles.has(ws[i]!.norm)) i++;
  // `بیوک میرزایی بازیگر قدیمی`: a name, then the role in apposition.
  if (i < ws.length && !isRoleNoun(ws[i]!.norm)) {
    const role = ws.findIndex((w, k) => k >= i + 1 && isRoleNoun(w.norm));
    if (role >= 2 && ws.slice(i, role).every((w) => isNameWord(w))) return phrase.slice(ws[0]!.start, ws[role - 1]!.end);
    return phrase;
  }
  if (i >= ws.length - 1 || !isRoleNoun(ws[i]!.norm)) return phrase;
  // A title after the role starts the name (Persian has no other mark of where it starts).
  for (let k = i + 1; k < ws.length - 1; k++) {
    if (nameTitles.has(ws[k]!.norm)) return phrase.slice(ws[k]!.start, ws[ws.length - 1]!.end);
  }
  // Persian: from a given name after the role's complement on (`وزیر امور خارجه محمد جواد ظریف`;
  // `امام صادق` is one name), else the role is whole (`سخنگوی سازمان آتش نشانی`, `مسئول تدوین
  // برنامه جبهه پایداری` end in no name).
  if (lang === 'fa') {
    for (let k = i + 2; k < ws.length - 1; k++) {
      if (persianGivenNames.has(ws[k]!.norm) && ws.slice(k).every((w) => isNameWord(w))) return phrase.slice(ws[k]!.start, ws[ws.length - 1]!.end);
    }
    return phrase;
  }
  // `الخبير هاني سليمان`: a definite role right before two or more name words names them.
  const rest = ws.slice(i + 1);
  if (ws[i]!.norm.startsWith('ال') && rest.length >= 2 && rest.every((w) => isNameWord(w) && !w.norm.startsWith('ال'))) {
    return phrase.slice(rest[0]!.start, rest[rest.length - 1]!.end);
  }
  let k = ws.length;
  while (k - 1 > i + 1 && isNameWord(ws[k - 1]) && (k === ws.length || !ws[k - 1]!.norm.startsWith('ال'))) k--;
  // The run's first word after a preposition is its object (`… القومي في إيران علي شمخاني`).
  if (arabicPrepositions.has(ws[k - 1]!.norm) && ws.length - k > 2) k++;
  // Two name words at least, after at least one word of role complement; not a genitive that a
  // glued preposition opens (`… الإدارة العامة لشؤون الزراعة`: ل + noun + `ال` noun).
  if (ws.length - k < 2 || isGluedGenitive(ws[k]!.norm, ws[k + 1]!.norm)) return phrase;
  return phrase.slice(ws[k]!.start, ws[ws.length - 1]!.end);
}

/**
 * The fold writes على and علي alike, as much Arabic copy does (ي for a final ى). A writer who
 * writes ى anywhere writes the preposition على with it, so their علي is the name Ali
 * (`وقال علي الأمين`, `وزير الخارجية أحمد علي:`): its matching form is then its own.
 */
export function writesAlefMaksura(text: string): boolean {
  return FINAL_ALEF_MAKSURA.test(text);
}
const FINAL_ALEF_MAKSURA = /\u0649(?![\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff])/;

/** Gives each علي written with yeh (not ى) its own matching form, the name Ali's (see writesAlefMaksura). */
export function markNameAli(text: string, tokens: Token[]): void {
  for (const t of tokens) {
    if (t.kind === TokenKind.Word && t.norm === arabicAla && text.charCodeAt(t.end - 1) === ARABIC_YEH) t.norm = ARABIC_NAME_ALI;
  }
}
const ARABIC_YEH = 0x064a;

/**
 * `وزير الخارجية محمد جواد ظريف`: an Arabic role closed by a definite complement, then two or
 * three plain name words, is the person named (a role alone looks ahead for its person).
 * Persian marks no such boundary (`مدیر … ملی پخش فرآورده‌های نفتی`), so it stays a role. A first
 * word that may carry a proclitic (و ف ب ل ك: `بجامعة الحديدة`) is not trusted either, at the
 * cost of names spelled so (`وليد`), which keep looking ahead as before.
 */
export function namedAfterArabicRole(text: string, norms: readonly string[]): boolean {
  const name = personIn(text);
  if (name === text) return false;
  const tail = name.split(/\s+/).length;
  const before = norms[norms.length - tail - 1];
  const first = norms[norms.length - tail]!;
  return tail <= 3 && before !== undefined && before.startsWith('ال') && !/^[وفبلك]/.test(first) && !first.startsWith('ال');
}

/** The words of a speaker's name that can open a sentence about them (name words, not titles). */
export function nameWords(who: string): Set<string> {
  const words = new Set<string>();
  for (const t of tokenize(who)) if (t.norm.length >= 3 && isNameWord(t) && !nameTitles.has(t.norm)) words.add(t.norm);
  return words;
}

/** Tokens [a, i] have a role noun right before or after them. */
export function besideRole(ts: readonly Token[], a: number, i: number): boolean {
  const before = ts[a - 1];
  const after = ts[i + 1];
  return (after?.kind === TokenKind.Word && isRoleNoun(after.norm)) || (before?.kind === TokenKind.Word && isRoleNoun(before.norm));
}

/** A role with no name in it: `وزير الخارجية`, not `مدير … المهندس محمد بن …`. */
export function isRole(norms: readonly string[]): boolean {
  // `یک استاد دانشگاه`: after a determiner, a title with a complement describes a role.
  if (norms.length >= 3 && roleDeterminers.has(norms[0]!) && (nameTitles.has(norms[1]!) || isRoleNoun(norms[1]!))) {
    return !norms.slice(2).some((w) => nameTitles.has(w) || w === 'بن' || w === 'ابن');
  }
  let i = 0;
  while (i < norms.length && nameTitles.has(norms[i]!)) i++;
  const n = norms[i];
  if (n === undefined || !isRoleNoun(n)) return false;
  return !norms.slice(i + 1).some((w) => nameTitles.has(w) || w === 'بن' || w === 'ابن');
}

/** The role words before the name in a `role + title/name` mention, as a key. */
export function heldRole(norms: readonly string[]): string | undefined {
  const end = heldRoleLength(norms);
  return end > 0 ? roleKey(norms.slice(0, end)) : undefined;
}

/** How many words of a `role + title/name` mention are the role (0 without one). */
export function heldRoleLength(norms: readonly string[]): number {
  const n = norms[0];
  if (n === undefined || !isRoleNoun(n)) return 0;
  const end = norms.findIndex((w, i) => i > 0 && (nameTitles.has(w) || w === 'بن' || w === 'ابن'));
  return Math.max(end, 0);
}

/** A role's words as a key, each office written one way (ROLE_SPELLINGS: `مدیر کل` = `مدیرکل`). */
export function roleKey(norms: readonly string[]): string {
  return canonicalRole(norms).join(' ');
}

/**
 * `needle` occurs in `hay`, and not as a role an Arabic adjective goes on to qualify:
 * `وزير الخارجية الألماني …` does not contain the person `وزير الخارجية` names.
 */
export function containsRunUnqualified(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    const next = hay[i + needle.length];
    if (isRole(needle) && next !== undefined && next.startsWith('ال') && !nameTitles.has(next)) continue;
    return true;
  }
  return false;
}

/** The ROLE_SPELLINGS entry whose phrase starts at `i` of a word sequence (`word(k)` reads it), if any. */
export function spellingAt(word: (k: number) => string | undefined, i: number): (typeof roleSpellings)[number] | undefined {
  return roleSpellings.find(([phrase]) => phrase.every((w, k) => word(i + k) === w));
}

/** A role's words with each office written one way (`جمهوری اسلامی ایران`, `کشورمان` → `ایران`). */
export function canonicalRole(norms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length;) {
    const spelling = spellingAt((k) => norms[k], i);
    if (spelling) { out.push(spelling[1]); i += spelling[0].length; } else out.push(norms[i++]!);
  }
  return out;
}

/** Where the canonical `role` written at token `i` ends (exclusive), reading ROLE_SPELLINGS; -1 if it is not there. */
export function roleEndAt(ts: readonly Token[], i: number, role: readonly string[]): number {
  const word = (k: number): string | undefined => (ts[k]?.kind === TokenKind.Word ? ts[k]!.norm : undefined);
  let j = i;
  for (const w of role) {
    const spelling = spellingAt(word, j);
    if (spelling && spelling[1] === w) { j += spelling[0].length; continue; }
    if (word(j) !== w) return -1;
    j++;
  }
  return j;
}

/** Arabic `والروسي`, `والجنرال`: a conjunction starts the next phrase (but `وليد` is a name). */
export function isConjoined(n: string): boolean {
  if (!n.startsWith('و') || n.length < 3) return false;
  const rest = n.slice(1);
  return rest.startsWith('ال') || roleNouns.has(rest) || nameTitles.has(rest);
}

export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Word) return false;
  const n = t.norm;
  let known = nameWordCache.get(n);
  if (known === undefined) {
    if (nameWordCache.size >= NAME_WORD_CACHE_MAX) nameWordCache.clear();
    nameWordCache.set(n, (known = isNameWordForm(n)));
  }
  return known;
}

/**
 * isNameWord by matching form: the resolver asks about the same few hundred words of an article
 * many times. Cleared when full, which bounds memory whatever the input.
 */
const nameWordCache = new Map<string, boolean>();
const NAME_WORD_CACHE_MAX = 50_000;

function isNameWordForm(n: string): boolean {
  if (n.length < 2 || /[0-9]/.test(n)) return false;
  if (nonNameWords.has(n) || persianSubjectStops.has(n) || persianOneWordAdverbs.has(n) || arabicSubjectStops.has(n) || roleNouns.has(n) || arabicLeadingParticles.has(n)) return false;
  // A preposition glued on (`بوزيرة`, `للرئيس`, `بالقاعة`) starts an adjunct, not a name.
  if (startsWithGluedPreposition(n)) return false;
  // A Persian past plural verb (`ریختند`, `کردند`): `… در چاهی ریختند پیامبر …` is no name.
  if (isPersianPastPlural(n)) return false;
  // A reporting verb, also with an object pronoun (`ما أكده مصدر أمني`).
  return !arabicCue(n) && !arabicCue(withoutObjectSuffix(n)) && !persianCues.has(n);
}

/** 2–5 name words (titles count) from i walking in `dir`; [from, to). */
export function nameRun(ts: readonly Token[], i: number, dir: 1 | -1): [number, number] | undefined {
  let k = i;
  let n = 0;
  while (n < 5 && isNameWord(ts[k]) && !(n > 0 && dir === 1 && isConjoined(ts[k]!.norm))) { k += dir; n++; }
  if (n < 2) return undefined;
  return dir === 1 ? [i, k] : [k + 1, i + 1];
}
