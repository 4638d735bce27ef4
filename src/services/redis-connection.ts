/**
 * One way to open a Redis client for the store and for coordination: connect first, so an
 * unreachable server rejects at start with the socket error as cause; after that, reconnect with
 * backoff as a long-running bot should, and fail commands at once while disconnected.
 */
import { createClient } from '@redis/client';

export type RedisClient = ReturnType<typeof createClient>;

const CONNECT_TIMEOUT_MS = 5_000;
const MAX_BACKOFF_MS = 3_000;

/** `failure` turns a first-connect error into the caller's own error (its message and kind). */
export async function connectRedis(url: string, failure: (error: Error) => Error): Promise<RedisClient> {
  let connected = false;
  const client: RedisClient = createClient({
    url,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number, cause: Error) =>
        connected ? Math.min(100 * 2 ** retries, MAX_BACKOFF_MS) : cause,
    },
    // While disconnected, commands reject instead of queueing forever.
    disableOfflineQueue: true,
  });
  client.on('error', () => {}); // failures surface as rejected commands
  try {
    await client.connect();
    connected = true;
  } catch (error) {
    if (client.isOpen) client.destroy();
    throw failure(error as Error);
  }
  return client;
}
