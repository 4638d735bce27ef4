import { describe, expect, it } from 'vitest';
import { editFeed } from '../../../src/services/feeds/edit-feed.ts';
import { createFeedStore } from '../../../src/services/feeds/feed-store.ts';
import { itemIdentity } from '../../../src/services/feeds/identity.ts';
import type { FeedRecord } from '../../../src/services/feeds/types.ts';
import { MemoryKeyValueStore } from '../../../src/services/store/memory.ts';

const NOW = new Date('2026-06-01T10:00:00Z');
const feed: FeedRecord = {
  id: 'f1',
  guildId: 'g1',
  url: 'https://news.example/rss',
  title: 'Coast Post',
  siteUrl: null,
  channelId: 'c1',
  mode: 'digest',
  intervalMinutes: 60,
  addedBy: 'u1',
  createdAt: '2026-05-01T00:00:00Z',
  primed: true,
  paused: false,
  pausedReason: null,
  etag: '"v3"',
  lastModified: null,
  nextPollAt: '2026-06-01T10:50:00Z',
  lastPolledAt: '2026-06-01T09:50:00Z',
  lastSuccessAt: '2026-06-01T09:50:00Z',
  lastError: 'instant posts stopped: Missing permission in channel c1',
  failingSince: null,
  consecutiveFailures: 0,
  itemsIngested: 42,
};

describe('/feed edit', () => {
  it('keeps the feed’s id, counters and seen items, and applies only what changed', async () => {
    const store = createFeedStore(new MemoryKeyValueStore(() => NOW.getTime()));
    await store.save(feed);
    const seen = itemIdentity({
      guid: 'a',
      link: null,
      title: 'A',
      publishedAt: null,
      contentHtml: null,
      summaryHtml: null,
      author: null,
      imageUrl: null,
    });
    await store.claimItem(feed.id, seen);
    const updated = await editFeed(
      store,
      feed,
      { mode: 'instant', intervalMinutes: 15, include: ['ferry'] },
      NOW,
    );
    expect(updated).toMatchObject({
      id: 'f1',
      channelId: 'c1',
      mode: 'instant',
      intervalMinutes: 15,
      include: ['ferry'],
      itemsIngested: 42,
      etag: '"v3"',
      lastError: null,
    });
    // A shorter interval brings the next check forward; the seen item stays seen.
    expect(updated.nextPollAt).toBe('2026-06-01T10:15:00.000Z');
    expect(await store.wasSeen(feed.id, seen)).toBe(true);
    expect((await store.listForGuild('g1')).map((f) => f.id)).toEqual(['f1']);
  });

  it('refuses an edit that changes nothing, or a pattern that cannot be used, and leaves the feed as it was', async () => {
    const store = createFeedStore(new MemoryKeyValueStore(() => NOW.getTime()));
    await store.save(feed);
    await expect(editFeed(store, feed, {}, NOW)).rejects.toThrow(/Say what to change/);
    await expect(editFeed(store, feed, { exclude: ['/(?<=a)b/'] }, NOW)).rejects.toThrow(/cannot be used/);
    expect(await store.get('f1')).toEqual(feed);
  });
});
