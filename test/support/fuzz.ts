/**
 * Settings shared by the property (fuzz) tests. `npm test` runs each property a bounded number of
 * times with a fixed seed, so a run is fast and repeatable; `npm run fuzz` multiplies the runs
 * (FUZZ_FACTOR, 20 by default there), may change the seed (FUZZ_SEED) and holds long inputs to the
 * CPU budget.
 */
import type { Parameters } from 'fast-check';

const factor = Number(process.env.FUZZ_FACTOR ?? '1');
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 182026;

/** Whether this is the long run of `npm run fuzz` (timeouts are raised, CPU budgets asserted). */
export const LONG_FUZZ = Number.isFinite(factor) && factor > 1;

/** fast-check settings for a property run `quickRuns` times in `npm test`. */
export function fuzzParams<T>(quickRuns: number): Parameters<T> {
  return {
    numRuns: Math.max(1, Math.round(quickRuns * (LONG_FUZZ ? factor : 1))),
    seed: Number.isFinite(seed) ? seed : 182026,
    endOnFailure: true,
  };
}
