import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import type { AppContext } from '../../src/context.ts';
import { MemoryKeyValueStore } from '../../src/services/store/memory.ts';
import { rssFeed, startFeedServer, type FeedServer, type RssItemInput } from '../support/feed-server.ts';
import { RecordingPoster, testContext, type TestClock } from './test-context.ts';

let server: FeedServer;
let pathCounter = 0;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const noPage = { loadArticle: async () => Promise.reject(new Error('page unavailable in tests')) };
const MINUTE = 60_000;

function items(count: number, prefix = 'Story'): RssItemInput[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `${prefix} ${count - i}`,
    link: `https://news.example/${prefix.toLowerCase()}-${count - i}`,
    guid: `${prefix}-${count - i}`,
    pubDate: new Date(Date.UTC(2026, 4, 1, 9, 0) - i * 3600_000).toUTCString(),
    description: `<p>Paragraph about ${prefix} ${count - i}. It has details.</p>`,
  }));
}

async function setup(mode: 'digest' | 'instant', feedItems: RssItemInput[], clock?: TestClock) {
  const path = `/feed-${++pathCounter}`;
  server.set(path, { body: rssFeed('Example News', feedItems), etag: `"v1-${path}"` });
  const testClock = clock ?? fixedClock(new Date('2026-05-01T10:00:00Z'));
  const ctx = testContext({ clock: testClock });
  const { feed } = await addFeed(
    { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
    { guildId: 'g1', channelId: 'news', url: server.url(path), mode, intervalMinutes: 15, addedBy: 'u1' },
    testClock.now(),
  );
  return { ctx, clock: testClock, path, feed, poster: new RecordingPoster() };
}

const storyHeadlines = async (ctx: AppContext) =>
  (await ctx.store.stories.recent('g1', { limit: 100 })).stories.map((s) => s.headline).sort();

describe('pollDueFeeds', () => {
  it('first poll keeps only the newest 3 items as stories and posts nothing, even in instant mode', async () => {
    const { ctx, clock, poster } = await setup('instant', items(12));
    const report = await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(report.ok).toBe(1);
    expect(await storyHeadlines(ctx)).toEqual(['Story 10', 'Story 11', 'Story 12']);
    expect(poster.messages('news')).toHaveLength(0);
  });

  it('answers 304 without re-ingesting, and does not poll before the interval', async () => {
    const { ctx, clock, path, poster } = await setup('digest', items(4));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    clock.advance(5 * MINUTE);
    expect((await pollDueFeeds(ctx, clock.now(), poster, noPage)).ok).toBe(0); // not due yet
    clock.advance(11 * MINUTE);
    const report = await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(report.not_modified).toBe(1);
    expect(server.hits(path).notModified).toBe(1);
    expect((await ctx.store.feeds.listForGuild('g1'))[0]?.lastSuccessAt).toBe(clock.now().toISOString());
  });

  it('ingests a new item with an old date, posts it once in instant mode, and never reposts edited items', async () => {
    const { ctx, clock, path, poster } = await setup('instant', items(3));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    const old: RssItemInput = {
      title: 'Archive gem',
      link: 'https://news.example/archive',
      guid: 'archive-1',
      pubDate: 'Mon, 01 Jan 2018 00:00:00 GMT',
      description: 'An old piece, newly listed. It matters.',
    };
    // Edited: the same story with a new title and date, and one whose guid changed but link did not.
    const edited = items(3).map((item, i) =>
      i === 0
        ? { ...item, title: 'Story 3 (updated)', pubDate: 'Fri, 01 May 2026 11:00:00 GMT' }
        : i === 1
          ? { ...item, guid: 'new-guid-2' }
          : item,
    );
    server.set(path, { body: rssFeed('Example News', [old, ...edited]), etag: '"v2"' });
    clock.advance(16 * MINUTE);
    const report = await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(report.newStories).toBe(1);
    const posted = poster.messages('news');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.embeds[0]?.title).toContain('Archive gem');
    expect(await storyHeadlines(ctx)).toContain('Archive gem');
    // The same document again (etag changed, content not): nothing new.
    server.set(path, { body: rssFeed('Example News', [old, ...edited]), etag: '"v3"' });
    clock.advance(16 * MINUTE);
    expect((await pollDueFeeds(ctx, clock.now(), poster, noPage)).newStories).toBe(0);
    expect(poster.messages('news')).toHaveLength(1);
  });

  it('an instant post lost to a Discord outage is posted on the next poll, once', async () => {
    const { ctx, clock, path, poster } = await setup('instant', items(2));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    server.set(path, { body: rssFeed('Example News', [...items(1, 'Outage'), ...items(2)]), etag: '"v2"' });
    poster.transientFailures = 1;
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(poster.messages('news')).toHaveLength(0);
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, noPage); // 304 this time: only the pending post goes out
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect(poster.messages('news').map((m) => m.embeds[0]?.title)).toEqual([
      expect.stringContaining('Outage 1'),
    ]);
  });

  it('summarizes from the feed content when the article page cannot be fetched', async () => {
    const { ctx, clock, path, poster } = await setup('digest', items(1));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    server.set(path, {
      body: rssFeed('Example News', [
        {
          title: 'Fresh',
          link: server.url('/missing-page'),
          guid: 'fresh',
          description: '<p>The council approved the budget on Monday.</p>',
        },
      ]),
    });
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster); // default loader: the pipeline through the safe fetcher (404 here)
    const fresh = (await ctx.store.stories.recent('g1', { limit: 10 })).stories.find(
      (s) => s.headline === 'Fresh',
    );
    expect(fresh?.bullets).toEqual(['The council approved the budget on Monday.']);
    expect(fresh?.source).toMatchObject({ kind: 'feed' });
  });

  it('backs off after failures, pauses after 24 h and warns the channel exactly once', async () => {
    const { ctx, clock, path, poster, feed } = await setup('digest', items(2));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    server.set(path, { body: 'oops', status: 500 });
    const gaps: number[] = [];
    let last = clock.now().getTime();
    for (let minute = 0; minute < 26 * 60; minute += 5) {
      clock.advance(5 * MINUTE);
      const report = await pollDueFeeds(ctx, clock.now(), poster, noPage);
      if (report.failed + report.paused > 0) {
        gaps.push(clock.now().getTime() - last);
        last = clock.now().getTime();
      }
    }
    // Each wait at least as long as the one before, and growing beyond the 15-minute interval.
    expect(gaps.slice(1).every((gap, i) => gap >= gaps[i]!)).toBe(true);
    expect(Math.max(...gaps)).toBeGreaterThan(60 * MINUTE);
    const stored = await ctx.store.feeds.get(feed.id);
    expect(stored?.paused).toBe(true);
    expect(stored?.lastError).toMatch(/500|status/i);
    const warnings = poster.messages('news');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.content).toMatch(/\/feed resume/);
    expect(await ctx.store.feeds.dueIds(clock.now())).toEqual([]);
  });

  it('a paused feed whose channel is gone falls back to its adder; nobody reachable still leaves it paused, told once', async () => {
    const { ctx, clock, path, poster, feed } = await setup('digest', items(1));
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    server.set(path, { body: 'oops', status: 500 });
    poster.missingChannels.add('news');
    poster.adminsReachable = false;
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    clock.advance(25 * 60 * MINUTE);
    expect((await pollDueFeeds(ctx, clock.now(), poster, noPage)).paused).toBe(1);
    clock.advance(60 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    expect((await ctx.store.feeds.get(feed.id))?.paused).toBe(true);
    expect(poster.notices).toEqual([
      { guildId: 'g1', text: expect.stringMatching(/\/feed resume/), fallbackUserId: 'u1' },
    ]);
  });

  it('two processes polling one store ingest and post each new item once', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const kv = new MemoryKeyValueStore(() => clock.now().getTime());
    const path = `/feed-${++pathCounter}`;
    server.set(path, { body: rssFeed('Shared', items(2)) });
    const a = testContext({ clock, kv });
    const b = testContext({ clock, kv });
    await addFeed(
      { fetcher: a.fetcher, feeds: a.store.feeds },
      {
        guildId: 'g1',
        channelId: 'news',
        url: server.url(path),
        mode: 'instant',
        intervalMinutes: 15,
        addedBy: 'u',
      },
      clock.now(),
    );
    const poster = new RecordingPoster();
    await Promise.all([
      pollDueFeeds(a, clock.now(), poster, noPage),
      pollDueFeeds(b, clock.now(), poster, noPage),
    ]);
    server.set(path, { body: rssFeed('Shared', [...items(1, 'Breaking'), ...items(2)]) });
    clock.advance(16 * MINUTE);
    const reports = await Promise.all([
      pollDueFeeds(a, clock.now(), poster, noPage),
      pollDueFeeds(b, clock.now(), poster, noPage),
    ]);
    expect(reports[0].newStories + reports[1].newStories).toBe(1);
    expect(poster.messages('news')).toHaveLength(1);
  });
});
