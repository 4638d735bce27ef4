import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { connectRedis, type RedisClient } from '../redis-connection.ts';
import type { IndexEntry } from './types.ts';
import { KeyvBackedStore, StorageError, type AtomicOps, type IndexQuery } from './keyv-store.ts';

function bound(score: number): string {
  if (score === Infinity) return '+inf';
  if (score === -Infinity) return '-inf';
  return String(score);
}

/** Escapes glob characters so SCAN MATCH treats the prefix literally. */
function globPrefix(prefix: string): string {
  return `${prefix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}*`;
}

/** SET NX PX and sorted sets: each is one atomic Redis command. */
class RedisAtomicOps implements AtomicOps {
  constructor(private readonly client: RedisClient) {}

  async setIfAbsent(key: string, serialized: string, ttlMs: number | undefined): Promise<boolean> {
    const reply = await this.client.set(key, serialized, {
      condition: 'NX',
      ...(ttlMs === undefined ? {} : { expiration: { type: 'PX' as const, value: ttlMs } }),
    });
    return reply === 'OK';
  }

  async indexAdd(index: string, member: string, score: number): Promise<void> {
    await this.client.zAdd(index, { score, value: member });
  }

  async indexRemove(index: string, member: string): Promise<boolean> {
    return (await this.client.zRem(index, member)) > 0;
  }

  async indexRange(index: string, query: IndexQuery): Promise<IndexEntry[]> {
    const rev = query.order === 'desc';
    const count = Number.isFinite(query.limit) ? query.limit : -1;
    // With REV, ZRANGE takes the upper bound first.
    const [start, stop] = rev ? [query.maxScore, query.minScore] : [query.minScore, query.maxScore];
    const rows = await this.client.zRangeWithScores(index, bound(start), bound(stop), {
      BY: 'SCORE',
      REV: rev || undefined,
      LIMIT: { offset: query.offset, count },
    });
    return rows.map((row) => ({ member: String(row.value), score: Number(row.score) }));
  }

  async indexCount(index: string, minScore: number, maxScore: number): Promise<number> {
    return this.client.zCount(index, bound(minScore), bound(maxScore));
  }

  async clearPrefix(valuePrefix: string, indexPrefix: string): Promise<void> {
    for (const prefix of [valuePrefix, indexPrefix]) {
      for await (const keys of this.client.scanIterator({ MATCH: globPrefix(prefix), COUNT: 500 })) {
        if (keys.length > 0) await this.client.unlink(keys);
      }
    }
  }

  async close(): Promise<void> {
    // A client stuck reconnecting to a dead server cannot close politely; drop its socket instead.
    if (this.client.isReady) await this.client.close();
    else if (this.client.isOpen) this.client.destroy();
  }
}

/** Connects first so an unreachable server rejects here with the socket error as cause. */
export async function openRedisStore(
  url: string,
  namespace: string,
  label: string,
): Promise<KeyvBackedStore> {
  const client = await connectRedis(
    url,
    (error) => new StorageError(`Could not connect to Redis at ${label}: ${error.message}`, { cause: error }),
  );
  const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  keyv.on('error', () => {});
  return new KeyvBackedStore(keyv, new RedisAtomicOps(client), namespace, 'redis');
}
