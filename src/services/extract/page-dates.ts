/** The publication date of a page: structured data first, then <time>, the URL and visible datelines. */
import { dateInText, dateInUrl, dateTimeInText, normaliseDate } from './dates.ts';
import type { Element } from './dom.ts';
import { classAndId, textOf, textPrefix } from './dom.ts';
import type { JsonLdArticle } from './jsonld.ts';
import type { MetaMap } from './meta-tags.ts';
import { first } from './meta-tags.ts';

const DATE_CLASS =
  /publish|posted|dateline|timestamp|(^|[\s_-])date([\s_-]|$)|article-?date|post-?date|story-?date/;

/** DATE_CLASS.test(names), without running the pattern for the many elements without a class or id. */
function isDateClass(names: string): boolean {
  return names !== '' && DATE_CLASS.test(names);
}

// "Updated …" stamps and classes: a later edit, not the publication.
const UPDATED = /updat|modif|edited|revised/i;

/** `text`, when given, is the element's text or a prefix of it of at least 12 characters (textPrefix). */
function isUpdateStamp(element: Element, text?: string): boolean {
  return UPDATED.test(classAndId(element)) || UPDATED.test((text ?? textPrefix(element, 12)).slice(0, 12));
}

/** Elsewhere flags by element index (see metadata.ts): 1 inside lists of other stories. */
type Elsewhere = Uint8Array;

/** The first of elements[from…] outside lists of other stories that passes `test`. */
function findOwn(
  elements: readonly Element[],
  elsewhere: Elsewhere,
  from: number,
  test: (e: Element) => unknown,
): Element | undefined {
  for (let i = from; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (!elsewhere[i] && test(element)) return element;
  }
  return undefined;
}

/**
 * Calendar dates written on the page itself, most trusted first: the URL path, then the first
 * publication <time> and dateline after the headline (page headers show today's date instead).
 * `h1` is the index of the story's headline (-1 when none).
 */
function visibleDates(
  elements: readonly Element[],
  elsewhere: Elsewhere,
  h1: number,
  url: string | null,
): string[] {
  const dates: string[] = [];
  const fromUrl = dateInUrl(url);
  if (fromUrl) dates.push(fromUrl);
  const from = Math.max(0, h1);
  const time = findOwn(elements, elsewhere, from, (e) => e.name === 'time' && !isUpdateStamp(e));
  const fromTime = time ? dateInText(textOf(time)) : null;
  if (fromTime) dates.push(fromTime);
  const dateline = findOwn(
    elements,
    elsewhere,
    from,
    (e) => isDateClass(classAndId(e)) && !isUpdateStamp(e) && dateInText(textPrefix(e, 120).slice(0, 120)),
  );
  const fromDateline = dateline ? dateInText(textPrefix(dateline, 120).slice(0, 120)) : null;
  if (fromDateline) dates.push(fromDateline);
  return dates;
}

const PUBLISH_LABEL = /publish|dateline|(article|story|post|entry)[_-]?date/;
const SHOWN_WINDOW = 60;
const HEADER_WINDOW = 15;

/**
 * Elements of the headline's own header block printed just before it (a rubric and date line
 * above the title): inside the headline's container, so a site masthead's date never counts.
 */
function aboveHeadline(elements: readonly Element[], h1: number): number[] {
  const container = elements[h1]?.parent;
  if (!container || !('name' in container) || container.name === 'body') return [];
  const inside = (element: Element): boolean => {
    for (let node = element.parent; node; node = node.parent) if (node === container) return true;
    return false;
  };
  const out: number[] = [];
  for (let i = Math.max(0, h1 - HEADER_WINDOW); i < h1; i++) if (inside(elements[i] as Element)) out.push(i);
  return out;
}

/** A date printed next to the headline and labelled as the publication date (not an update). */
function shownPublishDate(elements: readonly Element[], elsewhere: Elsewhere, h1: number): string | null {
  if (h1 < 0) return null;
  const near: number[] = [];
  for (let i = h1 + 1; i < Math.min(elements.length, h1 + SHOWN_WINDOW); i++) near.push(i);
  near.push(...aboveHeadline(elements, h1));
  for (const i of near) {
    if (elsewhere[i]) continue;
    const element = elements[i] as Element;
    const names = classAndId(element);
    if (UPDATED.test(names)) continue;
    // Without a publish class only a "Published …" text qualifies: its first words decide, so
    // most elements never have their whole text read.
    if (!PUBLISH_LABEL.test(names) && !/^published\b/i.test(textPrefix(element, 12))) continue;
    const text = textPrefix(element, 120);
    if (text.length > 120 || isUpdateStamp(element, text)) continue;
    const date = dateInText(text);
    if (date) return date;
  }
  return null;
}

/**
 * The structured timestamp is local ("2023-12-18T22:57-05:00"), but the page prints that same instant
 * in UTC next to the headline ("Dec 19, 2023 3:57 AM"): the printed day is the one readers see.
 */
function printedInUtc(elements: readonly Element[], h1: number, date: string): string | null {
  const instant = new Date(date);
  if (h1 < 0 || Number.isNaN(instant.getTime())) return null;
  const utcDay = instant.toISOString().slice(0, 10);
  for (let i = h1 + 1; i < Math.min(elements.length, h1 + SHOWN_WINDOW); i++) {
    const printed = dateTimeInText(textPrefix(elements[i] as Element, 80).slice(0, 80));
    if (
      printed?.date === utcDay &&
      printed.hours === instant.getUTCHours() &&
      printed.minutes === instant.getUTCMinutes()
    )
      return utcDay;
  }
  return null;
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * A UTC timestamp does not say which calendar day the newsroom published on: when the page
 * itself shows a date one day away, that local date is the one readers see. Likewise a local
 * timestamp whose instant the page prints in UTC, on the next or previous day (printedInUtc).
 */
export function findDate(
  elements: readonly Element[],
  elsewhere: Elsewhere,
  h1: number,
  meta: MetaMap,
  jsonLd: JsonLdArticle | null,
  url: string | null,
): string | null {
  const date = findTimestamp(elements, elsewhere, meta, jsonLd, url);
  const shown = shownPublishDate(elements, elsewhere, h1);
  // Structured data days away from the publish date printed under the headline is stale (a
  // republished or re-dated story): readers see, and the newsroom states, the printed one.
  if (date && shown && dayDistance(shown, date) > 1) return shown;
  if (date && /T\d\d:\d\d/.test(date) && !/(Z|[+-]00:00)$/.test(date))
    return printedInUtc(elements, h1, date) ?? date;
  if (!date || !/T.*(Z|[+-]00:00)$/.test(date)) return date;
  // Offsets run from -12 to +14 hours: only early UTC hours can be the day before, late ones the day after.
  const hour = Number(date.slice(11, 13));
  // Only the most trusted date the page shows decides: a later one may be another story's.
  const [local] = visibleDates(elements, elsewhere, h1, url);
  if (!local || dayDistance(local, date) !== 1) return date;
  return (local < date.slice(0, 10) ? hour < 12 : hour >= 10) ? local : date;
}

function findTimestamp(
  elements: readonly Element[],
  elsewhere: Elsewhere,
  meta: MetaMap,
  jsonLd: JsonLdArticle | null,
  url: string | null,
): string | null {
  const fromMeta = [
    jsonLd?.datePublished,
    first(
      meta,
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'article.published',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dcterms.issued',
      'dc.date',
      'dcterms.created',
      'dcterms.date',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'article_date_original',
      'cxenseparse:recs:publishtime',
      'og:published_time',
    ),
  ];
  for (const raw of fromMeta) {
    const date = normaliseDate(raw);
    if (date) return date;
  }
  // <time> elements: the article's own (itemprop/pubdate) first, then the first one outside story lists.
  const times = elements.filter((e, i) => e.name === 'time' && !elsewhere[i]);
  const own =
    times.find((e) => e.attribs['itemprop'] === 'datePublished' || e.attribs['pubdate'] !== undefined) ??
    times[0];
  const fromTime = own ? (normaliseDate(own.attribs['datetime']) ?? dateInText(textOf(own))) : null;
  if (fromTime) return fromTime;
  // Microdata: the article's own, else the page's only one (it cannot belong to a story list).
  const microdata: number[] = [];
  elements.forEach((e, i) => e.attribs['itemprop'] === 'datePublished' && microdata.push(i));
  const pick = microdata.find((i) => !elsewhere[i]) ?? (microdata.length === 1 ? microdata[0] : undefined);
  const fromItemprop = pick === undefined ? undefined : elements[pick];
  if (fromItemprop) {
    const date =
      normaliseDate(fromItemprop.attribs['content'] ?? fromItemprop.attribs['datetime']) ??
      dateInText(textOf(fromItemprop));
    if (date) return date;
  }
  const fromUrl = dateInUrl(url);
  if (fromUrl) return fromUrl;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (elsewhere[i] || !isDateClass(classAndId(element))) continue;
    const text = textPrefix(element, 120);
    const date = text.length < 120 ? dateInText(text) : null;
    if (date) return date;
  }
  return normaliseDate(first(meta, 'og:updated_time', 'article:modified_time', 'last-modified'));
}
