import type { FeedStore } from '../feeds/feed-store.ts';
import { feedsOfDigest, pendingFirstReads, type FeedReading } from '../feeds/first-read.ts';
import type { FeedRecord } from '../feeds/types.ts';
import type { StoryStore } from '../store/types.ts';
import type { Story } from '../types.ts';
import { assembleDigest, filterStories, MAX_LOOKBACK_MS } from './assemble.ts';
import { digestWindowStart, storiesForDigest } from './compose.ts';
import type { DigestItem, DigestRecord } from './types.ts';

/**
 * What a digest would contain now and the facts that explain it: enough for /digest preview,
 * /digest set and /digest send-now to say truthfully why it is empty, or what it holds.
 */
export interface DigestOutlook {
  items: DigestItem[];
  /** Start of the window: the digest's last run, or 7 days back. */
  since: Date;
  /** True when the window starts at the digest's last run (not at the 7-day limit). */
  sinceLastRun: boolean;
  /** The stories in the window, before the digest's filters, and how many pass them. */
  windowStories: Story[];
  matchingStories: number;
  /** Every story the server has, of any age. */
  serverStories: number;
  /** The server's feeds, and those the digest draws from (all of them when it names none). */
  serverFeeds: FeedRecord[];
  digestFeeds: FeedRecord[];
  /** Feeds the digest names that the server no longer follows. */
  missingFeedIds: string[];
  /** First reads still running among the digest's feeds. */
  reading: FeedReading[];
}

/** Computes the outlook of `digest` at `now` (feeds as given, or as the store has them). */
export async function digestOutlook(
  deps: { stories: StoryStore; feeds: FeedStore },
  digest: DigestRecord,
  now: Date,
  serverFeeds?: FeedRecord[],
): Promise<DigestOutlook> {
  const feeds = serverFeeds ?? (await deps.feeds.listForGuild(digest.guildId));
  const digestFeeds = feedsOfDigest(feeds, digest.feedIds);
  const [windowStories, reading, { total: serverStories }] = await Promise.all([
    storiesForDigest(deps.stories, digest, now),
    pendingFirstReads(deps.feeds, digestFeeds),
    deps.stories.recent(digest.guildId, { limit: 0 }),
  ]);
  const since = digestWindowStart(digest, now);
  return {
    items: assembleDigest(windowStories, digest, now),
    since: new Date(since),
    sinceLastRun: digest.lastDeliveredAt !== null && since > now.getTime() - MAX_LOOKBACK_MS,
    windowStories,
    matchingStories: filterStories(windowStories, digest).length,
    serverStories,
    serverFeeds: feeds,
    digestFeeds,
    missingFeedIds: digest.feedIds.filter((id) => !feeds.some((feed) => feed.id === id)),
    reading,
  };
}

/** Where the stories behind the outlook's items come from: distinct feeds, and members' summaries. */
export function outlookSources(outlook: DigestOutlook): { feeds: number; memberStories: number } {
  const wanted = new Set(outlook.items.flatMap((item) => item.storyIds));
  const feeds = new Set<string>();
  let memberStories = 0;
  for (const story of outlook.windowStories) {
    if (!wanted.has(story.id)) continue;
    if (story.source.kind === 'feed') feeds.add(story.source.feedId);
    else memberStories++;
  }
  return { feeds: feeds.size, memberStories };
}
