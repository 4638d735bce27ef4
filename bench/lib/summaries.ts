/** ROUGE of our key bullets vs Lead-3 on CNN/DailyMail highlights, scored by the same code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUserFacingError } from '../../src/services/errors.ts';
import { selectBullets } from '../../src/services/summarize/bullets/select.ts';
import { articleFromText } from '../../src/services/text/plain-text.ts';
import { splitSentences } from '../../src/services/text/sentences.ts';
import type { Article } from '../../src/services/types.ts';
import { benchRoot } from './datasets.ts';
import { rouge, type RougeScores } from './rouge.ts';

export interface Sample {
  id: number;
  article: string;
  highlights: string;
}

/** Mean ROUGE and words per summary; `empty`: articles that got no bullets at all (a refusal). */
export type SystemScores = RougeScores & { words: number; empty: number };

// Follows --data / NEWSBRIEF_BENCH_DIR like the other sets, so it works from a worktree too.
export const defaultSummariesPath = join(benchRoot(), 'summaries', 'cnndm-200.json');

export function articleOf(sample: Sample): Article {
  return {
    url: null,
    canonicalUrl: null,
    headline: '',
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: 'en',
    imageUrl: null,
    paragraphs: [sample.article],
    keyPoints: [],
  };
}

/**
 * The story as a member pastes it with no title line: one paragraph, read by the pasted-text reader
 * (which must derive a headline). A refusal scores as an empty summary.
 */
function pastedBullets(sample: Sample): string[] {
  try {
    return selectBullets(articleFromText(sample.article.replace(/\s+/g, ' ')));
  } catch (error) {
    if (isUserFacingError(error)) return [];
    throw error;
  }
}

const systems: Record<'lead3' | 'ours' | 'pasted', (sample: Sample) => string[]> = {
  lead3: (sample) => splitSentences(sample.article).slice(0, 3),
  ours: (sample) => selectBullets(articleOf(sample)),
  pasted: pastedBullets,
};

export function measureSummaries(path = defaultSummariesPath) {
  const samples = JSON.parse(readFileSync(path, 'utf8')) as Sample[];
  const score = (summarize: (sample: Sample) => string[]): SystemScores => {
    const total = { rouge1: 0, rouge2: 0, rougeLsum: 0, words: 0, empty: 0 };
    for (const sample of samples) {
      const summary = summarize(sample);
      if (summary.length === 0) total.empty++;
      const scores = rouge(summary, splitSentences(sample.highlights));
      total.rouge1 += scores.rouge1;
      total.rouge2 += scores.rouge2;
      total.rougeLsum += scores.rougeLsum;
      total.words += summary.join(' ').split(/\s+/).length;
    }
    const n = samples.length;
    return {
      rouge1: total.rouge1 / n,
      rouge2: total.rouge2 / n,
      rougeLsum: total.rougeLsum / n,
      words: total.words / n,
      empty: total.empty,
    };
  };
  return {
    articles: samples.length,
    lead3: score(systems.lead3),
    ours: score(systems.ours),
    pasted: score(systems.pasted),
  };
}
