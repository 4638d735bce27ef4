import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { AppContext } from '../../context.ts';
import type { ChannelPoster } from '../../discord/channel-poster.ts';
import type { PollFeedsOptions } from '../poll-feeds.ts';
import { QUEUE_NAMES, type QueueName } from './job-ids.ts';
import { digestsProcessor, feedsProcessor, instantProcessor, type Queues } from './processors.ts';

/**
 * Feed polls, instant posts and digest deliveries as BullMQ queues in Redis. Every process that
 * starts this upserts the same two job schedulers (idempotent, so there is one minute tick per
 * queue however many processes run), and, with workers > 0, takes jobs from every queue.
 *
 * Digests are driven by one minute tick rather than one scheduler per digest with its own cron
 * pattern and timezone: a digest's slots (days, DST gaps and repeats, late sends after downtime,
 * slots before its creation) are already computed by services/digest/schedule.ts, which the DST
 * tests cover, and /digest set|remove then needs no scheduler kept in step with the store.
 */
export interface QueueJobsOptions {
  redisUrl: string;
  /** Jobs of each queue this process runs at once; 0: it only enqueues (and keeps the ticks). */
  workers: number;
  /** Every how often the ticks run (a minute; tests use less). */
  tickEveryMs?: number;
  /** Prefix of BullMQ's keys, so that deployments or test runs can share one Redis. */
  prefix?: string;
  /** Tries of a job before it stays in the failed set with its error. */
  attempts?: number;
  /** First retry delay; doubled for each retry after. */
  backoffMs?: number;
  /** Called when a job fails (each try), for logs and metrics. */
  onFailed?: (queue: QueueName, job: Job | undefined, error: Error, final: boolean) => void;
  onCompleted?: (queue: QueueName, job: Job, result: unknown) => void;
  /** How feed items' pages are read (tests give a loader that reads nothing). */
  pollOptions?: PollFeedsOptions;
}

export interface RunningQueues {
  readonly queues: Queues;
  /** Waiting, active, delayed and failed jobs per queue (for /metrics). */
  depths(): Promise<Record<QueueName, Record<string, number>>>;
  /** Rejects when Redis cannot be reached. */
  ping(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_QUEUE_PREFIX = 'newsbrief-jobs';

export async function startQueueJobs(
  ctx: AppContext,
  poster: ChannelPoster,
  options: QueueJobsOptions,
): Promise<RunningQueues> {
  // BullMQ's blocking commands need no per-request retry limit (its own docs' setting).
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (error) => ctx.logger.warn({ err: error }, 'job queue connection error'));
  const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
  const attempts = options.attempts ?? 5;
  const defaultJobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 5_000 },
    removeOnComplete: { age: 3600, count: 1000 },
    // A job that failed every try stays a week with its error, for people to look at.
    removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  };
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix, defaultJobOptions })]),
  ) as Queues;
  for (const name of QUEUE_NAMES)
    queues[name].on('error', (error) => ctx.logger.warn({ err: error, queue: name }, 'job queue error'));

  const every = options.tickEveryMs ?? 60_000;
  // Digests and polls fall due on the minute. An `every` tick counts from when its scheduler was first
  // added, so a digest due at :00 waited for up to a minute (bench:scale, 1,000 servers: the first
  // digest 30–60 s after its minute); a one-minute tick therefore runs on the minute, by cron pattern.
  const repeat = every === 60_000 ? { pattern: '* * * * *' } : { every };
  const tick = { name: 'tick', opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } };
  const upsertTicks = async () => {
    await queues.feeds.upsertJobScheduler('feeds-tick', repeat, tick);
    await queues.digests.upsertJobScheduler('digests-tick', repeat, tick);
  };
  await upsertTicks();
  // A Redis restarted without its data has lost the schedulers: put them back on every reconnect.
  connection.on('ready', () => {
    upsertTicks().catch((error: unknown) =>
      ctx.logger.warn({ err: error }, 'could not restore the job ticks'),
    );
  });

  const processors: Record<QueueName, (job: Job) => Promise<unknown>> = {
    feeds: feedsProcessor(ctx, poster, queues, options.pollOptions),
    instant: instantProcessor(ctx, poster),
    digests: digestsProcessor(ctx, poster, queues),
  };
  const workers =
    options.workers > 0
      ? QUEUE_NAMES.map((name) => {
          const worker = new Worker(name, processors[name], {
            connection,
            prefix,
            concurrency: options.workers,
          });
          worker.on('error', (error) => ctx.logger.warn({ err: error, queue: name }, 'job worker error'));
          worker.on('failed', (job, error) => {
            const final = job === undefined || job.attemptsMade >= (job.opts.attempts ?? 1);
            const fields = {
              err: error,
              queue: name,
              job: job?.name,
              jobId: job?.id,
              attempt: job?.attemptsMade,
            };
            if (final) ctx.logger.error(fields, 'job failed for good; it stays in the failed set');
            else ctx.logger.warn(fields, 'job failed; it will be retried');
            options.onFailed?.(name, job, error, final);
          });
          worker.on('completed', (job, result) => options.onCompleted?.(name, job, result));
          return worker;
        })
      : [];

  return {
    queues,
    async depths() {
      const entries = await Promise.all(
        QUEUE_NAMES.map(
          async (name) =>
            [
              name,
              await queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized'),
            ] as const,
        ),
      );
      return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
    },
    async ping() {
      await connection.ping();
    },
    async stop() {
      // Workers first: each waits for its jobs in progress, which may still post.
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(QUEUE_NAMES.map((name) => queues[name].close()));
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
