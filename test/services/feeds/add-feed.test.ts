import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/services/clock.ts';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { isUserFacingError } from '../../../src/services/errors.ts';
import { rssFeed, startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { testContext } from '../../jobs/test-context.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.set('/rss', {
    body: rssFeed('Example News', [{ title: 'One', link: 'https://example.test/1', guid: '1' }]),
  });
  server.set('/site', {
    contentType: 'text/html',
    body: `<!doctype html><html><head><title>Site</title><link rel="alternate" type="application/rss+xml" title="Feed" href="/rss"></head><body><p>Welcome</p></body></html>`,
  });
  server.set('/plain-page', {
    contentType: 'text/html',
    body: '<!doctype html><html><head><title>No feed</title></head><body><p>Nothing</p></body></html>',
  });
});
afterAll(() => server.close());

const input = (url: string) => ({
  guildId: 'g1',
  channelId: 'c1',
  url,
  mode: 'digest' as const,
  intervalMinutes: 15,
  addedBy: 'u1',
});

describe('addFeed', () => {
  it('follows a valid feed and makes it due at once', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const { feed, itemCount } = await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      input(server.url('/rss')),
      clock.now(),
    );
    expect(feed.title).toBe('Example News');
    expect(itemCount).toBe(1);
    expect(await ctx.store.feeds.dueIds(clock.now())).toEqual([feed.id]);
    expect((await ctx.store.feeds.listForGuild('g1')).map((f) => f.url)).toEqual([server.url('/rss')]);
  });

  it('finds the feed a website links to', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const { feed } = await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      input(server.url('/site')),
      clock.now(),
    );
    expect(feed.url).toBe(server.url('/rss'));
  });

  it('refuses a page that is not a feed and links none, with a clear error, and stores nothing', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const attempt = addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      input(server.url('/plain-page')),
      clock.now(),
    );
    await expect(attempt).rejects.toSatisfy(
      (error) =>
        isUserFacingError(error) &&
        error.code === 'not_a_feed' &&
        /not an RSS, Atom or JSON feed/.test(error.message),
    );
    expect(await ctx.store.feeds.listForGuild('g1')).toEqual([]);
  });

  it('refuses the same feed twice for one server', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const deps = { fetcher: ctx.fetcher, feeds: ctx.store.feeds };
    await addFeed(deps, input(server.url('/rss')), clock.now());
    await expect(addFeed(deps, input(server.url('/site')), clock.now())).rejects.toThrow(/already follows/);
  });
});
