import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { memoryCoordination } from '../../../src/services/coordination/memory.ts';
import { redisCoordination } from '../../../src/services/coordination/redis.ts';
import type { Coordination } from '../../../src/services/coordination/types.ts';

const REDIS_URL = process.env.REDIS_URL;

/**
 * `pair()` gives two handles as two processes would have them: on Redis, two connections sharing
 * one key prefix; in memory, one handle twice (memory coordination is for one process only).
 */
type Pair = () => Promise<[Coordination, Coordination]>;

const opened: Coordination[] = [];
afterAll(async () => {
  for (const coordination of opened) await coordination.close();
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function coordinationContract(pair: Pair) {
  it('allows the limit per minute, refuses the next with the wait until a slot frees, counts keys apart', async () => {
    const [a, b] = await pair();
    const user = randomUUID();
    expect(await a.summaryLimiter.take(user, 0)).toEqual({ allowed: true });
    expect(await b.summaryLimiter.take(user, 10_000)).toEqual({ allowed: true });
    expect(await a.summaryLimiter.take(user, 20_000)).toEqual({ allowed: true });
    expect(await b.summaryLimiter.take(user, 30_000)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(await a.summaryLimiter.take(randomUUID(), 30_000)).toEqual({ allowed: true });
    // Refused attempts are not counted; the oldest hit leaving the window frees one slot.
    expect((await a.summaryLimiter.take(user, 59_999)).allowed).toBe(false);
    expect((await b.summaryLimiter.take(user, 60_001)).allowed).toBe(true);
    expect((await a.summaryLimiter.take(user, 60_002)).allowed).toBe(false);
  });

  it('never lets more than the limit through when many ask at the same moment', async () => {
    const [a, b] = await pair();
    const user = randomUUID();
    const decisions = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).summaryLimiter.take(user, 1_000)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
  });

  it('runs the work once for two callers of one key and gives both its result', async () => {
    const [a, b] = await pair();
    const results = new Map<string, string>();
    const key = randomUUID();
    let calls = 0;
    const work = async () => {
      calls++;
      await delay(150);
      results.set(key, 'the story');
      return 'the story';
    };
    const read = async () => results.get(key);
    const answers = await Promise.all([
      a.singleFlight.run(key, work, read),
      b.singleFlight.run(key, work, read),
    ]);
    expect(answers).toEqual(['the story', 'the story']);
    expect(calls).toBe(1);
    // Once done, the next caller runs again (caching is the caller's business, not single-flight's).
    await a.singleFlight.run(key, work, async () => undefined);
    expect(calls).toBe(2);
  });

  it("gives the leader's polite failure to the callers that waited for it, without a second try", async () => {
    const [a, b] = await pair();
    const key = randomUUID();
    let calls = 0;
    const failing = async (): Promise<string> => {
      calls++;
      await delay(100);
      throw new UserFacingError('http_status', 'That page answered 404.');
    };
    const read = async () => undefined;
    const outcomes = await Promise.allSettled([
      a.singleFlight.run(key, failing, read),
      b.singleFlight.run(key, failing, read),
    ]);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'http_status' } });
    }
    expect(calls).toBe(1);
  });
}

describe('memory coordination', () => {
  const coordination = memoryCoordination({ summaryLimit: 3 });
  coordinationContract(async () => [coordination, coordination]);

  it('answers ping without a backend', async () => {
    await expect(coordination.ping()).resolves.toBeUndefined();
  });
});

describe.skipIf(!REDIS_URL)('redis coordination', () => {
  const prefix = `newsbrief-test:${randomUUID()}:`;
  const open = async () => {
    const coordination = await redisCoordination(REDIS_URL ?? '', {
      summaryLimit: 3,
      prefix,
      singleFlight: { lockTtlMs: 600, pollMs: 10 },
    });
    opened.push(coordination);
    return coordination;
  };
  coordinationContract(async () => [await open(), await open()]);

  it('takes over when the process holding the lock died (its lock expires)', async () => {
    const coordination = await open();
    const key = randomUUID();
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    // A holder that died mid-work: its lock is there, nothing releases it.
    await raw.set(`${prefix}singleflight:lock:${key}`, 'dead', { expiration: { type: 'PX', value: 300 } });
    await raw.close();
    let calls = 0;
    const answer = await coordination.singleFlight.run(
      key,
      async () => {
        calls++;
        return 'fetched anew';
      },
      async () => undefined,
    );
    expect(answer).toBe('fetched anew');
    expect(calls).toBe(1);
  });

  it('keeps the lock while long work runs past its time to live', async () => {
    const [a, b] = [await open(), await open()];
    const key = randomUUID();
    let calls = 0;
    let stored: string | undefined;
    const work = async () => {
      calls++;
      await delay(1_500); // the lock lives 600 ms unless extended
      stored = 'slow story';
      return stored;
    };
    const first = a.singleFlight.run(key, work, async () => stored);
    await delay(50);
    const second = b.singleFlight.run(key, work, async () => stored);
    expect(await Promise.all([first, second])).toEqual(['slow story', 'slow story']);
    expect(calls).toBe(1);
  });

  it('rejects at open when Redis cannot be reached, saying so', async () => {
    await expect(redisCoordination('redis://127.0.0.1:1', { summaryLimit: 3 })).rejects.toThrow(
      /Could not connect to Redis/,
    );
  });
});
