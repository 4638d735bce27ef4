/**
 * The language-model summarizer against a real OpenAI-compatible endpoint: ROUGE-1/2/Lsum of its
 * bullets against the CNN/DailyMail highlights, beside Lead-3 and the offline summarizer scored the
 * same way in the same run, and how often the quote check removed quoted text the model wrote.
 * Skips itself when LLM_BASE_URL is not set. Usage: npm run bench:llm [-- articles] (default 40).
 */
import { readFileSync } from 'node:fs';
import { loadConfig, loadDotEnv } from '../src/config.ts';
import { modelSummarizerFor } from '../src/services/llm/from-config.ts';
import { createSummarizer } from '../src/services/summarize/index.ts';
import { splitSentences } from '../src/services/text/sentences.ts';
import { rouge, type RougeScores } from './lib/rouge.ts';
import { articleOf, defaultSummariesPath, type Sample } from './lib/summaries.ts';

loadDotEnv();
const loaded = loadConfig();
if (!loaded.ok) {
  console.error(loaded.problems.join('\n'));
  process.exit(2);
}
const llm = modelSummarizerFor(loaded.config, null);
if (!llm) {
  console.log(
    'bench:llm skipped: LLM_BASE_URL (and LLM_MODEL) are not set, so there is no model to measure.',
  );
  process.exit(0);
}

const limit = Number(process.argv[2] ?? 40);
const samples = (JSON.parse(readFileSync(defaultSummariesPath, 'utf8')) as Sample[]).slice(0, limit);
const offline = createSummarizer();
type Totals = RougeScores & { n: number };
const zero = (): Totals => ({ rouge1: 0, rouge2: 0, rougeLsum: 0, n: 0 });
const totals = { lead3: zero(), offline: zero(), llm: zero() };
const add = (into: Totals, summary: string[], reference: string[]) => {
  const scores = rouge(summary, reference);
  into.rouge1 += scores.rouge1;
  into.rouge2 += scores.rouge2;
  into.rougeLsum += scores.rougeLsum;
  into.n++;
};
let removed = 0;
let kept = 0;
let fallbacks = 0;
const fallbackNotes = new Map<string, number>();
const started = performance.now();
for (const sample of samples) {
  const article = articleOf(sample);
  const reference = splitSentences(sample.highlights);
  const summary = offline.summarize(article);
  add(totals.lead3, splitSentences(sample.article).slice(0, 3), reference);
  add(totals.offline, summary.bullets, reference);
  const allQuotes = offline.summarize(article, { allQuotes: true }).quotes;
  const written = await llm.summarize(article, { summary, allQuotes }, null);
  if (written.by.kind !== 'llm') {
    fallbacks++;
    fallbackNotes.set(written.note ?? '?', (fallbackNotes.get(written.note ?? '?') ?? 0) + 1);
    continue; // scored only where the model wrote the bullets
  }
  add(totals.llm, written.bullets, reference);
  removed += written.quoteCheck?.removed.length ?? 0;
  kept += written.quoteCheck?.kept ?? 0;
}

const row = (name: string, t: Totals) =>
  `| ${name.padEnd(16)} | ${(t.rouge1 / t.n).toFixed(2).padStart(7)} | ${(t.rouge2 / t.n).toFixed(2).padStart(7)} | ${(t.rougeLsum / t.n).toFixed(2).padStart(10)} | ${String(t.n).padStart(8)} |`;
console.log(
  `bench:llm — ${llm.model} on ${samples.length} CNN/DM articles (development split; ROUGE F1 x100 vs highlights)\n`,
);
console.log('| system           | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | articles |');
console.log('|------------------|---------|---------|------------|----------|');
console.log(row('Lead-3', totals.lead3));
console.log(row('offline', totals.offline));
if (totals.llm.n > 0) console.log(row(`llm (${llm.model})`.slice(0, 16), totals.llm));
console.log(
  `\nQuoted spans in the model's bullets: ${removed + kept}; removed as not verbatim: ${removed}` +
    (removed + kept > 0 ? ` (${((100 * removed) / (removed + kept)).toFixed(1)}%)` : ''),
);
console.log(
  `Fell back to offline: ${fallbacks} of ${samples.length}${fallbacks ? ` (${[...fallbackNotes].map(([note, n]) => `${n}× ${note}`).join('; ')})` : ''}`,
);
console.log(
  `Wall time ${((performance.now() - started) / 1000).toFixed(1)} s. Lead-3 and offline are over all articles; llm over those it answered.`,
);
