import { randomUUID } from 'node:crypto';
import { connectRedis, type RedisClient } from '../redis-connection.ts';
import { isUserFacingError, UserFacingError, type UserFacingErrorCode } from '../errors.ts';
import { LocalSingleFlight } from './memory.ts';
import type { Coordination, RateLimitDecision, RateLimiter, SingleFlight } from './types.ts';

/**
 * The sliding window of the memory limiter, as one atomic script on a sorted set of hit times, so
 * hits from every process count and two processes can never both take the last slot.
 */
const SLIDING_WINDOW = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2])}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}`;

/** Deletes or extends a lock only while it still holds our token (it may have expired and moved on). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async take(key: string, nowMs: number): Promise<RateLimitDecision> {
    const reply = (await this.client.eval(SLIDING_WINDOW, {
      keys: [`${this.prefix}${key}`],
      arguments: [String(nowMs), String(this.windowMs), String(this.limit), `${nowMs}:${randomUUID()}`],
    })) as [number, number];
    if (reply[0] === 1) return { allowed: true };
    return { allowed: false, retryAfterMs: Math.max(1, reply[1] + this.windowMs - nowMs) };
  }
}

export interface RedisSingleFlightOptions {
  /** The lock lives this long unless its holder extends it (it does, every third of it, while working). */
  lockTtlMs?: number;
  /** A follower gives up waiting after this long. */
  waitMs?: number;
  pollMs?: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SET NX PX lock per key; the holder does the work and stores its result where `readResult` finds
 * it (the story store), followers poll the lock until it is gone and read that. Callers in one
 * process share one promise first, so only one of them touches Redis.
 */
class RedisSingleFlight implements SingleFlight {
  private readonly local = new LocalSingleFlight();
  private readonly lockTtlMs: number;
  private readonly waitMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    options: RedisSingleFlightOptions,
  ) {
    this.lockTtlMs = options.lockTtlMs ?? 30_000;
    this.waitMs = options.waitMs ?? 90_000;
    this.pollMs = options.pollMs ?? 50;
  }

  run<T>(key: string, work: () => Promise<T>, readResult: () => Promise<T | undefined>): Promise<T> {
    return this.local.run(key, () => this.shared(key, work, readResult));
  }

  private async shared<T>(key: string, work: () => Promise<T>, readResult: () => Promise<T | undefined>) {
    const lockKey = `${this.prefix}lock:${key}`;
    const errorKey = `${this.prefix}error:${key}`;
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const token = randomUUID();
      const won = await this.client.set(lockKey, token, {
        condition: 'NX',
        expiration: { type: 'PX', value: this.lockTtlMs },
      });
      if (won === 'OK') return this.lead(lockKey, errorKey, token, work);
      await this.waitForRelease(lockKey, deadline);
      const result = await readResult();
      if (result !== undefined) return result;
      const failure = await this.client.get(errorKey);
      if (failure) {
        const { code, message } = JSON.parse(failure) as { code: UserFacingErrorCode; message: string };
        throw new UserFacingError(code, message);
      }
      if (Date.now() >= deadline) throw new Error(`gave up waiting for another process to finish ${key}`);
      // The holder ended without a result (a bug, or it died and its lock expired): try ourselves.
    }
  }

  private async lead<T>(lockKey: string, errorKey: string, token: string, work: () => Promise<T>) {
    await this.client.del(errorKey);
    const keepAlive = setInterval(() => {
      this.client
        .eval(EXTEND, { keys: [lockKey], arguments: [token, String(this.lockTtlMs)] })
        .catch(() => undefined); // a failed extension only lets the lock expire early
    }, this.lockTtlMs / 3);
    try {
      return await work();
    } catch (error) {
      // Followers get the same polite answer instead of repeating a fetch that just failed.
      if (isUserFacingError(error))
        await this.client.set(errorKey, JSON.stringify({ code: error.code, message: error.message }), {
          expiration: { type: 'PX', value: 10_000 },
        });
      throw error;
    } finally {
      clearInterval(keepAlive);
      await this.client.eval(RELEASE, { keys: [lockKey], arguments: [token] });
    }
  }

  private async waitForRelease(lockKey: string, deadline: number): Promise<void> {
    while ((await this.client.exists(lockKey)) === 1) {
      if (Date.now() >= deadline) return;
      await delay(this.pollMs);
    }
  }
}

export interface RedisCoordinationOptions {
  summaryLimit: number;
  windowMs?: number;
  /** Prefix of every key, so that apps or test runs can share one Redis. */
  prefix?: string;
  singleFlight?: RedisSingleFlightOptions;
}

/** Connects first, so an unreachable Redis rejects here with the socket error as cause. */
export async function redisCoordination(
  url: string,
  options: RedisCoordinationOptions,
): Promise<Coordination> {
  // While disconnected, a limit check fails at once (and the member gets the generic answer).
  const client = await connectRedis(
    url,
    (error) => new Error(`Could not connect to Redis for coordination: ${error.message}`, { cause: error }),
  );
  const prefix = options.prefix ?? 'newsbrief:';
  return {
    kind: 'redis',
    summaryLimiter: new RedisRateLimiter(
      client,
      `${prefix}ratelimit:summary:`,
      options.summaryLimit,
      options.windowMs ?? 60_000,
    ),
    singleFlight: new RedisSingleFlight(client, `${prefix}singleflight:`, options.singleFlight ?? {}),
    async ping() {
      await client.ping();
    },
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
