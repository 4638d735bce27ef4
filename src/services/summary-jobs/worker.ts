/** A pool worker: runs summary jobs with the offline summarizer (see pooled.ts). */
import { createSummarizer } from '../summarize/index.ts';
import { serveJobs } from '../worker-pool/serve.ts';
import { runSummaryJob } from './run-job.ts';
import type { SummaryJob } from './types.ts';

const summarizer = createSummarizer();
serveJobs((job: SummaryJob) => runSummaryJob(job, summarizer));
