/**
 * Key-bullet quality on CNN/DailyMail: ROUGE-1/2/Lsum F1 of our bullets against the reference
 * highlights, beside Lead-3 (the first three sentences, same splitter) scored by the same code.
 * Usage: npm run bench:summaries [-- path/to/cnndm.json]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { selectBullets } from '../src/services/summarize/bullets.ts';
import { splitSentences } from '../src/services/text/sentences.ts';
import type { Article } from '../src/services/types.ts';
import { rouge, type RougeScores } from './lib/rouge.ts';

interface Sample {
  id: number;
  article: string;
  highlights: string;
}

const defaultPath = fileURLToPath(new URL('../../shared/bench/summaries/cnndm-200.json', import.meta.url));
const samples = JSON.parse(readFileSync(process.argv[2] ?? defaultPath, 'utf8')) as Sample[];

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

const systems: Record<string, (sample: Sample) => string[]> = {
  'Lead-3': (sample) => splitSentences(sample.article).slice(0, 3),
  NewsBrief: (sample) => selectBullets(articleOf(sample)),
};

const totals: Record<string, RougeScores & { words: number }> = {};
for (const [name, summarize] of Object.entries(systems)) {
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
  totals[name] = {
    rouge1: total.rouge1 / n,
    rouge2: total.rouge2 / n,
    rougeLsum: total.rougeLsum / n,
    words: total.words / n,
  };
}

const lead = totals['Lead-3']!;
const ours = totals.NewsBrief!;
const row = (name: string, s: RougeScores & { words: number }) =>
  `| ${name.padEnd(9)} | ${s.rouge1.toFixed(2).padStart(7)} | ${s.rouge2.toFixed(2).padStart(7)} | ${s.rougeLsum.toFixed(2).padStart(9)} | ${s.words.toFixed(1).padStart(9)} |`;
const delta = (a: number, b: number) => `${a - b >= 0 ? '+' : ''}${(a - b).toFixed(2)}`;
console.log(`CNN/DM summaries: ${samples.length} articles, ROUGE F1 x100 vs highlights\n`);
console.log('| system    | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | avg words |');
console.log('|-----------|---------|---------|-----------|-----------|');
console.log(row('Lead-3', lead));
console.log(row('NewsBrief', ours));
const deltas = [ours.rouge1 - lead.rouge1, ours.rouge2 - lead.rouge2, ours.rougeLsum - lead.rougeLsum];
console.log(
  `| delta     | ${delta(ours.rouge1, lead.rouge1).padStart(7)} | ${delta(ours.rouge2, lead.rouge2).padStart(7)} | ${delta(ours.rougeLsum, lead.rougeLsum).padStart(9)} |           |`,
);
console.log(`\nTarget (each delta >= +1.00): ${deltas.every((value) => value >= 1) ? 'met' : 'NOT met'}`);
