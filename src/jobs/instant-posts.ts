import type { AppContext } from '../context.ts';
import {
  isPermanentPostError,
  messageNonce,
  MissingPermissionError,
  type ChannelPoster,
} from '../discord/channel-poster.ts';
import { storyPost } from '../discord/story-post.ts';
import { wordTerms } from '../services/feeds/filters.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import { channelKindOf } from '../services/posting.ts';
import type { Story } from '../services/types.ts';
import { tellAdminsOnce } from './admin-notice.ts';

const pendingKey = (feedId: string) => `feedpending:${feedId}`;
const postedKey = (feedId: string, storyId: string) => `itemposted:${feedId}:${storyId}`;
const POSTED_TTL_MS = 30 * 24 * 3600_000;

export const plainTitle = (feed: FeedRecord) => feed.title.replace(/[*_~`|]/g, '');

/** Posts one story where the feed lives: a forum post titled with its headline, or a message. */
async function postStory(ctx: AppContext, poster: ChannelPoster, feed: FeedRecord, story: Story) {
  const message = storyPost(story, feed);
  if (channelKindOf(feed) === 'forum') {
    await poster.createForumPost(feed.channelId, {
      name: story.headline,
      message,
      tagNames: [feed.title, ...wordTerms(feed.include)],
    });
    return;
  }
  const sent = await poster.send(feed.channelId, message, { nonce: messageNonce('item', story.id) });
  if (sent.channelId === feed.channelId) return;
  // Its thread was locked and replaced: the feed posts in the new one from now on.
  const current = (await ctx.store.feeds.get(feed.id)) ?? feed;
  await ctx.store.feeds.save({ ...current, channelId: sent.channelId });
  feed.channelId = sent.channelId;
  await tellAdminsOnce(
    ctx,
    poster,
    feed.guildId,
    `feedmoved:${feed.id}:${sent.channelId}`,
    `ℹ️ The thread of the feed **${plainTitle(feed)}** is locked and NewsBrief may not reopen it, so its items now go to the new thread <#${sent.channelId}>.`,
    feed.addedBy,
  );
}

/** A lost channel or permission: instant posting turns off and the admins are told once. */
async function stopInstant(ctx: AppContext, poster: ChannelPoster, feed: FeedRecord, error: Error) {
  const current = (await ctx.store.feeds.get(feed.id)) ?? feed;
  await ctx.store.feeds.save({
    ...current,
    mode: 'digest',
    lastError: `instant posts stopped: ${error.message}`,
  });
  await ctx.store.kv.delete(pendingKey(feed.id));
  const why =
    error instanceof MissingPermissionError
      ? `NewsBrief may not post there (needs: ${error.needed})`
      : 'that channel is gone or hidden from NewsBrief';
  await tellAdminsOnce(
    ctx,
    poster,
    feed.guildId,
    `feedinstant:${feed.id}:${feed.channelId}`,
    `⚠️ New items of the feed **${plainTitle(feed)}** can no longer be posted in <#${feed.channelId}>: ${why}. They still reach digests. Once that is fixed, run \`/feed edit feed:${feed.id} mode:instant\`.`,
    feed.addedBy,
  );
}

/**
 * Posts an instant feed's new stories, oldest first (one process, no queues). Stories a transient
 * Discord failure kept from the channel are remembered and posted on the feed's next poll (same
 * nonce, so a post that did go through is not repeated); a lost channel or permission turns
 * instant posting off and tells the admins once.
 */
export async function postInstant(
  ctx: AppContext,
  poster: ChannelPoster,
  feed: FeedRecord,
  newStories: Story[],
) {
  const pendingIds = (await ctx.store.kv.get<string[]>(pendingKey(feed.id))) ?? [];
  const pending = (await Promise.all(pendingIds.map((id) => ctx.store.stories.get(feed.guildId, id)))).filter(
    (s): s is Story => s !== undefined,
  );
  const queue = [...pending, ...newStories];
  for (const [index, story] of queue.entries()) {
    try {
      await postStory(ctx, poster, feed, story);
    } catch (error) {
      if (isPermanentPostError(error)) {
        await stopInstant(ctx, poster, feed, error);
        return;
      }
      await ctx.store.kv.set(
        pendingKey(feed.id),
        queue.slice(index).map((s) => s.id),
      );
      throw error;
    }
  }
  if (pendingIds.length > 0) await ctx.store.kv.delete(pendingKey(feed.id));
}

export type InstantItemResult = 'posted' | 'already_posted' | 'not_instant' | 'story_gone' | 'stopped';

/**
 * Posts one item of an instant feed (a queued job, run by whichever worker takes it). A transient
 * failure rejects, so the queue retries it with backoff; the item is recorded as posted once it
 * is, and the post carries the item's nonce, so a retry never posts it twice.
 */
export async function postInstantItem(
  ctx: AppContext,
  poster: ChannelPoster,
  item: { feedId: string; guildId: string; storyId: string },
): Promise<InstantItemResult> {
  const posted = postedKey(item.feedId, item.storyId);
  if ((await ctx.store.kv.get(posted)) !== undefined) return 'already_posted';
  const feed = await ctx.store.feeds.get(item.feedId);
  if (!feed || feed.mode !== 'instant' || feed.paused) return 'not_instant';
  const story = await ctx.store.stories.get(item.guildId, item.storyId);
  if (!story) return 'story_gone';
  try {
    await postStory(ctx, poster, feed, story);
  } catch (error) {
    if (!isPermanentPostError(error)) throw error;
    await stopInstant(ctx, poster, feed, error);
    return 'stopped';
  }
  await ctx.store.kv.set(posted, 1, POSTED_TTL_MS);
  return 'posted';
}

/**
 * Posts a poll's new items of one instant feed in order (one queued job, so that two workers never
 * swap two items of one feed); each item is posted at most once (see postInstantItem), so a retry
 * after a failure resumes at the first item not yet posted.
 */
export async function postInstantItems(
  ctx: AppContext,
  poster: ChannelPoster,
  items: { feedId: string; guildId: string; storyIds: string[] },
): Promise<Record<InstantItemResult, number>> {
  const counts: Record<InstantItemResult, number> = {
    posted: 0,
    already_posted: 0,
    not_instant: 0,
    story_gone: 0,
    stopped: 0,
  };
  for (const storyId of items.storyIds) {
    const result = await postInstantItem(ctx, poster, { ...items, storyId });
    counts[result]++;
    if (result === 'stopped' || result === 'not_instant') break;
  }
  return counts;
}
