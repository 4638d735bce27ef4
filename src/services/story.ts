import type { Article, Story, StorySource, Summary, WrittenSummary } from './types.ts';

/** Where a story was made: who asked, where it goes and when. */
export interface StoryMeta {
  id: string;
  guildId: string;
  createdAt: string;
  channelId: string | null;
  source: StorySource;
}

/** The story of a summarized article: the article's facts and body, the summary's words. */
export function storyOf(article: Article, summary: Summary | WrittenSummary, meta: StoryMeta): Story {
  const written = 'by' in summary ? { summarizedBy: summary.by, summaryNote: summary.note } : {};
  return {
    ...meta,
    url: article.canonicalUrl ?? article.url,
    headline: summary.headline || article.headline,
    bullets: summary.bullets,
    quotes: summary.quotes,
    byline: article.byline,
    siteName: article.siteName,
    publishedAt: article.publishedAt,
    imageUrl: article.imageUrl,
    lang: article.lang,
    body: article.paragraphs.join('\n\n'),
    ...written,
    preview: article.paywalled === true,
  };
}
