import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import {
  createWorkerPool,
  JobMemoryError,
  JobTimeoutError,
  PoolClosedError,
  QueueFullError,
  WorkerCrashError,
  type WorkerPool,
} from '../../../src/services/worker-pool/pool.ts';
import type { TestJob, TestResult } from '../../support/workers/test-jobs-worker.ts';

const WORKER = new URL('../../support/workers/test-jobs-worker.ts', import.meta.url);
const pools: WorkerPool<TestJob, TestResult>[] = [];

function pool(
  size: number,
  timeoutMs = 10_000,
  queue?: { total: number; perOwner: number },
): WorkerPool<TestJob, TestResult> {
  const created = createWorkerPool<TestJob, TestResult>({
    workerUrl: WORKER,
    size,
    timeoutMs,
    ...(queue ? { queue } : {}),
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('worker pool', () => {
  it('runs jobs on at most `size` threads, none of them the main one, and returns their results', async () => {
    const p = pool(3);
    expect(p.size).toBe(3);
    await expect(p.ready()).resolves.toBeUndefined();
    // Three jobs that wait for one another all finish: three ran at once, on three threads.
    const meeting = new Int32Array(new SharedArrayBuffer(8));
    const met = await Promise.all(
      Array.from({ length: 3 }, () => p.run({ op: 'rendezvous', shared: meeting, parties: 3 })),
    );
    expect(met.map((r) => r.value)).toEqual([true, true, true]);
    expect(new Set(met.map((r) => r.threadId)).size).toBe(3);
    expect(met.some((r) => r.threadId === 0)).toBe(false);
    // Twelve jobs never run more than three at a time.
    const counter = new Int32Array(new SharedArrayBuffer(8));
    await Promise.all(Array.from({ length: 12 }, () => p.run({ op: 'count', shared: counter, ms: 30 })));
    expect(Atomics.load(counter, 1)).toBeLessThanOrEqual(3);
    expect(await p.run({ op: 'echo', value: { nested: ['plain', 1, null] } })).toMatchObject({
      value: { nested: ['plain', 1, null] },
    });
  });

  it('refuses a size below one', () => {
    expect(() => createWorkerPool({ workerUrl: WORKER, size: 0, timeoutMs: 100 })).toThrow(RangeError);
  });

  it('stops a job past its budget, replaces its worker and keeps serving', async () => {
    const p = pool(1, 300);
    const before = await p.run({ op: 'echo', value: 1 });
    await expect(p.run({ op: 'spin' })).rejects.toBeInstanceOf(JobTimeoutError);
    const after = await p.run({ op: 'echo', value: 2 });
    expect(after.value).toBe(2);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('counts the budget from when a worker takes the job, not while it waits', async () => {
    const p = pool(1, 1500);
    // The second job waits ~900 ms for the only worker, then runs ~900 ms: over 1500 ms in all, within budget.
    const both = await Promise.all([p.run({ op: 'block', ms: 900 }), p.run({ op: 'block', ms: 900 })]);
    expect(both).toHaveLength(2);
  });

  it('gives the jobs waiting behind a stopped one to the new worker', async () => {
    const p = pool(1, 300);
    const [spun, next] = await Promise.allSettled([
      p.run({ op: 'spin' }),
      p.run({ op: 'echo', value: 'next' }),
    ]);
    expect(spun.status).toBe('rejected');
    expect(next).toMatchObject({ status: 'fulfilled', value: { value: 'next' } });
  });

  it('rethrows a UserFacingError from a worker with its code, and other errors with their message', async () => {
    const p = pool(1);
    const userFacing = await p.run({ op: 'throw', userFacing: true }).catch((error: unknown) => error);
    expect(userFacing).toBeInstanceOf(UserFacingError);
    expect(userFacing).toMatchObject({ code: 'no_article', message: 'There is no article in that input.' });
    const bug = await p.run({ op: 'throw', userFacing: false }).catch((error: unknown) => error);
    expect(bug).not.toBeInstanceOf(UserFacingError);
    expect(bug).toMatchObject({ name: 'TypeError', message: 'a bug in the job' });
    expect((await p.run({ op: 'echo', value: 'still here' })).value).toBe('still here');
  });

  it('stops a job past its memory limit, replaces its worker and keeps serving', async () => {
    const limited = createWorkerPool<TestJob, TestResult>({
      workerUrl: WORKER,
      size: 1,
      timeoutMs: 20_000,
      memoryMb: 64,
    });
    pools.push(limited);
    const before = await limited.run({ op: 'echo', value: 1 });
    const error = await limited.run({ op: 'hog' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobMemoryError);
    expect(error).toMatchObject({ memoryMb: 64 });
    const after = await limited.run({ op: 'echo', value: 2 });
    expect(after.value).toBe(2);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('reports a worker that dies mid-job and starts another', async () => {
    const p = pool(1);
    await expect(p.run({ op: 'exit' })).rejects.toBeInstanceOf(WorkerCrashError);
    expect((await p.run({ op: 'echo', value: 'again' })).value).toBe('again');
  });

  it('fails what waits when its worker cannot start, instead of hanging', async () => {
    const broken = createWorkerPool<TestJob, TestResult>({
      workerUrl: new URL('../../support/workers/no-such-worker.ts', import.meta.url),
      size: 1,
      timeoutMs: 1000,
    });
    pools.push(broken);
    await expect(broken.run({ op: 'echo', value: 1 })).rejects.toBeInstanceOf(WorkerCrashError);
    await expect(broken.ready()).rejects.toBeInstanceOf(WorkerCrashError);
  });

  it("serves members in turns: one member's five slow jobs do not all run before another's", async () => {
    const p = pool(1);
    await p.ready();
    const finished: string[] = [];
    const job = (name: string, owner: string) =>
      p.run({ op: 'block', ms: 60 }, owner).then(() => finished.push(name));
    const slow = Array.from({ length: 5 }, (_, i) => job(`a${i + 1}`, 'member:a'));
    const other = job('b1', 'member:b');
    const feed = p.run({ op: 'block', ms: 60 }).then(() => finished.push('poll'));
    await Promise.all([...slow, other, feed]);
    // a1 was running when b1 and the poll arrived: they come next, then a's others.
    expect(finished).toEqual(['a1', 'b1', 'poll', 'a2', 'a3', 'a4', 'a5']);
  });

  it("refuses a member's job at once when that member, or everyone, has as many waiting as allowed", async () => {
    const p = pool(1, 10_000, { total: 3, perOwner: 2 });
    await p.ready();
    const running = p.run({ op: 'block', ms: 300 }, 'member:a');
    const waiting = [
      p.run({ op: 'echo', value: 1 }, 'member:a'),
      p.run({ op: 'echo', value: 2 }, 'member:a'),
    ];
    await expect(p.run({ op: 'echo', value: 3 }, 'member:a')).rejects.toBeInstanceOf(QueueFullError);
    const other = p.run({ op: 'echo', value: 'b' }, 'member:b');
    await expect(p.run({ op: 'echo', value: 'c' }, 'member:c')).rejects.toBeInstanceOf(QueueFullError);
    // Background work is never refused.
    const poll = p.run({ op: 'echo', value: 'poll' });
    await Promise.all([running, ...waiting]);
    expect((await other).value).toBe('b');
    expect((await poll).value).toBe('poll');
    expect((await p.run({ op: 'echo', value: 'later' }, 'member:a')).value).toBe('later');
  });

  it('rejects running and waiting jobs when closed, and every job after', async () => {
    const p = pool(1);
    const running = p.run({ op: 'spin' }).catch((error: unknown) => error);
    const waiting = p.run({ op: 'echo', value: 1 }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await p.close();
    expect(await running).toBeInstanceOf(PoolClosedError);
    expect(await waiting).toBeInstanceOf(PoolClosedError);
    await expect(p.run({ op: 'echo', value: 2 })).rejects.toBeInstanceOf(PoolClosedError);
  });
});
