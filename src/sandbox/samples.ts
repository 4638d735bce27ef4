/**
 * The sandbox's bundled sample articles and RSS feed, served from its own address so that the
 * first things a newcomer tries work offline. The articles are made-up news stories kept as data
 * in samples/articles.json; this module only turns them into a news page, a feed and pasted text.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

const articleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  headline: z.string().min(1),
  site: z.string().min(1),
  section: z.string().min(1),
  author: z.string().min(1),
  published: z.string().datetime(),
  paragraphs: z.array(z.string().min(1)).min(1),
});

export type SampleArticle = z.infer<typeof articleSchema>;

export const SAMPLE_FEED_PATH = '/samples/feed.xml';
export const SAMPLE_FEED_TITLE = 'NewsBrief sample news';
export const sampleArticlePath = (article: Pick<SampleArticle, 'slug'>) =>
  `/samples/articles/${article.slug}`;

export function loadSampleArticles(): SampleArticle[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('./samples/articles.json', import.meta.url), 'utf8'));
  return z.array(articleSchema).min(1).parse(raw);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page as a site would publish it: metadata, JSON-LD, site chrome around the article. */
export function sampleArticleHtml(article: SampleArticle, origin: string): string {
  const url = `${origin}${sampleArticlePath(article)}`;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: article.published,
    author: [{ '@type': 'Person', name: article.author }],
    publisher: { '@type': 'Organization', name: article.site },
    url,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.headline)} | ${escapeHtml(article.site)}</title>
  <meta property="og:title" content="${escapeHtml(article.headline)}">
  <meta property="og:site_name" content="${escapeHtml(article.site)}">
  <meta property="og:type" content="article">
  <meta name="author" content="${escapeHtml(article.author)}">
  <meta property="article:published_time" content="${article.published}">
  <link rel="canonical" href="${escapeHtml(url)}">
  <script type="application/ld+json">${jsonLd}</script>
</head>
<body>
  <header><a href="/">${escapeHtml(article.site)}</a> · <nav><a href="#">${escapeHtml(article.section)}</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(article.headline)}</h1>
      <p class="byline">By ${escapeHtml(article.author)} · <time datetime="${article.published}">${article.published.slice(0, 10)}</time></p>
      ${article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ')}
    </article>
  </main>
  <footer><p>A sample article bundled with NewsBrief. The people and events in it are made up.</p></footer>
</body>
</html>
`;
}

/** An RSS 2.0 feed of every sample article, newest first. */
export function sampleFeedXml(articles: readonly SampleArticle[], origin: string): string {
  const items = [...articles]
    .sort((a, b) => b.published.localeCompare(a.published))
    .map((article) => {
      const link = escapeHtml(`${origin}${sampleArticlePath(article)}`);
      return [
        '<item>',
        `<title>${escapeHtml(article.headline)}</title>`,
        `<link>${link}</link>`,
        `<guid isPermaLink="false">newsbrief-sample-${article.slug}</guid>`,
        `<pubDate>${new Date(article.published).toUTCString()}</pubDate>`,
        `<description>${escapeHtml(article.paragraphs[0] ?? '')}</description>`,
        '</item>',
      ].join('');
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${SAMPLE_FEED_TITLE}</title><link>${escapeHtml(origin)}/</link>
<description>Made-up stories bundled with the NewsBrief sandbox</description>
${items.join('\n')}
</channel></rss>
`;
}

/** The article as a member would paste it into /summarize text: headline, blank line, paragraphs. */
export function sampleArticleText(article: SampleArticle): string {
  return [article.headline, '', ...article.paragraphs].join('\n');
}

/** Answers GET/HEAD for the sample pages and feed; false when the path is not one of them. */
export function serveSamples(
  req: IncomingMessage,
  res: ServerResponse,
  articles: readonly SampleArticle[],
  origin: string,
): boolean {
  const path = new URL(req.url ?? '/', origin).pathname;
  let body: string | undefined;
  let type = 'text/html; charset=utf-8';
  if (path === SAMPLE_FEED_PATH) {
    body = sampleFeedXml(articles, origin);
    type = 'application/rss+xml; charset=utf-8';
  } else {
    const article = articles.find((a) => sampleArticlePath(a) === path);
    if (article) body = sampleArticleHtml(article, origin);
  }
  if (body === undefined) return false;
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
