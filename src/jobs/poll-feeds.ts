import type { AppContext } from '../context.ts';
import { isPermanentPostError, messageNonce, type ChannelPoster } from '../discord/channel-poster.ts';
import { finishSummary, summaryChoice } from '../services/summary-writer.ts';
import { postInstant } from './instant-posts.ts';
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
 * Polls one feed at `now` and does what follows: `postNew` gets an instant feed's new stories (posted
 * at once in one process, queued as one job per item with Redis), and a feed paused after 24 h of
 * failures says so once. Without a poster (tests, CLI) nothing is posted.
 */
export async function pollOneFeed(
  ctx: AppContext,
  deps: PollDeps,
  feed: FeedRecord,
  now: Date,
  poster: ChannelPoster | undefined,
  postNew: (feed: FeedRecord, newStories: Story[]) => Promise<void>,
  onPolled: (outcome: PollOutcome) => void = () => undefined,
): Promise<PollOutcome> {
  const outcome = await pollFeed(deps, feed, now);
  onPolled(outcome);
  if (!poster) return outcome;
  const owned = outcome.kind === 'ok' || outcome.kind === 'not_modified';
  if (owned && outcome.feed.mode === 'instant')
    await postNew(outcome.feed, outcome.kind === 'ok' ? outcome.newStories : []);
  if (outcome.kind === 'paused') await warnPaused(ctx, poster, outcome.feed, outcome.error);
  return outcome;
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
      await pollOneFeed(
        ctx,
        deps,
        feed,
        now,
        poster,
        (due, stories) => (poster ? postInstant(ctx, poster, due, stories) : Promise.resolve()),
        (outcome) => {
          report[outcome.kind]++;
          if (outcome.kind === 'ok') report.newStories += outcome.newStories.length;
        },
      );
    } catch (error) {
      ctx.logger.error({ err: error, feedId: feed.id }, 'feed cycle failed for one feed');
    }
  });
  return report;
}
