/**
 * Property tests over hostile pasted text (issue 18). `npm test` runs few cases with a fixed seed;
 * `npm run fuzz` runs many (FUZZ_RUNS, FUZZ_SEED) and also holds each long input to the CPU budget.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileText, invalidUtf8, repeatedLine } from '../../support/fuzz-inputs.ts';
import { fuzzParams, LONG_FUZZ } from '../../support/fuzz.ts';
import { expectBoundedAnswer, summarizeAny } from '../../support/pipeline-properties.ts';

/** CPU budget of one extract + summarize, asserted only in the long fuzz run (never in `npm test`). */
const BUDGET_MS = 250;
const timeout = LONG_FUZZ ? 3_600_000 : 60_000;

describe('any pasted text', () => {
  // The CPU budget is for the algorithms, not for loading lexicons and compiling patterns once.
  beforeAll(() => {
    for (const text of fc.sample(repeatedLine(20_000), { numRuns: 5, seed: 1 })) summarizeAny(text, 'text');
  });

  it('is summarized within the JSON contract and Discord limits, or refused politely', { timeout }, () => {
    fc.assert(
      fc.property(hostileText(), (text) => expectBoundedAnswer(text, 'text')),
      fuzzParams(150),
    );
  });

  it('the same holds for Markdown and for bytes that are not UTF-8', { timeout }, () => {
    fc.assert(
      fc.property(hostileText(120), (text) => expectBoundedAnswer(text, 'markdown')),
      fuzzParams(40),
    );
    fc.assert(
      fc.property(invalidUtf8, (text) => expectBoundedAnswer(text, 'text')),
      fuzzParams(40),
    );
  });

  it(
    'one huge line with no breaks is summarized too (and within the CPU budget in the fuzz run)',
    { timeout },
    () => {
      fc.assert(
        fc.property(repeatedLine(100_000), (text) => {
          expectBoundedAnswer(text, 'text');
          if (!LONG_FUZZ) return;
          // Measured on a second run: the first of a new shape of input also pays for V8 compiling the
          // patterns it reaches (about 300 ms on a loaded 2-core machine), which a running bot pays once.
          const start = process.cpuUsage();
          summarizeAny(text, 'text');
          const used = process.cpuUsage(start);
          expect((used.user + used.system) / 1000).toBeLessThanOrEqual(BUDGET_MS);
        }),
        fuzzParams(4),
      );
    },
  );

  it('all quotes of a long quote-heavy text stay within the quote cap', () => {
    const text = '“This is fine,” said John Smith. '.repeat(3000);
    const result = summarizeAny(text, 'text', true);
    expect(result?.summary.quotes.length).toBeGreaterThan(10);
    expect(result?.summary.quotes.length).toBeLessThanOrEqual(120);
  });
});
