import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeyValueStore } from '../../../src/services/store/open.ts';
import { StorageError } from '../../../src/services/store/keyv-store.ts';

const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;

/** A TCP relay to a real server that can be cut, to play an outage in the middle of a run. */
async function startRelay(target: URL): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function viaRelay(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('a backend that goes away', () => {
  for (const [name, url] of [
    ['redis', REDIS_URL],
    ['postgres', DATABASE_URL],
  ] as const) {
    it.skipIf(!url)(`${name}: get, set and index calls reject instead of returning nothing`, async () => {
      const relay = await startRelay(new URL(url!));
      const store = await openKeyValueStore(viaRelay(url!, relay.port), { namespace: `dead-${process.pid}` });
      cleanups.push(() => store.close());
      await store.set('k', 'v');
      expect(await store.get('k')).toBe('v');
      await store.delete('k');
      await relay.cut();
      const failure = await store.get('k').catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as Error).cause).toBeDefined();
      await expect(store.set('k', 'v')).rejects.toThrow(StorageError);
      await expect(store.indexAdd('i', 'm', 1)).rejects.toThrow(StorageError);
      await expect(store.setIfAbsent('k', 'v')).rejects.toThrow(StorageError);
    });
  }
});
