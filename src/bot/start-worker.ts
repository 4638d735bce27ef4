import { REST } from 'discord.js';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { createChannelPoster } from '../discord/channel-poster.ts';
import { startJobs, type RunningJobs, type StartJobsOptions } from '../jobs/start-jobs.ts';
import { coordinationRedisUrl } from '../services/coordination/open.ts';
import { startOpsServer, type OpsServer } from '../ops/ops-server.ts';
import { buildContext, commonHealthChecks, countRateLimits, type BotOverrides } from './start-bot.ts';
import { serveQueuedSummaryJobs } from './summary-jobs.ts';
import type { SummaryQueueServer } from '../services/summary-jobs/queued.ts';

/**
 * A job worker (`npm run worker`): no gateway session, only Discord's REST API, taking feed polls,
 * instant posts and digests from the Redis queues that the bot processes share. Run as many as
 * the work needs.
 */
export interface RunningWorker {
  ctx: AppContext;
  jobs: RunningJobs;
  /** The REST client, for its rate-limit events (metrics). */
  rest: REST;
  ops: OpsServer | null;
  stop(): Promise<void>;
}

export async function startWorkerNow(
  config: Config,
  overrides: BotOverrides & { queue?: StartJobsOptions['queue'] } = {},
): Promise<RunningWorker> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: a worker posts to Discord');
  if (!coordinationRedisUrl(config))
    throw new Error('a worker takes jobs from Redis: set REDIS_URL (or a redis:// STORE_URL)');
  const ctx = await buildContext(config, overrides, 'worker');
  // Through the shared REST proxy when there is one, so the worker counts against the one budget.
  const rest = new REST({ api: config.DISCORD_REST_PROXY_URL ?? config.DISCORD_API_URL }).setToken(
    config.DISCORD_TOKEN,
  );
  countRateLimits(rest, ctx);
  let jobs: RunningJobs | null = null;
  let ops: OpsServer | null = null;
  let summaryServer: SummaryQueueServer | null = null;
  try {
    await ctx.summaries.ready();
    // A worker process with WORKERS=0 would take nothing: it runs at least one job of each queue.
    jobs = await startJobs(
      { ...ctx, config: { ...config, WORKERS: Math.max(1, config.WORKERS) } },
      createChannelPoster(rest),
      { queue: overrides.queue },
    );
    // And the summaries of the gateway processes that take no jobs (WORKERS=0).
    summaryServer = await serveQueuedSummaryJobs(config, ctx.summaries, ctx.logger);
    if (config.METRICS_PORT !== undefined)
      ops = await startOpsServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics: ctx.metrics,
        logger: ctx.logger,
        checks: commonHealthChecks(ctx, jobs), // no gateway: a worker only uses REST
      });
  } catch (error) {
    await jobs?.stop();
    await summaryServer?.close();
    if (!overrides.summaries) await ctx.summaries.close();
    if (!overrides.store) await ctx.store.kv.close();
    if (!overrides.coordination) await ctx.coordination.close();
    throw error;
  }
  ctx.logger.info({ workers: Math.max(1, config.WORKERS) }, 'NewsBrief worker is taking jobs');
  let stopping: Promise<void> | undefined;
  const running = jobs;
  return {
    ctx,
    jobs: running,
    rest,
    ops,
    stop: () =>
      (stopping ??= (async () => {
        await running.stop();
        await summaryServer?.close();
        await ops?.close();
        if (!overrides.summaries) await ctx.summaries.close();
        if (!overrides.store) await ctx.store.kv.close();
        if (!overrides.coordination) await ctx.coordination.close();
        ctx.logger.info('NewsBrief worker stopped');
      })()),
  };
}
