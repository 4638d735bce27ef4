import { describe, expect, it } from 'vitest';
import { buildSummaryEmbed, PREVIEW_LINE } from '../../src/discord/summary-embed.ts';
import type { Fetcher } from '../../src/services/fetch/types.ts';
import { isPaywalledPage } from '../../src/services/paywall.ts';
import { articleFromUrl } from '../../src/services/pipeline.ts';
import { createSummarizer } from '../../src/services/summarize/index.ts';
import type { Story } from '../../src/services/types.ts';

const page = (
  head: string,
) => `<!doctype html><html><head><title>Bridge to reopen</title>${head}</head><body><article>
<h1>Bridge to reopen in June</h1>
<p>The city council said on Monday that the old bridge would reopen to traffic in June after two years of work.</p>
<p>Engineers replaced the deck and strengthened the piers, the council's transport office said in a statement.</p>
<p>Subscribe to read the rest of this article.</p>
</article></body></html>`;

const PAYWALLED_JSON_LD = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to reopen","isAccessibleForFree": false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>`;

describe('paywalled pages', () => {
  it('are recognised from JSON-LD isAccessibleForFree or a locked/metered article:content_tier', () => {
    expect(isPaywalledPage(page(PAYWALLED_JSON_LD))).toBe(true);
    expect(isPaywalledPage(page('<meta content="metered" property="article:content_tier">'))).toBe(true);
    expect(isPaywalledPage(page('<meta property="article:content_tier" content="locked" />'))).toBe(true);
    expect(isPaywalledPage(page('<meta property="article:content_tier" content="free">'))).toBe(false);
    expect(
      isPaywalledPage(page('<script type="application/ld+json">{"isAccessibleForFree": true}</script>')),
    ).toBe(false);
  });

  it('are summarized from what they show, and the summary says it is a preview', async () => {
    const fetcher: Fetcher = {
      fetch: async (url) => ({
        url,
        status: 200,
        notModified: false,
        contentType: 'text/html',
        body: page(PAYWALLED_JSON_LD),
        etag: null,
        lastModified: null,
      }),
    };
    const article = await articleFromUrl(fetcher, 'https://news.example/bridge');
    expect(article.paywalled).toBe(true);
    const summary = createSummarizer().summarize(article);
    expect(summary.bullets.join(' ')).toContain('reopen to traffic in June');
    const story: Story = {
      id: 's1',
      guildId: 'g',
      url: article.url,
      headline: summary.headline,
      bullets: summary.bullets,
      quotes: summary.quotes,
      byline: null,
      siteName: null,
      publishedAt: null,
      imageUrl: null,
      lang: 'en',
      body: article.paragraphs.join('\n\n'),
      createdAt: '2026-06-01T00:00:00Z',
      channelId: null,
      source: { kind: 'member', userId: 'u' },
      preview: true,
    };
    expect(buildSummaryEmbed(story).description!.startsWith(PREVIEW_LINE)).toBe(true);
  });
});
