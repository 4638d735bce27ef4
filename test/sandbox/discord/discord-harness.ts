/**
 * Shared setup for the self-tests that drive the local Discord-compatible server with the real discord.js
 * client. Each calling test file gets its own server and client; nothing is shared between files.
 */
import { Client, GatewayIntentBits, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { afterAll, beforeAll, vi } from 'vitest';
import {
  startDiscordServer,
  type DiscordServer,
  type GuildRecord,
  type InteractionHandle,
  type SlashOption,
} from '../../../src/sandbox/discord/index.ts';

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export interface LocalDiscord {
  readonly server: DiscordServer;
  /** Logged in and past 'clientReady'. */
  readonly client: Client;
  /** The 'Newsroom' guild. */
  readonly guild: GuildRecord;
  /** The 'news' channel the test user talks in. */
  readonly channelId: string;
  /** The 'reader' member, who may view channels and send messages. */
  readonly userId: string;
  /** Routes interactions for command `name` (or button custom id `name`) to `handler`. */
  onCommand: (name: string, handler: InteractionHandler) => void;
  /** Like onCommand, for slash commands only. */
  onSlash: (name: string, handler: (i: ChatInputCommandInteraction) => Promise<void>) => void;
  /** Waits for the error the handler of `name` threw, so the test can inspect what discord.js raised. */
  caughtError: (name: string) => Promise<unknown>;
  /** A slash command from the test user in the news channel. */
  slash: (name: string, options?: SlashOption[]) => InteractionHandle;
}

/**
 * Registers beforeAll/afterAll in the calling test file that start the server and log the client in.
 * The returned object's fields are readable inside tests and hooks, not while the file is being collected.
 */
export function useLocalDiscord(): LocalDiscord {
  let server: DiscordServer | undefined;
  let client: Client | undefined;
  /** What beforeAll put in the server for the tests to use. */
  let seeded: { guild: GuildRecord; channelId: string; userId: string } | undefined;
  const handlers = new Map<string, InteractionHandler>();
  /** Errors thrown by handlers, keyed by command name, so tests can assert what discord.js raised. */
  const handlerErrors = new Map<string, unknown>();

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useLocalDiscord: read before its beforeAll finished');
    return value;
  };

  beforeAll(async () => {
    const local = await startDiscordServer({ heartbeatIntervalMs: 41_250 });
    server = local;
    const guild = local.addGuild({ name: 'Newsroom' });
    const channelId = local.addChannel(guild.id, { name: 'news' }).id;
    // View channel (1 << 10) and send messages (1 << 11): enough to use slash commands in 'news'.
    const reader = local.addMember(guild.id, { username: 'reader', permissions: (1n << 10n) | (1n << 11n) });
    const userId = reader.user.id;
    seeded = { guild, channelId, userId };
    const bot = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: local.apiUrl } });
    client = bot;
    bot.on('interactionCreate', async (interaction) => {
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
    const ready = new Promise<void>((resolve) => bot.once('clientReady', () => resolve()));
    await bot.login(local.botToken);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await server?.close();
  });

  return {
    get server() {
      return started(server);
    },
    get client() {
      return started(client);
    },
    get guild() {
      return started(seeded).guild;
    },
    get channelId() {
      return started(seeded).channelId;
    },
    get userId() {
      return started(seeded).userId;
    },
    onCommand: (name, handler) => {
      handlers.set(name, handler);
    },
    onSlash: (name, handler) => {
      handlers.set(name, async (i) => (i.isChatInputCommand() ? handler(i) : undefined));
    },
    caughtError: (name) =>
      vi.waitFor(
        () => {
          if (!handlerErrors.has(name)) throw new Error(`no error from ${name} yet`);
          return handlerErrors.get(name);
        },
        { timeout: 5000 },
      ),
    slash: (name, options) => {
      const { guild, channelId, userId } = started(seeded);
      return started(server).sendSlashCommand({
        guildId: guild.id,
        channelId,
        userId,
        name,
        ...(options ? { options } : {}),
      });
    },
  };
}
