import { describe, expect, it } from 'vitest';
import { createSummarizer, summarizeArticle } from '../../../src/services/summarize/index.ts';
import type { Article } from '../../../src/services/types.ts';

const paragraphs = [
  'The national weather service issued storm warnings for five coastal counties on Friday as Hurricane Lena approached.',
  '“Everyone in the evacuation zone must leave by noon tomorrow,” Governor Maria Santos said at a news conference.',
  'Forecasters expect winds of up to 180 km/h and a storm surge of 3 metres when the hurricane makes landfall on Sunday.',
  '“We have opened 40 shelters and stocked them with food and water for a week,” said emergency director Paul Chen.',
  'Airlines cancelled more than 600 flights, and the main port closed to shipping until Monday.',
  '“This is the strongest storm we have seen in a decade,” said meteorologist Ines Ford.',
  '“Please check on your neighbours,” Santos added.',
];

const article: Article = {
  url: 'https://news.example/hurricane',
  canonicalUrl: null,
  headline: 'Hurricane Lena forces coastal evacuations',
  byline: null,
  publishedAt: null,
  siteName: null,
  lang: 'en',
  imageUrl: null,
  paragraphs,
  keyPoints: [],
};

describe('summarizer', () => {
  it('returns the headline, 3–5 bullets and at most three quotes', () => {
    const summary = createSummarizer().summarize(article);
    expect(summary.headline).toBe('Hurricane Lena forces coastal evacuations');
    expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
    expect(summary.bullets.length).toBeLessThanOrEqual(5);
    expect(summary.quotes.length).toBeGreaterThan(0);
    expect(summary.quotes.length).toBeLessThanOrEqual(3);
  });

  it('returns every quote in article order with allQuotes', () => {
    const top = summarizeArticle(article).quotes;
    const all = summarizeArticle(article, { allQuotes: true }).quotes;
    expect(all.length).toBeGreaterThan(top.length);
    const order = all.map((quote) => paragraphs.findIndex((p) => p.includes(quote.text)));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const quote of top) expect(all).toContainEqual(quote);
  });

  it('shows quotes that have a speaker before one nobody is named for, and the latter only when none has', () => {
    const story = (...texts: string[]) => ({ ...article, paragraphs: texts });
    const unattributed = '“Energy bills will rise by 20 percent for two million households next winter.”';
    const named = [
      '“The council will vote on the budget plan in March,” said Mayor Ann Lee.',
      '“We will keep the libraries open all year,” Tom Grant said.',
    ];
    expect(summarizeArticle(story(unattributed, ...named)).quotes.map((q) => q.speaker)).toEqual([
      'Ann Lee',
      'Tom Grant',
    ]);
    expect(summarizeArticle(story(unattributed)).quotes).toEqual([
      { text: 'Energy bills will rise by 20 percent for two million households next winter.', speaker: null },
    ]);
  });

  it('with nobody named, shows words a speech verb introduces before text set off by a colon alone', () => {
    const story = (...texts: string[]) => ({ ...article, paragraphs: texts });
    const quotes = summarizeArticle(
      story(
        'Send her a heartfelt card: “Merry Christmas! We love you and are thinking of you and the whole family!”',
        'Last year she said, “I guess adopted children just love differently” when I asked to stay home.',
      ),
    ).quotes;
    expect(quotes).toEqual([{ text: 'I guess adopted children just love differently', speaker: null }]);
  });

  it('summarizes the same article the same way every time', () => {
    expect(createSummarizer().summarize(article)).toEqual(
      createSummarizer().summarize(structuredClone(article)),
    );
  });
});
