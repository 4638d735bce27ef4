/**
 * A worker thread of batch.ts: takes the next unread input from the shared counter until none is
 * left, and posts each outcome back to the main thread, which prints them in order.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerData } from './batch.ts';
import { runInput, type InputDeps } from './run-input.ts';

const { inputs, options, counter } = workerData as WorkerData;
const claims = new Int32Array(counter);
// Workers get local files only (batch.ts keeps URLs and standard input on the main thread).
const deps: InputDeps = {
  fetcher: {
    fetch() {
      throw new Error('a batch worker reads local files only');
    },
  },
  stdin: Readable.from([]),
  llm: null,
};

async function readClaimedInputs(): Promise<void> {
  for (let index = Atomics.add(claims, 0, 1); index < inputs.length; index = Atomics.add(claims, 0, 1)) {
    parentPort?.postMessage({ index, outcome: await runInput(inputs[index] as string, options, deps) });
  }
}

// Not a top-level await: the compiled CLI is CommonJS (scripts/build.js). A failure is still the
// thread's error, which batch.ts answers by reading the rest of the inputs itself.
void readClaimedInputs();
