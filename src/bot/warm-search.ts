import type { Logger } from 'pino';
import type { StoryStore } from '../services/store/types.ts';

/**
 * A server's first /search builds its search index from every stored story (about 2 s for 10,000),
 * so at start the bot builds the indexes of the servers it is in, in the background, one server at
 * a time (each build yields to the event loop, so interactions are answered meanwhile).
 */
export interface SearchWarmUp {
  /** Resolves when every server is done (or failed, which is logged). */
  readonly done: Promise<void>;
  /** Starts no further server and waits for the one being built. */
  stop(): Promise<void>;
}

export function warmSearchIndexes(
  stories: StoryStore,
  guildIds: readonly string[],
  logger: Logger,
): SearchWarmUp {
  let stopped = false;
  const done = (async () => {
    for (const guildId of guildIds) {
      if (stopped) return;
      try {
        await stories.warmSearch(guildId);
      } catch (error) {
        // The server's first search builds it again and reports a failure to the member.
        logger.error({ err: error, guildId }, 'could not build the search index at start');
      }
    }
  })();
  return {
    done,
    async stop() {
      stopped = true;
      await done;
    },
  };
}
