import type { AppContext } from '../context.ts';
import {
  isPermanentPostError,
  messageNonce,
  MissingPermissionError,
  type ChannelPoster,
} from '../discord/channel-poster.ts';
import { storyPost } from '../discord/story-post.ts';
import { wordTerms } from '../services/feeds/filters.ts';
import { finishSummary, summaryChoice } from '../services/summary-writer.ts';
import { channelKindOf } from '../services/posting.ts';
import { tellAdminsOnce } from './admin-notice.ts';
import type { ArticleLoader, SummaryWriter } from '../services/feeds/item-story.ts';
import { pageInput } from '../services/article-input.ts';
import { pollFeed, type PollDeps, type PollOutcome } from '../services/feeds/poll.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import type { Story } from '../services/types.ts';
import { runBounded } from './bounded.ts';

export interface PollFeedsOptions {
  /** Reads an item's article page; the pipeline through ctx.fetcher by default. */
  loadArticle?: ArticleLoader;
}

export type PollCycleReport = Record<PollOutcome['kind'], number> & { newStories: number };

/** The item's page through the safe fetcher, read on ctx.summaries (the worker pool in the bot). */
const pipelineLoader =
  (ctx: AppContext): ArticleLoader =>
  async (url) =>
    ctx.summaries.read(pageInput(await ctx.fetcher.fetch(url, { kind: 'page' })));

/** The server's summary of an article: offline on ctx.summaries, or by the model when the server chose it. */
const summaryWriter =
  (ctx: AppContext): SummaryWriter =>
  async (article, guildId) => {
    const deps = { llm: ctx.llm, kv: ctx.store.kv };
    const choice = await summaryChoice(deps, guildId);
    const offline = await ctx.summaries.summarize(article, { allQuotes: choice === 'model' });
    return finishSummary(deps, article, offline, guildId, choice);
  };

/** What pollFeed needs, from the context: the same for the poll job and a new feed's first read. */
export function pollDeps(ctx: AppContext, options: PollFeedsOptions = {}): PollDeps {
  return {
    fetcher: ctx.fetcher,
    feeds: ctx.store.feeds,
    stories: ctx.store.stories,
    parseFeed: (body, url) => ctx.summaries.parseFeed(body, url),
    loadArticle: options.loadArticle ?? pipelineLoader(ctx),
    writeSummary: summaryWriter(ctx),
    logger: ctx.logger,
  };
}

const pendingKey = (feedId: string) => `feedpending:${feedId}`;

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

const plainTitle = (feed: FeedRecord) => feed.title.replace(/[*_~`|]/g, '');

/**
 * Posts an instant feed's new stories, oldest first. Stories a transient Discord failure kept
 * from the channel are remembered and posted on the feed's next poll (same nonce, so a post
 * that did go through is not repeated); a lost channel or permission turns instant posting off
 * and tells the admins once.
 */
async function postInstant(ctx: AppContext, poster: ChannelPoster, feed: FeedRecord, newStories: Story[]) {
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

async function warnPaused(ctx: AppContext, poster: ChannelPoster, feed: FeedRecord, error: string) {
  // One warning per run of failures, however many processes see the pause.
  if (
    !(await ctx.store.feeds.claimOnce(
      `feedpausewarn:${feed.id}:${feed.failingSince ?? ''}`,
      30 * 24 * 3600_000,
    ))
  )
    return;
  const text =
    `⚠️ I stopped checking the feed **${feed.title.replace(/[*_~`|]/g, '')}** (${feed.url}): it has failed for 24 hours ` +
    `(last error: ${error}). Once it works again, run \`/feed resume feed:${feed.id}\`.`;
  try {
    await poster.send(
      feed.channelId,
      { content: text.slice(0, 2000), embeds: [] },
      { nonce: messageNonce('feedpause', feed.id, feed.failingSince ?? '') },
    );
  } catch (postError) {
    if (!isPermanentPostError(postError)) throw postError;
    const told = await poster.notifyGuildAdmins(feed.guildId, text.slice(0, 2000), {
      fallbackUserId: feed.addedBy,
    });
    if (!told) ctx.logger.warn({ feedId: feed.id }, 'nobody could be told that a feed was paused');
  }
}

/**
 * Polls every feed that is due at `now`, FEED_POLL_CONCURRENCY at a time. New items become
 * stories; instant-mode feeds also post each one; a feed paused after 24 h of failures says so
 * once in its channel. Without a poster (tests, CLI) nothing is posted.
 */
export async function pollDueFeeds(
  ctx: AppContext,
  now: Date,
  poster?: ChannelPoster,
  options: PollFeedsOptions = {},
): Promise<PollCycleReport> {
  const report: PollCycleReport = { skipped: 0, not_modified: 0, ok: 0, failed: 0, paused: 0, newStories: 0 };
  const deps = pollDeps(ctx, options);
  const ids = await ctx.store.feeds.dueIds(now);
  const feeds = (await ctx.store.feeds.getMany(ids)).filter((feed): feed is FeedRecord => feed !== undefined);
  await runBounded(feeds, ctx.config.FEED_POLL_CONCURRENCY, async (feed) => {
    try {
      const outcome = await pollFeed(deps, feed, now);
      report[outcome.kind]++;
      if (outcome.kind === 'ok') report.newStories += outcome.newStories.length;
      if (!poster) return;
      const owned = outcome.kind === 'ok' || outcome.kind === 'not_modified';
      if (owned && outcome.feed.mode === 'instant')
        await postInstant(ctx, poster, outcome.feed, outcome.kind === 'ok' ? outcome.newStories : []);
      if (outcome.kind === 'paused') await warnPaused(ctx, poster, outcome.feed, outcome.error);
    } catch (error) {
      ctx.logger.error({ err: error, feedId: feed.id }, 'feed cycle failed for one feed');
    }
  });
  return report;
}
