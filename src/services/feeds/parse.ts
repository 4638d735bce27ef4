import type { Element, ChildNode } from 'domhandler';
import { getInnerHTML, textContent } from 'domutils';
import { UserFacingError } from '../errors.ts';
import { feedDocument, localName, MAX_ITEMS } from './feed-document.ts';
import { htmlToLine } from './html-text.ts';
import type { FeedItem, ParsedFeed } from './types.ts';

const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';
const prefixOf = (el: Element) =>
  el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':')).toLowerCase() : '';

/** Child elements by local name, built once per parent: items are queried for a dozen fields. */
const childIndexes = new WeakMap<object, Map<string, Element[]>>();

function kids(el: Element | { children: ChildNode[] }, name?: string): Element[] {
  if (name === undefined) return el.children.filter(isElement);
  let index = childIndexes.get(el);
  if (!index) {
    index = new Map();
    for (const child of el.children) {
      if (!isElement(child)) continue;
      const key = localName(child);
      const list = index.get(key);
      if (list) list.push(child);
      else index.set(key, [child]);
    }
    childIndexes.set(el, index);
  }
  return index.get(name) ?? [];
}

function first(el: Element, ...names: string[]): Element | undefined {
  for (const name of names) {
    const found = kids(el, name)[0];
    if (found) return found;
  }
  return undefined;
}

function text(el: Element | undefined): string | null {
  if (!el) return null;
  const value = textContent(el).trim();
  return value === '' ? null : value;
}

function attr(el: Element | undefined, name: string): string | null {
  const value = el?.attribs[name]?.trim();
  return value ? value : null;
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url.trim(), base ?? undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** RFC 822 (RSS), ISO 8601 (Atom, dc:date, JSON Feed) and common sloppy variants; null when unreadable. */
export function parseFeedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = value.trim().replace(/\s+/g, ' ');
  let time = Date.parse(cleaned);
  // "Tue, 10 Jun 2003 04:00:00 +0000 (UTC)" and names with a stray weekday trip Date.parse.
  if (Number.isNaN(time)) time = Date.parse(cleaned.replace(/\([^)]*\)/g, '').replace(/^[A-Za-z]+,?\s*/, ''));
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString();
}

function titleOf(el: Element | undefined): string | null {
  const raw = text(el);
  if (!raw) return null;
  const line = htmlToLine(raw);
  return line === '' ? null : line;
}

function imageOf(item: Element, base: string | null): string | null {
  for (const child of kids(item)) {
    const name = localName(child);
    const type = attr(child, 'type') ?? '';
    if (name === 'thumbnail' && prefixOf(child) === 'media') return absolute(attr(child, 'url'), base);
    if (
      name === 'content' &&
      prefixOf(child) === 'media' &&
      (attr(child, 'medium') === 'image' || type.startsWith('image/'))
    )
      return absolute(attr(child, 'url'), base);
    if (name === 'group' && prefixOf(child) === 'media') {
      const nested = imageOf(child, base);
      if (nested) return nested;
    }
    if (name === 'enclosure' && type.startsWith('image/')) return absolute(attr(child, 'url'), base);
    if (name === 'link' && attr(child, 'rel') === 'enclosure' && type.startsWith('image/'))
      return absolute(attr(child, 'href'), base);
  }
  return null;
}

/** At most this many categories per item: enough for filters and forum tags, bounded for hostile feeds. */
const MAX_CATEGORIES = 20;

/** RSS <category> and dc:subject (text), Atom <category> (label or term), without duplicates. */
function categoriesOf(el: Element): string[] {
  const names = [...kids(el, 'category'), ...kids(el, 'subject')].map(
    (c) => attr(c, 'label') ?? attr(c, 'term') ?? text(c),
  );
  return cleanCategories(names);
}

function cleanCategories(names: (string | null | undefined)[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const clean = name?.replace(/\s+/g, ' ').trim().slice(0, 100);
    if (clean && !byKey.has(clean.toLowerCase()) && byKey.size < MAX_CATEGORIES)
      byKey.set(clean.toLowerCase(), clean);
  }
  return [...byKey.values()];
}

/** RSS 2.0 <item> and RSS 1.0 <item> share most fields. */
function rssItem(item: Element, base: string | null): FeedItem {
  const linkEl = kids(item, 'link').find((el) => text(el) || attr(el, 'href'));
  const link = absolute(text(linkEl) ?? attr(linkEl, 'href') ?? attr(item, 'rdf:about'), base);
  const guidEl = first(item, 'guid');
  const contentEl = kids(item, 'encoded')[0] ?? kids(item, 'content').find((el) => prefixOf(el) !== 'media');
  return {
    guid: text(guidEl),
    link,
    title: titleOf(first(item, 'title')),
    publishedAt: parseFeedDate(
      text(first(item, 'pubdate', 'date', 'published', 'issued', 'updated', 'modified')),
    ),
    contentHtml: text(contentEl),
    summaryHtml: text(first(item, 'description', 'summary')),
    author: titleOf(first(item, 'creator', 'author')),
    imageUrl: imageOf(item, base),
    categories: categoriesOf(item),
  };
}

function atomLink(entry: Element, base: string | null): string | null {
  const links = kids(entry, 'link');
  const alternate =
    links.find(
      (el) =>
        (attr(el, 'rel') ?? 'alternate') === 'alternate' &&
        (attr(el, 'type') ?? 'text/html').includes('html'),
    ) ?? links.find((el) => (attr(el, 'rel') ?? 'alternate') === 'alternate');
  return absolute(attr(alternate, 'href') ?? text(alternate), base);
}

function atomContent(el: Element | undefined): string | null {
  if (!el) return null;
  if (attr(el, 'type') === 'xhtml') return getInnerHTML(el, { xmlMode: true }).trim() || null;
  return text(el);
}

function atomEntry(entry: Element, base: string | null): FeedItem {
  const authorEl = first(entry, 'author');
  return {
    guid: text(first(entry, 'id')),
    link: atomLink(entry, base),
    title: titleOf(first(entry, 'title')),
    publishedAt: parseFeedDate(text(first(entry, 'published', 'issued', 'updated', 'modified', 'date'))),
    contentHtml: atomContent(kids(entry, 'content').find((el) => prefixOf(el) !== 'media')),
    summaryHtml: atomContent(first(entry, 'summary')),
    author: authorEl ? titleOf(first(authorEl, 'name') ?? authorEl) : null,
    imageUrl: imageOf(entry, base),
    categories: categoriesOf(entry),
  };
}

function findAll(nodes: ChildNode[], name: string, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (localName(node) === name) out.push(node);
    else findAll(node.children, name, out);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function parseXmlFeed(body: string, base: string | null): ParsedFeed | null {
  const doc = feedDocument(body);
  const root = kids(doc)[0];
  if (!root) return null;
  const rootName = localName(root);
  if (rootName === 'feed') {
    const siteUrl = atomLink(root, base);
    return {
      format: 'atom',
      title: titleOf(first(root, 'title')),
      siteUrl,
      items: findAll(root.children, 'entry').map((entry) => atomEntry(entry, siteUrl ?? base)),
    };
  }
  if (rootName !== 'rss' && rootName !== 'rdf' && rootName !== 'channel') return null;
  const channel = rootName === 'channel' ? root : first(root, 'channel');
  const siteUrl = channel ? absolute(text(kids(channel, 'link').find((el) => text(el))) ?? null, base) : null;
  // RSS 1.0 puts items beside the channel; broken RSS 2.0 sometimes does too: look everywhere.
  const items = findAll(root.children, 'item').map((item) => rssItem(item, base ?? siteUrl));
  return {
    format: rootName === 'rdf' ? 'rdf' : 'rss',
    title: channel ? titleOf(first(channel, 'title')) : null,
    siteUrl,
    items,
  };
}

type Json = Record<string, unknown>;
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function parseJsonFeed(body: string, base: string | null): ParsedFeed | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const feed = data as Json;
  if (!String(feed.version ?? '').includes('jsonfeed.org') || !Array.isArray(feed.items)) return null;
  const items = (feed.items as unknown[])
    .slice(0, MAX_ITEMS)
    .filter((item): item is Json => !!item && typeof item === 'object');
  return {
    format: 'json',
    title: str(feed.title),
    siteUrl: absolute(str(feed.home_page_url), base),
    items: items.map((item) => {
      const authors = Array.isArray(item.authors)
        ? (item.authors as Json[])
        : item.author
          ? [item.author as Json]
          : [];
      const names = authors.map((a) => str(a?.name)).filter((n): n is string => n !== null);
      const id = item.id;
      return {
        guid: typeof id === 'number' ? String(id) : str(id),
        link: absolute(str(item.url) ?? str(item.external_url), base),
        title: str(item.title),
        publishedAt: parseFeedDate(str(item.date_published) ?? str(item.date_modified)),
        contentHtml: str(item.content_html) ?? str(item.content_text),
        summaryHtml: str(item.summary),
        author: names.length > 0 ? names.join(', ') : null,
        imageUrl: absolute(str(item.image) ?? str(item.banner_image), base),
        categories: cleanCategories(Array.isArray(item.tags) ? item.tags.map((tag) => str(tag)) : []),
      };
    }),
  };
}

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed. Lenient about broken markup (unclosed tags,
 * HTML entities, stray prefixes); throws a not_a_feed UserFacingError when the body is none of them.
 */
export function parseFeed(body: string, baseUrl: string | null = null): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  const parsed = trimmed.startsWith('{') ? parseJsonFeed(trimmed, baseUrl) : parseXmlFeed(trimmed, baseUrl);
  if (!parsed) {
    throw new UserFacingError(
      'not_a_feed',
      'That address is not an RSS, Atom or JSON feed, and the page links no feed.',
    );
  }
  return parsed;
}

/** True when the body looks like a feed document rather than a web page (used before autodiscovery). */
export function looksLikeFeed(body: string): boolean {
  const head = body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2000)
    .toLowerCase();
  if (head.startsWith('{')) return head.includes('jsonfeed.org');
  return /<(rss|feed|rdf:rdf|rdf)[\s>]/.test(head) && !/<html[\s>]/.test(head.slice(0, 300));
}
