/** Property tests over hostile web pages (issue 18); see text-input.test.ts for the run settings. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { deepNesting, htmlPage, manySiblings } from '../../support/fuzz-inputs.ts';
import { fuzzParams, LONG_FUZZ } from '../../support/fuzz.ts';
import { expectBoundedAnswer } from '../../support/pipeline-properties.ts';

const timeout = LONG_FUZZ ? 3_600_000 : 60_000;

describe('any web page', () => {
  it(
    'random trees (unclosed tags, scripts, comments, huge attributes) are read within the limits',
    { timeout },
    () => {
      fc.assert(
        fc.property(htmlPage, (html) => expectBoundedAnswer(html, 'html')),
        fuzzParams(60),
      );
    },
  );

  it('deep nesting and thousands of siblings are read within the limits', { timeout }, () => {
    fc.assert(
      fc.property(deepNesting, (html) => expectBoundedAnswer(html, 'html')),
      fuzzParams(4),
    );
    fc.assert(
      fc.property(manySiblings, (html) => expectBoundedAnswer(html, 'html')),
      fuzzParams(4),
    );
  });
});
