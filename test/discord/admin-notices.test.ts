import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { postDueDigests } from '../../src/jobs/post-digests.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { startDiscordServer, Permission, type DiscordServer } from '../../src/sandbox/discord/index.ts';
import { rssFeed, startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { addDigest, addStories } from '../jobs/digest-helpers.ts';
import { testContext } from '../jobs/test-context.ts';

let discord: DiscordServer;
let feeds: FeedServer;
let rest: REST;
beforeAll(async () => {
  discord = await startDiscordServer();
  feeds = await startFeedServer();
  rest = new REST({ api: discord.apiUrl }).setToken(discord.botToken);
});
afterAll(async () => {
  await discord.close();
  await feeds.close();
});

/** A server with one admin member; `systemChannel: false` is a server whose admins turned it off. */
function newsroom(options: { systemChannel?: boolean } = {}) {
  const guild = discord.addGuild({ name: 'Night *Desk*' });
  const admin = discord.addMember(guild.id, { username: 'editor' });
  if (options.systemChannel === false) discord.setSystemChannel(guild.id, null);
  return { guild, admin };
}

const dmOpens = () =>
  discord.requests.filter((r) => r.method === 'POST' && r.route === '/users/@me/channels').length;

describe('notifyGuildAdmins (local Discord-compatible server)', () => {
  it('posts in the system channel when there is one, and DMs the member who set it up once there is none', async () => {
    const { guild, admin } = newsroom();
    const poster = createChannelPoster(rest);
    expect(await poster.notifyGuildAdmins(guild.id, 'First notice', { fallbackUserId: admin.user.id })).toBe(
      true,
    );
    expect(discord.channelMessages(guild.system_channel_id).map((m) => m.content)).toEqual(['First notice']);
    expect(discord.dmMessages(admin.user.id)).toEqual([]);

    discord.setSystemChannel(guild.id, null);
    expect(await poster.notifyGuildAdmins(guild.id, 'Second notice', { fallbackUserId: admin.user.id })).toBe(
      true,
    );
    const dms = discord.dmMessages(admin.user.id);
    expect(dms.map((m) => m.content)).toEqual(['From the server **Night Desk**:\nSecond notice']);
    expect(dms[0]?.allowed_mentions).toEqual({ parse: [] });
    expect(discord.channelMessages(guild.system_channel_id)).toHaveLength(1);
  });

  it('DMs once when the bot may not post in the system channel, within 2000 characters', async () => {
    const { guild, admin } = newsroom();
    discord.setBotPermissions(guild.system_channel_id, Permission.ViewChannel);
    const poster = createChannelPoster(rest);
    const text = `@everyone ${'x'.repeat(2500)}`;
    for (let i = 0; i < 2; i++)
      expect(await poster.notifyGuildAdmins(guild.id, text, { fallbackUserId: admin.user.id })).toBe(true);
    const dms = discord.dmMessages(admin.user.id);
    expect(dms).toHaveLength(1); // the retry carried the same nonce
    expect(dms[0]?.content.length).toBe(2000);
    expect(dms[0]?.content).toContain('@everyone xxx');
    expect(dms[0]?.allowed_mentions).toEqual({ parse: [] });
    expect(discord.channelMessages(guild.system_channel_id)).toHaveLength(0);
  });

  it('a member who refuses DMs is a normal outcome: false, nothing thrown', async () => {
    const { guild, admin } = newsroom({ systemChannel: false });
    discord.setRefusesDms(admin.user.id);
    const poster = createChannelPoster(rest);
    const before = dmOpens();
    await expect(
      poster.notifyGuildAdmins(guild.id, 'Notice', { fallbackUserId: admin.user.id }),
    ).resolves.toBe(false);
    expect(dmOpens()).toBe(before + 1); // it did try the DM
    expect(discord.dmMessages(admin.user.id)).toEqual([]);
    // Without anyone to fall back on, nothing is tried.
    expect(await poster.notifyGuildAdmins(guild.id, 'Notice')).toBe(false);
    expect(dmOpens()).toBe(before + 1);
  });
});

describe('jobs telling the member who set a digest or feed up', () => {
  it('a digest whose channel was deleted, in a server without a system channel, is reported to its creator once', async () => {
    const { guild, admin } = newsroom({ systemChannel: false });
    const channel = discord.addChannel(guild.id);
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, guild.id, 2, clock.now());
    const digest = await addDigest(
      ctx,
      { guildId: guild.id, channelId: channel.id, createdBy: admin.user.id },
      clock.now(),
    );
    discord.deleteChannel(channel.id);
    const poster = createChannelPoster(rest);
    clock.set(new Date('2026-05-01T12:00:00Z'));
    expect((await postDueDigests(ctx, poster, clock.now())).disabled).toBe(1);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(discord.dmMessages(admin.user.id).map((m) => m.content)).toEqual([
      expect.stringMatching(/Night Desk[\s\S]*turned off because its channel was deleted/),
    ]);
    expect((await ctx.store.digests.get(digest.id))?.enabled).toBe(false);
  });

  it('a digest creator who refuses DMs: the digest is still turned off, the cycle goes on, and nobody is asked twice', async () => {
    const { guild, admin } = newsroom({ systemChannel: false });
    discord.setRefusesDms(admin.user.id);
    const gone = discord.addChannel(guild.id);
    const working = discord.addChannel(guild.id);
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, guild.id, 2, clock.now());
    const broken = await addDigest(
      ctx,
      { guildId: guild.id, channelId: gone.id, createdBy: admin.user.id },
      clock.now(),
    );
    await addDigest(ctx, { guildId: guild.id, channelId: working.id, createdBy: admin.user.id }, clock.now());
    discord.deleteChannel(gone.id);
    const poster = createChannelPoster(rest);
    const before = dmOpens();
    clock.set(new Date('2026-05-01T12:00:00Z'));
    const report = await postDueDigests(ctx, poster, clock.now());
    expect(report).toMatchObject({ disabled: 1, delivered: 1, failed: 0 });
    expect(discord.channelMessages(working.id).length).toBeGreaterThan(0);
    expect((await ctx.store.digests.get(broken.id))?.enabled).toBe(false);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(dmOpens()).toBe(before + 1);
    expect(discord.dmMessages(admin.user.id)).toEqual([]);
  });

  it('a feed paused after a day of failures, whose channel is gone, is reported by DM to the member who added it', async () => {
    const { guild, admin } = newsroom({ systemChannel: false });
    const channel = discord.addChannel(guild.id);
    feeds.set('/wire', {
      body: rssFeed('Wire', [{ title: 'One', link: 'https://wire.example/1', guid: '1' }]),
    });
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const { feed } = await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      {
        guildId: guild.id,
        channelId: channel.id,
        url: feeds.url('/wire'),
        mode: 'digest',
        intervalMinutes: 15,
        addedBy: admin.user.id,
      },
      clock.now(),
    );
    const poster = createChannelPoster(rest);
    const noPage = { loadArticle: () => Promise.reject(new Error('no article pages here')) };
    await pollDueFeeds(ctx, clock.now(), poster, noPage);
    feeds.set('/wire', { body: 'down', status: 500 });
    discord.deleteChannel(channel.id);
    clock.advance(16 * 60_000);
    await pollDueFeeds(ctx, clock.now(), poster, noPage); // first failure
    clock.advance(25 * 3600_000);
    expect((await pollDueFeeds(ctx, clock.now(), poster, noPage)).paused).toBe(1);
    expect((await ctx.store.feeds.get(feed.id))?.paused).toBe(true);
    expect(discord.dmMessages(admin.user.id).map((m) => m.content)).toEqual([
      expect.stringMatching(/Night Desk[\s\S]*stopped checking the feed \*\*Wire\*\*[\s\S]*\/feed resume/),
    ]);
  });
});
