/**
 * A fast letter-based test: is this line Persian, Arabic, or neither?
 * Used by `clean` to pick normalization rules per line; `detect-lang` builds on it.
 * Distinctive letters (پ چ ژ گ vs ة ى) weigh most; yeh/keheh variants and a few very
 * frequent function words break ties; legacy Persian typed with Arabic ي/ك is carried by
 * پ چ ژ گ and the Persian function words.
 */
import { FA_FUNCTION_WORDS, AR_FUNCTION_WORDS } from './data/function-words.js';

export type ScriptLang = 'fa' | 'ar' | 'und';

export interface ScriptScore {
  fa: number;
  ar: number;
  /** Arabic-script letters seen. */
  letters: number;
}

const WORD_RE = /[\u0600-\u06FF\u200C]+/g;

export function scoreScript(text: string): ScriptScore {
  let fa = 0;
  let ar = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0600 || c > 0x06ff) continue;
    letters++;
    switch (c) {
      case 0x067e: case 0x0686: case 0x0698: case 0x06af: // پ چ ژ گ
        fa += 3; break;
      case 0x06cc: case 0x06a9: // ی ک
        fa += 1; break;
      case 0x0629: // ة
        ar += 3; break;
      case 0x0649: // ى
        ar += 2; break;
      case 0x064a: case 0x0643: // ي ك
        ar += 0.5; break;
      case 0x0623: case 0x0625: // أ إ: rare in Persian
        ar += 0.5; break;
      default:
        break;
    }
  }
  const words = text.match(WORD_RE);
  if (words) {
    for (const w of words) {
      if (FA_FUNCTION_WORDS.has(w)) fa += 2;
      else if (AR_FUNCTION_WORDS.has(w)) ar += 2;
      else if (w.length > 3 && (w.startsWith('ال') || w.startsWith('وال') || w.startsWith('بال'))) ar += 0.7;
    }
  }
  return { fa, ar, letters };
}

/** Persian, Arabic, or `und` when there is no Arabic-script evidence either way. */
export function scriptLang(text: string): ScriptLang {
  return scriptLangOfScore(scoreScript(text));
}

/** scriptLang from a score, e.g. the sum of a document's line scores. */
export function scriptLangOfScore(s: ScriptScore): ScriptLang {
  if (s.letters === 0 || (s.fa === 0 && s.ar === 0)) return 'und';
  return s.fa >= s.ar ? 'fa' : 'ar';
}
