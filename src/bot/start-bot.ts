import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import pino, { type Logger } from 'pino';
import { commands } from '../commands/index.ts';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { createChannelPoster } from '../discord/channel-poster.ts';
import { startJobs, type RunningJobs, type StartJobsOptions } from '../jobs/start-jobs.ts';
import { systemClock } from '../services/clock.ts';
import { createDigestStore } from '../services/digest/digest-store.ts';
import { createFeedStore } from '../services/feeds/feed-store.ts';
import { createSafeFetcher } from '../services/fetch/safe-fetcher.ts';
import { openKeyValueStore } from '../services/store/open.ts';
import { openCoordination } from '../services/coordination/open.ts';
import { createStoryStore, DEFAULT_CACHED_GUILDS } from '../services/store/story-store.ts';
import { modelSummarizerFor } from '../services/llm/from-config.ts';
import { createSummarizer } from '../services/summarize/index.ts';
import { createInteractionRouter } from './router.ts';
import { type SearchWarmUp, warmSearchIndexes } from './warm-search.ts';

/**
 * Builds the AppContext and the discord.js client, routes interactions and starts the jobs.
 * Kept apart from src/index.ts so `npm start` without a token answers without loading any of this.
 */

/** Pieces a test or benchmark may supply instead of the ones built from config. */
export type BotOverrides = Partial<AppContext> & {
  /** Run the feed poll and digest jobs (default true). */
  runScheduler?: boolean;
  /** node-cron expression of the job ticks: every minute by default; tests tick every second. */
  schedulerExpression?: string;
  /** With Redis: queue settings (tick interval, retries) tests change. */
  queue?: StartJobsOptions['queue'];
};

export interface RunningBot {
  client: Client;
  ctx: AppContext;
  /** The search indexes being built at start (see warm-search.ts). */
  searchWarmUp: SearchWarmUp;
  /** The feed and digest jobs (null with runScheduler false). */
  jobs: RunningJobs | null;
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

export async function buildContext(config: Config, overrides: BotOverrides): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger(config);
  let store = overrides.store;
  if (!store) {
    const kv = await openKeyValueStore(config.STORE_URL);
    store = { kv, stories: createStoryStore(kv), feeds: createFeedStore(kv), digests: createDigestStore(kv) };
  }
  const clock = overrides.clock ?? systemClock;
  return {
    config,
    store,
    fetcher: overrides.fetcher ?? createSafeFetcher({ allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS }),
    summarizer: overrides.summarizer ?? createSummarizer(),
    llm:
      overrides.llm !== undefined
        ? overrides.llm
        : modelSummarizerFor(config, store.kv, logger, () => clock.now()),
    logger,
    clock,
    coordination: overrides.coordination ?? (await openCoordination(config)),
  };
}

/** Connects to Discord and answers interactions; resolves once the gateway session is ready. */
export async function startBotNow(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const ctx = await buildContext(config, overrides);
  const ownsStore = !overrides.store;
  const ownsCoordination = !overrides.coordination;
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
  let jobs: RunningJobs | null = null;
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'NewsBrief is online');
    if (overrides.runScheduler !== false)
      jobs = await startJobs(ctx, createChannelPoster(client.rest), {
        schedulerExpression: overrides.schedulerExpression,
        queue: overrides.queue,
      });
  } catch (error) {
    await client.destroy();
    if (ownsStore) await ctx.store.kv.close();
    if (ownsCoordination) await ctx.coordination.close();
    throw error;
  }
  const guildIds = [...client.guilds.cache.keys()].slice(0, DEFAULT_CACHED_GUILDS);
  const searchWarmUp = warmSearchIndexes(ctx.store.stories, guildIds, logger);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      router.stopAccepting();
      const finished = await router.drain(config.SHUTDOWN_GRACE_SECONDS * 1000);
      if (!finished)
        logger.warn({ inFlight: router.inFlight }, 'shutting down with interactions still running');
      // Jobs stop before the client so a digest in progress can still post.
      await jobs?.stop();
      await searchWarmUp.stop();
      await client.destroy();
      if (ownsStore) await ctx.store.kv.close();
      if (ownsCoordination) await ctx.coordination.close();
      logger.info('NewsBrief stopped');
    })());
  return { client, ctx, searchWarmUp, jobs, stop };
}
