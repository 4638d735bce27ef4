/**
 * Settings shared by the property (fuzz) tests. `npm test` runs each property a bounded number of
 * times with a fixed seed, so a run is fast and repeatable; `npm run fuzz` raises the runs and may
 * change the seed (FUZZ_RUNS, FUZZ_SEED) to look further.
 */
import type { Parameters } from 'fast-check';

const runs = Number(process.env.FUZZ_RUNS ?? '');
const seed = Number(process.env.FUZZ_SEED ?? '');

/** Runs of a cheap property (a pure function on short strings). */
export function fuzzParams<T>(quickRuns: number): Parameters<T> {
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : quickRuns,
    seed: Number.isFinite(seed) && process.env.FUZZ_SEED ? seed : 18_2026,
    endOnFailure: true,
  };
}

/** Whether this is the long run of `npm run fuzz` (timeouts are raised for it). */
export const LONG_FUZZ = Number.isFinite(runs) && runs > 0;
