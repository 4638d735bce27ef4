/** ROUGE of our key bullets vs Lead-3 on CNN/DailyMail highlights, scored by the same code. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { selectBullets } from '../../src/services/summarize/bullets/select.ts';
import { splitSentences } from '../../src/services/text/sentences.ts';
import type { Article } from '../../src/services/types.ts';
import { rouge, type RougeScores } from './rouge.ts';

interface Sample {
  id: number;
  article: string;
  highlights: string;
}

export type SystemScores = RougeScores & { words: number };

export const defaultSummariesPath = fileURLToPath(
  new URL('../../../shared/bench/summaries/cnndm-200.json', import.meta.url),
);

function articleOf(sample: Sample): Article {
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

const systems: Record<'lead3' | 'ours', (sample: Sample) => string[]> = {
  lead3: (sample) => splitSentences(sample.article).slice(0, 3),
  ours: (sample) => selectBullets(articleOf(sample)),
};

export function measureSummaries(path = defaultSummariesPath) {
  const samples = JSON.parse(readFileSync(path, 'utf8')) as Sample[];
  const score = (summarize: (sample: Sample) => string[]): SystemScores => {
    const total = { rouge1: 0, rouge2: 0, rougeLsum: 0, words: 0 };
    for (const sample of samples) {
      const summary = summarize(sample);
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
    };
  };
  return { articles: samples.length, lead3: score(systems.lead3), ours: score(systems.ours) };
}
