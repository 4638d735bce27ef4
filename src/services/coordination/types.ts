/**
 * What several bot processes must agree on beyond the store: how many summaries a member asked for
 * lately, and which process fetches a URL that two members ask for at once. In memory for one
 * process (the SQLite default); in Redis when processes share one (REDIS_URL).
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** At most `limit` hits per sliding window per key; a refused hit is not counted. */
export interface RateLimiter {
  take(key: string, nowMs: number): Promise<RateLimitDecision>;
}

/**
 * Runs `work` once per key at a time across everyone sharing this coordination. A caller that
 * finds the work already running elsewhere waits for it to end, then answers with `readResult()`
 * (the result as the leader stored it); when that finds nothing (the leader failed or died), it
 * tries again itself. A UserFacingError of the leader reaches the followers too.
 */
export interface SingleFlight {
  run<T>(key: string, work: () => Promise<T>, readResult: () => Promise<T | undefined>): Promise<T>;
}

export interface Coordination {
  readonly kind: 'memory' | 'redis';
  /** Summaries per member per minute (SUMMARY_RATE_LIMIT). */
  readonly summaryLimiter: RateLimiter;
  readonly singleFlight: SingleFlight;
  /** Rejects when the backend cannot be reached (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
