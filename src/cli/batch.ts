/**
 * Many local files in one `newsbrief` run are read on several threads: worker threads (batch-worker.ts)
 * and this thread take the next unread input from one shared counter, and the outcomes are printed
 * in the order of the inputs, each as soon as those before it are printed, so the output is the
 * same as reading them one after another. Only files are shared out: URLs, standard input and the
 * language model stay on this thread, whose fetcher and stdin the workers do not have.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { isUrl } from './inputs.ts';
import { runInput, type InputDeps, type InputOutcome, type RunOptions } from './run-input.ts';

/** A worker costs a module load (tens of milliseconds), worth it only for this many inputs. */
export const INPUTS_PER_THREAD = 8;

/**
 * One reading thread keeps about 1.3 cores busy (V8 compiles and collects garbage on threads of its
 * own: 1.7 s of CPU for 1.3 s of wall time on the 123 bench pages), and a second costs 0.8 s of CPU
 * more to start and warm up; on 2 cores, 2 threads took 1.48 s against 1.30 s for one. So the
 * default is one thread per two cores.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

/** How many threads should read these inputs (1: this one alone). */
export function threadsFor(inputs: readonly string[], jobs: number | undefined, shareable: boolean): number {
  if (!shareable || inputs.some((input) => input === '-' || isUrl(input))) return 1;
  const wanted = jobs ?? defaultThreads();
  return Math.max(1, Math.min(wanted, Math.ceil(inputs.length / INPUTS_PER_THREAD)));
}

/** What a worker is given to start with: the inputs, the options and the shared counter. */
export interface WorkerData {
  inputs: readonly string[];
  options: RunOptions;
  counter: SharedArrayBuffer;
}

function workerUrl(): URL {
  // Beside this module: batch-worker.ts in src/, batch-worker.js compiled or bundled.
  return new URL(`./batch-worker${extname(new URL(import.meta.url).pathname)}`, import.meta.url);
}

/** What runBatch needs of a reading thread: its answers, its failure and its end. */
export type ReadingThread = Pick<Worker, 'on'>;

function startWorker(Worker: typeof import('node:worker_threads').Worker, data: WorkerData): Worker {
  const url = workerUrl();
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: data });
  // From src/ (development and tests), the worker registers tsx itself: Node 20 does not hand the
  // main thread's module hooks (--import tsx, vitest's) to worker threads.
  // require.resolve finds the API's CommonJS build; its ES module build sits beside it.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * Reads every input on `threads` threads and hands each outcome to `print` in input order. An input
 * a worker took but never answered (the worker died) is read again here, so none is lost.
 */
export async function runBatch(
  inputs: readonly string[],
  options: RunOptions,
  deps: InputDeps,
  threads: number,
  print: (outcome: InputOutcome) => void,
  warn: (message: string) => void,
  // Tests start stand-in threads (one that dies after taking an input) instead of worker threads.
  startThread?: (data: WorkerData) => ReadingThread,
): Promise<void> {
  const counter = new SharedArrayBuffer(4);
  const claims = new Int32Array(counter);
  const outcomes: (InputOutcome | undefined)[] = new Array(inputs.length);
  let printed = 0;
  const flush = () => {
    for (let outcome = outcomes[printed]; outcome; outcome = outcomes[printed]) {
      print(outcome);
      outcomes[printed++] = undefined;
    }
  };
  // Loaded only for a batch: a run on one thread does without it. Required rather than imported:
  // the compiled CLI is a CommonJS script run by bin/compiled-cli.cjs, which has no import().
  const threading =
    threads > 1 && !startThread
      ? (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'))
      : null;
  const start = startThread ?? ((data: WorkerData) => startWorker(threading!.Worker, data));
  const finished = Array.from({ length: threads - 1 }, () => {
    const worker = start({ inputs, options, counter });
    worker.on('message', (message: { index: number; outcome: InputOutcome }) => {
      outcomes[message.index] = message.outcome;
      flush();
    });
    return new Promise<void>((resolve) => {
      worker.on('error', (error) =>
        warn(`a reading thread failed (${error.message}); reading its inputs here`),
      );
      worker.on('exit', () => resolve());
    });
  });
  for (let index = Atomics.add(claims, 0, 1); index < inputs.length; index = Atomics.add(claims, 0, 1)) {
    outcomes[index] = await runInput(inputs[index] as string, options, deps);
    flush();
    // Let the workers' answers in, so that output streams rather than waiting for this thread.
    if (threads > 1) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  // Only the inputs never answered are left unprinted: each is read here, then printed in turn.
  while (printed < inputs.length) {
    outcomes[printed] ??= await runInput(inputs[printed] as string, options, deps);
    flush();
  }
}
