import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Clock } from './services/clock.ts';
import type { Fetcher } from './services/fetch/types.ts';
import type { Article, Quote, SummarizeOptions, Summary, WrittenSummary } from './services/types.ts';
import type { KeyValueStore, StoryStore } from './services/store/types.ts';
import type { FeedStore } from './services/feeds/feed-store.ts';
import type { DigestStore } from './services/digest/digest-store.ts';
import type { SummaryJobs } from './services/summary-jobs/types.ts';
import type { Coordination } from './services/coordination/types.ts';
import type { Metrics } from './services/metrics.ts';

/** The offline summarizer, in this thread (the CLI, and each pool worker). */
export interface Summarizer {
  summarize(article: Article, options?: SummarizeOptions): Summary;
}

/**
 * A summarizer that has a language model write the bullets over the offline summary: it is given
 * the offline extractor's quotes, numbered, and picks among them; it never writes a quote. Never
 * rejects: when the model cannot be used, the offline summary comes back with a one-line note.
 */
export interface ModelSummarizer {
  readonly model: string;
  summarize(
    article: Article,
    offline: { summary: Summary; allQuotes: Quote[] },
    /** Whose daily token budget pays (a server id); null: no budget (the CLI). */
    budgetKey: string | null,
  ): Promise<WrittenSummary>;
}

/** Everything a command or job needs, built once in src/index.ts and passed explicitly. */
export interface AppContext {
  config: Config;
  /** feeds/digests: createFeedStore(kv) / createDigestStore(kv) on the same KeyValueStore. */
  store: { kv: KeyValueStore; stories: StoryStore; feeds: FeedStore; digests: DigestStore };
  fetcher: Fetcher;
  /** Reading, summarizing and feed parsing: on the worker pool in the bot, bounded in time. */
  summaries: SummaryJobs;
  /** Set when LLM_BASE_URL and LLM_MODEL are; used only for servers that chose it (/settings). */
  llm?: ModelSummarizer | null;
  logger: Logger;
  clock: Clock;
  /** Summary limits and single-flight: in memory (one process) or in Redis (shared by processes). */
  coordination: Coordination;
  metrics: Metrics;
}
