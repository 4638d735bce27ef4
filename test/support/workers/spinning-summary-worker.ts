/**
 * A summary worker for tests: the real jobs, except that an input starting with SPIN_FOREVER
 * never finishes (a deterministic stand-in for input the summarizer is slow on), and one starting
 * with EXPLODE throws a TypeError (a bug in the summarizer).
 */
import { createSummarizer } from '../../../src/services/summarize/index.ts';
import { runSummaryJob } from '../../../src/services/summary-jobs/run-job.ts';
import type { SummaryJob } from '../../../src/services/summary-jobs/types.ts';
import { serveJobs } from '../../../src/services/worker-pool/serve.ts';
import { EXPLODE, SPIN_FOREVER } from './markers.ts';

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
  return runSummaryJob(job, summarizer);
});
