/** Self-test: the real discord.js client talks to the local Discord-compatible server. */
import { DiscordAPIError, EmbedBuilder, MessageFlags, type TextChannel } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { useLocalDiscord } from './discord-harness.ts';

const discord = useLocalDiscord();
const { onSlash, caughtError, slash } = discord;

describe('local Discord server with the real discord.js client', () => {
  it('logs the client in: READY then GUILD_CREATE with the guild and its channels', () => {
    expect(discord.client.isReady()).toBe(true);
    expect(discord.client.user?.id).toBe(discord.server.botUser.id);
    const cached = discord.client.guilds.cache.get(discord.guild.id);
    expect(cached?.name).toBe('Newsroom');
    expect(cached?.channels.cache.get(discord.channelId)?.name).toBe('news');
    expect(cached?.systemChannelId).toBe(discord.guild.system_channel_id);
    expect(discord.server.counters.gateway.identify).toBe(1);
  });

  it('stores commands registered through the application', async () => {
    await discord.client.application?.commands.set(
      [
        {
          name: 'summarize',
          description: 'Summarize an article',
          options: [{ name: 'url', description: 'Article URL', type: 3, required: true }],
        },
      ],
      discord.guild.id,
    );
    expect(discord.server.commands.map((c) => c.name)).toEqual(['summarize']);
    await expect(
      discord.client.application?.commands.set([{ name: 'Bad Name', description: 'x' }]),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('sees the deferral (type 5) and the edited @original embed, with the option value passed through', async () => {
    onSlash('summarize', async (i) => {
      await i.deferReply();
      await i.editReply({
        embeds: [new EmbedBuilder().setTitle('Headline').setDescription(i.options.getString('url', true))],
      });
    });
    const handle = slash('summarize', [{ name: 'url', value: 'https://example.com/a' }]);
    const ack = await handle.waitForAck();
    expect(ack.type).toBe(5);
    expect(handle.ackedAt).toBeGreaterThanOrEqual(handle.createdAt);
    const reply = await handle.waitForResponse((m) => m.embeds.length > 0);
    expect(reply.embeds[0]?.title).toBe('Headline');
    expect(reply.embeds[0]?.description).toBe('https://example.com/a');
    expect(handle.original()?.flags).toBe(0);
    expect(discord.server.channelMessages(discord.channelId).map((m) => m.id)).toContain(reply.id);
  });

  it('rejects an embed description over 4096 characters with DiscordAPIError 50035 and nested errors', async () => {
    onSlash('toolong', async (i) => {
      await i.reply({ embeds: [{ description: 'x'.repeat(4097) }] });
    });
    const handle = slash('toolong');
    const error = await caughtError('toolong');
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).rawError).toMatchObject({
      errors: { data: { embeds: { '0': { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    });
    expect(handle.ack).toBeUndefined();
  });

  it('answers a callback after the interaction timeout with DiscordAPIError 10062', async () => {
    discord.server.setInteractionTimeout(200);
    onSlash('slow', async (i) => {
      await new Promise((r) => setTimeout(r, 400));
      await i.reply('too late');
    });
    const handle = slash('slow');
    const error = await caughtError('slow').finally(() => discord.server.setInteractionTimeout(3000));
    expect((error as DiscordAPIError).code).toBe(10062);
    expect(handle.callbackErrors).toEqual([10062]);
    expect(handle.ack).toBeUndefined();
  });

  it('records an ephemeral reply and a follow-up; ephemeral messages stay out of the channel', async () => {
    onSlash('private', async (i) => {
      await i.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
      await i.followUp({ content: 'and everyone', allowedMentions: { parse: [] } });
    });
    const handle = slash('private');
    await handle.waitForResponse((m) => m.content === 'and everyone');
    expect(handle.ephemeral).toBe(true);
    expect(handle.responses.map((m) => m.content)).toEqual(['only you', 'and everyone']);
    const visible = discord.server.channelMessages(discord.channelId).map((m) => m.content);
    expect(visible).toContain('and everyone');
    expect(visible).not.toContain('only you');
  });

  it('records allowed_mentions as sent by channel.send', async () => {
    const channel = (await discord.client.channels.fetch(discord.channelId)) as TextChannel;
    const sent = await channel.send({ content: 'hello @everyone', allowedMentions: { parse: [] } });
    const stored = discord.server.channelMessages(discord.channelId).find((m) => m.id === sent.id);
    expect(stored?.allowed_mentions).toEqual({ parse: [] });
  });

  it('dedupes a repeated nonce with enforce_nonce: the second send returns the first message', async () => {
    const channel = (await discord.client.channels.fetch(discord.channelId)) as TextChannel;
    const first = await channel.send({ content: 'digest', nonce: 'digest-1', enforceNonce: true });
    const second = await channel.send({ content: 'digest', nonce: 'digest-1', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(
      discord.server.channelMessages(discord.channelId).filter((m) => m.nonce === 'digest-1'),
    ).toHaveLength(1);
  });

  it('refuses sends without permission (50013) and to deleted channels (10003)', async () => {
    const locked = discord.server.addChannel(discord.guild.id, { name: 'locked' });
    const gone = discord.server.addChannel(discord.guild.id, { name: 'gone' });
    await vi.waitFor(() => expect(discord.client.channels.cache.has(gone.id)).toBe(true));
    const lockedChannel = discord.client.channels.cache.get(locked.id) as TextChannel;
    const goneChannel = discord.client.channels.cache.get(gone.id) as TextChannel;
    discord.server.setBotPermissions(locked.id, 1n << 10n);
    await expect(lockedChannel.send('hi')).rejects.toMatchObject({ code: 50013, status: 403 });
    discord.server.deleteChannel(gone.id);
    await expect(goneChannel.send('hi')).rejects.toMatchObject({ code: 10003, status: 404 });
  });

  it('answers a burst over the global limit with 429s that discord.js retries until every message arrives', async () => {
    // Two channels so discord.js runs two route queues in parallel and both hit the global limit.
    const targets = [
      discord.server.addChannel(discord.guild.id, { name: 'burst-a' }),
      discord.server.addChannel(discord.guild.id, { name: 'burst-b' }),
    ];
    const channels = await Promise.all(
      targets.map(async (t) => (await discord.client.channels.fetch(t.id)) as TextChannel),
    );
    discord.server.setGlobalRateLimit(8);
    const before = discord.server.counters.globalRateLimited;
    await Promise.all(Array.from({ length: 20 }, (_, n) => channels[n % 2]?.send(`message ${n}`)));
    discord.server.setGlobalRateLimit(50);
    expect(targets.map((t) => discord.server.channelMessages(t.id).length)).toEqual([10, 10]);
    expect(discord.server.counters.globalRateLimited).toBeGreaterThan(before);
    expect(discord.server.requests.some((r) => r.status === 429)).toBe(true);
  });

  it('lets the client RESUME after dropped sockets and replays an interaction sent while it was away', async () => {
    onSlash('after-resume', async (i) => {
      await i.reply('still here');
    });
    discord.server.dropGatewayConnections();
    const handle = slash('after-resume');
    await discord.server.waitForGateway(
      () => discord.server.counters.gateway.resume >= 1 && discord.server.gateway.connectedSessions() === 1,
    );
    const reply = await handle.waitForResponse();
    expect(reply.content).toBe('still here');
    expect(discord.server.counters.gateway.identify).toBe(1);
    const later = slash('after-resume');
    expect((await later.waitForResponse()).content).toBe('still here');
  });
});
