import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Clock } from './services/clock.ts';
import type { Fetcher } from './services/fetch/types.ts';
import type { Article, SummarizeOptions, Summary } from './services/types.ts';
import type { KeyValueStore, StoryStore } from './services/store/types.ts';

export interface Summarizer {
  summarize(article: Article, options?: SummarizeOptions): Summary;
}

/** Everything a command or job needs, built once in src/index.ts and passed explicitly. */
export interface AppContext {
  config: Config;
  store: { kv: KeyValueStore; stories: StoryStore };
  fetcher: Fetcher;
  summarizer: Summarizer;
  logger: Logger;
  clock: Clock;
}
