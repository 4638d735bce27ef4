/**
 * A summary worker for tests: the real jobs, except that an input starting with SPIN_FOREVER
 * never finishes (a deterministic stand-in for input the summarizer is slow on), one starting with
 * HOG_MEMORY allocates until the worker runs out of memory, and one starting with EXPLODE throws a
 * TypeError (a bug in the summarizer).
 */
import { createSummarizer } from '../../../src/services/summarize/index.ts';
import { runSummaryJob } from '../../../src/services/summary-jobs/run-job.ts';
import type { SummaryJob } from '../../../src/services/summary-jobs/types.ts';
import { serveJobs } from '../../../src/services/worker-pool/serve.ts';
import { EXPLODE, HOG_MEMORY, SPIN_FOREVER } from './markers.ts';

const summarizer = createSummarizer();

function textOf(job: SummaryJob): string {
  if (job.kind === 'read' || job.kind === 'readAndSummarize') return job.input.content;
  if (job.kind === 'parseFeed') return job.body;
  return job.article.paragraphs[0] ?? '';
}

serveJobs((job: SummaryJob) => {
  const text = textOf(job);
  if (text.startsWith(SPIN_FOREVER)) for (;;) Math.random();
  if (text.startsWith(EXPLODE)) throw new TypeError('summarizer exploded');
  if (text.startsWith(HOG_MEMORY)) {
    const kept: string[][] = [];
    for (let i = 0; ; i++) kept.push(Array.from({ length: 100_000 }, () => `${text}${i}`));
  }
  return runSummaryJob(job, summarizer);
});
