/** Self-test: the real discord.js client talks to the local Discord-compatible server. */
import {
  Client,
  DiscordAPIError,
  EmbedBuilder,
  GatewayIntentBits,
  MessageFlags,
  type ChatInputCommandInteraction,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startDiscordServer,
  type DiscordServer,
  type GuildRecord,
  type SlashOption,
} from '../support/discord/index.ts';

type Handler = (interaction: Interaction) => Promise<void>;

let server: DiscordServer;
let client: Client;
let guild: GuildRecord;
let channelId: string;
let userId: string;
const handlers = new Map<string, Handler>();
/** Errors thrown by handlers, keyed by command name, so tests can assert what discord.js raised. */
const handlerErrors = new Map<string, unknown>();

function onCommand(name: string, handler: Handler): void {
  handlers.set(name, handler);
}
function onSlash(name: string, handler: (i: ChatInputCommandInteraction) => Promise<void>): void {
  handlers.set(name, async (i) => (i.isChatInputCommand() ? handler(i) : undefined));
}

/** Waits for the error a handler threw (caught above so the test can inspect what discord.js raised). */
const caughtError = (name: string) =>
  vi.waitFor(
    () => {
      if (!handlerErrors.has(name)) throw new Error(`no error from ${name} yet`);
      return handlerErrors.get(name);
    },
    { timeout: 5000 },
  );

/** A slash command from the test user in the news channel. */
const slash = (name: string, options?: SlashOption[]) =>
  server.sendSlashCommand({ guildId: guild.id, channelId, userId, name, ...(options ? { options } : {}) });

beforeAll(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 41_250 });
  guild = server.addGuild({ name: 'Newsroom' });
  channelId = server.addChannel(guild.id, { name: 'news' }).id;
  userId = server.addMember(guild.id, { username: 'reader', permissions: (1n << 10n) | (1n << 11n) }).user.id;
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl } });
  client.on('interactionCreate', async (interaction) => {
    const name =
      interaction.isCommand() || interaction.isAutocomplete()
        ? interaction.commandName
        : interaction.isButton()
          ? interaction.customId
          : '';
    const handler = handlers.get(name);
    if (!handler) return;
    try {
      await handler(interaction);
    } catch (error) {
      handlerErrors.set(name, error);
    }
  });
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(server.botToken);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await server?.close();
});

describe('local Discord server with the real discord.js client', () => {
  it('logs the client in: READY then GUILD_CREATE with the guild and its channels', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(server.botUser.id);
    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.name).toBe('Newsroom');
    expect(cached?.channels.cache.get(channelId)?.name).toBe('news');
    expect(cached?.systemChannelId).toBe(guild.system_channel_id);
    expect(server.counters.gateway.identify).toBe(1);
  });

  it('stores commands registered through the application', async () => {
    await client.application?.commands.set(
      [
        {
          name: 'summarize',
          description: 'Summarize an article',
          options: [{ name: 'url', description: 'Article URL', type: 3, required: true }],
        },
      ],
      guild.id,
    );
    expect(server.commands.map((c) => c.name)).toEqual(['summarize']);
    await expect(
      client.application?.commands.set([{ name: 'Bad Name', description: 'x' }]),
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
    expect(server.channelMessages(channelId).map((m) => m.id)).toContain(reply.id);
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
    server.setInteractionTimeout(200);
    onSlash('slow', async (i) => {
      await new Promise((r) => setTimeout(r, 400));
      await i.reply('too late');
    });
    const handle = slash('slow');
    const error = await caughtError('slow').finally(() => server.setInteractionTimeout(3000));
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
    const visible = server.channelMessages(channelId).map((m) => m.content);
    expect(visible).toContain('and everyone');
    expect(visible).not.toContain('only you');
  });

  it('records allowed_mentions as sent by channel.send', async () => {
    const channel = (await client.channels.fetch(channelId)) as TextChannel;
    const sent = await channel.send({ content: 'hello @everyone', allowedMentions: { parse: [] } });
    const stored = server.channelMessages(channelId).find((m) => m.id === sent.id);
    expect(stored?.allowed_mentions).toEqual({ parse: [] });
  });

  it('dedupes a repeated nonce with enforce_nonce: the second send returns the first message', async () => {
    const channel = (await client.channels.fetch(channelId)) as TextChannel;
    const first = await channel.send({ content: 'digest', nonce: 'digest-1', enforceNonce: true });
    const second = await channel.send({ content: 'digest', nonce: 'digest-1', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(server.channelMessages(channelId).filter((m) => m.nonce === 'digest-1')).toHaveLength(1);
  });

  it('refuses sends without permission (50013) and to deleted channels (10003)', async () => {
    const locked = server.addChannel(guild.id, { name: 'locked' });
    const gone = server.addChannel(guild.id, { name: 'gone' });
    await vi.waitFor(() => expect(client.channels.cache.has(gone.id)).toBe(true));
    const lockedChannel = client.channels.cache.get(locked.id) as TextChannel;
    const goneChannel = client.channels.cache.get(gone.id) as TextChannel;
    server.setBotPermissions(locked.id, 1n << 10n);
    await expect(lockedChannel.send('hi')).rejects.toMatchObject({ code: 50013, status: 403 });
    server.deleteChannel(gone.id);
    await expect(goneChannel.send('hi')).rejects.toMatchObject({ code: 10003, status: 404 });
  });

  it('answers a burst over the global limit with 429s that discord.js retries until every message arrives', async () => {
    // Two channels so discord.js runs two route queues in parallel and both hit the global limit.
    const targets = [
      server.addChannel(guild.id, { name: 'burst-a' }),
      server.addChannel(guild.id, { name: 'burst-b' }),
    ];
    const channels = await Promise.all(
      targets.map(async (t) => (await client.channels.fetch(t.id)) as TextChannel),
    );
    server.setGlobalRateLimit(8);
    const before = server.counters.globalRateLimited;
    await Promise.all(Array.from({ length: 20 }, (_, n) => channels[n % 2]?.send(`message ${n}`)));
    server.setGlobalRateLimit(50);
    expect(targets.map((t) => server.channelMessages(t.id).length)).toEqual([10, 10]);
    expect(server.counters.globalRateLimited).toBeGreaterThan(before);
    expect(server.requests.some((r) => r.status === 429)).toBe(true);
  });

  it('lets the client RESUME after dropped sockets and replays an interaction sent while it was away', async () => {
    onSlash('after-resume', async (i) => {
      await i.reply('still here');
    });
    server.dropGatewayConnections();
    const handle = slash('after-resume');
    await server.waitForGateway(
      () => server.counters.gateway.resume >= 1 && server.gateway.connectedSessions() === 1,
    );
    const reply = await handle.waitForResponse();
    expect(reply.content).toBe('still here');
    expect(server.counters.gateway.identify).toBe(1);
    const later = slash('after-resume');
    expect((await later.waitForResponse()).content).toBe('still here');
  });
});

describe('local Discord server: context menus, buttons and autocomplete through discord.js', () => {
  it('delivers a message context-menu command with the target message resolved', async () => {
    onCommand('Summarize message', async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply({ content: `got: ${i.targetMessage.content}`, flags: MessageFlags.Ephemeral });
    });
    const handle = server.sendMessageCommand({
      guildId: guild.id,
      channelId,
      userId,
      name: 'Summarize message',
      targetMessage: { content: 'Quoted text' },
    });
    expect((await handle.waitForResponse()).content).toBe('got: Quoted text');
  });

  it('lets a button click update the message it sits on (callback type 7)', async () => {
    onSlash('pager', async (i) => {
      await i.reply({
        content: 'page 1',
        components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'next', label: 'Next' }] }],
      });
    });
    onCommand('next', async (i) => {
      if (!i.isButton()) return;
      await i.update({ content: 'page 2' });
    });
    const command = slash('pager');
    const page = await command.waitForResponse();
    const click = server.sendButton({ message: page, customId: 'next', userId });
    expect((await click.waitForAck()).type).toBe(7);
    expect(server.channelMessages(channelId).find((m) => m.id === page.id)?.content).toBe('page 2');
  });

  it('passes subcommands and resolved user/channel options that discord.js can read', async () => {
    onSlash('feeds', async (i) => {
      const who = i.options.getUser('who')?.username;
      await i.reply(
        `${i.options.getSubcommand()} ${who} ${i.options.getChannel('where')?.name} ${i.options.getInteger('n')}`,
      );
    });
    const options = [
      { name: 'who', type: 6, value: userId },
      { name: 'where', type: 7, value: channelId },
      { name: 'n', value: 3 },
    ];
    const handle = server.sendSlashCommand({
      guildId: guild.id,
      channelId,
      userId,
      name: 'feeds',
      subcommand: 'add',
      options,
    });
    expect((await handle.waitForResponse()).content).toBe('add reader news 3');
  });

  it('resolves an attachment option (type 11) that discord.js reads and whose bytes the server serves', async () => {
    onSlash('upload', async (i) => {
      const file = i.options.getAttachment('file', true);
      const body = await (await fetch(file.url)).text();
      await i.reply(`${file.name} ${file.size} ${file.contentType} ${file.ephemeral} ${body}`);
    });
    const file = server.addAttachment({ filename: 'note one.txt', content: 'héllo', channelId });
    expect(new URL(file.url).host).toBe(new URL(server.apiUrl).host);
    expect(file.url).toContain(`/ephemeral-attachments/${channelId}/${file.id}/note%20one.txt?ex=`);
    const handle = slash('upload', [{ name: 'file', type: 11, value: file.id }]);
    expect((await handle.waitForResponse()).content).toBe(
      'note one.txt 6 text/plain; charset=utf-8 true héllo',
    );
    expect(server.attachmentDownloads(file.id)).toBe(1);
    // Wrong file name or unknown id: 404, like a stale CDN link; a lying declared size is passed through.
    expect((await fetch(file.url.replace('note%20one', 'other'))).status).toBe(404);
    const liar = server.addAttachment({ filename: 'big.pdf', content: 'x', size: 5_000_000 });
    expect(liar).toMatchObject({ size: 5_000_000, content_type: 'application/pdf' });
    expect(() => slash('upload', [{ name: 'file', type: 11, value: '123' }])).toThrow(/No attachment 123/);
  });

  it('returns autocomplete choices (callback type 8) for the focused option', async () => {
    onCommand('search', async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `${typed} news`, value: `${typed}-news` }]);
    });
    const handle = server.sendAutocomplete({
      guildId: guild.id,
      channelId,
      userId,
      name: 'search',
      options: [{ name: 'query', value: 'clim' }],
      focused: 'query',
    });
    await handle.waitForAck();
    expect(handle.choices).toEqual([{ name: 'clim news', value: 'clim-news' }]);
  });
});

describe('local Discord server: raw REST answers', () => {
  let raw: DiscordServer;
  let rawChannel: string;
  const post = (path: string, body: unknown, auth = true) =>
    fetch(`${raw.apiUrl}/v10${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(auth ? { Authorization: `Bot ${raw.botToken}` } : {}),
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    raw = await startDiscordServer({ channelRateLimit: { count: 2, windowMs: 60_000 } });
    rawChannel = raw.addGuild().system_channel_id;
  });
  afterAll(() => raw.close());

  it('requires the bot token and validates content length', async () => {
    expect((await post(`/channels/${rawChannel}/messages`, { content: 'x' }, false)).status).toBe(401);
    const tooLong = await post(`/channels/${rawChannel}/messages`, { content: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({
      code: 50035,
      errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
    });
  });

  it('limits messages per channel with a non-global 429 and rate-limit headers', async () => {
    const guildId = [...raw.world.guilds.keys()][0] ?? '';
    const fresh = raw.addChannel(guildId, { name: 'fresh' }).id;
    const answers = [];
    for (let n = 0; n < 3; n++) answers.push(await post(`/channels/${fresh}/messages`, { content: `m${n}` }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[1]?.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(answers[2]?.headers.get('retry-after')).toBeTruthy();
    expect(await answers[2]?.json()).toMatchObject({ global: false });
    expect(raw.counters.rateLimited).toBe(1);
    expect(raw.channelMessages(fresh)).toHaveLength(2);
  });

  it('refuses a second callback with 40060', async () => {
    const guildId = [...raw.world.guilds.keys()][0] ?? '';
    const handle = raw.sendSlashCommand({
      guildId,
      channelId: rawChannel,
      userId: '80351110224678912',
      name: 'ping',
    });
    const callback = () =>
      post(
        `/interactions/${handle.id}/${handle.token}/callback`,
        { type: 4, data: { content: 'pong' } },
        false,
      );
    expect((await callback()).status).toBe(204);
    const second = await callback();
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ code: 40060 });
    expect(handle.original()?.content).toBe('pong');
  });
});
