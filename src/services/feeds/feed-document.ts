/**
 * The XML tree of a feed, built only as far as the feed parser reads it. It reads at most MAX_ITEMS
 * items, so the build stops once that many have closed: a feed of 100,000 items, or a megabyte of
 * items after the first few hundred, costs what its first MAX_ITEMS items do (issue 18). A document
 * whose root is no feed element is not read at all, so its tree stops at that root. A feed of at
 * most MAX_ITEMS items is read whole, as before; a longer one loses only what comes after its last
 * read item (a channel's title and link, which RSS and Atom feeds put before their items).
 */
import type { Document, Element } from 'domhandler';
import { DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';

/** More items than any sane feed carries; caps the work a hostile feed can cause. */
export const MAX_ITEMS = 300;

/** Matches on the local name, so any namespace prefix (content:, dc:, atom:, media:) works. */
export const localName = (el: Element): string => localNameOf(el.name);
const localNameOf = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** The element naming one item under each feed root; a root not listed is no feed. */
const ITEM_OF_ROOT: Record<string, string> = { feed: 'entry', rss: 'item', rdf: 'item', channel: 'item' };

const OPTIONS = { xmlMode: true, decodeEntities: true };

class Enough extends Error {}

/**
 * Counts the items as the feed parser's reader (findAll in parse.ts) finds them: elements named
 * like an item with no such element around them. The build stops where item MAX_ITEMS + 1 opens.
 */
class FeedHandler extends DomHandler {
  /** The item element's local name ('' when the root is no feed); undefined before the root opens. */
  private item: string | undefined;
  /** Item elements open now (an item nested in another counts here, not as an item read). */
  private openItems = 0;
  private itemsRead = 0;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.item === undefined) {
      super.onopentag(name, attribs);
      this.item = ITEM_OF_ROOT[localNameOf(name)] ?? '';
      if (this.item === '') throw new Enough();
      return;
    }
    if (localNameOf(name) === this.item) {
      if (this.openItems === 0 && this.itemsRead++ === MAX_ITEMS) throw new Enough();
      this.openItems++;
    }
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    const closing = this.tagStack[this.tagStack.length - 1] as Element;
    super.onclosetag();
    if (this.openItems > 0 && localName(closing) === this.item) this.openItems--;
  }
}

/**
 * Small feeds of both kinds, parsed once and kept alive with their parsers, so that the hidden
 * classes of a parsed feed outlive an idle worker's full collection (see extract/shapes.ts).
 */
const REFERENCE_FEEDS = [
  '<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>' +
    '<title>Feed</title><link>https://example.com/</link><item><title>One &amp; two</title>' +
    '<link>https://example.com/a</link><guid isPermaLink="false">a</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>' +
    '<category>News</category><media:content url="https://example.com/a.jpg" medium="image"/>' +
    '<description>&lt;p&gt;The council voted.&lt;/p&gt;</description></item></channel></rss>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><link href="https://example.com/"/>' +
    '<entry><id>b</id><title>Three</title><link rel="alternate" href="https://example.com/b"/>' +
    '<updated>2024-03-05T10:00:00Z</updated><content type="html"><![CDATA[<p>Four.</p>]]></content></entry></feed>',
];
let references: unknown[] | null = null;

/** Parses a feed body as XML (entities decoded), up to what the feed parser reads of it. */
export function feedDocument(body: string): Document {
  references ??= REFERENCE_FEEDS.map(build);
  return build(body).handler.root;
}

function build(body: string): { parser: Parser; handler: FeedHandler } {
  const handler = new FeedHandler(undefined, OPTIONS);
  const parser = new Parser(handler, OPTIONS);
  try {
    parser.end(body);
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  return { parser, handler };
}
