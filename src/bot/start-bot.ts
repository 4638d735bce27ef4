import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Status, type REST } from 'discord.js';
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
import { countingFetcher, createMetrics } from '../services/metrics.ts';
import { createStoryStore, DEFAULT_CACHED_GUILDS } from '../services/store/story-store.ts';
import { modelSummarizerFor } from '../services/llm/from-config.ts';
import { startOpsServer, type HealthChecks, type OpsServer } from '../ops/ops-server.ts';
import { botCacheFactory } from './client-cache.ts';
import { createInteractionRouter } from './router.ts';
import { createSummaryJobs, serveQueuedSummaryJobs, summaryJobsPlace } from './summary-jobs.ts';
import type { SummaryQueueServer } from '../services/summary-jobs/queued.ts';
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
  /** GET /healthz and /metrics, when METRICS_PORT is set. */
  ops: OpsServer | null;
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

export async function buildContext(
  config: Config,
  overrides: BotOverrides,
  role: 'bot' | 'worker' = 'bot',
): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger(config);
  let store = overrides.store;
  if (!store) {
    const kv = await openKeyValueStore(config.STORE_URL);
    store = { kv, stories: createStoryStore(kv), feeds: createFeedStore(kv), digests: createDigestStore(kv) };
  }
  const clock = overrides.clock ?? systemClock;
  const metrics = overrides.metrics ?? createMetrics({ processMetrics: true });
  const fetcher =
    overrides.fetcher ?? createSafeFetcher({ allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS });
  return {
    config,
    store,
    fetcher: countingFetcher(fetcher, metrics),
    summaries:
      overrides.summaries ?? (await createSummaryJobs(config, summaryJobsPlace(config, role), logger)),
    llm:
      overrides.llm !== undefined
        ? overrides.llm
        : modelSummarizerFor(config, store.kv, logger, () => clock.now()),
    logger,
    clock,
    coordination: overrides.coordination ?? (await openCoordination(config)),
    metrics,
  };
}

/** The checks of GET /healthz that every process has: the store, and Redis when processes share one. */
export function commonHealthChecks(ctx: AppContext, jobs: RunningJobs | null): HealthChecks {
  return {
    store: async () => {
      await ctx.store.kv.get('health:probe');
    },
    ...(ctx.coordination.kind === 'redis'
      ? {
          redis: async () => {
            await ctx.coordination.ping();
            await jobs?.ping();
          },
        }
      : {}),
  };
}

/** Counts Discord's 429 answers (discord.js waits and retries them; many mean the bot is too busy). */
export function countRateLimits(rest: REST, ctx: AppContext): void {
  rest.on('response', (_request, response) => {
    if (response.status === 429) ctx.metrics.rest429.inc();
  });
}

/** Connects to Discord and answers interactions; resolves once the gateway session is ready. */
export async function startBotNow(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const ctx = await buildContext(config, overrides);
  const ownsStore = !overrides.store;
  const ownsSummaries = !overrides.summaries;
  const ownsCoordination = !overrides.coordination;
  const { logger } = ctx;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Through the shared REST proxy when there is one, so every process counts against one budget.
    rest: { api: config.DISCORD_REST_PROXY_URL ?? config.DISCORD_API_URL },
    allowedMentions: { parse: [] },
    makeCache: botCacheFactory(),
  });
  const router = createInteractionRouter(commands, ctx);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway session resumed'));

  countRateLimits(client.rest, ctx);
  const ready = once(client, Events.ClientReady);
  let jobs: RunningJobs | null = null;
  let ops: OpsServer | null = null;
  let summaryServer: SummaryQueueServer | null = null;
  try {
    // The summary workers load the extractor and summarizer meanwhile: the bot is online once both are.
    await Promise.all([
      (async () => {
        await client.login(config.DISCORD_TOKEN);
        await ready;
      })(),
      ctx.summaries.ready(),
    ]);
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'NewsBrief is online');
    if (overrides.runScheduler !== false)
      jobs = await startJobs(ctx, createChannelPoster(client.rest), {
        schedulerExpression: overrides.schedulerExpression,
        queue: overrides.queue,
      });
    // A bot that takes jobs runs the summaries that gateway processes without a pool queue (WORKERS=0).
    if (overrides.runScheduler !== false && summaryJobsPlace(config, 'bot') === 'pool')
      summaryServer = await serveQueuedSummaryJobs(config, ctx.summaries, logger);
    if (config.METRICS_PORT !== undefined)
      ops = await startOpsServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics: ctx.metrics,
        logger,
        checks: {
          ...commonHealthChecks(ctx, jobs),
          gateway: async () => {
            if (client.ws.status !== Status.Ready)
              throw new Error(`not connected (${Status[client.ws.status]})`);
          },
        },
      });
  } catch (error) {
    await jobs?.stop();
    await summaryServer?.close();
    await client.destroy();
    if (ownsSummaries) await ctx.summaries.close();
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
      await summaryServer?.close();
      await ops?.close();
      await searchWarmUp.stop();
      await client.destroy();
      if (ownsSummaries) await ctx.summaries.close();
      if (ownsStore) await ctx.store.kv.close();
      if (ownsCoordination) await ctx.coordination.close();
      logger.info('NewsBrief stopped');
    })());
  return { client, ctx, searchWarmUp, jobs, ops, stop };
}
