import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isUserFacingError, UserFacingError, type UserFacingErrorCode } from '../errors.ts';
import { describeInput } from './pooled.ts';
import type { SummaryJob, SummaryJobResult, SummaryJobs } from './types.ts';
import { runOn, summaryJobsVia } from './via.ts';

/**
 * Summary jobs through Redis (BullMQ, as the feed and digest jobs): a gateway process that takes no
 * jobs (WORKERS=0) sends its members' reading, summarizing and feed parsing to the processes that do
 * (`npm run worker`, or a bot with WORKERS > 0), which run them on their worker pool. So a gateway
 * process starts no worker thread (each a whole V8 isolate with the extractor, the summarizer and
 * its word lists) and keeps only Discord, storage and scheduling.
 *
 * Every job is answered with a result or the failure a member should see (UserFacingError's code
 * and message), never retried: the member is waiting. A job no process took in time is answered
 * "busy" and withdrawn.
 */

export const SUMMARY_QUEUE = 'summaries';
export const DEFAULT_SUMMARY_QUEUE_PREFIX = 'newsbrief-jobs';

interface QueuedJob {
  job: SummaryJob;
  owner?: string;
}

/** What a job ends with: its result, or the failure (a member-facing one keeps its code). */
type Outcome =
  | { ok: true; result: SummaryJobResult }
  | { ok: false; code: UserFacingErrorCode | null; message: string };

export interface QueuedSummaryJobsOptions {
  redisUrl: string;
  /** BullMQ's key prefix (tests keep runs apart). */
  prefix?: string;
  /** How long a job may wait for a process to take it and run it before the member hears "busy". */
  waitMs: number;
  logger: Logger;
}

const NO_TAKER_MESSAGE =
  'NewsBrief is busy reading other articles right now, so it could not start on this one: try again in a moment.';

export function createQueuedSummaryJobs(options: QueuedSummaryJobsOptions): SummaryJobs {
  const { logger, waitMs } = options;
  const prefix = options.prefix ?? DEFAULT_SUMMARY_QUEUE_PREFIX;
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (error) => logger.warn({ err: error }, 'summary queue connection error'));
  // QueueEvents blocks on its connection (XREAD), so it has one of its own.
  const eventsConnection = connection.duplicate();
  const queue = new Queue<QueuedJob, Outcome>(SUMMARY_QUEUE, {
    connection,
    prefix,
    // Each completion carries its result in the events stream: keep that stream short.
    streams: { events: { maxLen: 1000 } },
    defaultJobOptions: {
      attempts: 1,
      // Kept a minute, so a waiter that subscribed after the job ended still reads its result.
      removeOnComplete: { age: 60 },
      removeOnFail: { age: 3600, count: 1000 },
    },
  });
  const events = new QueueEvents(SUMMARY_QUEUE, { connection: eventsConnection, prefix });
  queue.on('error', (error) => logger.warn({ err: error }, 'summary queue error'));
  events.on('error', (error) => logger.warn({ err: error }, 'summary queue events error'));

  const run = async (job: SummaryJob, owner?: string): Promise<SummaryJobResult> => {
    const added = await queue.add(job.kind, owner ? { job, owner } : { job });
    let outcome: Outcome;
    try {
      outcome = (await added.waitUntilFinished(events, waitMs)) as Outcome;
    } catch (error) {
      // Not taken (or not finished) in time: withdrawn if still waiting, and the member told so.
      await added.remove().catch(() => undefined);
      logger.warn(
        { err: error, job: job.kind, ...describeInput(job), waitMs },
        'summary job not done in time',
      );
      throw new UserFacingError('busy', NO_TAKER_MESSAGE, { cause: error });
    }
    if (outcome.ok) return outcome.result;
    if (outcome.code) throw new UserFacingError(outcome.code, outcome.message);
    throw new Error(`summary job failed on a worker: ${outcome.message}`);
  };

  return summaryJobsVia(run, {
    ready: async () => {
      await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    },
    close: async () => {
      await events.close();
      await queue.close();
      await eventsConnection.quit().catch(() => eventsConnection.disconnect());
      await connection.quit().catch(() => connection.disconnect());
    },
  });
}

export interface SummaryQueueServer {
  close(): Promise<void>;
}

/**
 * Takes jobs from the summary queue and runs them on `local` (this process's pool), `concurrency`
 * at a time: a few more than the pool's threads, so a thread never idles waiting on Redis.
 */
export function serveSummaryQueue(
  local: SummaryJobs,
  options: { redisUrl: string; prefix?: string; concurrency: number; logger: Logger },
): SummaryQueueServer {
  const { logger } = options;
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (error) => logger.warn({ err: error }, 'summary queue connection error'));
  const worker = new Worker<QueuedJob, Outcome>(
    SUMMARY_QUEUE,
    async (queued: Job<QueuedJob>): Promise<Outcome> => {
      const { job, owner } = queued.data;
      try {
        return { ok: true, result: await runOn(local, job, owner) };
      } catch (error) {
        if (isUserFacingError(error)) return { ok: false, code: error.code, message: error.message };
        logger.error({ err: error, job: job.kind, ...describeInput(job) }, 'summary job failed');
        return { ok: false, code: null, message: error instanceof Error ? error.message : String(error) };
      }
    },
    { connection, prefix: options.prefix ?? DEFAULT_SUMMARY_QUEUE_PREFIX, concurrency: options.concurrency },
  );
  worker.on('error', (error) => logger.warn({ err: error }, 'summary queue worker error'));
  return {
    async close() {
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
