import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import pino, { type Logger } from 'pino';
import { createInteractionRouter } from './bot/router.ts';
import { commands } from './commands/index.ts';
import { loadConfig, loadDotEnv, type Config } from './config.ts';
import { createChannelPoster } from './discord/channel-poster.ts';
import { startScheduler } from './jobs/scheduler.ts';
import type { AppContext } from './context.ts';
import { systemClock } from './services/clock.ts';
import { createDigestStore } from './services/digest/digest-store.ts';
import { createFeedStore } from './services/feeds/feed-store.ts';
import { createSafeFetcher } from './services/fetch/safe-fetcher.ts';
import { openKeyValueStore } from './services/store/open.ts';
import { createStoryStore } from './services/store/story-store.ts';
import { createSummarizer } from './services/summarize/index.ts';

/** Pieces a test or benchmark may supply instead of the ones built from config. */
export type BotOverrides = Partial<AppContext> & {
  /** Run the feed poll and digest jobs (default true). */
  runScheduler?: boolean;
};

export interface RunningBot {
  client: Client;
  ctx: AppContext;
  /** Stops taking interactions, waits for in-flight ones (up to SHUTDOWN_GRACE_SECONDS), then closes everything. */
  stop(): Promise<void>;
}

/** pino, pretty-printed when a person is watching the terminal, JSON lines otherwise. */
export function createLogger(config: Config): Logger {
  if (process.stdout.isTTY) {
    return pino({
      level: config.LOG_LEVEL,
      transport: { target: 'pino-pretty', options: { colorize: true } },
    });
  }
  return pino({ level: config.LOG_LEVEL });
}

async function buildContext(config: Config, overrides: BotOverrides): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger(config);
  let store = overrides.store;
  if (!store) {
    const kv = await openKeyValueStore(config.STORE_URL);
    store = { kv, stories: createStoryStore(kv), feeds: createFeedStore(kv), digests: createDigestStore(kv) };
  }
  return {
    config,
    store,
    fetcher: overrides.fetcher ?? createSafeFetcher({ allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS }),
    summarizer: overrides.summarizer ?? createSummarizer(),
    logger,
    clock: overrides.clock ?? systemClock,
  };
}

/** Connects to Discord and answers interactions; resolves once the gateway session is ready. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const ctx = await buildContext(config, overrides);
  const ownsStore = !overrides.store;
  const { logger } = ctx;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: { parse: [] },
  });
  const router = createInteractionRouter(commands, ctx);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway session resumed'));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    if (ownsStore) await ctx.store.kv.close();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'NewsBrief is online');
  const scheduler =
    overrides.runScheduler === false ? null : startScheduler(ctx, createChannelPoster(client.rest));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      router.stopAccepting();
      const finished = await router.drain(config.SHUTDOWN_GRACE_SECONDS * 1000);
      if (!finished)
        logger.warn({ inFlight: router.inFlight }, 'shutting down with interactions still running');
      // Jobs stop before the client so a digest in progress can still post.
      await scheduler?.stop();
      await client.destroy();
      if (ownsStore) await ctx.store.kv.close();
      logger.info('NewsBrief stopped');
    })());
  return { client, ctx, stop };
}

function printSetupHelp(): void {
  console.log(
    [
      'NewsBrief needs a Discord bot token to connect.',
      '  1. Copy .env.example to .env',
      '  2. Set DISCORD_TOKEN and DISCORD_CLIENT_ID (Discord developer portal → your application → Bot),',
      '     optionally DEV_GUILD_ID, STORE_URL and LOG_LEVEL.',
      '  3. npm run deploy-commands, then npm start',
      '',
      'Try the summarizer offline meanwhile:',
      '  npx newsbrief summarize ../shared/fixtures/seed-article.txt',
      '  npx newsbrief summarize https://example.com/some-article',
    ].join('\n'),
  );
}

/** Entry point for `npm start`: config problems exit 1, no token prints setup help and exits 0. */
export async function main(): Promise<void> {
  loadDotEnv();
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  const { config } = loaded;
  if (!config.DISCORD_TOKEN) {
    printSetupHelp();
    process.exit(0);
  }
  const logger = createLogger(config);
  // Last-resort logging: a stray rejection must never take the bot down silently.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));

  let bot: RunningBot;
  try {
    bot = await startBot(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start NewsBrief');
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
