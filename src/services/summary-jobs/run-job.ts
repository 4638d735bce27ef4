import type { Summarizer } from '../../context.ts';
import { parseFeed } from '../feeds/parse.ts';
import { articleFromInput } from '../pipeline.ts';
import type { Article } from '../types.ts';
import type { OfflineSummary, SummaryJob, SummaryJobResult, SummaryJobs } from './types.ts';
import { summaryJobsVia } from './via.ts';

function offlineSummary(summarizer: Summarizer, article: Article, allQuotes: boolean): OfflineSummary {
  return {
    summary: summarizer.summarize(article),
    allQuotes: allQuotes ? summarizer.summarize(article, { allQuotes: true }).quotes : null,
  };
}

/** Runs one job in this thread: what a pool worker does with each job it is sent. */
export function runSummaryJob(job: SummaryJob, summarizer: Summarizer): SummaryJobResult {
  switch (job.kind) {
    case 'read':
      return articleFromInput(job.input);
    case 'summarize':
      return offlineSummary(summarizer, job.article, job.allQuotes);
    case 'readAndSummarize': {
      const article = articleFromInput(job.input);
      return { article, ...offlineSummary(summarizer, article, job.allQuotes) };
    }
    case 'parseFeed':
      return parseFeed(job.body, job.url);
  }
}

/**
 * The jobs run on the calling thread: for tests with a stand-in summarizer, and tools that run one
 * input at a time. The bot uses the pool (pooled.ts).
 */
export function inProcessSummaryJobs(summarizer: Summarizer): SummaryJobs {
  return summaryJobsVia(async (job) => runSummaryJob(job, summarizer));
}
