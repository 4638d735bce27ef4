import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { feedDocument, localName, MAX_ITEMS } from '../../../src/services/feeds/feed-document.ts';
import { parseFeed } from '../../../src/services/feeds/parse.ts';

const items = (count: number, name = 'item') =>
  Array.from({ length: count }, (_, i) => `<${name}><title>Story ${i}</title></${name}>`).join('');

/** How many elements of the tree have this local name. */
function count(node: AnyNode, name: string): number {
  if (!('children' in node)) return 0;
  const own = 'name' in node && localName(node as Element) === name ? 1 : 0;
  return own + node.children.reduce((sum, child) => sum + count(child, name), 0);
}

describe('a feed tree is built as far as the parser reads it', () => {
  it(`holds every item of a feed of ${MAX_ITEMS}, and what follows them`, () => {
    const body = `<rss><channel><title>Feed</title>${items(MAX_ITEMS)}<link>https://late.example/</link></channel></rss>`;
    expect(count(feedDocument(body), 'item')).toBe(MAX_ITEMS);
    expect(parseFeed(body, null).siteUrl).toBe('https://late.example/');
  });

  it(`stops where item ${MAX_ITEMS + 1} opens, in RSS and in Atom`, () => {
    const rss = feedDocument(`<rss><channel><title>Feed</title>${items(5 * MAX_ITEMS)}</channel></rss>`);
    expect(count(rss, 'item')).toBe(MAX_ITEMS);
    const atom = feedDocument(
      `<feed xmlns="http://www.w3.org/2005/Atom">${items(5 * MAX_ITEMS, 'entry')}</feed>`,
    );
    expect(count(atom, 'entry')).toBe(MAX_ITEMS);
  });

  it('counts items as the parser reads them: one nested in another is part of it', () => {
    const nested = `<item><title>Outer</title>${items(2 * MAX_ITEMS)}</item>`;
    const body = `<rss><channel>${nested}${items(3)}</channel></rss>`;
    expect(count(feedDocument(body), 'item')).toBe(1 + 2 * MAX_ITEMS + 3);
    expect(parseFeed(body, null).items).toHaveLength(4);
  });

  it('stops at the root of a document that is no feed', () => {
    const doc = feedDocument(`<html><body>${items(50, 'p')}</body></html>`);
    expect(count(doc, 'html')).toBe(1);
    expect(count(doc, 'p')).toBe(0);
    expect(() => parseFeed('<html><body><p>Hi</p></body></html>', null)).toThrow(/not an RSS/);
  });
});
