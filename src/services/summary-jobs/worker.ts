/** A pool worker: runs summary jobs with the offline summarizer (see pooled.ts). */
import type { ArticleInput } from '../article-input.ts';
import { keepExtractionShapes } from '../extract/index.ts';
import { REFERENCE_PAGE } from '../extract/shapes.ts';
import { createSummarizer, keepSummaryShapes } from '../summarize/index.ts';
import { serveJobs } from '../worker-pool/serve.ts';
import { runSummaryJob } from './run-job.ts';
import type { SummaryJob } from './types.ts';

const summarizer = createSummarizer();
// A worker lives as long as the bot and idles between articles: it keeps one reference page and
// article alive, so the full collection an idle worker runs does not deoptimize the reading code.
keepExtractionShapes();
keepSummaryShapes();

// Word and name lists load on first use, and V8 compiles what a page and an article run through:
// one small pasted article and one small page first, so that cost is part of starting the worker
// (not counted) rather than of a member's first summary (counted against its budget).
const warmUps: ArticleInput[] = [
  {
    content:
      'Harbour reopens\n\n“We are back in business,” said Mayor Ana Ruiz on Tuesday. She thanked the crews.\n\nFerries resume on Friday, officials said.',
    format: 'text',
    pageUrl: null,
  },
  { content: REFERENCE_PAGE, format: 'html', pageUrl: null },
];
for (const input of warmUps) runSummaryJob({ kind: 'readAndSummarize', input, allQuotes: true }, summarizer);

serveJobs((job: SummaryJob) => runSummaryJob(job, summarizer));
