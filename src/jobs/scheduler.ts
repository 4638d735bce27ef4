import cron from 'node-cron';
import type { AppContext } from '../context.ts';
import type { ChannelPoster } from '../discord/channel-poster.ts';
import { pollDueFeeds } from './poll-feeds.ts';
import { postDueDigests } from './post-digests.ts';

/** Wraps a cycle so that a run still going when the next minute ticks is not started twice. */
function exclusive(name: string, ctx: AppContext, run: () => Promise<unknown>) {
  let running: Promise<void> | null = null;
  return {
    tick() {
      if (running) {
        ctx.logger.debug({ job: name }, 'previous cycle still running; skipping this tick');
        return;
      }
      running = run()
        .then(() => undefined)
        .catch((error: unknown) => {
          ctx.metrics.jobFailures.inc({ queue: name, final: 'true' });
          ctx.logger.error({ err: error, job: name }, 'job cycle failed');
        })
        .finally(() => {
          running = null;
        });
    },
    idle: () => running ?? Promise.resolve(),
  };
}

export interface SchedulerOptions {
  /** node-cron expression of the ticks; every minute by default (tests tick every second). */
  expression?: string;
}

/** Starts the minute-by-minute feed poll and digest jobs. `stop()` waits for cycles in flight. */
export function startScheduler(
  ctx: AppContext,
  poster: ChannelPoster,
  options: SchedulerOptions = {},
): { stop(): Promise<void> } {
  const expression = options.expression ?? '* * * * *';
  const feeds = exclusive('poll-feeds', ctx, () => pollDueFeeds(ctx, ctx.clock.now(), poster));
  const digests = exclusive('post-digests', ctx, () => postDueDigests(ctx, poster, ctx.clock.now()));
  const tasks = [
    cron.schedule(expression, () => feeds.tick()),
    cron.schedule(expression, () => digests.tick()),
  ];
  return {
    async stop() {
      for (const task of tasks) await task.stop();
      await Promise.all([feeds.idle(), digests.idle()]);
    },
  };
}
