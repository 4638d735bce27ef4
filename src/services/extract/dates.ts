/** Normalises the many ways pages write a publication date into ISO 8601. */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
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

const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/;

/** Finds a calendar date written in prose ("May 17, 2023", "17 May 2023", "2023/05/17"). */
export function dateInText(text: string): string | null {
  let match = MONTH_FIRST.exec(text);
  if (match)
    return validDate(Number(match[3]), MONTHS[(match[1] as string).toLowerCase()] ?? 0, Number(match[2]));
  match = DAY_FIRST.exec(text);
  if (match)
    return validDate(Number(match[3]), MONTHS[(match[2] as string).toLowerCase()] ?? 0, Number(match[1]));
  match = NUMERIC.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

const MONTH_FIRST_TIME = new RegExp(
  `\\b${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\b`,
  'i',
);

/** A date with a 12-hour clock time ("Dec 19, 2023 3:57 AM"), as a page prints a timestamp. */
export function dateTimeInText(text: string): { date: string; hours: number; minutes: number } | null {
  const match = MONTH_FIRST_TIME.exec(text);
  if (!match) return null;
  const date = validDate(Number(match[3]), MONTHS[(match[1] as string).toLowerCase()] ?? 0, Number(match[2]));
  const hours = (Number(match[4]) % 12) + (/p/i.test(match[6] ?? '') ? 12 : 0);
  return date ? { date, hours, minutes: Number(match[5]) } : null;
}

/** A date in a URL path (/2023/05/17/ or /2023-05-17/). */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|\.html?|$)/.exec(url);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
