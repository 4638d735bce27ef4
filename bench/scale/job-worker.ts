/**
 * The bench's "worker" role until the BullMQ workers are merged: the bot's own scheduler (feed polls
 * and digests) with no gateway connection, posting by channel id through REST (the proxy). Reads the
 * same settings as the bot (loadConfig). After the merge, the bench starts the bot's worker entry
 * instead (SCALE_WORKER_CMD).
 */
import { REST } from 'discord.js';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import type { AppContext } from '../../src/context.ts';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import { systemClock } from '../../src/services/clock.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { createFeedStore } from '../../src/services/feeds/feed-store.ts';
import { createSafeFetcher } from '../../src/services/fetch/safe-fetcher.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import { createStoryStore } from '../../src/services/store/story-store.ts';
import { createPooledSummaryJobs } from '../../src/services/summary-jobs/pooled.ts';

const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.problems.join('; '));
const config = loaded.config;
const logger = pino({ level: config.LOG_LEVEL });
const kv = await openKeyValueStore(config.STORE_URL);
const ctx: AppContext = {
  config,
  store: { kv, stories: createStoryStore(kv), feeds: createFeedStore(kv), digests: createDigestStore(kv) },
  fetcher: createSafeFetcher({ allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS }),
  summaries: createPooledSummaryJobs({
    size: config.SUMMARY_WORKERS,
    timeoutMs: config.SUMMARY_TIMEOUT_MS,
    logger,
  }),
  llm: null,
  logger,
  clock: systemClock,
};
const rest = new REST({ api: config.DISCORD_REST_PROXY_URL ?? config.DISCORD_API_URL }).setToken(
  config.DISCORD_TOKEN ?? '',
);
const scheduler = startScheduler(ctx, createChannelPoster(rest));
logger.info('bench job worker running');
process.once('SIGTERM', () => {
  void scheduler.stop().then(async () => {
    await ctx.summaries.close();
    await kv.close();
    process.exit(0);
  });
});
