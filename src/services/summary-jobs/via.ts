import type { SummaryJob, SummaryJobResult, SummaryJobs } from './types.ts';

/** SummaryJobs over any way of running a job (a pool, or this thread). */
export function summaryJobsVia(
  run: (job: SummaryJob, owner?: string) => Promise<SummaryJobResult>,
  lifecycle: Pick<SummaryJobs, 'ready' | 'close'> = { ready: async () => {}, close: async () => {} },
): SummaryJobs {
  // Each method knows which result its job kind gives.
  const as = <T>(result: Promise<SummaryJobResult>) => result as Promise<T>;
  return {
    read: (input, options) => as(run({ kind: 'read', input }, options?.owner)),
    summarize: (article, { allQuotes, owner }) => as(run({ kind: 'summarize', article, allQuotes }, owner)),
    readAndSummarize: (input, { allQuotes, owner }) =>
      as(run({ kind: 'readAndSummarize', input, allQuotes }, owner)),
    parseFeed: (body, url, options) => as(run({ kind: 'parseFeed', body, url }, options?.owner)),
    ready: () => lifecycle.ready(),
    close: () => lifecycle.close(),
  };
}

/** Runs a job given as data on any SummaryJobs (what a process serving the summary queue does). */
export function runOn(jobs: SummaryJobs, job: SummaryJob, owner?: string): Promise<SummaryJobResult> {
  const options = owner ? { owner } : {};
  switch (job.kind) {
    case 'read':
      return jobs.read(job.input, options);
    case 'summarize':
      return jobs.summarize(job.article, { allQuotes: job.allQuotes, ...options });
    case 'readAndSummarize':
      return jobs.readAndSummarize(job.input, { allQuotes: job.allQuotes, ...options });
    case 'parseFeed':
      return jobs.parseFeed(job.body, job.url, options);
  }
}
