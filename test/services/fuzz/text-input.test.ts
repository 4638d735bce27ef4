/**
 * Property tests over hostile pasted text (issue 18). `npm test` runs few cases with a fixed seed;
 * `npm run fuzz` runs many (FUZZ_RUNS, FUZZ_SEED) and also holds each long input to the CPU budget.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, invalidUtf8, repeatedLine } from '../../support/fuzz-inputs.ts';
import { fuzzParams, LONG_FUZZ } from '../../support/fuzz.ts';
import { expectBoundedAnswer, summarizeAny } from '../../support/pipeline-properties.ts';

/** CPU budget of one extract + summarize, asserted only in the long fuzz run (never in `npm test`). */
const BUDGET_MS = 250;
const timeout = LONG_FUZZ ? 3_600_000 : 60_000;

describe('any pasted text', () => {
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
          const start = process.cpuUsage();
          expectBoundedAnswer(text, 'text');
          const used = process.cpuUsage(start);
          if (LONG_FUZZ) expect((used.user + used.system) / 1000).toBeLessThanOrEqual(BUDGET_MS);
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
