import { SlidingWindowRateLimiter } from './sliding-window.ts';
import type { Coordination, RateLimiter, SingleFlight } from './types.ts';

/** Shares a pending promise between callers of one process. */
export class LocalSingleFlight implements SingleFlight {
  private readonly pending = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = work().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
}

/** One process, nothing shared: the SQLite default. */
export function memoryCoordination(options: { summaryLimit: number; windowMs?: number }): Coordination {
  const limiter = new SlidingWindowRateLimiter(options.summaryLimit, options.windowMs ?? 60_000);
  const summaryLimiter: RateLimiter = { take: async (key, nowMs) => limiter.take(key, nowMs) };
  return {
    kind: 'memory',
    summaryLimiter,
    singleFlight: new LocalSingleFlight(),
    ping: async () => undefined,
    close: async () => undefined,
  };
}
