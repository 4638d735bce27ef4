/** Global (per bot) and per-bucket fixed-window rate limits, answered the way Discord answers them. */

export interface BucketState {
  limit: number;
  remaining: number;
  resetAt: number; // epoch ms
  bucket: string;
}

interface Window {
  count: number;
  startedAt: number;
}

export type LimitDecision =
  | { ok: true; bucket: BucketState }
  | { ok: false; global: boolean; retryAfterMs: number; bucket: BucketState };

export class RateLimiter {
  private global: Window = { count: 0, startedAt: 0 };
  private readonly buckets = new Map<string, Window>();

  constructor(
    /** Mutable so a test can tighten the limit mid-run. */
    public globalPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one request against the global window (when `countsGlobally`) and against its bucket.
   * A refused request does not use up the bucket.
   */
  take(
    bucketKey: string,
    bucketLimit: { count: number; windowMs: number },
    countsGlobally: boolean,
  ): LimitDecision {
    const now = this.now();
    const win = this.windowFor(bucketKey, bucketLimit.windowMs, now);
    const bucketState = (used: number): BucketState => ({
      limit: bucketLimit.count,
      remaining: Math.max(0, bucketLimit.count - used),
      resetAt: win.startedAt + bucketLimit.windowMs,
      bucket: hashBucket(bucketKey),
    });
    if (countsGlobally) {
      if (now - this.global.startedAt >= 1000) this.global = { count: 0, startedAt: now };
      if (this.global.count >= this.globalPerSecond) {
        return {
          ok: false,
          global: true,
          retryAfterMs: this.global.startedAt + 1000 - now,
          bucket: bucketState(win.count),
        };
      }
    }
    if (win.count >= bucketLimit.count) {
      return {
        ok: false,
        global: false,
        retryAfterMs: win.startedAt + bucketLimit.windowMs - now,
        bucket: bucketState(win.count),
      };
    }
    if (countsGlobally) this.global.count++;
    win.count++;
    return { ok: true, bucket: bucketState(win.count) };
  }

  private windowFor(key: string, windowMs: number, now: number): Window {
    let win = this.buckets.get(key);
    if (!win || now - win.startedAt >= windowMs) {
      win = { count: 0, startedAt: now };
      this.buckets.set(key, win);
    }
    return win;
  }
}

/** Discord's bucket ids are opaque hashes; a stable short hash of the route key imitates that. */
function hashBucket(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Headers discord.js reads on every answer; Reset-After/Retry-After may be fractional seconds. */
export function rateLimitHeaders(bucket: BucketState, now: number = Date.now()): Record<string, string> {
  const resetAfter = Math.max(0, bucket.resetAt - now) / 1000;
  return {
    'X-RateLimit-Limit': String(bucket.limit),
    'X-RateLimit-Remaining': String(bucket.remaining),
    'X-RateLimit-Reset': (bucket.resetAt / 1000).toFixed(3),
    'X-RateLimit-Reset-After': resetAfter.toFixed(3),
    'X-RateLimit-Bucket': bucket.bucket,
  };
}
