/**
 * Issue 18: no input costs more than its size warrants. Each adversarial class
 * (test/fixtures/adversarial/<class>/seed.json) is grown to a small and an eight times larger input
 * in this run, and held to two ratios, so the test holds on any machine and fails if a quadratic
 * cost comes back: the larger may cost at most 24 times the smaller (a linear cost gives about 8, a
 * quadratic one 64), and at most 25 times a plain news text of the same size and format measured
 * in the same run (a class whose cost per character is already far above prose at the small size).
 * Measured CPU times are asserted only as ratios; the budget in milliseconds is in
 * `npm run bench:adversarial`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserFacingError } from '../../src/services/errors.ts';
import { articleFromItem } from '../../src/services/feeds/item-story.ts';
import { parseFeed } from '../../src/services/feeds/parse.ts';
import { articleFromContent } from '../../src/services/pipeline.ts';
import { summarizeArticle } from '../../src/services/summarize/index.ts';
import { MAX_QUOTES } from '../../src/services/summarize/quotes/find.ts';
import { type AdversarialClass, adversarialClasses, grow, leastCpuMs } from '../support/adversarial.ts';

const SMALL = 24_000;
const LARGE = 8 * SMALL;
const MAX_RATIO = 24;
/** Below this a measurement is mostly noise: the smaller input counts as costing at least this. */
const FLOOR_MS = 5;
const MAX_RATIO_TO_PROSE = 25;
/** The prose baseline counts as costing at least this. */
const PROSE_FLOOR_MS = 10;

/** Plain news text, the linear baseline: as pasted text, as a page, as a feed item. */
const PROSE = 'The council voted on the budget on Tuesday, and the mayor said the vote was close. ';
const proseClasses: Record<AdversarialClass['format'], AdversarialClass> = {
  text: { name: 'prose', format: 'text', before: '', unit: `${PROSE}\n\n`, after: '' },
  html: {
    name: 'prose',
    format: 'html',
    before: '<html><body><article>',
    unit: `<p>${PROSE}</p>`,
    after: '</article></body></html>',
  },
  feed: {
    name: 'prose',
    format: 'feed',
    before: '<rss><channel><title>Feed</title><item><title>Vote</title><description>',
    unit: `&lt;p&gt;${PROSE}&lt;/p&gt;`,
    after: '</description></item></channel></rss>',
  },
};
const proseMs = new Map<AdversarialClass['format'], number>();

function run(c: AdversarialClass, input: string): void {
  try {
    if (c.format === 'feed') {
      for (const item of parseFeed(input, null).items.slice(0, 3))
        summarizeArticle(articleFromItem(item, { title: 'Feed' }));
    } else summarizeArticle(articleFromContent(input, c.format));
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
  }
}

/** How many quotes a summary with all quotes lists (0 when the input is refused). */
function summarizeAny(c: AdversarialClass, input: string): number {
  try {
    return summarizeArticle(articleFromContent(input, c.format === 'html' ? 'html' : 'text'), {
      allQuotes: true,
    }).quotes.length;
  } catch (error) {
    if (!isUserFacingError(error)) throw error;
    return 0;
  }
}

describe('adversarial inputs cost in proportion to their size', () => {
  beforeAll(() => {
    for (const prose of Object.values(proseClasses)) {
      const input = grow(prose, LARGE);
      run(prose, input);
      proseMs.set(
        prose.format,
        leastCpuMs(() => run(prose, input), 3),
      );
    }
  });

  for (const c of adversarialClasses()) {
    it(c.name, () => {
      const small = grow(c, SMALL);
      const large = grow(c, LARGE);
      run(c, small); // warm up: lexicons, compiled patterns
      const smallMs = leastCpuMs(() => run(c, small), 3);
      const largeMs = leastCpuMs(() => run(c, large), 2);
      expect(
        largeMs,
        `${c.name}: ${smallMs.toFixed(1)} ms at ${SMALL} chars, ${largeMs.toFixed(1)} ms at ${LARGE}`,
      ).toBeLessThanOrEqual(MAX_RATIO * Math.max(smallMs, FLOOR_MS));
      // Machine-independent too: however many quotes the input holds, at most MAX_QUOTES are read.
      if (c.format !== 'feed') {
        const quotes = summarizeAny(c, large);
        expect(quotes).toBeLessThanOrEqual(MAX_QUOTES);
      }
      const prose = proseMs.get(c.format) ?? 0;
      expect(
        largeMs,
        `${c.name}: ${largeMs.toFixed(1)} ms, prose ${prose.toFixed(1)} ms at ${LARGE} chars`,
      ).toBeLessThanOrEqual(MAX_RATIO_TO_PROSE * Math.max(prose, PROSE_FLOOR_MS));
    });
  }
});
