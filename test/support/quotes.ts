import type { Article } from '../../src/services/types.ts';
import { extractAttributedQuotes, extractQuotes } from '../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from './article.ts';

/** Who gets each quote, in order, for an article of these paragraphs. */
export const speakers = (...paragraphs: string[]) =>
  extractQuotes(makeArticle(paragraphs)).map((q) => q.speaker);

/**
 * What the attribution rules suggest for each quote (rule -> full name), before the speaker model
 * weighs the suggestions with everything else: where a rule is tested on its own.
 */
export const suggestions = (...paragraphs: string[]) => {
  const found: Array<Record<string, string>> = [];
  extractAttributedQuotes(makeArticle(paragraphs), {
    onCandidates: (entry, _quote, _candidates, rules) => (found[entry] = Object.fromEntries(rules)),
  });
  return found;
};

/** Only what each quote's own attribution names (its subject after, before, in its sentence), resolved. */
export const attributions = (...paragraphs: string[]) =>
  suggestions(...paragraphs).map((rules) =>
    Object.fromEntries(
      Object.entries(rules).filter(([rule]) => /^(?:after|before|sentence|participle):/u.test(rule)),
    ),
  );

/** attributions() for an article already built (its language set, say). */
export const attributionsOf = (article: Article) => {
  const found: Array<Record<string, string>> = [];
  extractAttributedQuotes(article, {
    onCandidates: (entry, _quote, _candidates, rules) =>
      (found[entry] = Object.fromEntries(
        [...rules].filter(([rule]) => /^(?:after|before|sentence|participle):/u.test(rule)),
      )),
  });
  return found;
};

/** The speaker model's features of candidate `name`, for each quote of an article of these paragraphs. */
export const featuresOf = (name: string, ...paragraphs: string[]) => {
  const out: string[][] = [];
  extractAttributedQuotes(makeArticle(paragraphs), {
    onCandidates: (entry, _quote, candidates) =>
      (out[entry] = [...(candidates.find((c) => c.name === name)?.features.keys() ?? [])]),
  });
  return out;
};
