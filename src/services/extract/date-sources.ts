/**
 * The standard places a page states its publication date, one small function each, in the order
 * page-dates.ts trusts them: JSON-LD, publication meta tags, a <time> or datePublished microdata in
 * the article's header, the URL path, a dateline printed by the headline. Each returns an ISO date
 * or null; none reads lists of other stories, comments or footers (the `elsewhere` flags), and
 * none takes an "Updated" stamp.
 */
import { dateInText, dateInUrl, normaliseDate } from './dates.ts';
import type { Element } from './dom.ts';
import { classAndId, textPrefix } from './dom.ts';
import { textPrefixes } from './shared-text.ts';
import type { JsonLdArticle } from './jsonld.ts';
import type { MetaMap } from './meta-tags.ts';

export interface DatePage {
  /** Every element of the page in document order. */
  elements: readonly Element[];
  /** 1 for elements inside lists of other stories, comments, footers (elsewhere.ts). */
  elsewhere: Uint8Array;
  /** Index of the story's <h1>, -1 when none. */
  h1: number;
  meta: MetaMap;
  jsonLd: JsonLdArticle | null;
  url: string | null;
}

/** Publication meta tags, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
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
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dcterms.modified', 'last-modified'];

// An edit stamp, not the publication, in the languages NewsBrief reads.
export const UPDATED =
  /updat|modif|edited|revised|mis à jour|mise à jour|aktualisiert|actualiza|atualiza|aggiornat|bijgewerkt/i;
// From an "Updated" word to the next "Published" label or the end: the part of a text that is an edit stamp.
const UPDATE_SEGMENT =
  /\b(?:last\s+)?(?:updated|modified|edited|revised|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt)\b[\s\S]*?(?=\b(?:published|posted|first published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd)\b|$)|\bmise? à jour\b[\s\S]*?(?=\bpublié|$)/giu;

/** The text with its edit stamps removed: "Published May 1, 2023 · Updated May 3" → "Published May 1, 2023 · ". */
export function withoutUpdates(text: string): string {
  return text.replace(UPDATE_SEGMENT, ' ');
}

/** An "Updated …" element: by class/id, or by its first words. */
export function isUpdateStamp(element: Element, text: string = textPrefix(element, 20)): boolean {
  return UPDATED.test(classAndId(element)) || UPDATED.test(text.slice(0, 20));
}

/** 1. JSON-LD `datePublished` of the article node (dateCreated/uploadDate when it has none). */
export function jsonLdDate(page: DatePage): string | null {
  return normaliseDate(page.jsonLd?.datePublished);
}

/** The first of the named meta tags, in the order named, that holds a date. */
function firstMetaDate(meta: MetaMap, names: readonly string[]): string | null {
  for (const name of names) {
    for (const value of meta.get(name) ?? []) {
      const date = normaliseDate(value);
      if (date) return date;
    }
  }
  return null;
}

/** 2. The first publication meta tag that holds a date. */
export function metaDate(page: DatePage): string | null {
  return firstMetaDate(page.meta, PUBLISHED_META);
}

const HEADER_WINDOW_AFTER = 60;
const HEADER_WINDOW_BEFORE = 15;
/**
 * A page without a headline has the top of the page for its header, capped: without the cap a
 * page of tens of thousands of short elements had every date and byline reader walk all of them
 * (issue 18). On the bench pages the story's <h1> comes after at most 2,483 elements outside
 * other stories (median 170), so the story's header lies well within this many.
 */
export const MAX_HEADLESS_HEADER = 3000;

/**
 * Indices of the article's header: the elements just before the headline inside its own container
 * and those after it up to HEADER_WINDOW_AFTER; the top of the page (outside other stories, at
 * most MAX_HEADLESS_HEADER elements) when the page has no headline.
 */
export function headerIndices(page: Pick<DatePage, 'elements' | 'elsewhere' | 'h1'>): number[] {
  // Asked by several date and byline sources of the same page: worked out once per page.
  return cachedPer(headerCache, page, findHeaderIndices);
}

type HeaderPage = Pick<DatePage, 'elements' | 'elsewhere' | 'h1'>;
const headerCache = new WeakMap<readonly Element[], number[]>();
const beforeBodyCache = new WeakMap<readonly Element[], number[]>();

function cachedPer(
  cache: WeakMap<readonly Element[], number[]>,
  page: HeaderPage,
  find: (page: HeaderPage) => number[],
): number[] {
  const known = cache.get(page.elements);
  if (known) return known;
  const out = find(page);
  cache.set(page.elements, out);
  return out;
}

function findHeaderIndices(page: HeaderPage): number[] {
  const { elements, elsewhere, h1 } = page;
  const out: number[] = [];
  if (h1 < 0) {
    for (let i = 0; i < elements.length && out.length < MAX_HEADLESS_HEADER; i++)
      if (!elsewhere[i]) out.push(i);
    return out;
  }
  const container = elements[h1]?.parent;
  if (container && 'name' in container && container.name !== 'body') {
    for (let i = Math.max(0, h1 - HEADER_WINDOW_BEFORE); i < h1; i++) {
      if (!elsewhere[i] && isInside(elements[i] as Element, container as Element)) out.push(i);
    }
  }
  for (let i = h1 + 1; i < Math.min(elements.length, h1 + HEADER_WINDOW_AFTER); i++)
    if (!elsewhere[i]) out.push(i);
  return out;
}

const BODY_PARAGRAPH = 150;

/**
 * headerIndices up to where the story's text begins (its first long paragraph): where a byline
 * or dateline printed without markup can be told from a date or a "by" in the story itself.
 * Read by the byline and the dateline sources of the same page: worked out once per page.
 */
export function headerBeforeBody(page: HeaderPage): number[] {
  return cachedPer(beforeBodyCache, page, findHeaderBeforeBody);
}

/** The longest text of a header element that the byline and dateline readers look at. */
export const HEADER_TEXT = 160;
const headerTextCache = new WeakMap<readonly Element[], string[]>();

/**
 * textPrefix(element, HEADER_TEXT) of each element of headerBeforeBody, in its order: read once
 * per page, nested elements sharing their walks (shared-text.ts).
 */
export function headerTexts(page: HeaderPage): string[] {
  const known = headerTextCache.get(page.elements);
  if (known) return known;
  const header = headerBeforeBody(page).map((i) => page.elements[i] as Element);
  const texts = textPrefixes(header, HEADER_TEXT);
  headerTextCache.set(page.elements, texts);
  return texts;
}

function findHeaderBeforeBody(page: HeaderPage): number[] {
  const out: number[] = [];
  for (const i of headerIndices(page)) {
    const element = page.elements[i] as Element;
    if (
      i > page.h1 &&
      element.name === 'p' &&
      !isCaption(element) &&
      textPrefix(element, BODY_PARAGRAPH).length >= BODY_PARAGRAPH
    )
      break;
    out.push(i);
  }
  return out;
}

/** A paragraph inside a figure or a caption box: a picture's caption, not the story's text. */
function isCaption(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && node.type === 'tag' && depth < 4; depth++) {
    if (node.name === 'figure' || node.name === 'figcaption' || /caption/.test(classAndId(node))) return true;
    node = node.parent as Element | null;
  }
  return false;
}

function isInside(element: Element, container: Element): boolean {
  for (let node = element.parent; node; node = node.parent) if (node === container) return true;
  return false;
}

/** Two dates run together in one attribute ("2023-02-282023-03-01T…"): not to be trusted. */
const RUN_TOGETHER = /\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}/;

export function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * The date of one <time> (or datePublished microdata) element. When its machine-readable value is
 * malformed or contradicts the element's own text by more than a day, the text decides, and the
 * URL's date when the text has none.
 */
export function timeElementDate(element: Element, url: string | null): string | null {
  const raw = element.attribs['datetime'] ?? element.attribs['content'] ?? '';
  const text = textPrefix(element, 120).slice(0, 120);
  const shown = dateInText(withoutUpdates(text));
  const machine = RUN_TOGETHER.test(raw) ? null : normaliseDate(raw);
  if (machine && (!shown || dayDistance(machine, shown) <= 1)) return machine;
  return shown ?? (raw ? dateInUrl(url) : null);
}

/**
 * 3. A <time> in the article's header that is not an edit stamp (one marked as the publication
 * date first), else datePublished microdata outside other stories.
 */
export function headerTimeDate(page: DatePage): string | null {
  const { elements, elsewhere } = page;
  const times = headerIndices(page)
    .map((i) => elements[i] as Element)
    .filter((e) => e.name === 'time' && !isUpdateStamp(e));
  const marked = times.find(
    (e) => e.attribs['itemprop'] === 'datePublished' || e.attribs['pubdate'] !== undefined,
  );
  for (const time of marked ? [marked, ...times] : times) {
    const date = timeElementDate(time, page.url);
    if (date) return date;
  }
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (elsewhere[i] || element.attribs['itemprop'] !== 'datePublished') continue;
    const date = timeElementDate(element, page.url);
    if (date) return date;
  }
  return null;
}

/** 4. A date in the URL path (/2023/05/17/ or /2023-05-17/). */
export function urlDate(page: DatePage): string | null {
  return dateInUrl(page.url);
}

const DATELINE_CLASS =
  /publish|posted|dateline|timestamp|byline|(^|[\s_-])(date|time|meta)([\s_-]|$)|article-?date|post-?date|story-?date/;

/**
 * 5. A date printed in the article's header: in an element named as a date or byline first, else
 * whatever its markup (an unlabelled line under the headline, "By Jane Doe | February 28, 2023",
 * hashed CSS class names). The first short element whose text, edit stamps removed, holds a date;
 * the headline itself does not count.
 */
export function datelineDate(page: DatePage): string | null {
  const candidates: [index: number, text: string][] = [];
  const header = headerBeforeBody(page);
  const texts = headerTexts(page);
  for (let k = 0; k < header.length; k++) {
    const i = header[k] as number;
    const element = page.elements[i] as Element;
    if (i === page.h1 || element.name === 'h1' || element.name === 'script') continue;
    const text = texts[k] as string;
    if (text.length <= HEADER_TEXT && /\d/.test(text)) candidates.push([i, text]);
  }
  const named = candidates.filter(([i]) => DATELINE_CLASS.test(classAndId(page.elements[i] as Element)));
  for (const [, text] of [...named, ...candidates]) {
    const date = dateInText(withoutUpdates(text));
    if (date) return date;
  }
  return null;
}

/** Last resort, only when the page states no publication date: its modification date. */
export function modifiedDate(page: DatePage): string | null {
  return firstMetaDate(page.meta, MODIFIED_META);
}
