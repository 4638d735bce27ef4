import { mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKeyValueStore } from '../../../src/services/store/open.ts';
import type { NamespacedKeyValueStore } from '../../../src/services/store/keyv-store.ts';
import { keyValueStoreContract, type StoreFactory } from './key-value-store.contract.ts';
import { storyStoreContract } from './story-store.contract.ts';

const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;
const runId = `t${process.pid}-${Date.now().toString(36)}`;

/** Opens stores on one URL under a namespace unique to this run; cleanup wipes that namespace. */
function urlFactory(url: () => string, name: string): StoreFactory {
  const opened: NamespacedKeyValueStore[] = [];
  const namespace = `${runId}-${name}`;
  return {
    async open() {
      const store = await openKeyValueStore(url(), { namespace });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await opened[0]?.clear();
      await Promise.all(opened.splice(0).map((store) => store.close()));
    },
  };
}

/** The memory backend is one process: a second "instance" is the same store. */
function memoryFactory(): StoreFactory {
  let store: NamespacedKeyValueStore | undefined;
  return {
    async open() {
      store ??= await openKeyValueStore('memory://', { namespace: 'mem' });
      return store;
    },
    async cleanup() {
      await store?.close();
    },
  };
}

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});
function tempSqliteUrl(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbrief-store-'));
  tempDirs.push(dir);
  return `sqlite://${path.join(dir, 'nested', 'store.sqlite')}`;
}

describe('memory', () => {
  keyValueStoreContract(memoryFactory());
  storyStoreContract(memoryFactory());
});

describe('sqlite', () => {
  // One file shared by both suites and by the "second process" instances they open.
  const url = tempSqliteUrl();
  keyValueStoreContract(urlFactory(() => url, 'sqlite'));
  storyStoreContract(urlFactory(() => url, 'sqlite-stories'));

  it('keeps data across close and reopen', async () => {
    const file = tempSqliteUrl();
    const first = await openKeyValueStore(file, { namespace: 'persist' });
    await first.set('kept', { ok: 1 });
    await first.indexAdd('kept-index', 'm', 7);
    await first.close();
    const second = await openKeyValueStore(file, { namespace: 'persist' });
    expect(await second.get('kept')).toEqual({ ok: 1 });
    expect(await second.indexRange('kept-index')).toEqual([{ member: 'm', score: 7 }]);
    const otherNamespace = await openKeyValueStore(file, { namespace: 'other' });
    expect(await otherNamespace.get('kept')).toBeUndefined();
    await Promise.all([second.close(), otherNamespace.close()]);
  });

  it('rejects when the file cannot be created', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbrief-store-'));
    tempDirs.push(dir);
    const aFile = path.join(dir, 'plain-file');
    await writeFile(aFile, 'not a directory');
    const failure = await openKeyValueStore(`sqlite://${aFile}/x.sqlite`).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/SQLite/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });

  it('rejects operations after close instead of pretending', async () => {
    const store = await openKeyValueStore(tempSqliteUrl());
    await store.close();
    await expect(store.get('x')).rejects.toThrow(/closed/);
  });
});

describe.skipIf(!REDIS_URL)('redis', () => {
  keyValueStoreContract(urlFactory(() => REDIS_URL ?? '', 'redis'));
  storyStoreContract(urlFactory(() => REDIS_URL ?? '', 'redis-stories'));
});

describe.skipIf(!DATABASE_URL)('postgres', () => {
  keyValueStoreContract(urlFactory(() => DATABASE_URL ?? '', 'pg'));
  storyStoreContract(urlFactory(() => DATABASE_URL ?? '', 'pg-stories'));
});

describe('unreachable backends', () => {
  it('rejects opening Redis on a closed port, with the socket error as cause', async () => {
    const failure = await openKeyValueStore('redis://127.0.0.1:1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/Redis/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });

  it('rejects opening PostgreSQL on a closed port, with the driver error as cause', async () => {
    const failure = await openKeyValueStore('postgres://postgres@127.0.0.1:1/postgres').catch(
      (error: unknown) => error,
    );
    expect((failure as Error).message).toMatch(/PostgreSQL/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });

  it('rejects an unknown scheme', async () => {
    await expect(openKeyValueStore('ftp://x')).rejects.toThrow(/Unsupported store URL/);
  });
});
