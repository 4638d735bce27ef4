import type { Config } from '../../config.ts';
import { memoryCoordination } from './memory.ts';
import type { Coordination } from './types.ts';

/**
 * The Redis that processes share for limits, single-flight and job queues: REDIS_URL, or the
 * store itself when STORE_URL is a Redis. None: one process, everything in memory.
 */
export function coordinationRedisUrl(config: Pick<Config, 'REDIS_URL' | 'STORE_URL'>): string | null {
  if (config.REDIS_URL) return config.REDIS_URL;
  return /^rediss?:\/\//i.test(config.STORE_URL) ? config.STORE_URL : null;
}

export async function openCoordination(config: Config): Promise<Coordination> {
  const url = coordinationRedisUrl(config);
  const summaryLimit = config.SUMMARY_RATE_LIMIT;
  if (!url) return memoryCoordination({ summaryLimit });
  // The Redis client is loaded only when there is a Redis: one process on SQLite never holds it.
  const { redisCoordination } = await import('./redis.ts');
  return redisCoordination(url, { summaryLimit });
}
