import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { coordinationRedisUrl } from '../services/coordination/open.ts';
import { createPooledSummaryJobs } from '../services/summary-jobs/pooled.ts';
import type { SummaryQueueServer } from '../services/summary-jobs/queued.ts';
import type { SummaryJobs } from '../services/summary-jobs/types.ts';

/**
 * Where a process runs reading, summarizing and feed parsing:
 * - 'pool': on its own worker threads (SUMMARY_WORKERS) — one process on SQLite, a bot that takes
 *   jobs (WORKERS > 0), and `npm run worker`;
 * - 'queue': a gateway process that takes no jobs (WORKERS=0) with Redis sends them to the
 *   processes that do (services/summary-jobs/queued.ts), and starts no worker thread of its own.
 */
export type SummaryJobsPlace = 'pool' | 'queue';

export function summaryJobsPlace(config: Config, role: 'bot' | 'worker'): SummaryJobsPlace {
  return role === 'bot' && config.WORKERS === 0 && coordinationRedisUrl(config) ? 'queue' : 'pool';
}

export async function createSummaryJobs(
  config: Config,
  place: SummaryJobsPlace,
  logger: Logger,
): Promise<SummaryJobs> {
  const redisUrl = coordinationRedisUrl(config);
  if (place === 'queue' && redisUrl) {
    // BullMQ is loaded here only: a process on SQLite never holds it.
    const { createQueuedSummaryJobs } = await import('../services/summary-jobs/queued.ts');
    return createQueuedSummaryJobs({
      redisUrl,
      waitMs: config.SUMMARY_QUEUE_WAIT_SECONDS * 1000,
      logger,
    });
  }
  return createPooledSummaryJobs({
    size: config.SUMMARY_WORKERS,
    timeoutMs: config.SUMMARY_TIMEOUT_MS,
    queue: { total: config.SUMMARY_QUEUE_MAX, perOwner: config.SUMMARY_QUEUE_PER_MEMBER },
    memoryMb: config.SUMMARY_WORKER_MEMORY_MB,
    logger,
  });
}

/**
 * With Redis, a process that runs summary jobs on its pool also takes them from the summary queue,
 * for the gateway processes that send theirs there. Null without Redis (nothing sends any).
 */
export async function serveQueuedSummaryJobs(
  config: Config,
  summaries: SummaryJobs,
  logger: Logger,
): Promise<SummaryQueueServer | null> {
  const redisUrl = coordinationRedisUrl(config);
  if (!redisUrl) return null;
  const { serveSummaryQueue } = await import('../services/summary-jobs/queued.ts');
  // One job waiting behind each running one, so a pool thread never idles while the next one is fetched.
  return serveSummaryQueue(summaries, { redisUrl, concurrency: config.SUMMARY_WORKERS * 2, logger });
}
