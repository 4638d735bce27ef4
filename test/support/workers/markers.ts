/** Inputs that the test summary worker (spinning-summary-worker.ts) treats specially. */
export const SPIN_FOREVER = 'SPIN_FOREVER';
export const EXPLODE = 'EXPLODE';
export const HOG_MEMORY = 'HOG_MEMORY';

/** The worker modules, for createPooledSummaryJobs({ workerUrl }) or createWorkerPool. */
export const SPINNING_WORKER = new URL('./spinning-summary-worker.ts', import.meta.url);
export const EXPLODING_WORKER = new URL('./exploding-summary-worker.ts', import.meta.url);
