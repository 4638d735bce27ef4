import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isUserFacingError } from './errors.ts';
import type { Fetcher } from './fetch/types.ts';

/**
 * What GET /metrics shows, in a registry of this context's own (no process-global default
 * registry, so two bots in one test process count apart).
 */
export interface Metrics {
  readonly registry: Registry;
  /** Interactions by command and outcome: ok, user_error, rate_limited, error. */
  readonly interactions: Counter<'command' | 'outcome'>;
  /** Seconds from a summary command's arrival to its answer. */
  readonly summarySeconds: Histogram<'command'>;
  /** Failed fetches (articles and feeds) by kind: the UserFacingError code, or "other". */
  readonly fetchErrors: Counter<'kind'>;
  /** Job tries that failed, by queue; final="true" when the job stays in the failed set. */
  readonly jobFailures: Counter<'queue' | 'final'>;
  readonly digestsPosted: Counter;
  /** Discord answers with status 429 (rate limited). */
  readonly rest429: Counter;
  /** Reads the queue depths when /metrics is scraped (set once the queues run). */
  watchQueues(read: () => Promise<Record<string, Record<string, number>> | null>): void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'newsbrief_' });
  let readQueues: () => Promise<Record<string, Record<string, number>> | null> = async () => null;
  new Gauge({
    name: 'newsbrief_queue_jobs',
    help: 'Jobs in each queue by state (waiting, active, delayed, failed, prioritized)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const depths = await readQueues();
      for (const [queue, states] of Object.entries(depths ?? {}))
        for (const [state, count] of Object.entries(states)) this.set({ queue, state }, count);
    },
  });
  return {
    registry,
    interactions: new Counter({
      name: 'newsbrief_interactions_total',
      help: 'Interactions handled, by command and outcome',
      labelNames: ['command', 'outcome'],
      registers: [registry],
    }),
    summarySeconds: new Histogram({
      name: 'newsbrief_summary_seconds',
      help: 'Seconds from a summary request to its answer',
      labelNames: ['command'],
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
      registers: [registry],
    }),
    fetchErrors: new Counter({
      name: 'newsbrief_fetch_errors_total',
      help: 'Failed fetches of articles and feeds, by kind',
      labelNames: ['kind'],
      registers: [registry],
    }),
    jobFailures: new Counter({
      name: 'newsbrief_job_failures_total',
      help: 'Failed job tries by queue; final="true" when the job stays in the failed set',
      labelNames: ['queue', 'final'],
      registers: [registry],
    }),
    digestsPosted: new Counter({
      name: 'newsbrief_digests_posted_total',
      help: 'Digests posted to channels',
      registers: [registry],
    }),
    rest429: new Counter({
      name: 'newsbrief_discord_rest_429_total',
      help: 'Discord REST answers with status 429',
      registers: [registry],
    }),
    watchQueues(read) {
      readQueues = read;
    },
  };
}

/** A fetcher that counts its failures by kind (every fetch of the bot goes through it). */
export function countingFetcher(fetcher: Fetcher, metrics: Metrics): Fetcher {
  return {
    async fetch(url, request) {
      try {
        return await fetcher.fetch(url, request);
      } catch (error) {
        metrics.fetchErrors.inc({ kind: isUserFacingError(error) ? error.code : 'other' });
        throw error;
      }
    },
  };
}
