import type { RateLimitDecision } from './types.ts';

/**
 * A sliding-window limiter kept in memory: at most `limit` hits per `windowMs` per key (a member's
 * user id). Enough when a member's interactions all reach one bot process (the SQLite default).
 */
export class SlidingWindowRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit for `key` at `nowMs` when allowed; a refused hit is not counted. */
  take(key: string, nowMs: number): RateLimitDecision {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? nowMs;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.windowMs - nowMs) };
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    this.prune(nowMs);
    return { allowed: true };
  }

  /** Forgets members idle for a whole window, so the map does not grow with every member ever seen. */
  private prune(nowMs: number): void {
    if (this.hits.size < 1000) return;
    for (const [key, times] of this.hits) {
      const last = times[times.length - 1];
      if (last === undefined || last <= nowMs - this.windowMs) this.hits.delete(key);
    }
  }
}
