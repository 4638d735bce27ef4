import { MemoryKeyValueStore } from './memory.ts';
import { checkNamespace, StorageError, type NamespacedKeyValueStore } from './keyv-store.ts';

export { StorageError, type NamespacedKeyValueStore };

export const DEFAULT_STORE_URL = 'sqlite://data/newsbrief.sqlite';
export const DEFAULT_NAMESPACE = 'newsbrief';

export interface OpenStoreOptions {
  /** Prefix for every key and index, so several apps or test runs can share one database. */
  namespace?: string;
}

/** The URL without its password, for messages and logs. */
export function describeStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** Namespace isolation for memory:// (one process, but the same key layout rules as real backends). */
class NamespacedMemoryStore extends MemoryKeyValueStore implements NamespacedKeyValueStore {
  constructor(readonly namespace: string) {
    super();
  }

  async clear(): Promise<void> {
    this.reset();
  }
}

/**
 * Opens the store named by `url`: sqlite://path/to/file.sqlite (relative to the working
 * directory; sqlite:///absolute/path), redis://host:port[/db] (or rediss://),
 * postgres://user@host:port/db, or memory:// for a throwaway in-process store.
 * Rejects when the backend cannot be reached, with the backend's error as `cause`.
 */
export async function openKeyValueStore(
  url: string = DEFAULT_STORE_URL,
  options: OpenStoreOptions = {},
): Promise<NamespacedKeyValueStore> {
  const namespace = checkNamespace(options.namespace ?? DEFAULT_NAMESPACE);
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'memory':
      return new NamespacedMemoryStore(namespace);
    case 'sqlite': {
      const file = decodeURIComponent(url.slice('sqlite://'.length).split('?')[0] ?? '');
      if (!file || file === ':memory:') {
        throw new StorageError('A sqlite:// store needs a file path (use memory:// for a throwaway store).');
      }
      // Each driver is loaded only for its own URL: a process holds one of them, not all three.
      const { openSqliteStore } = await import('./sqlite.ts');
      return openSqliteStore(file, namespace);
    }
    case 'redis':
    case 'rediss': {
      const { openRedisStore } = await import('./redis.ts');
      return openRedisStore(url, namespace, describeStoreUrl(url));
    }
    case 'postgres':
    case 'postgresql': {
      const { openPostgresStore } = await import('./postgres.ts');
      return openPostgresStore(url, namespace, describeStoreUrl(url));
    }
    default:
      throw new StorageError(
        `Unsupported store URL "${describeStoreUrl(url)}": use sqlite://, redis://, rediss://, postgres:// or memory://.`,
      );
  }
}
