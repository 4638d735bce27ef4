/** Sites that turn automated readers away: the feed backs off, and an item whose page is blocked is still posted from the feed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { articleFromUrl } from '../../src/services/pipeline.ts';
import { rssFeed, type RssItemInput } from '../support/feed-server.ts';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server.ts';
import { RecordingPoster, testContext } from './test-context.ts';

let site: FixtureServer;
beforeAll(async () => {
  site = await startFixtureServer({
    '/blocked-page': { status: 403, body: 'Forbidden' },
    '/challenge-page': {
      body: '<html><head><title>Just a moment...</title></head><body>Checking your browser before accessing news.example</body></html>',
    },
  });
});
afterAll(() => site.close());

const MINUTE = 60_000;

describe('blocked sites', () => {
  it('post an item whose page is blocked from the feed’s own title and description', async () => {
    const clock = fixedClock(new Date('2026-06-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const item = (n: number, page: string): RssItemInput => ({
      title: `Harbour update ${n}`,
      link: site.url(`${page}?n=${n}`),
      guid: `g${n}`,
      pubDate: new Date(clock.now().getTime() - 60_000).toUTCString(),
      description: `<p>The harbour reopened its quay number ${n} on Monday after repairs.</p>`,
    });
    const feedItems = [item(1, '/blocked-page')];
    site.route('/rss', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('Gazette', feedItems),
    });
    await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      {
        guildId: 'g1',
        channelId: 'news',
        url: site.url('/rss'),
        mode: 'instant',
        intervalMinutes: 15,
        addedBy: 'u',
      },
      clock.now(),
    );
    const poster = new RecordingPoster();
    const loadArticle = (url: string) => articleFromUrl(ctx.fetcher, url);
    await pollDueFeeds(ctx, clock.now(), poster, { loadArticle });
    site.route('/rss', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('Gazette', [item(3, '/challenge-page'), item(2, '/blocked-page'), ...feedItems]),
    });
    clock.advance(16 * MINUTE);
    await pollDueFeeds(ctx, clock.now(), poster, { loadArticle });
    const posted = poster.messages('news').map((m) => m.embeds[0]!);
    expect(posted.map((embed) => embed.title)).toEqual(['Harbour update 2', 'Harbour update 3']);
    expect(posted[0]!.description).toContain(
      'The harbour reopened its quay number 2 on Monday after repairs.',
    );
    expect(posted[1]!.description).not.toMatch(/browser/i);
  });

  it('make a feed that answers 403 or 429 back off like any failing feed, with a clear last error', async () => {
    const clock = fixedClock(new Date('2026-06-01T10:00:00Z'));
    const ctx = testContext({ clock });
    site.route('/rss2', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed('Gazette', []) });
    const { feed } = await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      {
        guildId: 'g1',
        channelId: 'news',
        url: site.url('/rss2'),
        mode: 'digest',
        intervalMinutes: 15,
        addedBy: 'u',
      },
      clock.now(),
    );
    site.route('/rss2', { status: 429, body: 'slow down' });
    await pollDueFeeds(ctx, clock.now(), new RecordingPoster());
    const first = (await ctx.store.feeds.get(feed.id))!;
    expect(first.lastError).toMatch(/^That site blocks automated readers like NewsBrief right now \(429/);
    clock.set(new Date(first.nextPollAt));
    site.route('/rss2', { status: 403, body: 'no' });
    await pollDueFeeds(ctx, clock.now(), new RecordingPoster());
    const second = (await ctx.store.feeds.get(feed.id))!;
    expect(second.consecutiveFailures).toBe(2);
    expect(Date.parse(second.nextPollAt) - clock.now().getTime()).toBe(30 * MINUTE);
  });
});
