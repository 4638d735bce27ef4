/**
 * SHARDS: the real entry point (src/index.ts) supervises one process per gateway shard; each shard
 * process holds the servers Discord puts on it and answers their interactions.
 */
import { createClient } from '@redis/client';
import { describe, expect, it } from 'vitest';
import { startDiscordServer } from '../../src/sandbox/discord/index.ts';
import { startNode, throughTsx } from './node-process.ts';

const REDIS_URL = process.env.REDIS_URL;
/** A database index of its own, so the shards' jobs see nothing other tests store. */
const storeUrl = (base: string) => `${base.replace(/\/\d*$/, '')}/13`;
const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

describe.skipIf(!REDIS_URL)('npm start with SHARDS', () => {
  it('runs SHARDS=auto as one process per recommended shard, each answering its own servers', async () => {
    const store = storeUrl(REDIS_URL ?? '');
    const redis = await createClient({ url: store }).connect();
    await redis.flushDb();
    await redis.quit();
    // Scaled down (one shard per 10 servers, at most 20 on one): 30 servers make Discord recommend
    // 3 shards and refuse one unsharded session, as 2,100 would with Discord's own numbers.
    const discord = await startDiscordServer({ guildsPerRecommendedShard: 10, maxGuildsPerShard: 20 });
    const guilds = Array.from({ length: 30 }, () => discord.addGuild());
    const run = startNode(throughTsx('src/index.ts'), {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      STORE_URL: store,
      SHARDS: 'auto',
      LOG_LEVEL: 'warn',
    });
    try {
      await discord.waitForGateway(() => discord.gateway.sessionsByShard().size === 3, 120_000);
      expect([...discord.gateway.sessionsByShard().keys()].sort()).toEqual(['0/3', '1/3', '2/3']);
      // One server from each shard: its shard's process answers /help.
      for (let shard = 0; shard < 3; shard++) {
        const guild = guilds.find((g) => shardOf(g.id, 3) === shard)!;
        let answered = false;
        for (let attempt = 0; attempt < 20 && !answered; attempt++) {
          const handle = discord.sendSlashCommand({
            guildId: guild.id,
            channelId: guild.system_channel_id,
            userId: '400000000000000001',
            name: 'help',
          });
          answered = await handle
            .waitForResponse((m) => m.embeds.length > 0, 3000)
            .then(
              () => true,
              () => false,
            );
        }
        expect(answered, `shard ${shard} answered; output:\n${run.output()}`).toBe(true);
      }
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      await discord.waitForGateway(() => discord.gateway.connectedSessions() === 0, 15_000);
    } finally {
      run.child.kill('SIGKILL');
      await discord.close();
    }
  }, 240_000);
});
