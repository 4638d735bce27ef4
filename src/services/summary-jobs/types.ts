import type { ParsedFeed } from '../feeds/types.ts';
import type { ArticleInput } from '../article-input.ts';
import type { Article, Quote, Summary } from '../types.ts';

/**
 * The CPU-bound work of NewsBrief as jobs of plain data: reading an article out of a page or
 * pasted text, summarizing it, parsing a feed. The bot runs them on a worker pool (pooled.ts), so
 * one hard input never holds up the thread that answers Discord; tests may run them in-process.
 */
export type SummaryJob =
  | { kind: 'read'; input: ArticleInput }
  | { kind: 'summarize'; article: Article; allQuotes: boolean }
  | { kind: 'readAndSummarize'; input: ArticleInput; allQuotes: boolean }
  | { kind: 'parseFeed'; body: string; url: string | null };

/** The offline summary, and every quote in article order when asked for (the model picks among them). */
export interface OfflineSummary {
  summary: Summary;
  allQuotes: Quote[] | null;
}

export interface SummaryJobResults {
  read: Article;
  summarize: OfflineSummary;
  readAndSummarize: OfflineSummary & { article: Article };
  parseFeed: ParsedFeed;
}

export type SummaryJobResult = SummaryJobResults[SummaryJob['kind']];

/**
 * Whose job it is: jobs wait for a worker in turns by owner, and an owner may have only a few
 * waiting (pooled.ts). A member's requests name the member (jobOwner); background work names none.
 */
export interface JobOptions {
  owner?: string;
}

/** The owner of the jobs a member's request makes. */
export const jobOwner = (userId: string): string => `member:${userId}`;

/**
 * What the bot's commands and jobs call; every method may reject with UserFacingError 'too_complex'
 * (past the time budget) or, for a job with an owner, 'busy' (too many jobs waiting).
 */
export interface SummaryJobs {
  read(input: ArticleInput, options?: JobOptions): Promise<Article>;
  summarize(article: Article, options: { allQuotes: boolean } & JobOptions): Promise<OfflineSummary>;
  /** One job, one time budget: the article in the input and its summary. */
  readAndSummarize(
    input: ArticleInput,
    options: { allQuotes: boolean } & JobOptions,
  ): Promise<OfflineSummary & { article: Article }>;
  parseFeed(body: string, url: string | null, options?: JobOptions): Promise<ParsedFeed>;
  /** Resolves once the jobs can run at once (the pool's workers have loaded the summarizer). */
  ready(): Promise<void>;
  /** Stops the workers (the bot's shutdown); jobs still running are rejected. */
  close(): Promise<void>;
}
