/**
 * Date lines: recognizing them and reading them. Jalali dates convert with jalaali-js,
 * Hijri (Umm al-Qura) dates through Intl's islamic-umalqura calendar, Gregorian as is.
 */
import { toGregorian } from 'jalaali-js';
import { DATE_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS, WEEKDAYS } from './data/dates.js';
import { fold } from './fold.js';

export type Calendar = 'jalali' | 'hijri' | 'gregorian';

export interface ParsedDate {
  calendar: Calendar;
  /** Gregorian ISO 8601: `2018-04-04` or `2018-04-04T11:22`. */
  iso: string;
}

interface MonthName { calendar: Calendar; month: number; words: string[] }

const MONTHS: MonthName[] = [
  ...JALALI_MONTHS.map((m, i) => ({ calendar: 'jalali' as const, month: i + 1, words: fold(m).split(' ') })),
  ...HIJRI_MONTHS.flatMap((names, i) => names.map((m) => ({ calendar: 'hijri' as const, month: i + 1, words: fold(m).split(' ') }))),
  ...GREGORIAN_MONTHS.flatMap((names, i) => names.map((m) => ({ calendar: 'gregorian' as const, month: i + 1, words: fold(m).split(' ') }))),
].sort((a, b) => b.words.length - a.words.length);

const CALENDAR_WORDS = new Set(
  [...JALALI_MONTHS, ...HIJRI_MONTHS.flat(), ...GREGORIAN_MONTHS.flat(), ...WEEKDAYS, ...DATE_WORDS]
    .flatMap((w) => fold(w).split(' ')),
);
const MONTH_WORDS = new Set(MONTHS.flatMap((m) => m.words));

/**
 * A date line holds only dates, times, weekdays and their labels: every word is a digit group,
 * a separator or a calendar word, and there is at least one number.
 */
export function isDateLine(line: string, f: string = fold(line)): boolean {
  if (f.length > 120 || !/\d/.test(f)) return false;
  const words = f.replace(/[-–—|/\\:,،.()[\]+]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  let calendarish = 0;
  for (const w of words) {
    if (/^\d+$/.test(w)) continue;
    if (CALENDAR_WORDS.has(w) || CALENDAR_WORDS.has(w.replace(/^و/, ''))) { calendarish++; continue; }
    return false;
  }
  // Bare numbers (`10:10`, `2015`) count only when they look like a time or a date.
  return calendarish > 0 || /\d{1,2}:\d{2}|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/.test(f);
}

/** Reads the first date (and time) in a line; undefined when there is none it can convert. */
export function parseDate(line: string): ParsedDate | undefined {
  const f = fold(line);
  const time = f.match(/(?<![\d])(\d{1,2})\s?:\s?(\d{2})(?![\d])/);
  const hhmm = time ? toTime(Number(time[1]), Number(time[2])) : undefined;
  const named = findNamedDate(f);
  if (named) return withTime(named, hhmm);
  const numeric = findNumericDate(f);
  if (numeric) return withTime(numeric, hhmm);
  return undefined;
}

function toTime(h: number, m: number): string | undefined {
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

function withTime(d: ParsedDate, hhmm: string | undefined): ParsedDate {
  return hhmm ? { ...d, iso: `${d.iso}T${hhmm}` } : d;
}

function findNamedDate(f: string): ParsedDate | undefined {
  const words = f.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (!MONTH_WORDS.has(words[i])) continue;
    for (const m of MONTHS) {
      if (!m.words.every((w, k) => words[i + k] === w)) continue;
      const after = (k: number): number => Number((words[i + m.words.length + k] ?? '').replace(/\D/g, ''));
      // Day before the month (`15 فروردین 1397`), or after it in English order (`November 9, 2020`).
      const before = Number((words[i - 1] ?? '').replace(/\D/g, ''));
      const [day, year] = before ? [before, after(0)] : [after(0), after(1)];
      if (!day || !year || day > 31) continue;
      // Gregorian month names never carry a Jalali/Hijri year, and vice versa.
      const iso = convert(m.calendar, year, m.month, day);
      if (iso) return { calendar: m.calendar, iso };
    }
  }
  return undefined;
}

function findNumericDate(f: string): ParsedDate | undefined {
  const ymd = f.match(/(?<!\d)(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/);
  const dmy = f.match(/(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/);
  const parts = ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : dmy ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const hijriMark = /(^|\s)(هـ|ه ق|ق)(\s|$)/.test(f);
  const calendar: Calendar = y >= 1700 ? 'gregorian' : hijriMark ? 'hijri' : 'jalali';
  const iso = convert(calendar, y, m, d);
  return iso ? { calendar, iso } : undefined;
}

function convert(calendar: Calendar, y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  if (calendar === 'gregorian') return y >= 1700 && y <= 2200 ? isoDate(y, m, d) : undefined;
  if (calendar === 'jalali') {
    if (y < 1200 || y > 1600) return undefined;
    const g = toGregorian(y, m, d);
    return isoDate(g.gy, g.gm, g.gd);
  }
  return hijriToIso(y, m, d);
}

// Built on first use: creating an Umm al-Qura formatter costs ~20 ms, paid by every process otherwise.
let hijriFormat: Intl.DateTimeFormat | undefined;

/** Hijri (Umm al-Qura) → Gregorian: estimate, then step until Intl's Hijri rendering matches. */
function hijriToIso(y: number, m: number, d: number): string | undefined {
  if (y < 1200 || y > 1600) return undefined;
  const epoch = Date.UTC(622, 6, 19);
  const approx = epoch + Math.round((y - 1) * 354.36708 + (m - 1) * 29.530589 + (d - 1)) * 86400000;
  for (let delta = -4; delta <= 4; delta++) {
    const t = approx + delta * 86400000;
    hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
    });
    const parts = Object.fromEntries(hijriFormat.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d) {
      const g = new Date(t);
      return isoDate(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate());
    }
  }
  return undefined;
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
