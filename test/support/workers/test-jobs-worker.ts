/** A worker for the pool's own tests: jobs that echo, block, spin forever, throw or exit. */
import { threadId } from 'node:worker_threads';
import { UserFacingError } from '../../../src/services/errors.ts';
import { serveJobs } from '../../../src/services/worker-pool/serve.ts';

export type TestJob =
  | { op: 'echo'; value: unknown }
  /** Holds the thread for `ms` (synchronously, like a slow summary). */
  | { op: 'block'; ms: number }
  /** Waits (up to 10 s) until `parties` jobs have arrived: true when they all ran at once. */
  | { op: 'rendezvous'; shared: Int32Array; parties: number }
  /** Blocks `ms` while counting jobs running at once in shared[0], the most seen in shared[1]. */
  | { op: 'count'; shared: Int32Array; ms: number }
  | { op: 'spin' }
  /** Allocates until the worker runs out of memory. */
  | { op: 'hog' }
  | { op: 'throw'; userFacing: boolean }
  | { op: 'exit' };

export interface TestResult {
  threadId: number;
  value?: unknown;
}

serveJobs((job: TestJob): TestResult => {
  switch (job.op) {
    case 'echo':
      return { threadId, value: job.value };
    case 'block':
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, job.ms);
      return { threadId };
    case 'rendezvous': {
      Atomics.add(job.shared, 0, 1);
      Atomics.notify(job.shared, 0);
      const deadline = Date.now() + 10_000;
      for (let seen = Atomics.load(job.shared, 0); seen < job.parties && Date.now() < deadline; ) {
        Atomics.wait(job.shared, 0, seen, 100);
        seen = Atomics.load(job.shared, 0);
      }
      return { threadId, value: Atomics.load(job.shared, 0) >= job.parties };
    }
    case 'count': {
      const running = Atomics.add(job.shared, 0, 1) + 1;
      for (let max = Atomics.load(job.shared, 1); running > max; max = Atomics.load(job.shared, 1))
        if (Atomics.compareExchange(job.shared, 1, max, running) === max) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, job.ms);
      Atomics.sub(job.shared, 0, 1);
      return { threadId };
    }
    case 'spin':
      for (;;) Math.random();
    case 'hog': {
      const kept: number[][] = [];
      for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i + kept.length));
    }
    case 'throw':
      if (job.userFacing) throw new UserFacingError('no_article', 'There is no article in that input.');
      throw new TypeError('a bug in the job');
    case 'exit':
      process.exit(3);
  }
});
