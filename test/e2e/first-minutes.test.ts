/**
 * An admin's first minutes, end to end on the local Discord-compatible server: /feed add, then at
 * once /digest preview, must list the feed's stories whatever second of the minute it happens at.
 * The test owns the clock and the poll job (no scheduler, no real minutes): at an offset close to
 * the next minute the poll tick lands between the two commands, at the others after them.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { fixedClock } from '../../src/services/clock.ts';
import type { FixtureResponse, FixtureRoute } from '../support/http-fixture-server.ts';
import { startHarness, type Harness } from './harness.ts';
import { newsroom, serveFeed, textOf } from './newsroom.ts';

const EPHEMERAL = 64;
const LOADING = 128;
const BASE = Date.parse('2026-05-04T16:00:00Z');
const clock = fixedClock(new Date(BASE));
let h: Harness;
let caseCounter = 0;

beforeAll(async () => {
  h = await startHarness({ overrides: { runScheduler: false, clock } });
});
afterAll(async () => {
  await h?.close();
});

/** Article pages that answer only once the test opens the gate (a slow news site). */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const hold =
    (held: number[]) =>
    (index: number, page: FixtureRoute): FixtureRoute =>
      held.includes(index)
        ? async (_request, response: ServerResponse) => {
            await opened;
            response
              .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
              .end((page as FixtureResponse).body);
          }
        : page;
  return { open, hold };
}

/** A new hour per case, so no case's stories or claims meet another's. */
function nextCaseTime(offsetSeconds = 0): number {
  const at = BASE + 3600_000 * ++caseCounter + offsetSeconds * 1000;
  clock.set(new Date(at));
  return at;
}

describe('/feed add, then /digest preview at once', () => {
  // Seconds into the minute at which the admin runs /feed add; the preview follows 2 s later.
  it.each([0, 15, 30, 45, 58.5, 59.5])('lists the new feed’s stories when added at :%s', async (offset) => {
    const room = await newsroom(h);
    const addedAt = nextCaseTime(offset);
    const feed = serveFeed(h, 'Daily Courier', addedAt - 3600_000);
    const set = await room.setDigest();
    expect(set.flags & EPHEMERAL).toBe(EPHEMERAL);

    const added = await room.run('feed', 'add', [{ name: 'url', value: feed.url }]).waitForResponse();
    expect(added.content).toMatch(/Following \*\*Daily Courier\*\* \(5 items right now\)/);
    expect(added.content).toMatch(/Reading its newest 3 of 5 items now/);
    expect(added.allowed_mentions).toEqual({ parse: [] });

    // The next minute's poll tick: between the two commands when it is due within the 2 s.
    const tickAt = Math.ceil(addedAt / 60_000) * 60_000;
    const poster = createChannelPoster(h.bot.client.rest);
    const tickBetween = tickAt - addedAt <= 2000;
    const tick = tickBetween ? pollDueFeeds(h.bot.ctx, new Date(tickAt), poster) : null;

    clock.set(new Date(addedAt + 2000));
    const preview = await room
      .run('digest', 'preview')
      .waitForResponse((m) => (m.flags & LOADING) === 0, 10_000);
    await tick;
    const text = textOf(preview);
    expect(preview.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(preview.allowed_mentions).toEqual({ parse: [] });
    // The newest three of the five items are kept (the poll job's flood guard for a new feed).
    for (const headline of feed.headlines.slice(0, 3)) expect(text).toContain(headline);
    expect(text).not.toContain(feed.headlines[3]!);
    expect(text).not.toMatch(/still reading/i);

    // The poll tick after the preview finds nothing new: no duplicate stories, nothing posted.
    if (!tickBetween) await pollDueFeeds(h.bot.ctx, new Date(tickAt), poster);
    const stories = await h.bot.ctx.store.stories.recent(room.guild.id, { limit: 50 });
    expect(stories.total).toBe(3);
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(0);
  });

  it('waits for a first read still running, and then lists all its stories', async () => {
    const room = await newsroom(h);
    const slow = gate();
    const feed = serveFeed(h, 'Daily Courier', nextCaseTime() - 3600_000, slow.hold([0, 1, 2]));
    await room.setDigest();
    await room.run('feed', 'add', [{ name: 'url', value: feed.url }]).waitForResponse();
    const preview = room.run('digest', 'preview');
    await preview.waitForAck();
    // The pages answer a moment after the preview was asked for (well within its wait).
    setTimeout(slow.open, 300);
    const text = textOf(await preview.waitForResponse((m) => (m.flags & LOADING) === 0, 10_000));
    for (const headline of feed.headlines.slice(0, 3)) expect(text).toContain(headline);
    expect(text).not.toMatch(/still reading/i);
  });

  it('says how many stories are still being read when they take longer, and send-now posts nothing until they are in', async () => {
    const room = await newsroom(h);
    const slow = gate();
    // The newest item's page answers; the next two hang until the gate opens.
    const feed = serveFeed(h, 'Daily Courier', nextCaseTime() - 3600_000, slow.hold([1, 2]));
    await room.setDigest();
    await room.run('feed', 'add', [{ name: 'url', value: feed.url }]).waitForResponse();

    const early = await room.ask('digest', 'preview', [], 10_000);
    expect(early).toContain(feed.headlines[0]!);
    expect(early).not.toContain(feed.headlines[1]!);
    expect(early).toContain('Still reading 2 of 3 stories from **Daily Courier**; try again in a moment.');

    const refused = await room.ask('digest', 'send-now', [{ name: 'channel', value: room.news.id }], 10_000);
    expect(refused).toMatch(
      /^Nothing was posted yet\. Still reading 2 of 3 stories from \*\*Daily Courier\*\*/,
    );
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(0);

    slow.open();
    const sent = await room.ask('digest', 'send-now', [{ name: 'channel', value: room.news.id }], 10_000);
    expect(sent).toBe(`Digest posted in <#${room.news.id}>.`);
    const posted = h.discord.channelMessages(room.news.id);
    expect(posted).toHaveLength(1);
    for (const headline of feed.headlines.slice(0, 3)) expect(textOf(posted[0]!)).toContain(headline);
    expect(posted[0]!.allowed_mentions).toEqual({ parse: [] });
  }, 30_000);
});

describe('/digest set', () => {
  it('says in one line what the digest would post right now', async () => {
    const room = await newsroom(h);
    const feed = serveFeed(h, 'Daily Courier', nextCaseTime() - 3600_000);
    await room.run('feed', 'add', [{ name: 'url', value: feed.url }]).waitForResponse();
    const set = textOf(await room.setDigest());
    expect(set).toMatch(
      /^Digest for <#\d+> set: 18:00 Europe\/Paris, every day, up to 10 items\. Next one <t:\d+:F>\.$/m,
    );
    expect(set).toContain(`Right now it would post 3 stories (from 1 feed); first: “${feed.headlines[0]}”.`);

    const filtered = textOf(await room.setDigest([{ name: 'include', value: 'volcano' }]));
    expect(filtered).toContain(
      'Right now it would post nothing. No digest has been posted here yet, and none of this server’s 3 stories from the last 7 days match its filters (include: volcano).',
    );
  });
});
