/**
 * One small article summarized once, what attributing its quotes built kept for the life of the
 * process, so that the hidden classes (V8 maps) of mentions, the resolver and the candidates stay
 * alive between articles. Why, as for extraction (see ../extract/shapes.ts): a worker that sits idle
 * runs a memory-reducing full collection, which with no article alive collects those maps and
 * deoptimizes the functions compiled against them ("weak objects" in --trace-deopt), and the next
 * article compiles them again.
 *
 * The article holds the usual shapes: a named speaker before and after a quote, a quote broken by
 * its attribution, a pronoun, a role, an organisation, a surname, a short quote and a partial one.
 */
import type { Article } from '../types.ts';

export const REFERENCE_ARTICLE: Article = {
  url: null,
  canonicalUrl: null,
  headline: 'Council passes the budget after a long night',
  byline: null,
  publishedAt: null,
  siteName: null,
  lang: 'en',
  imageUrl: null,
  keyPoints: [],
  paragraphs: [
    'The city council passed the budget on Tuesday by one vote, after a debate that ran past midnight.',
    '“We did what we could with what we had,” said Jane Doe, the city treasurer. “Nobody got all they wanted.”',
    'Mayor Tom Hill called the vote “a win for every neighbourhood” and said taxes would stay the same next year.',
    'Doe told reporters that the plan cuts 2 million dollars from roads. She added: “It is the hardest budget in ten years.”',
    'The Transit Workers Union said in a statement that “the cuts will hurt riders first.”',
    '“This is war,” wrote one council member on social media, before deleting the post.',
  ],
};
