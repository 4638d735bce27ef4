import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Clock } from './services/clock.ts';
import type { Fetcher } from './services/fetch/types.ts';
import type { Article, SummarizeOptions, Summary } from './services/types.ts';
import type { KeyValueStore, StoryStore } from './services/store/types.ts';
import type { FeedStore } from './services/feeds/feed-store.ts';
import type { DigestStore } from './services/digest/digest-store.ts';

export interface Summarizer {
  summarize(article: Article, options?: SummarizeOptions): Summary;
}

/** Everything a command or job needs, built once in src/index.ts and passed explicitly. */
export interface AppContext {
  config: Config;
  /** feeds/digests: createFeedStore(kv) / createDigestStore(kv) on the same KeyValueStore. */
  store: { kv: KeyValueStore; stories: StoryStore; feeds: FeedStore; digests: DigestStore };
  fetcher: Fetcher;
  summarizer: Summarizer;
  logger: Logger;
  clock: Clock;
}
