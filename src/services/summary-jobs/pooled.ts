import type { Logger } from 'pino';
import { UserFacingError } from '../errors.ts';
import type { QueueLimits } from '../worker-pool/fair-queue.ts';
import {
  createWorkerPool,
  JobMemoryError,
  JobTimeoutError,
  QueueFullError,
  WorkerCrashError,
} from '../worker-pool/pool.ts';
import { summaryJobsVia } from './via.ts';
import type { SummaryJob, SummaryJobResult, SummaryJobs } from './types.ts';

/** worker.ts beside this file: .ts when running from src/ (tsx, vitest), .js in the built dist/. */
export const SUMMARY_WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
);

export interface PooledSummaryJobsOptions {
  /** SUMMARY_WORKERS */
  size: number;
  /** SUMMARY_TIMEOUT_MS: a job running longer is stopped and answered with 'too_complex'. */
  timeoutMs: number;
  /** SUMMARY_QUEUE_MAX and SUMMARY_QUEUE_PER_MEMBER: members' jobs that may wait for a worker. */
  queue?: QueueLimits;
  /** SUMMARY_WORKER_MEMORY_MB: a job needing more is stopped and answered with 'too_complex'. */
  memoryMb?: number;
  logger: Logger;
  /** Tests only: a worker module that serves the same jobs differently (e.g. one that never ends). */
  workerUrl?: URL;
}

export type InputKind = 'html' | 'text' | 'markdown' | 'feed' | 'article';

/** What a log may say about a job's input: its kind and size, never its content (it may be private). */
export function describeInput(job: SummaryJob): { kind: InputKind; bytes: number } {
  switch (job.kind) {
    case 'read':
    case 'readAndSummarize':
      return { kind: job.input.format, bytes: Buffer.byteLength(job.input.content) };
    case 'summarize':
      return { kind: 'article', bytes: Buffer.byteLength(job.article.paragraphs.join('\n\n')) };
    case 'parseFeed':
      return { kind: 'feed', bytes: Buffer.byteLength(job.body) };
  }
}

function tooComplex(kind: InputKind, cause: JobTimeoutError | JobMemoryError): UserFacingError {
  const took =
    cause instanceof JobTimeoutError
      ? `it took NewsBrief more than ${Math.max(1, Math.round(cause.timeoutMs / 1000))} s`
      : 'it needed more memory than NewsBrief gives one input';
  const message =
    kind === 'feed'
      ? `That feed is too complex to read: ${took}, so it stopped.`
      : `That article is too complex to summarize: ${took}, so it stopped. ` +
        'Try pasting just the part you need with `/summarize text:`.';
  return new UserFacingError('too_complex', message, { cause });
}

const BUSY_MESSAGE =
  'NewsBrief is busy reading other articles right now, so it did not start on this one: try again in a moment.';

/**
 * The bot's SummaryJobs: each job runs on a pool of SUMMARY_WORKERS worker threads within
 * SUMMARY_TIMEOUT_MS, so the main thread only does Discord, storage and scheduling. Jobs wait for
 * a worker in turns by member, a few per member at most (SummaryJobs' JobOptions.owner).
 */
export function createPooledSummaryJobs(options: PooledSummaryJobsOptions): SummaryJobs {
  const { logger, timeoutMs } = options;
  const pool = createWorkerPool<SummaryJob, SummaryJobResult>({
    workerUrl: options.workerUrl ?? SUMMARY_WORKER_URL,
    size: options.size,
    timeoutMs,
    ...(options.queue ? { queue: options.queue } : {}),
    ...(options.memoryMb !== undefined ? { memoryMb: options.memoryMb } : {}),
  });
  return summaryJobsVia(
    async (job, owner) => {
      try {
        return await pool.run(job, owner);
      } catch (error) {
        if (error instanceof QueueFullError) {
          logger.info({ job: job.kind, ...describeInput(job) }, 'summary job refused: too many waiting');
          throw new UserFacingError('busy', BUSY_MESSAGE, { cause: error });
        }
        if (error instanceof JobTimeoutError) {
          const input = describeInput(job);
          logger.warn({ job: job.kind, ...input, timeoutMs }, 'summary job stopped: past its time budget');
          throw tooComplex(input.kind, error);
        }
        if (error instanceof JobMemoryError) {
          const input = describeInput(job);
          logger.warn(
            { job: job.kind, ...input, memoryMb: error.memoryMb },
            'summary job stopped: past its memory limit',
          );
          throw tooComplex(input.kind, error);
        }
        if (error instanceof WorkerCrashError)
          logger.error({ err: error, job: job.kind, ...describeInput(job) }, 'summary worker crashed');
        throw error;
      }
    },
    { ready: () => pool.ready(), close: () => pool.close() },
  );
}
