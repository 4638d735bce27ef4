/**
 * Every empty answer says why, truthfully, and /feed list and /digest list show what is wrong with
 * the fix: end to end on the local Discord-compatible server, the test owning the clock and the jobs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { postDueDigests } from '../../src/jobs/post-digests.ts';
import { fixedClock } from '../../src/services/clock.ts';
import type { Story } from '../../src/services/types.ts';
import { Permission } from '../../src/sandbox/discord/index.ts';
import { startHarness, type Harness } from './harness.ts';
import { newsroom, serveFeed } from './newsroom.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
// 16:00 UTC is 18:00 in Paris, the time every digest here is set for.
const BASE = Date.parse('2026-06-01T12:00:00Z');
const clock = fixedClock(new Date(BASE));
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ overrides: { runScheduler: false, clock } });
});
afterAll(async () => {
  await h?.close();
});

/** A story a member summarized `ageMs` before now. */
async function memberStory(guildId: string, headline: string, site: string, ageMs: number, body = headline) {
  const story: Story = {
    id: randomUUID(),
    guildId,
    url: `https://www.${site.toLowerCase().replace(/\s+/g, '-')}.example/${randomUUID()}`,
    headline,
    bullets: [body],
    quotes: [],
    byline: null,
    siteName: site,
    publishedAt: null,
    imageUrl: null,
    lang: 'en',
    body,
    createdAt: new Date(clock.now().getTime() - ageMs).toISOString(),
    channelId: null,
    source: { kind: 'member', userId: '1' },
  };
  await h.bot.ctx.store.stories.save(story);
  return story;
}

const NO_STORIES =
  'this server has no stories yet: follow a feed with /feed add, or summarize an article with /summarize.';

describe('a server with nothing yet', () => {
  it('says so in /feed list, /digest set, /digest preview, /recent and /search, each pointing at the next step', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    expect(await room.ask('feed', 'list')).toContain(
      'This server follows no feeds yet, so its digests only draw from what members /summarize. Add one with /feed add url:',
    );
    expect((await room.setDigest()).content).toContain(
      `Right now it would post nothing. No digest has been posted here yet, and ${NO_STORIES}`,
    );
    expect(await room.ask('digest', 'preview')).toBe(
      `No digest has been posted here yet, and ${NO_STORIES} So it would not be posted now.`,
    );
    expect(await room.ask('recent', undefined)).toContain(
      'This server has no stories yet: nobody has used /summarize here, and it follows no feeds. Try /summarize with a link, or (with Manage Server) /feed add.',
    );
    expect(await room.ask('search', undefined, [{ name: 'query', value: 'harbour' }])).toContain(
      'This server has no stories to search yet: nobody has used /summarize here, and it follows no feeds.',
    );
  });
});

describe('a server with stories', () => {
  it('/search with no hits says what it covers and suggests a shorter query; with days it points at older matches', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    await memberStory(room.guild.id, 'Telescope spots a green comet', 'Orbit News', HOUR);
    await memberStory(room.guild.id, 'Monks recorded a comet in 1066', 'Coastal Courier', 40 * DAY);
    expect(await room.ask('search', undefined, [{ name: 'query', value: 'volcano eruption' }])).toContain(
      'No story matches “volcano eruption”. The search covers the headlines, key points, quotes and text of this server’s 2 stories, from /summarize and followed feeds, and forgives small typos. Try a shorter query: the start of a word is enough (“elect” finds “election”).',
    );
    expect(
      await room.ask('search', undefined, [
        { name: 'query', value: 'monks' },
        { name: 'days', value: 7 },
      ]),
    ).toContain(
      'No story from the last 7 days matches “monks”, but 1 older one does: search again without days.',
    );
    expect(await room.ask('recent', undefined, [{ name: 'source', value: 'bbc' }])).toContain(
      'None of this server’s 2 stories is from “bbc” (a source matches a site’s name or web address). Sources here include Orbit News and Coastal Courier. Try /recent without source.',
    );
  });

  it('/digest preview tells filters that match nothing, feeds with nothing recent, and nothing new since the last digest apart', async () => {
    clock.set(new Date(BASE - 9 * DAY));
    const room = await newsroom(h);
    const feed = serveFeed(h, 'Daily Courier', BASE - 10 * DAY);
    const added = room.run('feed', 'add', [{ name: 'url', value: feed.url }]);
    await added.waitForResponse((m) => m.content.includes('✅ Read'), 10_000);
    clock.set(new Date(BASE));
    await memberStory(room.guild.id, 'Telescope spots a green comet', 'Orbit News', HOUR);

    await room.setDigest([{ name: 'include', value: 'volcano, lava' }]);
    expect(await room.ask('digest', 'preview')).toBe(
      'No digest has been posted here yet, and none of this server’s 1 story from the last 7 days matches its filters (include: volcano, lava). So it would not be posted now.',
    );
    await room.setDigest([{ name: 'feeds', value: 'Daily Courier' }]);
    expect(await room.ask('digest', 'preview')).toBe(
      'No digest has been posted here yet, and this digest’s feed (**Daily Courier**) has no stories from the last 7 days. So it would not be posted now.',
    );

    // Posted at 18:00 Paris; a preview after it has nothing new.
    await room.setDigest();
    const poster = createChannelPoster(h.bot.client.rest);
    await postDueDigests(h.bot.ctx, poster, new Date(BASE + 4 * HOUR + 30_000));
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(1);
    clock.set(new Date(BASE + 5 * HOUR));
    expect(await room.ask('digest', 'preview')).toMatch(
      /^Nothing new since the last digest, posted <t:\d+:f>\. So it would not be posted now\.$/,
    );
  });

  it('does not call a run that posted nothing a digest', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    await memberStory(room.guild.id, 'Telescope spots a green comet', 'Orbit News', HOUR);
    await room.setDigest([{ name: 'include', value: 'volcano' }]);
    const poster = createChannelPoster(h.bot.client.rest);
    await postDueDigests(h.bot.ctx, poster, new Date(BASE + 4 * HOUR + 30_000));
    const [digest] = await h.bot.ctx.store.digests.listForGuild(room.guild.id);
    expect(digest?.lastDeliveredAt).not.toBeNull(); // it ran…
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(0); // …and posted nothing
    clock.set(new Date(BASE + 5 * HOUR));
    expect(await room.ask('digest', 'preview')).toMatch(
      /^Nothing new since this digest last ran, <t:\d+:f> \(it had nothing to post then\)\. So it would not be posted now\.$/,
    );
  });
});

describe('problems in /digest list and /feed list', () => {
  it('a digest whose channel was deleted says so, with the fix, and can then be removed by its id', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    const desk = h.discord.addChannel(room.guild.id, { name: 'desk' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await room
      .run('digest', 'set', [
        { name: 'channel', value: desk.id },
        { name: 'time', value: '18:00' },
        { name: 'timezone', value: 'Europe/Paris' },
      ])
      .waitForResponse((m) => (m.flags & 128) === 0, 10_000);
    const id = (await h.bot.ctx.store.digests.listForGuild(room.guild.id))[0]!.id;
    h.discord.deleteChannel(desk.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await room.ask('digest', 'list')).toContain(
      `⚠️ Its channel no longer exists. Fix: /digest remove digest:${id}, then /digest set one up in another channel.`,
    );
    expect(await room.ask('digest', 'remove', [{ name: 'digest', value: id }])).toBe(
      `Removed the digest for <#${desk.id}>.`,
    );
    expect(await room.ask('digest', 'list')).toContain('No digests yet.');
  });

  it('a channel the bot may not post in is named, before and after a delivery turned the digest off', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    await memberStory(room.guild.id, 'Telescope spots a green comet', 'Orbit News', HOUR);
    await room.setDigest();
    h.discord.setBotPermissions(room.news.id, Permission.ViewChannel | Permission.SendMessages);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await room.ask('digest', 'list')).toMatch(
      /⚠️ The bot may not post in <#\d+> \(missing: Embed Links\)\. Fix: allow it for NewsBrief in that channel’s permissions before <t:\d+:R>\./,
    );
    const sent = await room.ask('digest', 'send-now', [{ name: 'channel', value: room.news.id }], 10_000);
    expect(sent).toMatch(/could not be posted .* and was turned off/);
    expect(await room.ask('digest', 'list')).toContain(
      `(missing: Embed Links). Fix: allow it for NewsBrief in that channel’s permissions, then run /digest set for <#${room.news.id}> again to turn it back on.`,
    );
  });

  it('a failing feed, then one paused after 24 hours of failures, each with its last error and the fix', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    const feed = serveFeed(h, 'Daily Courier', BASE - HOUR);
    await room
      .run('feed', 'add', [{ name: 'url', value: feed.url }])
      .waitForResponse((m) => m.content.includes('✅ Read'), 10_000);
    const id = (await h.bot.ctx.store.feeds.listForGuild(room.guild.id))[0]!.id;
    h.site.route(new URL(feed.url).pathname, { status: 404, body: 'gone' });

    await pollDueFeeds(h.bot.ctx, new Date(BASE + 20 * 60_000));
    const failing = await room.ask('feed', 'list');
    expect(failing).toMatch(
      /⚠️ Failing since <t:\d+:R> \(1 try; last error: .*404.*\); it is retried less often and paused after 24 hours\. Fix: if the feed moved, \/feed remove it and \/feed add its new address\./,
    );

    await pollDueFeeds(h.bot.ctx, new Date(BASE + 25 * HOUR));
    const paused = await room.ask('feed', 'list');
    expect(paused).toMatch(
      /⏸️ Paused after failing for 24 hours \(last error: .*404.*\)\. Fix: check that http:\/\/127\.0\.0\.1:\d+\/f\d+\/rss still opens, then run \/feed resume feed:/,
    );
    expect(paused).toContain(`/feed resume feed:${id}.`);
  });

  it('an instant feed whose channel was deleted says its items cannot be posted, with the fix', async () => {
    clock.set(new Date(BASE));
    const room = await newsroom(h);
    const wire = h.discord.addChannel(room.guild.id, { name: 'wire' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const feed = serveFeed(h, 'Daily Courier', BASE - HOUR);
    await room
      .run('feed', 'add', [
        { name: 'url', value: feed.url },
        { name: 'channel', value: wire.id },
        { name: 'mode', value: 'instant' },
      ])
      .waitForResponse((m) => m.content.includes('✅ Read'), 10_000);
    h.discord.deleteChannel(wire.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await room.ask('feed', 'list')).toContain(
      '⚠️ Its channel no longer exists, so its new items cannot be posted. Fix: /feed remove it and /feed add it again with a channel that exists.',
    );
  });
});
