/** Normalises the many ways pages write a publication date into ISO 8601. */
import { MONTH_NAMES } from './month-names.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days in each month of a year (February by the Gregorian leap rule). */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** YYYY-MM-DD for a real calendar date (no 31 February), else null. */
export function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 for a date string, or null when it is not a recognisable date. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  // ISO-like: keep the page's own offset, so the calendar date stays the one the page meant.
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
      value,
    );
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    if (iso[4] === undefined) return date;
    let zone = iso[7] ?? '';
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone.toUpperCase()}`;
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = value.length === 10 ? Number(value) * 1000 : Number(value);
    const date = new Date(ms);
    return validDate(date.getUTCFullYear(), 1, 1) ? date.toISOString() : null;
  }
  return dateInText(value);
}

const ENGLISH_MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
// Every month name of every language, longest first so that "juillet" is not read as "juil".
const ANY_MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
// Letters on either side end a month name ("mayo" is not "may" + "o"; "Remarch" is no month).
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const MONTH_FIRST = new RegExp(
  `${NOT_LETTER_BEFORE}${ENGLISH_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'iu',
);
// "17 May 2023", "17. Mai 2023", "1er mai 2023", "17 de mayo de 2023", "17 мая 2023 г."
const DAY_FIRST = new RegExp(
  `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${NOT_LETTER_BEFORE}${ANY_MONTH}${NOT_LETTER_AFTER},?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`,
  'iu',
);
const NUMERIC = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/;
// 17.05.2023, as German, Dutch and Russian pages print it (day first with dots only).
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
// 2023年5月17日 (Chinese, Japanese), 2023년 5월 17일 (Korean).
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

function monthNumber(word: string | undefined): number {
  return MONTH_NAMES[(word ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
}

/**
 * Finds a calendar date written in prose, the earliest in the text: "May 17, 2023", "17 May 2023"
 * and the same in the other languages NewsBrief reads, "2023/05/17", "17.05.2023", "2023年5月17日".
 */
export function dateInText(text: string): string | null {
  let best: { at: number; date: string } | null = null;
  const consider = (match: RegExpExecArray | null, date: (m: RegExpExecArray) => string | null) => {
    if (!match || (best && best.at <= match.index)) return;
    const value = date(match);
    if (value) best = { at: match.index, date: value };
  };
  consider(MONTH_FIRST.exec(text), (m) => validDate(Number(m[3]), monthNumber(m[1]), Number(m[2])));
  consider(DAY_FIRST.exec(text), (m) => validDate(Number(m[3]), monthNumber(m[2]), Number(m[1])));
  consider(NUMERIC.exec(text), (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  consider(DOTTED.exec(text), (m) => validDate(Number(m[3]), Number(m[2]), Number(m[1])));
  consider(CJK.exec(text), (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  return (best as { date: string } | null)?.date ?? null;
}

const MONTH_FIRST_TIME = new RegExp(
  `\\b${ENGLISH_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\b`,
  'i',
);

/** A date with a 12-hour clock time ("Dec 19, 2023 3:57 AM"), as a page prints a timestamp. */
export function dateTimeInText(text: string): { date: string; hours: number; minutes: number } | null {
  const match = MONTH_FIRST_TIME.exec(text);
  if (!match) return null;
  const date = validDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  const hours = (Number(match[4]) % 12) + (/p/i.test(match[6] ?? '') ? 12 : 0);
  return date ? { date, hours, minutes: Number(match[5]) } : null;
}

/** A date in a URL path: /2023/05/17/, /2023-05-17/ or /2023/dec/17/. */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const numeric = /\/((?:19|20)\d{2})[/-]?(\d{1,2})[/-](\d{1,2})(?=[/-]|\.html?|$)/.exec(url);
  if (numeric) return validDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?=\/)/i.exec(url);
  return named ? validDate(Number(named[1]), monthNumber(named[2]), Number(named[3])) : null;
}
