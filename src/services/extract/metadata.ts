/**
 * Page metadata: headline, byline, date, site, language, image and canonical URL, from JSON-LD,
 * OpenGraph/Twitter/Dublin Core meta tags, microdata and visible page furniture.
 */
import { orgKey } from './byline.ts';
import { chooseByline } from './byline-choice.ts';
import type { Element } from './dom.ts';
import { absoluteUrl, collapse, textOf } from './dom.ts';
import { elsewhereFlags } from './elsewhere.ts';
import { chooseHeadline } from './headline.ts';
import type { JsonLdArticle } from './jsonld.ts';
import { readJsonLd } from './jsonld.ts';
import type { MetaMap } from './meta-tags.ts';
import { first, readMeta } from './meta-tags.ts';
import { findDate } from './page-dates.ts';
import { detectLanguage } from '../text/language.ts';
import type { BylineSource, DateSource, HeadlineSource } from '../types.ts';

export interface PageMetadata {
  headline: string;
  headlineSource: HeadlineSource | null;
  byline: string | null;
  bylineSource: BylineSource | null;
  publishedAt: string | null;
  publishedAtSource: DateSource | null;
  siteName: string | null;
  lang: string | null;
  imageUrl: string | null;
  canonicalUrl: string | null;
  jsonLd: JsonLdArticle | null;
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

/** Every element of the page in document order, with its classAndId (see PageLayout.allNames). */
export interface PageElements {
  elements: readonly Element[];
  names: readonly string[];
  /** Length of the page's visible text. */
  textLength?: number;
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
  const elsewhere = elsewhereFlags(elements, page.names, page.textLength);
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
  const host = hostName(base);
  // The site's names as the page states them, to cut from its titles ("… | Port Elm News").
  const siteNames = [
    siteName ?? '',
    ...(meta.get('og:site_name') ?? []),
    ...(meta.get('application-name') ?? []),
    jsonLd?.publisher ?? '',
    (first(meta, 'twitter:site') ?? '').replace(/^@/, ''),
    host ? hostBrand(host) : '',
  ].filter(Boolean);
  const headline = chooseHeadline(
    [
      { source: 'json-ld', text: jsonLd?.headline ?? null },
      { source: 'meta', text: first(meta, 'og:title') },
      { source: 'meta', text: first(meta, 'twitter:title') },
      { source: 'title', text: titleElement ? textOf(titleElement) : null },
    ],
    h1s,
    siteNames,
  );

  // The publication's own names. A structured Organization author equal to the house is the
  // publisher's default, not a credit; a page that states it as its byline (meta, visible) keeps it.
  const house = [siteName ?? '', jsonLd?.publisher ?? '', host ? hostBrand(host) : '']
    .map(orgKey)
    .filter((k) => k.length >= 2);
  const byline = chooseByline({
    elements,
    names: page.names,
    elsewhere,
    h1: storyH1,
    meta,
    jsonLd,
    site: siteName || null,
    house,
  });

  const image =
    first(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
    jsonLd?.image;
  const root = elements.find((e) => e.name === 'html') ?? null;
  const date = findDate({ elements, elsewhere, h1: storyH1, meta, jsonLd, url: url ?? canonicalUrl }, now);
  return {
    headline: headline.headline,
    headlineSource: headline.source,
    byline: byline.byline,
    bylineSource: byline.source,
    publishedAt: date?.date ?? null,
    publishedAtSource: date?.source ?? null,
    siteName: siteName || null,
    lang: findLang(root, meta, jsonLd, bodySample),
    imageUrl: absoluteUrl(image, base),
    canonicalUrl,
    jsonLd,
  };
}
