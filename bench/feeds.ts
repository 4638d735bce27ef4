/**
 * Feed poll benchmark: 5,000 feeds on a local HTTP server, one poll cycle of pollDueFeeds.
 * Most feeds answer 304 (conditional request with their ETag); 5% changed and carry one new
 * item. Baseline measured in the same run: the same feeds polled without validators, so every
 * feed is downloaded and parsed (their items are already seen, so nothing is ingested twice).
 *
 *   npm run bench:feeds                  # FEEDS=1000 to shorten
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.ts';
import { pollDueFeeds } from '../src/jobs/poll-feeds.ts';
import { fixedClock } from '../src/services/clock.ts';
import { itemIdentity } from '../src/services/feeds/identity.ts';
import { parseFeed } from '../src/services/feeds/parse.ts';
import type { FeedRecord } from '../src/services/feeds/types.ts';
import { rssFeed } from '../test/support/feed-server.ts';
import { testContext } from '../test/jobs/test-context.ts';

const FEEDS = Number(process.env.FEEDS ?? 5000);
const CHANGED_SHARE = 0.05;
const ITEMS_PER_FEED = 20;

const config = loadConfig({});
if (!config.ok) throw new Error(config.problems.join('; '));
const appConfig = config.config;

function feedBody(index: number, withNewItem: boolean): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => ({
    title: `Feed ${index} item ${i}`,
    link: `https://site${index}.example/items/${i}`,
    guid: `f${index}-i${i}`,
    pubDate: new Date(Date.UTC(2026, 3, 30, 12) - i * 3600_000).toUTCString(),
    description: `<p>Paragraph one of item ${i} from feed ${index}, with enough words to look like a teaser.</p><p>Second paragraph.</p>`,
  }));
  if (withNewItem)
    items.unshift({
      ...items[0]!,
      title: `Feed ${index} breaking`,
      link: `https://site${index}.example/breaking`,
      guid: `f${index}-new`,
    });
  return rssFeed(`Feed ${index}`, items);
}

const changed = (index: number) => index % Math.round(1 / CHANGED_SHARE) === 0;
const bodies = Array.from({ length: FEEDS }, (_, i) => feedBody(i, changed(i)));
const server = createServer((req, res) => {
  const index = Number(/\/feed\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
  const body = bodies[index];
  if (body === undefined) return void res.writeHead(404).end();
  const etag = `"v${changed(index) ? 2 : 1}-${index}"`;
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function setup(conditional: boolean, concurrency: number) {
  const clock = fixedClock(new Date('2026-05-01T12:00:00Z'));
  const ctx = testContext({ clock, config: { FEED_POLL_CONCURRENCY: concurrency } });
  for (let i = 0; i < FEEDS; i++) {
    const feed: FeedRecord = {
      id: `feed${i}`,
      guildId: `g${i % 100}`,
      url: `${base}/feed/${i}`,
      title: `Feed ${i}`,
      siteUrl: null,
      channelId: 'c',
      mode: 'digest',
      intervalMinutes: 15,
      addedBy: 'bench',
      createdAt: '2026-05-01T00:00:00Z',
      primed: true,
      paused: false,
      pausedReason: null,
      etag: conditional ? `"v1-${i}"` : null,
      lastModified: null,
      nextPollAt: '2026-05-01T11:59:00Z',
      lastPolledAt: null,
      lastSuccessAt: null,
      lastError: null,
      failingSince: null,
      consecutiveFailures: 0,
      itemsIngested: 0,
    };
    await ctx.store.feeds.save(feed);
    // Everything the previous poll saw is already marked seen.
    for (const item of parseFeed(feedBody(i, false), feed.url).items)
      await ctx.store.feeds.claimItem(feed.id, itemIdentity(item));
  }
  return { ctx, clock };
}

const noPages = {
  loadArticle: () => Promise.reject(new Error('article pages are not served in this benchmark')),
};
const rows = [];
const cases = [
  ['baseline: no validators, every feed downloaded + parsed', false, appConfig.FEED_POLL_CONCURRENCY],
  ['conditional requests (ETag), most 304', true, appConfig.FEED_POLL_CONCURRENCY],
  ['conditional requests, FEED_POLL_CONCURRENCY=32', true, 32],
] as const;
for (const [label, conditional, concurrency] of cases) {
  const { ctx, clock } = await setup(conditional, concurrency);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const report = await pollDueFeeds(ctx, clock.now(), undefined, noPages);
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  rows.push({
    case: label,
    feeds: FEEDS,
    concurrency,
    '304': report.not_modified,
    '200 parsed': report.ok,
    failed: report.failed,
    'new stories': report.newStories,
    'CPU s': ((cpu.user + cpu.system) / 1e6).toFixed(2),
    'wall s': wall.toFixed(2),
  });
}
console.log(
  `\nOne poll cycle of ${FEEDS} feeds (${ITEMS_PER_FEED} items each, ${CHANGED_SHARE * 100}% changed; default FEED_POLL_CONCURRENCY=${appConfig.FEED_POLL_CONCURRENCY})\n`,
);
console.table(rows);
server.close();
process.exit(0);
