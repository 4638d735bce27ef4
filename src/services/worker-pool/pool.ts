import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FairQueue, type QueueLimits } from './fair-queue.ts';
import { deserializeError, type FromWorker, type ToWorker } from './protocol.ts';

/**
 * A fixed set of worker threads that run CPU-bound jobs off the main thread, one job per worker at
 * a time, the rest waiting in turns by owner, within bounds (fair-queue.ts). Each job has a time budget counted from when a worker takes
 * it (not while it waits): past it, that worker is terminated (the only way to stop synchronous
 * code) and a new one started in its place, so the pool keeps serving.
 *
 * Written on node:worker_threads rather than piscina or tinypool: both cancel a task through an
 * AbortSignal whose clock the caller must start at submission, so a budget would count queueing too.
 */

export interface WorkerPoolOptions {
  /** The worker's module: a file that calls serveJobs(). */
  workerUrl: URL;
  size: number;
  timeoutMs: number;
  /** How many jobs may wait for a worker (see FairQueue); unbounded when left out. */
  queue?: QueueLimits;
  /**
   * Each worker's heap limit (V8's old generation) in MB: a job that needs more ends its worker,
   * is rejected with JobMemoryError, and a new worker takes its place. Node's default when left out.
   */
  memoryMb?: number;
}

export interface WorkerPool<Job, Result> {
  readonly size: number;
  /** Resolves once every worker has loaded its modules; rejects if one cannot start. */
  ready(): Promise<void>;
  /**
   * Runs a job on a worker when its owner's turn comes (no owner: background work); rejects with
   * QueueFullError at once when the owner, or everyone, has as many jobs waiting as allowed, and
   * with JobTimeoutError past the budget.
   */
  run(job: Job, owner?: string): Promise<Result>;
  /** Rejects waiting and running jobs with PoolClosedError and stops every worker. */
  close(): Promise<void>;
}

export class JobTimeoutError extends Error {
  override readonly name = 'JobTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the job ran past its budget of ${timeoutMs} ms and was stopped`);
  }
}

export class JobMemoryError extends Error {
  override readonly name = 'JobMemoryError';
  constructor(readonly memoryMb: number) {
    super(`the job needed more than the worker's ${memoryMb} MB of memory and was stopped`);
  }
}

/** A worker died while running a job (out of memory, a native crash) or could not start. */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
}

/** The job was not queued: its owner, or the pool, has as many jobs waiting as allowed. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor() {
    super('too many jobs are waiting for a worker');
  }
}

export class PoolClosedError extends Error {
  override readonly name = 'PoolClosedError';
  constructor() {
    super('the worker pool is closed');
  }
}

interface Task<Job, Result> {
  id: number;
  job: Job;
  resolve(result: Result): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface Slot<Job, Result> {
  worker: Worker;
  ready: boolean;
  task: Task<Job, Result> | null;
  lastError: Error | null;
}

/**
 * Running from src/ (tsx, vitest), the worker is a .ts file: Node 20 applies no --import loader to
 * a worker, so a small bootstrap registers tsx's hooks in it first. The built dist/ has plain .js.
 */
function startWorker(url: URL, memoryMb: number | undefined): Worker {
  const limits = memoryMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: memoryMb } };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, limits);
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const manifest = require(tsxPackage) as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(manifest.exports['./esm/api']?.import.default ?? '', pathToFileURL(tsxPackage)).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, ...limits });
}

export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
  const { workerUrl, size, timeoutMs } = options;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be at least 1, got ${size}`);
  const slots: (Slot<Job, Result> | null)[] = Array.from({ length: size }, () => null);
  const queue = new FairQueue<Task<Job, Result>>(options.queue);
  let nextId = 1;
  let closed = false;
  const readyWaiters: { resolve(): void; reject(error: Error): void }[] = [];

  function tellReadyWaiters(error?: Error): void {
    if (!error && !slots.every((slot) => slot?.ready)) return;
    for (const waiter of readyWaiters.splice(0)) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  function settle(slot: Slot<Job, Result>): Task<Job, Result> | null {
    const task = slot.task;
    if (task) clearTimeout(task.timer);
    slot.task = null;
    // An idle worker must not keep the process alive.
    slot.worker.unref();
    return task;
  }

  function spawn(index: number): void {
    const worker = startWorker(workerUrl, options.memoryMb);
    const slot: Slot<Job, Result> = { worker, ready: false, task: null, lastError: null };
    slots[index] = slot;
    const current = () => slots[index] === slot && !closed;
    worker.on('message', (message: FromWorker<Result>) => {
      if (!current()) return;
      if (message.type === 'ready') {
        slot.ready = true;
        if (!slot.task) worker.unref();
        tellReadyWaiters();
        pump();
        return;
      }
      if (slot.task?.id !== message.id) return;
      const task = settle(slot);
      if (message.type === 'done') task?.resolve(message.result);
      else task?.reject(deserializeError(message.error));
      pump();
    });
    // An uncaught error ends the worker; 'exit' follows and does the accounting.
    worker.on('error', (error) => {
      slot.lastError = error;
    });
    worker.on('exit', (code) => {
      if (!current()) return;
      const task = settle(slot);
      const why = slot.lastError?.message ?? `exit code ${code}`;
      const outOfMemory =
        (slot.lastError as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      task?.reject(
        outOfMemory && options.memoryMb !== undefined
          ? new JobMemoryError(options.memoryMb)
          : new WorkerCrashError(`a worker stopped while running a job (${why})`),
      );
      if (slot.ready) {
        spawn(index);
      } else {
        // It could not even start: fail what waits instead of restarting in a loop; the next job retries.
        slots[index] = null;
        const error = new WorkerCrashError(`a worker could not start (${why})`);
        for (const waiting of queue.drain()) waiting.reject(error);
        tellReadyWaiters(error);
      }
      pump();
    });
  }

  function dispatch(slot: Slot<Job, Result>, task: Task<Job, Result>, index: number): void {
    slot.task = task;
    slot.worker.ref();
    slot.worker.postMessage({ id: task.id, job: task.job } satisfies ToWorker<Job>);
    task.timer = setTimeout(() => {
      if (slot.task !== task || closed) return;
      settle(slot);
      // Synchronous code cannot be interrupted: the worker goes, and a fresh one takes its place.
      void slot.worker.terminate();
      spawn(index);
      task.reject(new JobTimeoutError(timeoutMs));
      pump();
    }, timeoutMs);
  }

  function pump(): void {
    for (let index = 0; index < slots.length && queue.length > 0; index++) {
      const slot = slots[index];
      if (!slot) spawn(index);
      else if (slot.ready && !slot.task) dispatch(slot, queue.shift()!, index);
    }
  }

  for (let index = 0; index < size; index++) spawn(index);

  return {
    size,
    ready() {
      if (closed) return Promise.reject(new PoolClosedError());
      slots.forEach((slot, index) => {
        if (!slot) spawn(index);
      });
      return new Promise<void>((resolve, reject) => {
        readyWaiters.push({ resolve, reject });
        tellReadyWaiters();
      });
    },
    run(job, owner) {
      if (closed) return Promise.reject(new PoolClosedError());
      return new Promise<Result>((resolve, reject) => {
        if (!queue.push({ id: nextId++, job, resolve, reject }, owner)) reject(new QueueFullError());
        else pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const waiter of readyWaiters.splice(0)) waiter.reject(new PoolClosedError());
      for (const task of queue.drain()) task.reject(new PoolClosedError());
      const running = slots.filter((slot): slot is Slot<Job, Result> => slot !== null);
      for (const slot of running) settle(slot)?.reject(new PoolClosedError());
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
