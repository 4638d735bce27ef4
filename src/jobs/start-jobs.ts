import type { AppContext } from '../context.ts';
import type { ChannelPoster } from '../discord/channel-poster.ts';
import { coordinationRedisUrl } from '../services/coordination/open.ts';
import type { QueueName } from './queues/job-ids.ts';
import type { QueueJobsOptions } from './queues/job-queues.ts';
import { startScheduler } from './scheduler.ts';

/**
 * The jobs of one process, whichever way they run: with no Redis (the SQLite default), node-cron
 * ticks in this process call the poll and digest cycles, exactly as before; with Redis, BullMQ
 * queues carry them and any number of processes take them (see queues/job-queues.ts). Both call
 * the same plain job functions.
 */
export interface RunningJobs {
  readonly mode: 'in-process' | 'queues';
  /** Jobs waiting, active, delayed and failed per queue; null without queues. */
  depths(): Promise<Record<QueueName, Record<string, number>> | null>;
  /** Rejects when the queues' Redis cannot be reached. */
  ping(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartJobsOptions {
  /** node-cron expression of the in-process ticks (every minute by default; tests tick every second). */
  schedulerExpression?: string;
  /** Queue mode: how often the ticks run, and other settings tests change. */
  queue?: Partial<Omit<QueueJobsOptions, 'redisUrl'>>;
}

export async function startJobs(
  ctx: AppContext,
  poster: ChannelPoster,
  options: StartJobsOptions = {},
): Promise<RunningJobs> {
  const redisUrl = coordinationRedisUrl(ctx.config);
  if (!redisUrl) {
    const scheduler = startScheduler(ctx, poster, { expression: options.schedulerExpression });
    return {
      mode: 'in-process',
      depths: async () => null,
      ping: async () => undefined,
      stop: () => scheduler.stop(),
    };
  }
  // Loaded only here: a process without Redis never loads BullMQ.
  const { startQueueJobs } = await import('./queues/job-queues.ts');
  const running = await startQueueJobs(ctx, poster, {
    workers: ctx.config.WORKERS,
    tickEveryMs: ctx.config.JOB_TICK_SECONDS * 1000,
    onFailed: (queue, _job, _error, final) => ctx.metrics.jobFailures.inc({ queue, final: String(final) }),
    ...options.queue,
    redisUrl,
  });
  ctx.metrics.watchQueues(() => running.depths());
  return {
    mode: 'queues',
    depths: () => running.depths(),
    ping: () => running.ping(),
    stop: () => running.stop(),
  };
}
