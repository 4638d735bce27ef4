import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelMissingError,
  createChannelPoster,
  messageNonce,
  MissingPermissionError,
} from '../../src/discord/channel-poster.ts';
import { postDueDigests } from '../../src/jobs/post-digests.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { startDiscordServer, Permission, type DiscordServer } from '../../src/sandbox/discord/index.ts';
import { testContext } from '../jobs/test-context.ts';
import { addDigest, addStories } from '../jobs/digest-helpers.ts';

let server: DiscordServer;
let rest: REST;
beforeAll(async () => {
  // A tight per-channel limit: a multi-part digest must wait for its bucket, not lose parts.
  server = await startDiscordServer({ channelRateLimit: { count: 2, windowMs: 300 } });
  rest = new REST({ api: server.apiUrl }).setToken(server.botToken);
});
afterAll(async () => {
  await server.close();
});

describe('createChannelPoster (local Discord-compatible server)', () => {
  it('posts without pinging anyone, and a repeated nonce yields the first message', async () => {
    const guild = server.addGuild();
    const channel = server.addChannel(guild.id);
    const poster = createChannelPoster(rest);
    const nonce = messageNonce('test', channel.id);
    const first = await poster.send(
      channel.id,
      { content: 'Hello @everyone', embeds: [{ description: 'x' }] },
      { nonce },
    );
    const again = await poster.send(
      channel.id,
      { content: 'Hello @everyone', embeds: [{ description: 'x' }] },
      { nonce },
    );
    expect(again.id).toBe(first.id);
    const messages = server.channelMessages(channel.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.allowed_mentions).toEqual({ parse: [] });
    expect(nonce.length).toBeLessThanOrEqual(25);
  });

  it('reports a deleted channel and a lost permission as typed errors', async () => {
    const guild = server.addGuild();
    const gone = server.addChannel(guild.id);
    const locked = server.addChannel(guild.id);
    server.deleteChannel(gone.id);
    server.setBotPermissions(locked.id, Permission.ViewChannel);
    const poster = createChannelPoster(rest);
    await expect(
      poster.send(gone.id, { embeds: [{ description: 'x' }] }, { nonce: 'a1' }),
    ).rejects.toBeInstanceOf(ChannelMissingError);
    await expect(
      poster.send(locked.id, { embeds: [{ description: 'x' }] }, { nonce: 'a2' }),
    ).rejects.toBeInstanceOf(MissingPermissionError);
  });

  it('delivers a multi-part digest in order through rate limits, and a deleted channel disables it with one admin notice', async () => {
    const guild = server.addGuild();
    const channel = server.addChannel(guild.id);
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, guild.id, 25, clock.now(), { bulletLength: 380 });
    const digest = await addDigest(ctx, { guildId: guild.id, channelId: channel.id, max: 25 }, clock.now());
    const poster = createChannelPoster(rest);
    clock.set(new Date('2026-05-01T12:00:00Z'));
    expect((await postDueDigests(ctx, poster, clock.now())).delivered).toBe(1);
    const titles = server.channelMessages(channel.id).map((message) => message.embeds[0]?.title ?? '');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(titles.map((_, i) => expect.stringContaining(`(${i + 1}/${titles.length})`)));

    server.deleteChannel(channel.id);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await addStories(ctx, guild.id, 1, clock.now());
    expect((await postDueDigests(ctx, poster, clock.now())).disabled).toBe(1);
    clock.set(new Date('2026-05-03T12:00:00Z'));
    await addStories(ctx, guild.id, 1, clock.now());
    await postDueDigests(ctx, poster, clock.now());
    const notices = server.channelMessages(guild.system_channel_id);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.content).toMatch(/turned off because its channel was deleted/);
    expect((await ctx.store.digests.get(digest.id))?.enabled).toBe(false);
  });

  it('a digest whose channel the bot may no longer post in is turned off, and admins are told why', async () => {
    const guild = server.addGuild();
    const channel = server.addChannel(guild.id);
    server.setBotPermissions(channel.id, Permission.ViewChannel);
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, guild.id, 2, clock.now());
    await addDigest(ctx, { guildId: guild.id, channelId: channel.id }, clock.now());
    clock.set(new Date('2026-05-01T12:00:00Z'));
    expect((await postDueDigests(ctx, createChannelPoster(rest), clock.now())).disabled).toBe(1);
    expect(server.channelMessages(channel.id)).toHaveLength(0);
    expect(server.channelMessages(guild.system_channel_id).map((m) => m.content)).toEqual([
      expect.stringMatching(/may not post in its channel \(needs: Send Messages and Embed Links\)/),
    ]);
  });
});
