/**
 * Page metadata: headline, byline, date, site, language, image and canonical URL, from JSON-LD,
 * OpenGraph/Twitter/Dublin Core meta tags, microdata and visible page furniture.
 */
import { namesPerson, normaliseByline, orgKey } from './byline.ts';
import type { Element } from './dom.ts';
import { absoluteUrl, collapse, textOf, textPrefix } from './dom.ts';
import { elsewhereFlags, isWithin } from './elsewhere.ts';
import { chooseHeadline } from './headline.ts';
import type { JsonLdArticle } from './jsonld.ts';
import { readJsonLd } from './jsonld.ts';
import type { MetaMap } from './meta-tags.ts';
import { first, readMeta } from './meta-tags.ts';
import { findDate } from './page-dates.ts';
import { detectLanguage } from '../text/language.ts';
import type { DateSource } from '../types.ts';

export interface PageMetadata {
  headline: string;
  byline: string | null;
  publishedAt: string | null;
  publishedAtSource: DateSource | null;
  siteName: string | null;
  lang: string | null;
  imageUrl: string | null;
  canonicalUrl: string | null;
  jsonLd: JsonLdArticle | null;
}

const BYLINE_CLASS = /byline|author|contributor|writer/;
const AUTHOR_HREF =
  /\/(author|authors|writer|writers|contributor|contributors|staff|journalist|reporter|profile|people)\/[^/?#]+/i;

function isAuthorElement(element: Element, names: string): boolean {
  const a = element.attribs;
  if (a['rel'] === 'author' || a['itemprop'] === 'author') return true;
  // Asked of most elements of the page: the patterns (none matches '') only see what is there.
  const href = a['href'];
  if (element.name === 'a' && href !== undefined && AUTHOR_HREF.test(href)) return true;
  const testId = a['data-testid'];
  return (names !== '' && BYLINE_CLASS.test(names)) || (testId !== undefined && /author/i.test(testId));
}

/**
 * Author texts from the first visible byline after the headline (else on the page) and its
 * neighbours (multi-author bylines).
 */
function visibleBylines(page: PageElements, elsewhere: Uint8Array, h1: number): string[] {
  const afterHeadline = h1 >= 0 ? bylineTexts(page, h1, elsewhere) : [];
  return afterHeadline.length > 0 ? afterHeadline : bylineTexts(page, 0, elsewhere);
}

// Contributor roles printed beside a name that make it a credit, not a byline.
const NON_WRITER_ROLE =
  /^(?:photographer|photography|photos?|illustrat(?:or|ion)s?|graphics?|video|videographer|designer|editor)\b/i;

/** "Alan Muir Illustrator": the name's own wrapper labels it with a non-writing role. */
function hasNonWriterRole(element: Element, text: string): boolean {
  const parent = element.parent as Element | null;
  if (!parent || parent.name === 'body') return false;
  // Removing the name and trimming shortens the parent's text by at most its length + 2.
  const limit = text.length + 42;
  const whole = textPrefix(parent, limit);
  if (whole.length > limit) return false;
  const label = whole.replace(text, '').trim();
  return label.length < 40 && NON_WRITER_ROLE.test(label);
}

/** Byline texts among elements[from…]. */
function bylineTexts({ elements, names }: PageElements, from: number, elsewhere: Uint8Array): string[] {
  const found: string[] = [];
  let group: Element | null = null;
  for (let i = from; i < elements.length && found.length < 6; i++) {
    const element = elements[i] as Element;
    if (elsewhere[i] || element.name === 'meta' || element.name === 'link') continue;
    if (!isAuthorElement(element, names[i] as string) || (group && !isWithin(element, group))) continue;
    const text = textPrefix(element, 120);
    if (text.length <= 2 || text.length >= 120 || hasNonWriterRole(element, text)) continue;
    found.push(text);
    group ??= ((element.parent as Element | null)?.parent as Element | null) ?? element;
  }
  return found;
}

function primaryLang(value: string | null | undefined): string | null {
  const tag =
    (value ?? '')
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

/** Language from markup, else detected from the body text (script, then function words). */
function findLang(
  root: Element | null,
  meta: MetaMap,
  jsonLd: JsonLdArticle | null,
  sample: string,
): string | null {
  const declared =
    primaryLang(root?.attribs['lang']) ??
    primaryLang(root?.attribs['xml:lang']) ??
    primaryLang(first(meta, 'og:locale')) ??
    primaryLang(first(meta, 'content-language', 'language', 'dc.language')) ??
    primaryLang(jsonLd?.lang);
  if (declared) return declared;
  return detectLanguage(sample);
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "edition.cnn.com" → "cnn", "bbc.co.uk" → "bbc": the registrable label, the site's brand. */
function hostBrand(host: string): string {
  const labels = host.split('.');
  const secondLevel = /^(co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2] ?? '');
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? host;
}

/**
 * The first source that names a person wins, unless the meta tags name the same people and more
 * (a JSON-LD block listing only the first of several authors); else the first that names anyone.
 */
function chooseByline(
  bylines: readonly (string | null)[],
  site: string | null,
  publisher: string | null,
): string | null {
  const people = bylines.filter((b): b is string => namesPerson(b, site));
  const first = people[0];
  if (!first) return bylines.find((b) => b !== null) ?? null;
  const names = (b: string): string[] => b.toLowerCase().split(', ');
  const org = (publisher ?? '').toLowerCase();
  // A later source naming the same people and more wins: a JSON-LD block or a marked-up name
  // element listing only the first of several authors ("By <b>Jane Doe</b> and John Roe").
  let chosen = first;
  for (const other of people) {
    const chosenNames = names(chosen);
    const otherNames = names(other);
    const extra = otherNames.filter((n) => !chosenNames.includes(n));
    // An extra that runs into a known name ("Jeff PassanESPN") is that name with page furniture.
    const runOn = extra.some((e) => chosenNames.some((n) => e.includes(n) || n.includes(e)));
    if (
      extra.length > 0 &&
      !runOn &&
      chosenNames.every((n) => otherNames.includes(n)) &&
      !extra.includes(org)
    )
      chosen = other;
  }
  return chosen;
}

/** Every element of the page in document order, with its classAndId (see PageLayout.allNames). */
export interface PageElements {
  elements: readonly Element[];
  names: readonly string[];
}

export function readMetadata(
  page: PageElements,
  url: string | null,
  bodySample: string,
  now: number = Date.now(),
): PageMetadata {
  const { elements } = page;
  const meta = readMeta(elements);
  const jsonLd = readJsonLd(elements);
  const elsewhere = elsewhereFlags(elements, page.names);
  // The story's headline: the first <h1> outside lists of other stories.
  const storyH1 = elements.findIndex((e, i) => e.name === 'h1' && !elsewhere[i]);

  const canonicalLink = elements.find(
    (e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs['rel'] ?? ''),
  );
  const canonicalUrl =
    absoluteUrl(canonicalLink?.attribs['href'], url) ?? absoluteUrl(first(meta, 'og:url'), url);
  const base = url ?? canonicalUrl;

  const siteName =
    collapse(first(meta, 'og:site_name', 'application-name') ?? jsonLd?.publisher ?? '') || hostName(base);
  const titleElement = elements.find((e) => e.name === 'title');
  const h1s = elements
    .filter((e, i) => e.name === 'h1' && !elsewhere[i])
    .slice(0, 3)
    .map(textOf)
    .filter(Boolean);
  const headline = chooseHeadline(
    [
      jsonLd?.headline ?? null,
      first(meta, 'og:title'),
      first(meta, 'twitter:title'),
      titleElement ? textOf(titleElement) : null,
    ],
    h1s,
    siteName,
  );

  const copyright = (first(meta, 'copyright') ?? '').toLowerCase();
  const metaAuthors = [
    ...(meta.get('author') ?? []),
    ...(meta.get('article:author') ?? []),
    ...(meta.get('parsely-author') ?? []),
    ...(meta.get('sailthru.author') ?? []),
    ...(meta.get('byl') ?? []),
    ...(meta.get('dc.creator') ?? []),
    ...(meta.get('dcterms.creator') ?? []),
  ]
    // URLs are profile links, and the copyright holder is the publisher, not a writer.
    .filter((value) => !/^https?:|^www\./i.test(value) && !copyright.includes(value.toLowerCase()));
  // Sources in order of trust; the first that names a person wins, else the first that names anyone.
  const site = siteName || null;
  // The publication's own names. A structured Organization author equal to the house is the
  // publisher's default, not a credit; a page that states it as its byline (meta, visible) keeps it.
  const host = hostName(base);
  const house = [siteName ?? '', jsonLd?.publisher ?? '', host ? hostBrand(host) : '']
    .map(orgKey)
    .filter((k) => k.length >= 2);
  const bylines = [
    jsonLd?.authorIsPerson ? normaliseByline(jsonLd.authors, site) : null,
    normaliseByline(metaAuthors, site),
    normaliseByline(visibleBylines(page, elsewhere, storyH1), site),
    jsonLd ? normaliseByline(jsonLd.authors, site, house) : null,
  ];
  const byline = chooseByline(bylines, site, jsonLd?.publisher ?? null);

  const image =
    first(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
    jsonLd?.image;
  const root = elements.find((e) => e.name === 'html') ?? null;
  const date = findDate({ elements, elsewhere, h1: storyH1, meta, jsonLd, url: url ?? canonicalUrl }, now);
  return {
    headline,
    byline,
    publishedAt: date?.date ?? null,
    publishedAtSource: date?.source ?? null,
    siteName: siteName || null,
    lang: findLang(root, meta, jsonLd, bodySample),
    imageUrl: absoluteUrl(image, base),
    canonicalUrl,
    jsonLd,
  };
}
