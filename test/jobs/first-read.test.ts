import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNewFeed } from '../../src/jobs/first-read.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { pendingFirstReads, waitForFirstReads } from '../../src/services/feeds/first-read.ts';
import type { Article } from '../../src/services/types.ts';
import { rssFeed, startFeedServer, type FeedServer, type RssItemInput } from '../support/feed-server.ts';
import { RecordingPoster, testContext } from './test-context.ts';

let server: FeedServer;
let pathCounter = 0;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const items = (count: number): RssItemInput[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `Story ${count - i}`,
    link: `https://news.example/story-${count - i}`,
    guid: `story-${count - i}`,
    pubDate: new Date(Date.UTC(2026, 4, 1, 9) - i * 3600_000).toUTCString(),
    description: `<p>About story ${count - i}. It has details.</p>`,
  }));

/** An article loader whose pages answer only when the test lets them, one at a time or all. */
function heldPages() {
  const waiting: (() => void)[] = [];
  const loadArticle = (url: string) =>
    new Promise<Article>((_, reject) => waiting.push(() => reject(new Error(`no page for ${url}`))));
  const releaseOne = async () => {
    for (let i = 0; i < 100 && waiting.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    waiting.shift()?.();
  };
  return { loadArticle, releaseOne, held: () => waiting.length };
}

const noPage = { loadArticle: async () => Promise.reject(new Error('no pages in tests')) };

async function setup(count = 5, config = {}) {
  const path = `/first-read-${++pathCounter}`;
  server.set(path, { body: rssFeed('Example News', items(count)) });
  const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
  const ctx = testContext({ clock, config });
  const added = await addFeed(
    { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
    {
      guildId: 'g1',
      channelId: 'news',
      url: server.url(path),
      mode: 'instant',
      intervalMinutes: 15,
      addedBy: 'u1',
    },
    clock.now(),
  );
  return { ctx, clock, ...added };
}

const headlines = async (ctx: ReturnType<typeof testContext>) =>
  (await ctx.store.stories.recent('g1', { limit: 50 })).stories.map((s) => s.headline).sort();

describe('readNewFeed', () => {
  it('stores the newest 3 items as stories at once, like the poll job’s first poll, and the next poll finds nothing new', async () => {
    const { ctx, clock, feed, itemCount, readCount } = await setup(5);
    expect([itemCount, readCount]).toEqual([5, 3]);
    const outcome = await readNewFeed(ctx, feed, clock.now(), noPage);
    expect(outcome).toMatchObject({ kind: 'ok', primed: true, firstReadStories: 3, newStories: [] });
    expect(await headlines(ctx)).toEqual(['Story 3', 'Story 4', 'Story 5']);
    const poster = new RecordingPoster();
    clock.advance(60_000);
    const report = await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(report.ok + report.not_modified).toBe(0); // not due until its interval has passed
    clock.advance(15 * 60_000);
    expect((await pollDueFeeds(ctx, clock.now(), poster, noPage)).newStories).toBe(0);
    expect(poster.sends).toBe(0); // an instant feed's existing items are never posted
  });

  it('skips a feed the poll job is already reading: its 3 stories are stored once', async () => {
    const { ctx, clock, feed } = await setup(5);
    const pages = heldPages();
    const poll = pollDueFeeds(ctx, clock.now(), undefined, { loadArticle: pages.loadArticle });
    await pages.releaseOne(); // the poll job is inside the first read now
    expect(await readNewFeed(ctx, feed, clock.now(), { loadArticle: pages.loadArticle })).toEqual({
      kind: 'skipped',
    });
    await pages.releaseOne();
    await pages.releaseOne();
    expect((await poll).ok).toBe(1);
    expect(await headlines(ctx)).toEqual(['Story 3', 'Story 4', 'Story 5']);
  });

  it('makes a poll tick during it skip the feed: its 3 stories are stored once', async () => {
    const { ctx, clock, feed } = await setup(5);
    const pages = heldPages();
    const read = readNewFeed(ctx, feed, clock.now(), { loadArticle: pages.loadArticle });
    await pages.releaseOne();
    const report = await pollDueFeeds(ctx, clock.now(), undefined, { loadArticle: pages.loadArticle });
    expect(report).toMatchObject({ skipped: 1, ok: 0 });
    await pages.releaseOne();
    await pages.releaseOne();
    expect(await read).toMatchObject({ kind: 'ok', firstReadStories: 3 });
    expect(await headlines(ctx)).toEqual(['Story 3', 'Story 4', 'Story 5']);
  });

  it('records its progress for anyone to read, and clears it once the feed is read', async () => {
    const { ctx, clock, feed } = await setup(5);
    expect((await pendingFirstReads(ctx.store.feeds, [feed]))[0]).toMatchObject({ remaining: 3, total: 3 });
    const pages = heldPages();
    const reading = readNewFeed(ctx, feed, clock.now(), { loadArticle: pages.loadArticle });
    await pages.releaseOne();
    await pages.releaseOne();
    for (let i = 0; i < 100 && pages.held() === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect((await pendingFirstReads(ctx.store.feeds, [feed]))[0]).toMatchObject({ remaining: 1, total: 3 });
    await pages.releaseOne();
    await reading;
    const after = await ctx.store.feeds.listForGuild('g1');
    expect(await pendingFirstReads(ctx.store.feeds, after)).toEqual([]);
    expect(await ctx.store.feeds.firstReads([feed.id])).toEqual([undefined]);
  });

  it('runs at most FEED_POLL_CONCURRENCY first reads at once in a process', async () => {
    const one = await setup(1, { FEED_POLL_CONCURRENCY: 1 });
    const pages = heldPages();
    const first = readNewFeed(one.ctx, one.feed, one.clock.now(), { loadArticle: pages.loadArticle });
    const other = await addFeed(
      { fetcher: one.ctx.fetcher, feeds: one.ctx.store.feeds },
      {
        guildId: 'g1',
        channelId: 'news',
        url: `${one.feed.url}?other`,
        mode: 'digest',
        intervalMinutes: 15,
        addedBy: 'u1',
      },
      one.clock.now(),
    );
    const second = readNewFeed(one.ctx, other.feed, one.clock.now(), { loadArticle: pages.loadArticle });
    for (let i = 0; i < 100 && pages.held() === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    expect(pages.held()).toBe(1); // the second waits its turn
    await pages.releaseOne();
    await first;
    await pages.releaseOne();
    expect(await second).toMatchObject({ kind: 'ok', firstReadStories: 1 });
  });

  it('records a feed that fails on its first read as failing, not as still being read', async () => {
    const { ctx, clock, feed } = await setup(2);
    server.set(new URL(feed.url).pathname, { status: 500, body: 'down' });
    const outcome = await readNewFeed(ctx, feed, clock.now(), noPage);
    expect(outcome.kind).toBe('failed');
    const [stored] = await ctx.store.feeds.listForGuild('g1');
    expect(stored?.lastError).toMatch(/500/);
    expect(await pendingFirstReads(ctx.store.feeds, [stored!])).toEqual([]);
  });
});

describe('waitForFirstReads', () => {
  it('returns as soon as nothing is pending, or when its budget is spent, never sleeping past it', async () => {
    const { ctx, feed } = await setup(2);
    let now = 0;
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      now += ms;
    };
    const load = async () => ctx.store.feeds.listForGuild('g1');
    await waitForFirstReads(load, { budgetMs: 250, intervalMs: 100, sleep, monotonicNow: () => now });
    expect(slept).toEqual([100, 100, 50]);
    await ctx.store.feeds.save({ ...feed, primed: true });
    slept.length = 0;
    await waitForFirstReads(load, { budgetMs: 250, sleep, monotonicNow: () => now });
    expect(slept).toEqual([]);
  });
});
