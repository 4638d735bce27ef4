import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, MAX_ITEM_TEXT_CHARS } from '../../../src/services/feeds/html-text.ts';
import { articleFromItem } from '../../../src/services/feeds/item-story.ts';
import type { FeedItem } from '../../../src/services/feeds/types.ts';
import { summarizeArticle } from '../../../src/services/summarize/index.ts';

const item = (contentHtml: string): FeedItem => ({
  guid: 'a',
  link: 'https://news.example/a',
  title: 'Council passes the budget',
  publishedAt: null,
  contentHtml,
  summaryHtml: null,
  author: null,
  imageUrl: null,
});

const PARAGRAPH =
  '<p>The council voted on the budget on Tuesday, and the mayor said the vote was close. ' +
  '“We did what we could,” said Jane Doe, the treasurer of the city.</p>';

describe('articleFromItem', () => {
  it('reads an item of megabytes only as far as its summary reads, and summarizes it as if read whole', () => {
    for (const html of [PARAGRAPH.repeat(6_000), `<p>${'words and more words '.repeat(50_000)}</p>`]) {
      const article = articleFromItem(item(html), { title: 'Feed' });
      const whole = htmlToParagraphs(html);
      expect(whole.join('').length).toBeGreaterThan(2 * MAX_ITEM_TEXT_CHARS);
      expect(article.paragraphs.join('').length).toBeLessThanOrEqual(MAX_ITEM_TEXT_CHARS + PARAGRAPH.length);
      expect(summarizeArticle(article)).toEqual(summarizeArticle({ ...article, paragraphs: whole }));
    }
  });

  it('reads an ordinary item whole', () => {
    const html = PARAGRAPH.repeat(20);
    expect(articleFromItem(item(html), { title: 'Feed' }).paragraphs).toEqual(htmlToParagraphs(html));
  });
});
