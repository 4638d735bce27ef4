import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startDiscordServer } from '../../src/sandbox/discord/index.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { buildDigest } from '../../src/services/digest/manage.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import { freePort, hasRedisServer, startPrivateRedis } from '../support/private-redis.ts';
import { compiled, startNode } from './node-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-worker-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run worker` as a process of its own (the compiled dist/worker.js it runs), with only `env` set. */
function startWorker(env: Record<string, string>) {
  return startNode(compiled('worker.js'), env, scratch);
}

describe('npm run worker', () => {
  it('refuses to start without Redis, saying what to set, and exits 1', async () => {
    const run = startWorker({
      DISCORD_TOKEN: 'token',
      DISCORD_CLIENT_ID: '123456789012345678',
      LOG_LEVEL: 'silent',
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(
      'NewsBrief worker could not start: a worker takes jobs from Redis: set REDIS_URL',
    );
  }, 30_000);

  it.skipIf(!hasRedisServer)(
    'takes a due digest from the queue and posts it through REST alone, reports health, stops on SIGTERM',
    async () => {
      const redis = await startPrivateRedis();
      const discord = await startDiscordServer();
      try {
        const guild = discord.addGuild({ name: 'Readers' });
        const channelId = discord.addChannel(guild.id, { name: 'digest' }).id;
        const kv = await openKeyValueStore(redis.url);
        const now = new Date();
        const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
        await createDigestStore(kv).save(
          buildDigest(
            {
              guildId: guild.id,
              channelId,
              time,
              timezone: 'UTC',
              days: { kind: 'daily' },
              createdBy: 'ada',
              postWhenEmpty: true,
            },
            new Date(now.getTime() - 3600_000),
          ),
        );
        await kv.close();
        const metricsPort = await freePort();
        const run = startWorker({
          DISCORD_TOKEN: discord.botToken,
          DISCORD_CLIENT_ID: discord.applicationId,
          DISCORD_API_URL: discord.apiUrl,
          STORE_URL: redis.url,
          JOB_TICK_SECONDS: '1',
          METRICS_PORT: String(metricsPort),
          LOG_LEVEL: 'warn',
        });
        await vi.waitFor(() => expect(discord.channelMessages(channelId)).toHaveLength(1), {
          timeout: 30_000,
          interval: 100,
        });
        const health = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
        expect(await health.json()).toEqual({ status: 'ok', checks: { store: 'ok', redis: 'ok' } });
        // Counted once the delivery is recorded, a moment after the message is in the channel.
        await vi.waitFor(
          async () =>
            expect(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()).toContain(
              'newsbrief_digests_posted_total 1',
            ),
          { timeout: 5_000, interval: 50 },
        );
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
        expect(run.stderr()).toBe('');
      } finally {
        await discord.close();
        await redis.stop();
      }
    },
    60_000,
  );
});
