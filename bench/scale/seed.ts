/** Writes the bench's servers' digests, stories and feeds straight through the store interfaces. */
import { runBounded } from '../../src/jobs/bounded.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { buildDigest } from '../../src/services/digest/manage.ts';
import { createFeedStore } from '../../src/services/feeds/feed-store.ts';
import { itemIdentity } from '../../src/services/feeds/identity.ts';
import { parseFeed } from '../../src/services/feeds/parse.ts';
import type { FeedRecord } from '../../src/services/feeds/types.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import { createStoryStore } from '../../src/services/store/story-store.ts';
import type { Story } from '../../src/services/types.ts';
import { feedBody } from './fixtures.ts';

export interface SeedTarget {
  guildId: string;
  digestChannelId: string;
}

/** Clears the store, then gives each server one story and one digest due at `slot`, and `feeds` feeds due then. */
export async function seedStore(
  storeUrl: string,
  targets: SeedTarget[],
  feeds: number,
  webBase: string,
  slot: Date,
): Promise<void> {
  const kv = await openKeyValueStore(storeUrl);
  try {
    await kv.clear();
    const stories = createStoryStore(kv);
    const digests = createDigestStore(kv);
    const feedStore = createFeedStore(kv);
    const hhmm = slot.toISOString().slice(11, 16);
    const createdAt = new Date(slot.getTime() - 3600_000);
    await runBounded(
      targets.map((target, index) => ({ target, index })),
      64,
      async ({ target, index }) => {
        const story: Story = {
          id: `scale-${index}`,
          guildId: target.guildId,
          url: `${webBase}/article/story-${index}`,
          headline: `Council budget vote ${index}: what changed`,
          bullets: [
            `The council approved budget ${index} after a long debate.`,
            'Spending on parks rises next year.',
          ],
          quotes: [],
          byline: null,
          siteName: 'Local News',
          publishedAt: null,
          imageUrl: null,
          lang: 'en',
          body: `Body of story ${index}.`,
          createdAt: new Date(createdAt.getTime() + 60_000).toISOString(),
          channelId: null,
          source: { kind: 'feed', feedId: `feed${index % Math.max(1, feeds)}` },
        };
        await stories.save(story);
        const digest = buildDigest(
          {
            guildId: target.guildId,
            channelId: target.digestChannelId,
            time: hhmm,
            timezone: 'UTC',
            days: { kind: 'daily' },
            createdBy: 'bench',
          },
          createdAt,
        );
        await digests.save(digest);
      },
    );
    await runBounded(
      Array.from({ length: feeds }, (_, i) => i),
      64,
      async (i) => {
        const target = targets[i % targets.length]!;
        const feed: FeedRecord = {
          id: `feed${i}`,
          guildId: target.guildId,
          url: `${webBase}/feed/${i}`,
          title: `Feed ${i}`,
          siteUrl: null,
          channelId: target.digestChannelId,
          mode: 'digest',
          intervalMinutes: 15,
          addedBy: 'bench',
          createdAt: createdAt.toISOString(),
          primed: true,
          paused: false,
          pausedReason: null,
          etag: `"v1-${i}"`,
          lastModified: null,
          nextPollAt: slot.toISOString(),
          lastPolledAt: null,
          lastSuccessAt: null,
          lastError: null,
          failingSince: null,
          consecutiveFailures: 0,
          itemsIngested: 0,
        };
        await feedStore.save(feed);
        // What the previous poll saw is already marked seen.
        for (const item of parseFeed(feedBody(webBase, i, false), feed.url).items)
          await feedStore.claimItem(feed.id, itemIdentity(item));
      },
    );
  } finally {
    await kv.close();
  }
}
