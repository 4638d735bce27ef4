/**
 * The publication date of a page: the first of the ranked standard sources (date-sources.ts) that
 * gives a possible date, then reconciled with what the page prints by its headline.
 */
import type { DateSource } from '../types.ts';
import type { DatePage } from './date-sources.ts';
import {
  datelineDate,
  dayDistance,
  headerIndices,
  headerTimeDate,
  isUpdateStamp,
  jsonLdDate,
  metaDate,
  modifiedDate,
  urlDate,
  withoutUpdates,
} from './date-sources.ts';
import { dateInText, dateInUrl, dateTimeInText } from './dates.ts';
import type { Element } from './dom.ts';
import { classAndId, textOf, textPrefix } from './dom.ts';

export type { DatePage } from './date-sources.ts';

export interface FoundDate {
  date: string;
  source: DateSource;
}

/** The standard sources, most trusted first; the modification date only when none states publication. */
const SOURCES: readonly [DateSource, (page: DatePage) => string | null][] = [
  ['json-ld', jsonLdDate],
  ['meta', metaDate],
  ['time', headerTimeDate],
  ['url', urlDate],
  ['dateline', datelineDate],
  ['modified', modifiedDate],
];

// A page's clock may run a day ahead of ours (time zones); later than that is not a publication.
const FUTURE_SLACK_MS = 36 * 3_600_000;

function isPossible(date: string, now: number): boolean {
  const time = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return !Number.isNaN(time) && time <= now + FUTURE_SLACK_MS;
}

/** The first source, in order of trust, that gives a real date not in the future. */
export function rankedDate(page: DatePage, now: number): FoundDate | null {
  for (const [source, read] of SOURCES) {
    const date = read(page);
    if (date && isPossible(date, now)) return { date, source };
  }
  return null;
}

const DATE_CLASS =
  /publish|posted|dateline|timestamp|(^|[\s_-])date([\s_-]|$)|article-?date|post-?date|story-?date/;
const PUBLISH_LABEL = /publish|dateline|(article|story|post|entry)[_-]?date/;

/**
 * Calendar dates written on the page itself, most trusted first: the URL path, then the first
 * publication <time> and dateline in the article's header (page headers show today's date instead).
 */
function visibleDates(page: DatePage): string[] {
  const dates: string[] = [];
  const fromUrl = dateInUrl(page.url);
  if (fromUrl) dates.push(fromUrl);
  const header = headerIndices(page).map((i) => page.elements[i] as Element);
  const time = header.find((e) => e.name === 'time' && !isUpdateStamp(e));
  const fromTime = time ? dateInText(textOf(time)) : null;
  if (fromTime) dates.push(fromTime);
  for (const e of header) {
    const names = classAndId(e);
    if (names === '' || !DATE_CLASS.test(names) || isUpdateStamp(e)) continue;
    const date = dateInText(textPrefix(e, 120).slice(0, 120));
    if (date) {
      dates.push(date);
      break;
    }
  }
  return dates;
}

/** A date printed in the article's header and labelled as the publication date (not an update). */
function shownPublishDate(page: DatePage): string | null {
  if (page.h1 < 0) return null;
  for (const i of headerIndices(page)) {
    const element = page.elements[i] as Element;
    const names = classAndId(element);
    // Without a publish class only a "Published …" text qualifies: its first words decide, so
    // most elements never have their whole text read.
    if (!PUBLISH_LABEL.test(names) && !/^published\b/i.test(textPrefix(element, 12))) continue;
    const text = textPrefix(element, 120);
    if (text.length > 120 || isUpdateStamp(element, text)) continue;
    const date = dateInText(withoutUpdates(text));
    if (date) return date;
  }
  return null;
}

/**
 * The structured timestamp is local ("2023-12-18T22:57-05:00"), but the page prints that same instant
 * in UTC next to the headline ("Dec 19, 2023 3:57 AM"): the printed day is the one readers see.
 */
function printedInUtc(page: DatePage, date: string): string | null {
  const instant = new Date(date);
  if (page.h1 < 0 || Number.isNaN(instant.getTime())) return null;
  const utcDay = instant.toISOString().slice(0, 10);
  for (const i of headerIndices(page)) {
    if (i <= page.h1) continue;
    const printed = dateTimeInText(textPrefix(page.elements[i] as Element, 80).slice(0, 80));
    if (
      printed?.date === utcDay &&
      printed.hours === instant.getUTCHours() &&
      printed.minutes === instant.getUTCMinutes()
    )
      return utcDay;
  }
  return null;
}

/**
 * The ranked date, reconciled with the page: a publication date printed by the headline days away
 * from structured data wins (a republished or re-dated story: readers see, and the newsroom states,
 * the printed one). A UTC timestamp does not say which calendar day the newsroom published on:
 * when the page shows a date one day away, that local date is the one readers see; likewise a
 * local timestamp whose instant the page prints in UTC (printedInUtc).
 */
export function findDate(page: DatePage, now: number = Date.now()): FoundDate | null {
  const found = rankedDate(page, now);
  if (!found) return null;
  const { date, source } = found;
  const shown = shownPublishDate(page);
  if (shown && dayDistance(shown, date) > 1 && isPossible(shown, now))
    return { date: shown, source: 'dateline' };
  if (/T\d\d:\d\d/.test(date) && !/(Z|[+-]00:00)$/.test(date)) {
    const utc = printedInUtc(page, date);
    return utc ? { date: utc, source } : found;
  }
  if (!/T.*(Z|[+-]00:00)$/.test(date)) return found;
  // Offsets run from -12 to +14 hours: only early UTC hours can be the day before, late ones the day after.
  const hour = Number(date.slice(11, 13));
  // Only the most trusted date the page shows decides: a later one may be another story's.
  const [local] = visibleDates(page);
  if (!local || dayDistance(local, date) !== 1) return found;
  return (local < date.slice(0, 10) ? hour < 12 : hour >= 10) ? { date: local, source } : found;
}
