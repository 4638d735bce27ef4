import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  body: string;
  contentType?: string;
  status?: number;
  /** When set, If-None-Match with this value answers 304. */
  etag?: string;
  lastModified?: string;
}

/**
 * A tiny HTTP server on 127.0.0.1 serving feeds and pages from memory, honouring conditional
 * requests like real feed hosts do, and counting what it was asked.
 */
export interface FeedServer {
  url(path: string): string;
  set(path: string, route: FeedRoute): void;
  remove(path: string): void;
  /** Requests per path, and how many of them were answered 304. */
  hits(path: string): { total: number; notModified: number };
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const counts = new Map<string, { total: number; notModified: number }>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const count = counts.get(path) ?? { total: 0, notModified: 0 };
    counts.set(path, count);
    count.total++;
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
    };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    const etagMatch = route.etag !== undefined && req.headers['if-none-match'] === route.etag;
    const dateMatch =
      route.lastModified !== undefined &&
      !route.etag &&
      req.headers['if-modified-since'] === route.lastModified;
    if ((route.status ?? 200) === 200 && (etagMatch || dateMatch)) {
      count.notModified++;
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(route.status ?? 200, headers).end(route.body);
  };
  const server = createServer(handle);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    set: (path, route) => void routes.set(path, route),
    remove: (path) => void routes.delete(path),
    hits: (path) => ({ ...(counts.get(path) ?? { total: 0, notModified: 0 }) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RssItemInput {
  title?: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  description?: string;
  categories?: string[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document with these items (newest first, as feeds list them). */
export function rssFeed(title: string, items: RssItemInput[]): string {
  const entries = items
    .map((item) =>
      [
        '<item>',
        item.title !== undefined ? `<title>${escapeXml(item.title)}</title>` : '',
        item.link ? `<link>${escapeXml(item.link)}</link>` : '',
        item.guid ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : '',
        item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : '',
        item.description ? `<description><![CDATA[${item.description}]]></description>` : '',
        ...(item.categories ?? []).map((category) => `<category>${escapeXml(category)}</category>`),
        '</item>',
      ].join(''),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://example.test/</link>\n${entries}\n</channel></rss>`;
}
