import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { UserFacingError } from './errors.ts';
import { pageInput, type ArticleInput, type InputFormat } from './article-input.ts';
import { finishSummary, summaryChoice } from './summary-writer.ts';
import { jobOwner } from './summary-jobs/types.ts';
import type { Article, Story, WrittenSummary } from './types.ts';
import { storyOf } from './story.ts';

/**
 * Turns a member's request into a stored Story. Not Discord-specific: the bot, the CLI or a test can
 * call it. A URL asked for again within SUMMARY_CACHE_HOURS is answered from the store, and
 * concurrent requests for one URL share a single fetch (ctx.coordination.singleFlight: across every
 * process sharing its Redis, or within this process) — in one server also a single story.
 */

export interface SummaryRequester {
  guildId: string;
  channelId: string | null;
  userId: string;
}

export interface UrlSummaryRequest extends SummaryRequester {
  url: string;
}

export interface ContentSummaryRequest extends SummaryRequester {
  content: string;
  format: InputFormat;
}

/** Parses and normalises a member-typed URL; only http(s) is accepted. */
export function normaliseArticleUrl(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new UserFacingError(
      'bad_url',
      'That does not look like a link. Paste a full address starting with https://',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserFacingError('bad_url', 'Only http:// and https:// links can be summarized.');
  }
  parsed.hash = '';
  return parsed.href;
}

/** Key of the "this requested URL was answered by that story" alias, which lives as long as the cache. */
function aliasKey(guildId: string, url: string): string {
  return `summary:alias:${guildId}:${createHash('sha256').update(url).digest('hex').slice(0, 32)}`;
}

function cacheSince(ctx: AppContext): Date {
  return new Date(ctx.clock.now().getTime() - ctx.config.SUMMARY_CACHE_HOURS * 3_600_000);
}

/** A story from the store for this URL (requested or canonical) still inside the cache window. */
async function cachedStory(ctx: AppContext, guildId: string, url: string): Promise<Story | undefined> {
  const since = cacheSince(ctx);
  const aliasedId = await ctx.store.kv.get<string>(aliasKey(guildId, url));
  if (aliasedId) {
    const story = await ctx.store.stories.get(guildId, aliasedId);
    if (story && new Date(story.createdAt) >= since) return story;
  }
  return ctx.store.stories.findByUrl(guildId, url, since);
}

async function rememberAlias(ctx: AppContext, guildId: string, url: string, storyId: string): Promise<void> {
  await ctx.store.kv.set(aliasKey(guildId, url), storyId, ctx.config.SUMMARY_CACHE_HOURS * 3_600_000);
}

/**
 * Reads the article in an input and writes its summary for the server. The reading and the
 * offline summary are one job on ctx.summaries (the worker pool in the bot), bounded in time.
 */
async function readAndSummarize(
  ctx: AppContext,
  input: ArticleInput,
  request: SummaryRequester,
): Promise<{ article: Article; summary: WrittenSummary }> {
  const { guildId } = request;
  const deps = { llm: ctx.llm, kv: ctx.store.kv };
  const choice = await summaryChoice(deps, guildId);
  const { article, ...offline } = await ctx.summaries.readAndSummarize(input, {
    allQuotes: choice === 'model',
    owner: jobOwner(request.userId),
  });
  return { article, summary: await finishSummary(deps, article, offline, guildId, choice) };
}

/** Stores a written summary of an article as a Story of the requesting member. */
async function storeStory(
  ctx: AppContext,
  article: Article,
  summary: WrittenSummary,
  request: SummaryRequester,
): Promise<Story> {
  const story = storyOf(article, summary, {
    id: randomUUID(),
    guildId: request.guildId,
    createdAt: ctx.clock.now().toISOString(),
    channelId: request.channelId,
    source: { kind: 'member', userId: request.userId },
  });
  await ctx.store.stories.save(story);
  return story;
}

/** How long a read article is shared: other servers asking for it meanwhile are not fetched for again. */
const SHARED_ARTICLE_MS = 60_000;
const sharedArticleKey = (url: string) =>
  `summary:article:${createHash('sha256').update(url).digest('hex').slice(0, 32)}`;

interface SharedArticle {
  article: Article;
  /** When it was read (ctx.clock), so freshness follows the app's clock, not the store's. */
  readAt: string;
}

/**
 * The article at `url`, fetched and read once however many servers (on however many processes) ask
 * for it within SHARED_ARTICLE_MS: the first fetches it, reads it on the pool and stores it briefly;
 * the others, waiting on that fetch or coming later in the minute, read it. (Asked after that, it is
 * fetched again: each server's summary cache is its own.)
 */
async function articleOnce(ctx: AppContext, url: string, owner: string): Promise<Article> {
  const key = sharedArticleKey(url);
  const fresh = async () => {
    const shared = await ctx.store.kv.get<SharedArticle>(key);
    const age = shared ? ctx.clock.now().getTime() - Date.parse(shared.readAt) : Infinity;
    return age >= 0 && age < SHARED_ARTICLE_MS ? shared?.article : undefined;
  };
  const recent = await fresh();
  if (recent) return recent;
  return ctx.coordination.singleFlight.run(
    key,
    async () => {
      const page = await ctx.fetcher.fetch(url, { kind: 'page' });
      const article = await ctx.summaries.read(pageInput(page), { owner });
      const shared: SharedArticle = { article, readAt: ctx.clock.now().toISOString() };
      await ctx.store.kv.set(key, shared, SHARED_ARTICLE_MS);
      return article;
    },
    fresh,
  );
}

/** The server's written summary of a read article; the offline part is a job on ctx.summaries. */
async function summarizeForGuild(
  ctx: AppContext,
  article: Article,
  request: SummaryRequester,
): Promise<WrittenSummary> {
  const { guildId } = request;
  const deps = { llm: ctx.llm, kv: ctx.store.kv };
  const choice = await summaryChoice(deps, guildId);
  const offline = await ctx.summaries.summarize(article, {
    allQuotes: choice === 'model',
    owner: jobOwner(request.userId),
  });
  return finishSummary(deps, article, offline, guildId, choice);
}

async function fetchAndStore(ctx: AppContext, request: UrlSummaryRequest, url: string): Promise<Story> {
  const article = await articleOnce(ctx, url, jobOwner(request.userId));
  const canonical = article.canonicalUrl ?? article.url;
  // Another link to an article already summarized here (tracking parameters, redirects): reuse that story.
  const existing =
    canonical && canonical !== url ? await cachedStory(ctx, request.guildId, canonical) : undefined;
  const story =
    existing ?? (await storeStory(ctx, article, await summarizeForGuild(ctx, article, request), request));
  await rememberAlias(ctx, request.guildId, url, story.id);
  return story;
}

/** The summary of the article at `url` for this server: from the store when fresh, else fetched once. */
export async function summarizeUrlForGuild(ctx: AppContext, request: UrlSummaryRequest): Promise<Story> {
  const url = normaliseArticleUrl(request.url);
  const cached = await cachedStory(ctx, request.guildId, url);
  if (cached) return cached;

  // Followers read the leader's story through the alias it stored (or the URL itself).
  return ctx.coordination.singleFlight.run(
    aliasKey(request.guildId, url),
    () => fetchAndStore(ctx, request, url),
    () => cachedStory(ctx, request.guildId, url),
  );
}

/** Summarizes pasted text or an uploaded file; stored with url null. */
export async function summarizeContentForGuild(
  ctx: AppContext,
  request: ContentSummaryRequest,
): Promise<Story> {
  const input: ArticleInput = { content: request.content, format: request.format, pageUrl: null };
  const { article, summary } = await readAndSummarize(ctx, input, request);
  return storeStory(ctx, article, summary, request);
}
