import type { SummaryJob, SummaryJobResult, SummaryJobs } from './types.ts';

/** SummaryJobs over any way of running a job (a pool, or this thread). */
export function summaryJobsVia(
  run: (job: SummaryJob) => Promise<SummaryJobResult>,
  lifecycle: Pick<SummaryJobs, 'ready' | 'close'> = { ready: async () => {}, close: async () => {} },
): SummaryJobs {
  // Each method knows which result its job kind gives.
  const as = <T>(result: Promise<SummaryJobResult>) => result as Promise<T>;
  return {
    read: (input) => as(run({ kind: 'read', input })),
    summarize: (article, { allQuotes }) => as(run({ kind: 'summarize', article, allQuotes })),
    readAndSummarize: (input, { allQuotes }) => as(run({ kind: 'readAndSummarize', input, allQuotes })),
    parseFeed: (body, url) => as(run({ kind: 'parseFeed', body, url })),
    ready: () => lifecycle.ready(),
    close: () => lifecycle.close(),
  };
}
