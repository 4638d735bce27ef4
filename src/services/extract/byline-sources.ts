/**
 * The standard places a page names its writers, one small function each, in the order
 * chooseByline trusts them: JSON-LD `author` persons, author meta tags, byline elements in the
 * article's header, a "By …" line by the headline whatever its markup, and last a JSON-LD
 * organisation author that is not the publication itself.
 */
import { namesPerson, normaliseByline, opensWithGivenName, ROLE_WORDS, splitAuthors } from './byline.ts';
import { HEADER_TEXT, headerBeforeBody, headerTexts } from './date-sources.ts';
import type { AnyNode, Element } from './dom.ts';
import { collapse, textPrefix } from './dom.ts';
import { isWithin } from './elsewhere.ts';
import type { JsonLdArticle } from './jsonld.ts';
import type { MetaMap } from './meta-tags.ts';

export interface BylinePage {
  /** Every element of the page in document order, with its classAndId. */
  elements: readonly Element[];
  names: readonly string[];
  /** 1 for elements inside lists of other stories, comments, footers (elsewhere.ts). */
  elsewhere: Uint8Array;
  /** Index of the story's <h1>, -1 when none. */
  h1: number;
  meta: MetaMap;
  jsonLd: JsonLdArticle | null;
  /** The site's name as the page states it. */
  site: string | null;
  /** The publication's own names (orgKey form): site, publisher, host brand. */
  house: readonly string[];
}

/** Names a visible source shows, and the texts they were read from (see confirmedNames). */
export interface VisibleByline {
  byline: string | null;
  texts: readonly BylineText[];
}

const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'byl',
  'dc.creator',
  'dcterms.creator',
];

/** 1. JSON-LD `author` when it names a person (objects, arrays, nested Person, `name` only). */
export function jsonLdPersons(page: BylinePage): string | null {
  const ld = page.jsonLd;
  return ld?.authorIsPerson ? normaliseByline(ld.authors, page.site) : null;
}

/** 2. Author meta tags holding names, not profile URLs, and not the copyright holder. */
export function metaAuthors(page: BylinePage): string | null {
  const copyright = (page.meta.get('copyright')?.[0] ?? '').toLowerCase();
  const values = AUTHOR_META.flatMap((name) => page.meta.get(name) ?? []).filter(
    (value) => !/^https?:|^www\./i.test(value) && !copyright.includes(value.toLowerCase()),
  );
  return normaliseByline(values, page.site);
}

/** 5. A JSON-LD organisation author, unless it is the publication itself (its default credit). */
export function jsonLdOrganization(page: BylinePage): string | null {
  return page.jsonLd ? normaliseByline(page.jsonLd.authors, page.site, page.house) : null;
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

const MAX_BYLINE_TEXT = 120;

/**
 * An author element's text, with a title, a timestamp or a label that sits in an element of its
 * own after the name kept apart ("Jane Doe" · "Showbiz & TV Reporter" → "Jane Doe; Showbiz & TV
 * Reporter", "Jane Doe" · "Published: May 1" → "Jane Doe; Published: May 1") rather than run into
 * it ("Jane DoeShowbiz"). Other pieces join as the page shows them.
 */
export function bylineText(element: Element): string {
  let out = '';
  let length = 0;
  let owner: AnyNode | null = null;
  const stack: AnyNode[] = [element];
  // Bounded: callers pass elements whose whole text is shorter than MAX_BYLINE_TEXT.
  while (stack.length > 0 && length <= 4 * MAX_BYLINE_TEXT) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      if (!node.data.trim()) {
        out += node.data;
        continue;
      }
      const own = node.parent !== owner && out.trim() !== '' && isTitleOrStamp(node.data);
      out += own ? `; ${node.data}` : node.data;
      owner = node.parent;
      length += node.data.length;
    } else if (node.type === 'tag' && node.name !== 'script' && node.name !== 'style') {
      if (node.name === 'br') out += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return collapse(out);
}

const TITLE_OR_STAMP = new RegExp(
  `^\\s*(?:(?:(?:${ROLE_WORDS})\\s+)*(?:writer|reporter|columnist|correspondent|editor|producer|photographer|journalist|contributor|analyst|critic)s?\\b|(?:published|updated|posted)\\b|\\d)`,
  'i',
);

/** A job title ("Senior Reporter"), a "Published …" stamp or a date or time. */
function isTitleOrStamp(text: string): boolean {
  return TITLE_OR_STAMP.test(text);
}

/**
 * "Associated Press Associated Press", "Jane DoeJane Doe": a name printed twice (for two screen
 * sizes) read once, also at the head of a longer text ("Jane DoeJane Doe; Published …").
 */
export function undouble(text: string): string {
  for (let half = Math.floor(text.length / 2); half >= 3; half--) {
    const first = text.slice(0, half);
    const rest = text.slice(half).replace(/^ /, '');
    if (rest.startsWith(first) && /^(?:$|[\s;,|])/.test(rest.slice(first.length)))
      return first + rest.slice(first.length);
  }
  return text;
}

/** A visible byline text; `named` when its element marks a name (author link, rel/itemprop author). */
export interface BylineText {
  text: string;
  named: boolean;
}

function marksName(element: Element): boolean {
  const a = element.attribs;
  return (
    a['rel'] === 'author' ||
    a['itemprop'] === 'author' ||
    a['itemprop'] === 'name' ||
    (element.name === 'a' && AUTHOR_HREF.test(a['href'] ?? ''))
  );
}

/** Byline texts among elements[from…] of one byline block, each once. */
function bylineTexts(page: BylinePage, from: number, to: number): BylineText[] {
  const { elements, names, elsewhere } = page;
  const found: BylineText[] = [];
  let group: Element | null = null;
  for (let i = from; i < to && found.length < 6; i++) {
    const element = elements[i] as Element;
    if (elsewhere[i] || element.name === 'meta' || element.name === 'link') continue;
    if (!isAuthorElement(element, names[i] as string) || (group && !isWithin(element, group))) continue;
    const plain = textPrefix(element, MAX_BYLINE_TEXT);
    if (plain.length <= 2 || plain.length >= MAX_BYLINE_TEXT || hasNonWriterRole(element, plain)) continue;
    const text = undouble(bylineText(element));
    // Repeats (a byline shown twice, for two screen sizes) do not use up the limit.
    if (found.some((f) => f.text === text)) continue;
    found.push({ text, named: marksName(element) });
    group ??= ((element.parent as Element | null)?.parent as Element | null) ?? element;
  }
  return found;
}

/**
 * Names in visible byline texts that a reader can tell are people: one of a list joined by
 * "and"/"&", the whole text of an element marking a name (an author link, rel or itemprop author),
 * or a part opening with a known given name. A part such as "Infectious Diseases", "Deputy CTO" or
 * "National Recruiting Analyst" beside a name is a role or an affiliation, not a co-author.
 */
export function confirmedNames(texts: readonly BylineText[], site: string | null): string[] {
  const out: string[] = [];
  for (const { text, named } of texts) {
    const parts = splitAuthors(text);
    const listed = /\s(?:and|und|et|y|e|en|&)\s/i.test(text.replace(/^.*?\bby\s+/i, ''));
    for (const part of parts) {
      const confirmed = listed || (named && parts.length === 1) || opensWithGivenName(part);
      if (confirmed && namesPerson(part, site)) out.push(part.toLowerCase());
    }
  }
  return out;
}

/**
 * 3. Byline elements (rel=author, itemprop=author, class or id naming an author or byline, a link
 * to an author page): the first block after the headline, else the first on the page.
 */
export function bylineElements(page: BylinePage): VisibleByline {
  const after = page.h1 >= 0 ? bylineTexts(page, page.h1, page.elements.length) : [];
  // With nothing found after the headline, nothing after it would be found in a walk from the top
  // either (a byline group found before it only narrows what may join), so that walk stops there.
  const texts =
    after.length > 0 ? after : bylineTexts(page, 0, page.h1 >= 0 ? page.h1 : page.elements.length);
  return {
    byline: normaliseByline(
      texts.map((t) => t.text),
      page.site,
    ),
    texts,
  };
}

// "By Jane Doe", "Written by …", "Words and photos by …", "Par …", "Von …", "Por …", "Di …", "Door …";
// not "Photo by …" alone, a picture credit.
const BY_LINE =
  /^(?:(?:photos?|pictures|words|story|text|reporting)\s+(?:and|&)\s+(?:photos?|pictures|words|story|text|reporting)\s+|(?:written|words|story|text|reporting)\s+)?(?:by|von|par|por|di|door)\s+(?=\p{Lu})/iu;

/**
 * 4. A "By …" line printed by the headline whatever its markup (no byline class, hashed CSS
 * class names, "By Jane Doe | February 28, 2023" in one element).
 */
export function byLineText(page: BylinePage): VisibleByline {
  const header = headerBeforeBody(page);
  const texts = headerTexts(page);
  for (let k = 0; k < header.length; k++) {
    const i = header[k] as number;
    const element = page.elements[i] as Element;
    if (i === page.h1 || element.name === 'h1') continue;
    const text = texts[k] as string;
    if (text.length > HEADER_TEXT || !BY_LINE.test(text)) continue;
    const line = undouble(bylineText(element));
    const byline = normaliseByline([line.replace(BY_LINE, 'By ')], page.site);
    if (byline && namesPerson(byline, page.site)) return { byline, texts: [{ text: line, named: false }] };
  }
  return { byline: null, texts: [] };
}
