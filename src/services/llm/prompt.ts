import type { Article, Quote } from '../types.ts';

/** What the model is asked, and the JSON it must answer with. */

/** Article text sent to the model, at most (about 4,000 tokens): the lead of a long article is what counts. */
export const MAX_ARTICLE_CHARS = 16_000;
/** Quotes offered to the model to pick from. */
export const MAX_QUOTES_OFFERED = 12;
export const MAX_PICKED_QUOTES = 3;
/** The longest answer asked for; also what a request reserves from the server's budget. */
export const MAX_ANSWER_TOKENS = 700;

export const SUMMARY_SCHEMA = {
  type: 'object',
  properties: {
    bullets: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5 },
    quotes: { type: 'array', items: { type: 'integer' }, maxItems: MAX_PICKED_QUOTES },
  },
  required: ['bullets', 'quotes'],
  additionalProperties: false,
} as const;

const INSTRUCTIONS = [
  'You summarize news articles for a Discord bot.',
  'Write 3 to 5 bullets that state the most important facts of the article in your own words, one short sentence each (at most 35 words), in the language of the article.',
  'Do not use quotation marks in a bullet unless the words inside them are copied exactly from the article.',
  'The direct quotes found in the article are listed with numbers. Choose up to 3 of the most newsworthy and answer with their numbers only. Never write, shorten or change a quote.',
  'Answer with JSON only, exactly like {"bullets": ["…", "…"], "quotes": [2, 1]}.',
].join(' ');

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export function articleText(article: Article): string {
  return article.paragraphs.join('\n\n');
}

export function buildPrompt(article: Article, quotes: Quote[]): ChatMessage[] {
  const offered = quotes.slice(0, MAX_QUOTES_OFFERED);
  const quoteLines =
    offered.length > 0
      ? offered.map((quote, i) => `${i + 1}. “${quote.text}” — ${quote.speaker ?? 'unnamed'}`).join('\n')
      : '(none)';
  const body = articleText(article).slice(0, MAX_ARTICLE_CHARS);
  return [
    { role: 'system', content: INSTRUCTIONS },
    {
      role: 'user',
      content: `Headline: ${article.headline}\n\nArticle:\n${body}\n\nQuotes:\n${quoteLines}`,
    },
  ];
}

/** A rough token count (4 characters a token) for budgeting before the endpoint says. */
export const estimateTokens = (messages: ChatMessage[]) =>
  Math.ceil(messages.reduce((sum, message) => sum + message.content.length, 0) / 4) + MAX_ANSWER_TOKENS;
