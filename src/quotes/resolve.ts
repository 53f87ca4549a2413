/**
 * Who a quote's speaker is. Names are expanded to the fullest form the article writes
 * (`العميد حاتمي` → `العميد أمير حاتمي`); roles refer to a named person — the name written
 * beside the role somewhere in the article, else the next named speaker soon after who holds no
 * other role (`وزیر دفاع روسیه` → `سرگئی شایگو`), else the role as written (an earlier speaker is
 * not taken: `وزیر دفاع روسیه نیز … گفت` after `حاتمی` is someone else); pronouns and dropped subjects go to the
 * subject of the sentence's first clause, else to whom the sentence before opened with, else the
 * last speaker whose gender agrees with the verb (`وقال` never points back to `كويارا`), else
 * the person last named by title (see `anaphor`).
 */
import type { Gender } from './lexicon.js';
import { feminineNameTitles, institutionNouns, isPersianPluralNoun, nameTitles, persianExaltedRoles, persianExaltedTitle, persianGivenNames, persianGroupWords, roleDeterminers, roleNouns, sameDeterminers } from './lexicon.js';
import { isSentenceEnd } from './tokens.js';
import { mentionPrefix } from './mentions.js';
import { clauseOpening } from './arabic-subject.js';
import { isPunct } from './spans.js';
import { DocumentWords, paraAt, POS_PARA, tokenAt, type Paragraph } from './word-index.js';
import {
  besideRole, canonicalRole, containsRunUnqualified, heldRole, heldRoleLength, isConjoined, isNameWord, isRole, nameRun, nameWords,
  namedAfterArabicRole, roleEndAt, roleKey,
} from './names.js';

export interface Mention {
  /** Matching forms of the speaker's words. */
  norms: string[];
  /** As written. */
  text: string;
  /** Document order (paragraph, then token), to find the mentions after this one. */
  pos: number;
  /** One past its last token, in the same order, when read from the text. */
  end?: number;
}

/** How the sentence before a pronoun's opens: its first words, and a titled name opening it. */
export interface PreviousOpening {
  words: ReadonlySet<string>;
  /** `سرهنگ محمدرضا هاشمی فر …`: a person the pronoun may mean who has not spoken yet. */
  titled?: Mention;
  /** The name words opening it with no title (`نسرین موسیوند کاراته‌کا …`), read as a name only as a last resort. */
  untitled?: Mention;
}

/** What the text around a pronoun or dropped subject offers its resolution. */
export interface AnaphorContext {
  /** The subject of the sentence's first clause (`كما التقى X …، وقال: …`). */
  clauseSubject?: Mention;
  /** A Persian singular verb (`فرمود`): a group (`عده‌ای گفتند`) is not its subject. */
  singularVerb?: boolean;
  /** An honorific pronoun's titles (`سموه` → `الأمير` …). */
  honorificTitles?: ReadonlySet<string>;
  /** `این شرکت`, `این رسانه`: the institution heads the demonstrative's noun points back to. */
  sameNoun?: ReadonlySet<string>;
  previous?: PreviousOpening;
}

interface Known { text: string; role: boolean; gender?: Gender; /** The mention's words as written (titles, role). */ norms: readonly string[] }

/** A word this long may be two name words scraping glued together. */
const MIN_GLUED_LENGTH = 6;
/** How many paragraphs ahead a role may find the person it names. */
const ROLE_LOOKAHEAD_PARAS = 3;

export class SpeakerResolver {
  private readonly history: Known[] = [];
  /** Speaker text → index of its latest entry in `history`. */
  private readonly latestTurn = new Map<string, number>();
  private readonly nameWordsCache = new Map<string, Set<string>>();
  private readonly cache = new Map<string, string>();
  /** Person (resolved text) → the role phrase already attached to it. */
  private readonly roleOf = new Map<string, string>();

  private readonly words: DocumentWords;

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Paragraph[],
    /** Every named speaker mention in the document, in order. */
    private readonly mentions: readonly Mention[],
  ) {
    this.words = new DocumentWords(text, paragraphs);
  }

  private push(k: Known): void {
    this.history.push(k);
    this.latestTurn.set(k.text, this.history.length - 1);
  }

  private nameWordsOf(who: string): Set<string> {
    let words = this.nameWordsCache.get(who);
    if (!words) this.nameWordsCache.set(who, (words = nameWords(who)));
    return words;
  }

  /**
   * A title and the name after it, read from the text (`الأمير فيصل بن خالد`): whole as written,
   * so not widened to the words before the title; remembered with its words, so the next
   * honorific or pronoun finds it among the speakers.
   */
  private titled(name: { text: string; norms: readonly string[] }, gender: Gender | undefined): string {
    this.push({ text: name.text, role: false, gender, norms: name.norms });
    return name.text;
  }

  /** A named (or role) speaker: who it is; remembered as the latest speaker. */
  named(m: Mention, gender?: Gender): string {
    const same = this.sameAs(m);
    if (same) {
      this.push({ ...same });
      return same.text;
    }
    const role = isRole(m.norms) && !namedAfterArabicRole(m.text, m.norms);
    const full = role ? this.person(m) : this.fullest(m);
    // `وزير الدفاع الروسي الجنرال شويغو`: the name already holds a role; no other role may claim it.
    const held = heldRole(m.norms);
    if (held && !this.roleOf.has(full)) this.roleOf.set(full, held);
    this.push({ text: full, role: role && full === m.text, gender, norms: m.norms });
    return full;
  }

  /**
   * `ذات المصدر` ("the same source"): the latest speaker with that noun (`مصدر أمني`); a bare
   * definite noun (`المصدر`, `الصحيفة`) likewise refers back to the speaker it headed
   * (`مصدر مطلع …`, `صحيفة Le Parisien الفرنسية`).
   */
  private sameAs(m: Mention): Known | undefined {
    let noun: string;
    if (m.norms.length === 2 && sameDeterminers.has(m.norms[0]!)) noun = m.norms[1]!.replace(/^ال/, '');
    else if (m.norms.length === 1 && m.norms[0]!.startsWith('ال') && m.norms[0]!.length > 4) noun = m.norms[0]!.slice(2);
    else return undefined;
    const bare = m.norms.length === 1;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (bare ? h.norms.length > 1 && h.norms[0] === noun : h.norms.some((n) => n === noun || n === `ال${noun}`)) return h;
    }
    return undefined;
  }

  /**
   * A pronoun or dropped subject whose verb stands at document position `at`: the clause
   * subject if given; else the speaker the previous sentence opened with, or the titled name
   * opening it; an honorific pronoun (`سموه`) the latest person its titles fit (`الأمير …`),
   * among the speakers and then in the text before it; else the latest agreeing speaker; and
   * when no one has spoken yet, the person last named by a title that agrees with the verb.
   */
  anaphor(at: number, gender: Gender | undefined, { clauseSubject, honorificTitles, previous, singularVerb, sameNoun }: AnaphorContext = {}): string {
    if (clauseSubject) return this.named(clauseSubject, gender);
    // `این شرکت اعلام کرد`: the latest speaker headed by that noun, else the one the text named last.
    if (sameNoun) {
      for (let k = this.history.length - 1; k >= 0; k--) {
        const h = this.history[k]!;
        if (sameNoun.has(h.norms[0]!)) { this.push({ ...h }); return h.text; }
      }
      const named = this.words.namedNounBefore(sameNoun, at);
      if (named) return this.titled(named, gender);
    }
    // `ناصرالدین عامر تلاش کرد … . او گفت: …`: the pronoun is the person the sentence before it
    // opened with, when that person has spoken before, even if someone else spoke since; or
    // who it opened with by title and name, though not a speaker yet.
    const previousOpening = previous?.words;
    if (previousOpening && previousOpening.size > 0) {
      // Each person once, at their latest turn: a long article's history repeats the same few.
      let latest = -1;
      for (const k of this.latestTurn.values()) {
        const h = this.history[k]!;
        // A singular verb is no group's (`برخی نمایندگان گفتند: …` ¶ `وی افزود: …`).
        if (k <= latest || h.role || !agrees(gender, h.gender) || (singularVerb && persianGroupWords.has(h.norms[0] ?? ''))) continue;
        if ([...this.nameWordsOf(h.text)].some((n) => previousOpening.has(n))) latest = k;
      }
      if (latest >= 0) {
        const h = this.history[latest]!;
        this.push({ ...h });
        return h.text;
      }
    }
    if (previous?.titled && titleAgrees(gender, previous.titled.norms[0]!)) return this.titled(previous.titled, gender);
    if (honorificTitles) {
      const fits = (norms: readonly string[]) => norms.some((n) => honorificTitles.has(n));
      for (let k = this.history.length - 1; k >= 0; k--) {
        const h = this.history[k]!;
        if (fits(h.norms) && !h.role) {
          this.push({ ...h });
          return h.text;
        }
      }
      const titled = this.words.titledNameBefore(honorificTitles, at);
      if (titled) return this.titled(titled, gender);
      // Or the exalted one the text named by office only (`مقام معظم رهبری … . ایشان … فرمودند:`).
      if (honorificTitles.has(persianExaltedTitle)) {
        const office = this.words.phraseBefore(persianExaltedRoles, at);
        if (office) return this.titled(office, gender);
      }
    }
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (agrees(gender, h.gender) && !(singularVerb && persianGroupWords.has(h.norms[0] ?? ''))) {
        this.push({ ...h });
        return h.text;
      }
    }
    // No one has spoken yet: the person the article last named by title before the verb
    // (`وصف … الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة … ¶ وقال …`), whose title agrees with it.
    if (gender !== 'p') {
      const titled = this.words.titledNameBefore(nameTitles, at);
      if (titled && titleAgrees(gender, titled.norms[0]!)) return this.titled(titled, gender);
    }
    // A Persian pronoun: the person a sentence last opened with by name and role (`"سریکژان
    // مامبتالین" رئیس حزب … معتقد است …` ¶ `وی خاطرنشان می‌کند …`).
    if (gender === undefined && previous) {
      const introduced = this.words.introducedBefore(roleNouns, at);
      if (introduced) return this.titled(introduced, gender);
    }
    // Nor by title: the name the sentence before opened with, as far as another sentence of the
    // article opens with it or with its last word (`نسرین موسیوند …` ¶ `موسیوند متولد سال 1364 …`):
    // a person the article is about, not a noun phrase that happens to open one sentence.
    const untitled = previous?.untitled;
    if (untitled) {
      for (let n = untitled.norms.length; n >= 2; n--) {
        const opens = this.words.opensSentence(untitled.pos, n) || this.words.opensSentence(untitled.pos + n - 1, 1);
        if (!opens) continue;
        return this.titled(mentionPrefix(this.text, this.paragraphs, untitled, n), gender);
      }
    }
    return '';
  }

  /** The person a role names, or the role itself when the article never ties it to a name. */
  private person(m: Mention): string {
    const key = roleKey(m.norms);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    // `معالي وزير الخارجية` finds the name the article wrote beside `وزير الخارجية`.
    let t = 0;
    while (t < m.norms.length - 1 && nameTitles.has(m.norms[t]!)) t++;
    let who = this.longerMention(m) ?? this.nameNextToRole(m.norms.slice(t));
    if (who === undefined) {
      const free = (name: string) => { const r = this.roleOf.get(name); return r === undefined || r === key; };
      // The next named speaker soon after: agency copy names a person right after introducing them by role.
      const limit = m.pos + ROLE_LOOKAHEAD_PARAS * POS_PARA;
      for (const o of this.mentions) {
        if (who !== undefined || o.pos > limit) break;
        // `این بیانیه`, `یک منبع`, `برخی`: a determiner phrase or a group names no one; nor does
        // an institution or a medium (`تلفزيون «برس» الإيراني`).
        if (o.pos <= m.pos || isRole(o.norms) || roleDeterminers.has(o.norms[0]!) || persianGroupWords.has(o.norms[0]!)
          || institutionNouns.has(o.norms[0]!)) continue;
        const name = this.fullest(o);
        if (free(name)) who = name;
      }
      // Every person holds a role already: a second title with the same head and another
      // complement (`رئیس مجلس` … `رئیس قوه مقننه`) is another way of naming the latest of them.
      // Same head and complement but another qualifier (`وزير الدفاع الروسي` / `… الايراني`) is another person.
      const words = m.norms.filter((n) => !nameTitles.has(n));
      for (let k = this.history.length - 1; k >= 0 && who === undefined; k--) {
        const h = this.history[k]!;
        const held = h.role ? undefined : this.roleOf.get(h.text)?.split(' ');
        if (held && held[0] === words[0] && held[1] !== words[1]) return this.remember(key, h.text);
      }
    }
    if (who !== undefined) this.roleOf.set(who, key);
    return this.remember(key, who ?? m.text);
  }

  private remember(key: string, who: string): string {
    this.cache.set(key, who);
    return who;
  }

  /** A name: the longest speaker mention or name run in the article that contains it. */
  private fullest(m: Mention): string {
    const key = m.norms.join(' ');
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let best = this.longerMention(m) ?? m.text;
    // The person's words: after a role that a title or `بن` ends (`وزير الدفاع الروسي الجنرال شويغو`),
    // with a name scraping glued together split as the article writes it elsewhere (`محمدباقری`).
    const roleEnd = heldRoleLength(m.norms);
    const person = this.unglued(m.norms.slice(roleEnd));
    // A title after `آل` is the family name (`آل الشيخ`).
    const core = person.filter((n, k) => !nameTitles.has(n) || person[k - 1] === 'ال');
    let bestLen = best === m.text ? m.norms.length - roleEnd : Infinity;
    let bestAnchored = false;
    // As long as the mention but with a given name where it has a title: `آقای پارسا` → `کیا پارسا`.
    const namesMore = (run: readonly string[]): boolean =>
      best === m.text && run.length === bestLen && run.filter((n) => !nameTitles.has(n)).length > core.length;
    const surname = core[core.length - 1];
    // A Persian plural (`پلت‌فرم‌ها`) or a group word (`برخی`, `عده‌ای`) is no person's surname to find a fuller name for.
    // An institution (`سازمان حج`) is named from its head noun on: nothing before it is its name (`متن اطلاعیه سازمان حج`).
    if (surname && bestLen !== Infinity && !isPersianPluralNoun(surname) && !persianGroupWords.has(surname) && !institutionNouns.has(core[0]!)) {
      for (const at of this.words.occurrences(surname)) {
        // The mention itself says where it starts (`در این آیات فرشتگان …`: not `آیات فرشتگان`).
        if (m.end !== undefined && at >= m.pos && at < m.end) continue;
        const p = this.paragraphs[paraAt(at)]!;
        const ts = p.tokens;
        const i = tokenAt(at);
        let a = i;
        // Walking back from the surname, an Arabic `ال` word is the role or adjective before the name
        // (`الخارجية عادل الجبير`); `آل` (folded `ال`) is part of it (`… بن عبدالله آل الشيخ`). A Persian
        // given name has only titles and given names before it (`برحسب قرعه‌کشی محمود احمدی‌نژاد`, `حضور عبدالله مهتدی`).
        while (a > 0 && i - a < 5 && isNameWord(ts[a - 1]) && !isConjoined(ts[a - 1]!.norm)
          && !(ts[a - 1]!.norm.startsWith('ال') && ts[a - 1]!.norm !== 'ال' && !nameTitles.has(ts[a - 1]!.norm))
          && !(p.lang === 'fa' && persianGivenNames.has(ts[a]!.norm) && !persianGivenNames.has(ts[a - 1]!.norm) && !nameTitles.has(ts[a - 1]!.norm))
          // An Arabic clause opens with its verb (`من جهته، ناقش فينبار …`, `ومن جانبه، سلّط شريف الكيلاني`), not a name.
          && !(p.lang === 'ar' && clauseOpening(ts, a - 1) === a - 1 && !nameTitles.has(ts[a - 1]!.norm))) a--;
        const run = ts.slice(a, i + 1).map((t) => t.norm);
        if (!core.every((n) => run.includes(n))) continue;
        // A run longer than the mention with a role beside it is a name (`جورج بوش رئيس جمهور`);
        // an unanchored longer one may be a noun phrase ending in the name (`استراتژي جديد بوش`).
        const anchored = besideRole(ts, a, i) && run.length > m.norms.length;
        // An Arabic given and family name is widened only inside (`عبدالعزيز بن عبدالله آل الشيخ`) or by a
        // role beside it, not by words before it (`… قرارا جمهوريا بتعيين نايف البكري`).
        if (!anchored && p.lang === 'ar' && core.length >= 2 && run.find((n) => !nameTitles.has(n)) !== core[0]) continue;
        if ((anchored && !bestAnchored) || (anchored === bestAnchored && (run.length > bestLen || namesMore(run)))) {
          best = this.text.slice(ts[a]!.start, ts[i]!.end);
          bestLen = run.length;
          bestAnchored = anchored;
        }
      }
    }
    this.cache.set(key, best);
    return best;
  }

  /** Words the article writes apart elsewhere (`محمد باقری`), split where the mention glues them (`محمدباقری`). */
  private unglued(norms: readonly string[]): string[] {
    return norms.flatMap((w) => {
      if (w.length < MIN_GLUED_LENGTH || nameTitles.has(w) || this.words.occurrences(w).length > 1) return [w];
      for (let k = 2; k <= w.length - 2; k++) {
        const first = w.slice(0, k);
        const rest = w.slice(k);
        const apart = this.words.occurrences(rest).some((at) => this.paragraphs[paraAt(at)]!.tokens[tokenAt(at) - 1]?.norm === first);
        if (apart) return [first, rest];
      }
      return [w];
    });
  }

  private longerMention(m: Mention): string | undefined {
    // An institution is named from its head noun on (`سازمان حج`, not `اطلاعیه سازمان حج`).
    const head = institutionNouns.has(m.norms[0]!) ? m.norms[0] : undefined;
    let best: Mention | undefined;
    for (const o of this.mentions) {
      if (o.norms.length > (best?.norms.length ?? m.norms.length) && containsRunUnqualified(o.norms, m.norms) && (head === undefined || o.norms[0] === head)) best = o;
    }
    return best && (isRole(best.norms) && !isRole(m.norms) ? undefined : best.text);
  }

  /** The personal name written right after or right before the role somewhere in the article. */
  private nameNextToRole(written: string[]): string | undefined {
    const role = canonicalRole(written);
    // Where the role's first word is written, from the word index (document order, as a scan would meet them).
    for (const pos of this.words.occurrences(role[0]!)) {
      const ts = this.paragraphs[paraAt(pos)]!.tokens;
      const i = tokenAt(pos);
      const end = roleEndAt(ts, i, role);
      if (end < 0) continue;
      // `وزير الخارجية الألماني …`: an adjective goes on with the role; a name starts without `ال`.
      const next = ts[end];
      const adjective = next !== undefined && next.norm.startsWith('ال') && !nameTitles.has(next.norm);
      // A run the object marker ends is the role's object (`مدیر مجموعه سعدآباد علت ریزش دیوار را`).
      let after = adjective ? undefined : nameRun(ts, end, 1);
      if (after && ts[after[1]]?.norm === 'را') after = undefined;
      if (after) return this.text.slice(ts[after[0]]!.start, ts[after[1] - 1]!.end);
      // The name before the role, or across an apposition comma when the name opens the sentence
      // (`کیا پارسا، مدیر مجموعه سعدآباد`; not `… ها جملات، مقام معظم رهبری`).
      const comma = isPunct(ts[i - 1], '،,');
      let before = adjective ? undefined : nameRun(ts, comma ? i - 2 : i - 1, -1);
      if (before && comma && before[0] > 0 && !isSentenceEnd(ts[before[0] - 1])) before = undefined;
      if (before) return this.text.slice(ts[before[0]]!.start, ts[before[1] - 1]!.end);
    }
    return undefined;
  }
}

/** A verb's gender and a title's: `السيدة`, `خانم` name women, the other titles men (Persian verbs have none). */
function titleAgrees(verb: Gender | undefined, title: string): boolean {
  if (verb === undefined) return true;
  if (verb === 'p') return false;
  return (verb === 'f') === feminineNameTitles.has(title);
}

function agrees(verb: Gender | undefined, speaker: Gender | undefined): boolean {
  return !verb || !speaker || verb === speaker || verb === 'p' || speaker === 'p';
}
