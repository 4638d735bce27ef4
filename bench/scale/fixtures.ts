/**
 * The bench's local web: N feeds (mostly 304, some with a new item, some failing) and article pages
 * for /summarize, with a hit count per path so "one fetch per distinct URL" can be checked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rssFeed } from '../../test/support/feed-server.ts';

export const ITEMS_PER_FEED = 5;
/** Every 20th feed has a new item, every 25th answers 500; the rest answer 304 to their ETag. */
export const feedChanged = (i: number) => i % 20 === 0;
export const feedFails = (i: number) => i % 25 === 7;

export function feedBody(base: string, index: number, withNewItem: boolean): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => ({
    title: `Feed ${index} item ${i}`,
    link: `${base}/article/f${index}-${i}`,
    guid: `f${index}-i${i}`,
    pubDate: new Date(Date.now() - (i + 1) * 3600_000).toUTCString(),
    description: `<p>Paragraph one of item ${i} from feed ${index}, with enough words to look like a teaser.</p>`,
  }));
  if (withNewItem)
    items.unshift({
      ...items[0]!,
      title: `Feed ${index} breaking news`,
      link: `${base}/article/f${index}-new`,
      guid: `f${index}-new`,
    });
  return rssFeed(`Feed ${index}`, items);
}

function articleHtml(slug: string): string {
  const sentence = (n: number) =>
    `The council of ${slug} met on Tuesday to debate item ${n} of the budget, and members said the plan would change how the city spends its money next year.`;
  const paragraphs = Array.from({ length: 8 }, (_, n) => `<p>${sentence(n)}</p>`).join('\n');
  return `<!doctype html><html><head><title>Budget news ${slug}</title></head><body><article><h1>Budget news ${slug}</h1>
<p>“We have to be careful with every cent,” said Mayor Jane Doe.</p>${paragraphs}</article></body></html>`;
}

export interface FixtureWeb {
  base: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureWeb(feeds: number): Promise<FixtureWeb> {
  const hits = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const feed = /^\/feed\/(\d+)$/.exec(path);
    if (feed) {
      const index = Number(feed[1]);
      if (index >= feeds) return void res.writeHead(404).end();
      if (feedFails(index)) return void res.writeHead(500).end('upstream broke');
      const etag = `"v${feedChanged(index) ? 2 : 1}-${index}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag })
        .end(feedBody(base, index, feedChanged(index)));
      return;
    }
    const article = /^\/article\/([\w-]+)$/.exec(path);
    if (article) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(article[1]!));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
