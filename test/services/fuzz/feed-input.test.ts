/** Property tests over hostile feeds (issue 18); see text-input.test.ts for the run settings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserFacingError } from '../../../src/services/errors.ts';
import { articleFromItem } from '../../../src/services/feeds/item-story.ts';
import { parseFeed } from '../../../src/services/feeds/parse.ts';
import type { ParsedFeed } from '../../../src/services/feeds/types.ts';
import { summarizeArticle } from '../../../src/services/summarize/index.ts';
import { adversarialClasses, grow } from '../../support/adversarial.ts';
import { feedDocument } from '../../support/fuzz-inputs.ts';
import { fuzzParams, LONG_FUZZ } from '../../support/fuzz.ts';
import { expectJsonContract, expectWithinDiscordLimits } from '../../support/pipeline-properties.ts';

const timeout = LONG_FUZZ ? 3_600_000 : 60_000;
const MAX_ITEMS = 300;

function parseOrRefuse(body: string): ParsedFeed | null {
  try {
    return parseFeed(body, null);
  } catch (error) {
    if (isUserFacingError(error)) return null;
    throw error;
  }
}

function seed(name: string) {
  const found = adversarialClasses().find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** Every item's article summarizes within the contract and limits. */
function expectItemsSummarize(feed: ParsedFeed, count = 3): void {
  for (const item of feed.items.slice(0, count)) {
    const article = articleFromItem(item, { title: 'Feed' });
    const summary = summarizeArticle(article);
    expectJsonContract(article, summary);
    expectWithinDiscordLimits(article, summary);
  }
}

describe('any feed', () => {
  it(
    'random RSS and Atom documents parse into at most 300 items that summarize, or are refused',
    { timeout },
    () => {
      fc.assert(
        fc.property(feedDocument, (body) => {
          const feed = parseOrRefuse(body);
          if (!feed) return;
          expect(feed.items.length).toBeLessThanOrEqual(MAX_ITEMS);
          // An internal DTD's entities are never expanded, an external one never read.
          expect(JSON.stringify(feed)).not.toContain('expanded');
          expectItemsSummarize(feed);
        }),
        fuzzParams(60),
      );
    },
  );

  it('billion laughs: entities a DTD declares are not expanded', () => {
    const feed = parseOrRefuse(grow(seed('feed-billion-laughs'), 10_000));
    const text = JSON.stringify(feed);
    expect(text.length).toBeLessThan(20_000);
    expect(text).not.toContain('lollollol');
    if (feed) expectItemsSummarize(feed);
  });

  it('external entities are neither fetched nor expanded', () => {
    // parseFeed is synchronous: it cannot fetch. What it returns carries no entity's content.
    const feed = parseOrRefuse(grow(seed('feed-external-entity'), 2_000));
    expect(JSON.stringify(feed)).not.toMatch(/root:|127\.0\.0\.1:9/);
  });

  it('a 5 MB single item is read whole and summarizes within the limits', () => {
    const feed = parseOrRefuse(grow(seed('feed-huge-item'), 5_000_000));
    expect(feed?.items).toHaveLength(1);
    expect(feed?.items[0]?.summaryHtml?.length).toBeGreaterThan(3_000_000);
    if (feed) expectItemsSummarize(feed, 1);
  });

  it('100,000 items are cut to the first 300, RSS and Atom mixed as well', () => {
    const many = parseOrRefuse(grow(seed('feed-many-items'), 100_000 * 110));
    expect(many?.items).toHaveLength(MAX_ITEMS);
    const mixed = parseOrRefuse(grow(seed('feed-mixed-rss-atom'), 1_000_000));
    expect(mixed?.items.length).toBeGreaterThan(0);
    expect(mixed?.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  });
});
