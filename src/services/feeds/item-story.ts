import type { Article, Story, Summary, WrittenSummary } from '../types.ts';
import { htmlToParagraphs, MAX_ITEM_TEXT_CHARS } from './html-text.ts';
import { shortHash } from './identity.ts';
import type { FeedItem, FeedRecord } from './types.ts';

/** Loads the article page an item links to (the pipeline, through the safe fetcher). */
export type ArticleLoader = (url: string) => Promise<Article>;

/** The article as the feed itself tells it: used when the page cannot be fetched or read. */
export function articleFromItem(item: FeedItem, feed: Pick<FeedRecord, 'title'>): Article {
  // Read only as far as a summary reads (MAX_ITEM_TEXT_CHARS): a single item can be megabytes.
  const paragraphs = htmlToParagraphs(item.contentHtml ?? item.summaryHtml ?? '', MAX_ITEM_TEXT_CHARS);
  const headline = item.title ?? paragraphs[0]?.slice(0, 200) ?? 'Untitled';
  return {
    url: item.link,
    canonicalUrl: item.link,
    headline,
    byline: item.author,
    publishedAt: item.publishedAt,
    siteName: feed.title,
    lang: null,
    imageUrl: item.imageUrl,
    paragraphs: paragraphs.length > 0 ? paragraphs : [headline],
    keyPoints: [],
  };
}

/** Writes a summary for a server (the model for servers that chose it); see summary-writer.ts. */
export type SummaryWriter = (article: Article, guildId: string) => Promise<WrittenSummary>;

async function safeSummary(
  deps: { writeSummary: SummaryWriter },
  article: Article,
  guildId: string,
): Promise<WrittenSummary> {
  try {
    return await deps.writeSummary(article, guildId);
  } catch {
    // A very short feed entry may have no sentence to summarize, or one may be too complex to
    // summarize in the time allowed; its own lines stand in.
    const lines: Summary = {
      headline: article.headline,
      bullets: article.paragraphs.slice(0, 3),
      quotes: [],
    };
    return { ...lines, by: { kind: 'offline' }, note: null };
  }
}

/**
 * Summarizes one new feed item into a Story of the feed's server. The page is read through the
 * pipeline when it can be; otherwise the feed's own content or description is summarized.
 */
export async function storyFromItem(
  item: FeedItem,
  itemKey: string,
  feed: FeedRecord,
  deps: { loadArticle: ArticleLoader; writeSummary: SummaryWriter },
  now: Date,
): Promise<Story> {
  let article = articleFromItem(item, feed);
  if (item.link) {
    try {
      const page = await deps.loadArticle(item.link);
      // A page with less text than the feed entry (paywall, consent wall) is worse than the entry.
      if (page.paragraphs.join(' ').length >= article.paragraphs.join(' ').length) article = page;
    } catch {
      // Unreachable or unreadable page: the feed content is what we have.
    }
  }
  const summary = await safeSummary(deps, article, feed.guildId);
  return {
    id: `feed-${shortHash(`${feed.id}:${itemKey}`, 16)}`,
    guildId: feed.guildId,
    url: article.canonicalUrl ?? article.url ?? item.link,
    headline: item.title ?? summary.headline,
    bullets: summary.bullets,
    quotes: summary.quotes,
    byline: article.byline ?? item.author,
    siteName: article.siteName ?? feed.title,
    publishedAt: item.publishedAt ?? article.publishedAt,
    imageUrl: article.imageUrl ?? item.imageUrl,
    lang: article.lang,
    body: article.paragraphs.join('\n\n'),
    createdAt: now.toISOString(),
    channelId: feed.channelId,
    source: { kind: 'feed', feedId: feed.id },
    summarizedBy: summary.by,
    summaryNote: summary.note,
    preview: article.paywalled === true,
  };
}
