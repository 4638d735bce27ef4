import type { Fetcher } from '../fetch/types.ts';
import { compileFilters, evaluateFilters, itemFilterFields, type FilterVerdict } from './filters.ts';
import { parseFeedHere, type FeedParser } from './feed-parser.ts';
import type { FeedItem } from './types.ts';

/** Items /feed test shows: the newest ones, as many as an embed holds comfortably. */
export const FEED_TEST_ITEMS = 15;

export interface FeedTestItem {
  title: string;
  link: string | null;
  verdict: FilterVerdict;
}

export interface FeedTestResult {
  /** The newest items (at most FEED_TEST_ITEMS), each with whether it passes and why. */
  items: FeedTestItem[];
  /** Items the feed lists, and how many of all of them pass. */
  total: number;
  passing: number;
}

const newest = (items: FeedItem[]) =>
  items
    .map((item, index) => ({ item, index, at: Date.parse(item.publishedAt ?? '') || 0 }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map((entry) => entry.item);

/**
 * Reads the feed now (no conditional request, nothing stored or marked seen) and says, for each of
 * its current items, whether the filters let it through and which term decided.
 */
export async function testFeedFilters(
  fetcher: Fetcher,
  feed: { url: string; include?: string[]; exclude?: string[] },
  parse: FeedParser = parseFeedHere,
): Promise<FeedTestResult> {
  const filters = compileFilters(feed);
  const fetched = await fetcher.fetch(feed.url, { kind: 'feed' });
  const parsed = await parse(fetched.body, fetched.url);
  const verdicts = newest(parsed.items).map((item) => ({
    title: item.title ?? item.link ?? 'Untitled',
    link: item.link,
    verdict: evaluateFilters(filters, itemFilterFields(item)),
  }));
  return {
    items: verdicts.slice(0, FEED_TEST_ITEMS),
    total: verdicts.length,
    passing: verdicts.filter((entry) => entry.verdict.passes).length,
  };
}
