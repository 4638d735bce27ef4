/**
 * HTML → Article. One parse with htmlparser2, a linear layout pass for the body, metadata from
 * JSON-LD/meta tags, and the JSON-LD articleBody when the page's own markup is thin.
 */
import { UserFacingError } from '../errors.ts';
import type { Article } from '../types.ts';
import { dropAuthorBio } from './author-bio.ts';
import { selectBody } from './content.ts';
import type { Element } from './dom.ts';
import { collapse, DocumentOrderWalk, elementsInOrder, forgetClassNames, parseHtml, textOf } from './dom.ts';
import { embeddedBody } from './embedded-body.ts';
import { fallbackBody, MIN_ARTICLE_WORDS, proseWords, refusalMessage } from './fallback.ts';
import { readMeta } from './meta-tags.ts';
import { readMetadata } from './metadata.ts';
import { layoutPage } from './paragraphs.ts';
import { REFERENCE_PAGE } from './shapes.ts';
import type { Utf8Page } from './utf8-page.ts';
import { deriveHeadline } from '../text/plain-text.ts';

export interface ExtractOptions {
  /** The page's URL, used to absolutise links and as a date/site hint. */
  url?: string | null;
  /** The time now (ms since the epoch): a publication date later than this is refused. */
  now?: number;
}

const KEY_POINTS_CLASS = /key-?points|highlights|takeaways|tl-?dr|at-a-glance|summary-?list|story-?summary/;
// Readable text: letters, digits, marks, whitespace and ordinary punctuation.
const READABLE = /[\p{L}\p{N}\p{M}\s.,;:'"“”‘’!?()\-–—%$€£&/]/u;
const LETTER = /\p{L}/u;
const MIN_LETTERS = 30;

const SHORT_BODY = 2500;

function splitBodyText(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map(collapse)
    .filter((p) => p.length > 0);
}

function totalLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

/** Key points a page marks as such near the top (a "highlights"/"key points" list). */
function findKeyPoints(elements: readonly Element[], names: readonly string[]): string[] {
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (
      element.name !== 'ul' &&
      element.name !== 'ol' &&
      element.name !== 'div' &&
      element.name !== 'section'
    )
      continue;
    if (!KEY_POINTS_CLASS.test(names[i] as string)) continue;
    const items = elementsInOrder(element)
      .filter((e) => e.name === 'li')
      .map(textOf)
      .filter((t) => t.length >= 10 && t.length <= 400);
    if (items.length >= 2 && items.length <= 8) return items;
  }
  return [];
}

const READABLE_SAMPLE = 3000;

/** The first `limit` characters of the paragraphs joined with spaces, joining only what is needed. */
function leadingText(paragraphs: readonly string[], limit: number): string {
  let count = 0;
  let length = 0;
  while (count < paragraphs.length && length <= limit) length += (paragraphs[count++] as string).length + 1;
  return paragraphs.slice(0, count).join(' ').slice(0, limit);
}

/** Per code point (outside ASCII, cached): 1 a letter, 2 other readable, 3 unreadable; 0 not yet known. */
const CLASS_CACHE = new Uint8Array(0x10000);

function classify(char: string): number {
  return LETTER.test(char) ? 1 : READABLE.test(char) ? 2 : 3;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => classify(String.fromCharCode(code)));

function codePointClass(code: number, text: string, i: number, width: number): number {
  if (width === 2) return classify(text.slice(i, i + 2));
  let known = CLASS_CACHE[code] as number;
  if (known === 0) CLASS_CACHE[code] = known = classify(String.fromCharCode(code));
  return known;
}

/**
 * Mostly readable characters (as the /u patterns count them: code points, a surrogate pair being
 * one) and at least MIN_LETTERS letters. One pass by character code, classes cached per code unit.
 */
function isReadable(paragraphs: readonly string[]): boolean {
  const text = leadingText(paragraphs, READABLE_SAMPLE);
  if (text.length < 40) return false;
  let codePoints = 0;
  let unreadable = 0;
  let letters = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const kind = code < 128 ? (ASCII_CLASS[code] as number) : codePointClass(code, text, i, width);
    if (kind === 1) letters++;
    else if (kind === 3) unreadable++;
    codePoints++;
    i += width;
  }
  const readable = codePoints - unreadable;
  return readable / text.length > 0.85 && letters >= MIN_LETTERS;
}

/** What reading REFERENCE_PAGE built, kept alive for its shapes (see shapes.ts). */
let referenceShapes: unknown[] | null = null;

/**
 * Reads REFERENCE_PAGE and keeps what it built for the life of the process (see shapes.ts): for a
 * process that reads pages for hours and idles between them (a summary worker). A command that
 * reads a page and exits would only pay for it. True when this call read it.
 */
export function keepExtractionShapes(): boolean {
  if (referenceShapes !== null) return false;
  const keep: unknown[] = [];
  keep.push(extract(REFERENCE_PAGE, { now: Date.UTC(2024, 2, 6) }, keep), new DocumentOrderWalk());
  referenceShapes = keep;
  return true;
}

/**
 * Extracts the article from an HTML page (text, or its UTF-8 bytes: utf8-page.ts); throws
 * UserFacingError('no_article') when there is none.
 */
export function extractArticle(html: string | Utf8Page, options: ExtractOptions = {}): Article {
  return extract(html, options);
}

function extract(html: string | Utf8Page, options: ExtractOptions, keep?: unknown[]): Article {
  try {
    return extractFromHtml(html, options, keep);
  } finally {
    forgetClassNames();
  }
}

function extractFromHtml(html: string | Utf8Page, options: ExtractOptions, keep?: unknown[]): Article {
  const url = options.url ?? null;
  const doc = parseHtml(html, keep);
  const layout = layoutPage(doc);
  let paragraphs = selectBody(layout);
  const elements = layout.allElements;
  const meta = readMetadata(
    {
      elements,
      names: layout.allNames,
      textLength: layout.textLen[layout.elements.findIndex((e) => e.name === 'body')],
    },
    url,
    paragraphs.slice(0, 8).join(' '),
    options.now ?? Date.now(),
  );
  keep?.push(layout, meta);

  const ldBody = meta.jsonLd?.articleBody ? splitBodyText(meta.jsonLd.articleBody) : [];
  const ldLength = totalLength(ldBody);
  // Trust the page's structured body when our DOM reading is thin next to it, and on a live blog,
  // whose page is a stream of separate updates while the posting's own body sums them up.
  if (ldLength > 200 && (meta.jsonLd?.liveBlog || totalLength(paragraphs) < ldLength * 0.6))
    paragraphs = ldBody;
  // A short rendered body may be the visible part of a metered page whose full text is in app state.
  if (totalLength(paragraphs) < SHORT_BODY) paragraphs = embeddedBody(elements, paragraphs) ?? paragraphs;
  if (
    paragraphs.length > 0 &&
    collapse(paragraphs[0] as string).toLowerCase() === meta.headline.toLowerCase()
  ) {
    paragraphs = paragraphs.slice(1);
  }
  paragraphs = dropAuthorBio(paragraphs, meta.byline);
  // No refusal while the page holds prose: the last resort is its biggest block of prose.
  if (proseWords(paragraphs, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS || !isReadable(paragraphs)) {
    const fallback = fallbackBody(layout);
    if (proseWords(fallback) > proseWords(paragraphs) && isReadable(fallback)) paragraphs = fallback;
  }
  if (proseWords(paragraphs, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS)
    throw new UserFacingError('no_article', refusalMessage(layout, readMeta(elements)));
  if (!isReadable(paragraphs))
    throw new UserFacingError(
      'no_article',
      'That page holds no readable text, so there is no article to summarize.',
    );
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    headline: meta.headline || deriveHeadline(paragraphs, meta.lang),
    headlineSource: meta.headline ? (meta.headlineSource ?? undefined) : 'derived',
    byline: meta.byline,
    bylineSource: meta.bylineSource,
    publishedAt: meta.publishedAt,
    publishedAtSource: meta.publishedAtSource,
    siteName: meta.siteName,
    lang: meta.lang,
    imageUrl: meta.imageUrl,
    paragraphs,
    keyPoints: findKeyPoints(elements, layout.allNames),
  };
}
