import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
];

/**
 * Feed URLs a web page advertises with <link rel="alternate" type="…">, absolute, best first
 * (RSS/Atom before generic XML/JSON, page order within a type).
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const links = findAll((el) => el.name.toLowerCase() === 'link', doc.children);
  const found: { url: string; rank: number }[] = [];
  for (const link of links) {
    const rel = (link.attribs.rel ?? '').toLowerCase().split(/\s+/);
    const type = (link.attribs.type ?? '').toLowerCase().split(';')[0]!.trim();
    const rank = FEED_TYPES.indexOf(type);
    if (!rel.includes('alternate') || rank < 0 || !link.attribs.href) continue;
    try {
      const url = new URL(link.attribs.href, pageUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (!found.some((entry) => entry.url === url.href)) found.push({ url: url.href, rank });
    } catch {
      // An unparsable href is the page's problem; try the others.
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((entry) => entry.url);
}
