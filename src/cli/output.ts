import type { Article, Summary } from '../services/types.ts';

/** Where the headline, byline and date were read from (see the README's JSON contract); null when unknown. */
function sources(article: Article) {
  return {
    headlineSource: article.headlineSource ?? null,
    bylineSource: article.bylineSource ?? null,
    publishedAtSource: article.publishedAtSource ?? null,
  };
}

/** One JSON Lines record of `newsbrief summarize --json`; unknown fields are null, never missing. */
export function summaryRecord(input: string, article: Article, summary: Summary) {
  return {
    input,
    url: article.canonicalUrl ?? article.url,
    headline: summary.headline,
    byline: article.byline,
    publishedAt: article.publishedAt,
    siteName: article.siteName,
    imageUrl: article.imageUrl,
    lang: article.lang,
    bullets: summary.bullets,
    quotes: summary.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker })),
    ...sources(article),
  };
}

/** One JSON Lines record of `newsbrief extract --json`: the body's paragraphs separated by a blank line. */
export function extractRecord(input: string, article: Article) {
  return {
    input,
    url: article.url,
    headline: article.headline,
    byline: article.byline,
    publishedAt: article.publishedAt,
    siteName: article.siteName,
    imageUrl: article.imageUrl,
    canonicalUrl: article.canonicalUrl,
    lang: article.lang,
    body: article.paragraphs.join('\n\n'),
    ...sources(article),
  };
}

function sourceLine(article: Article): string {
  const date = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
  return [article.siteName, article.byline ? `by ${article.byline}` : null, date].filter(Boolean).join(' · ');
}

/** The summary as a person reads it in a terminal. */
export function formatSummary(article: Article, summary: Summary): string {
  const lines = [summary.headline];
  const source = sourceLine(article);
  if (source) lines.push(source);
  const url = article.canonicalUrl ?? article.url;
  if (url) lines.push(url);
  lines.push('', ...summary.bullets.map((bullet) => `• ${bullet}`));
  if (summary.quotes.length > 0) {
    lines.push('', ...summary.quotes.map((quote) => `“${quote.text}” — ${quote.speaker ?? 'unattributed'}`));
  }
  return lines.join('\n');
}

/** The extracted article as a person reads it in a terminal. */
export function formatArticle(article: Article): string {
  const lines = [article.headline];
  const source = sourceLine(article);
  if (source) lines.push(source);
  const url = article.canonicalUrl ?? article.url;
  if (url) lines.push(url);
  lines.push('', article.paragraphs.join('\n\n'));
  return lines.join('\n');
}
