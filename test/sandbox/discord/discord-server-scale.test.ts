/** Self-test: the local Discord server at scale — sharded gateway sessions, /gateway/bot, the global limit. */
import { Client, GatewayIntentBits } from 'discord.js';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startDiscordServer, type DiscordServer } from '../../../src/sandbox/discord/index.ts';
import { SnowflakeFactory } from '../../../src/sandbox/discord/snowflake.ts';

const GUILDS = 3000;
const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** Opens a raw gateway socket, IDENTIFYs with `shard` and resolves with its close code (or READY). */
async function identifyRaw(server: DiscordServer, shard: [number, number]): Promise<number | 'ready'> {
  const socket = new WebSocket(server.gatewayUrl);
  await once(socket, 'open');
  const outcome = new Promise<number | 'ready'>((resolve) => {
    socket.on('message', (raw: Buffer) => {
      const payload = JSON.parse(raw.toString()) as { t?: string };
      if (payload.t === 'READY') resolve('ready');
    });
    socket.on('close', (code: number) => resolve(code));
  });
  socket.send(JSON.stringify({ op: 2, d: { token: server.botToken, intents: 1, shard, properties: {} } }));
  const result = await outcome;
  socket.terminate();
  return result;
}

describe('local Discord server at scale', () => {
  let server: DiscordServer;

  beforeAll(async () => {
    server = await startDiscordServer({ globalRateLimitPerSecond: 50 });
    for (let i = 0; i < GUILDS; i++) server.addGuild({ name: `Guild ${i}` });
  });
  afterAll(() => server.close());

  it('makes distinct, increasing ids even past 4,096 in one millisecond', () => {
    const ids = new SnowflakeFactory();
    const made = Array.from({ length: 10_000 }, () => BigInt(ids.next(1_700_000_000_000)));
    expect(new Set(made).size).toBe(made.length);
    expect(made.every((id, i) => i === 0 || id > made[i - 1]!)).toBe(true);
  });

  it('recommends a shard per 1,000 guilds and counts sessions against session_start_limit', async () => {
    const get = () =>
      fetch(`${server.apiUrl}/v10/gateway/bot`, { headers: { Authorization: `Bot ${server.botToken}` } });
    const before = (await (await get()).json()) as {
      shards: number;
      session_start_limit: { remaining: number; max_concurrency: number };
    };
    expect(before.shards).toBe(3);
    expect(await identifyRaw(server, [0, 2])).toBe('ready');
    const after = (await (await get()).json()) as typeof before;
    expect(after.session_start_limit.remaining).toBe(before.session_start_limit.remaining - 1);
  });

  it('closes an unsharded session over 2,500 guilds (4011) and an invalid shard (4010)', async () => {
    expect(await identifyRaw(server, [0, 1])).toBe(4011);
    expect(await identifyRaw(server, [2, 2])).toBe(4010);
  });

  it('gives each of two discord.js shards exactly the guilds (id >> 22) % 2 puts on it', async () => {
    const clients = [0, 1].map(
      (id) =>
        new Client({
          intents: [GatewayIntentBits.Guilds],
          rest: { api: server.apiUrl },
          shards: [id],
          shardCount: 2,
        }),
    );
    try {
      await Promise.all(
        clients.map(async (client) => {
          const ready = once(client, 'clientReady');
          await client.login(server.botToken);
          await ready;
        }),
      );
      const [zero, one] = clients.map((client) => [...client.guilds.cache.keys()]);
      expect(zero!.length + one!.length).toBe(GUILDS);
      expect(zero!.every((id) => shardOf(id, 2) === 0)).toBe(true);
      expect(one!.every((id) => shardOf(id, 2) === 1)).toBe(true);
      // Guilds made in one burst still spread over both shards.
      expect(Math.min(zero!.length, one!.length)).toBeGreaterThan(GUILDS / 3);
    } finally {
      await Promise.all(clients.map((client) => client.destroy()));
    }
  });

  it('answers requests over the global limit with global 429s, Discord headers and body', async () => {
    // A low limit, so the burst surely falls in one one-second window even on a busy machine.
    server.setGlobalRateLimit(3);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a fresh window
      const before = server.counters;
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(`${server.apiUrl}/v10/users/@me`, { headers: { Authorization: `Bot ${server.botToken}` } }),
        ),
      );
      const limited = answers.filter((answer) => answer.status === 429);
      expect(limited.length).toBeGreaterThanOrEqual(1);
      const first = limited[0]!;
      expect(first.headers.get('x-ratelimit-global')).toBe('true');
      expect(first.headers.get('x-ratelimit-scope')).toBe('global');
      expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await first.json()).toMatchObject({ global: true, message: 'You are being rate limited.' });
      const after = server.counters;
      expect(after.globalRateLimited - before.globalRateLimited).toBe(limited.length);
      expect(after.routeRateLimited).toBe(before.routeRateLimited);
    } finally {
      server.setGlobalRateLimit(50);
    }
  });

  it('counts the bot messages posted in each channel', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const guild = [...server.world.guilds.values()][7]!;
    const post = () =>
      fetch(`${server.apiUrl}/v10/channels/${guild.system_channel_id}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bot ${server.botToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: 'digest' }),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect(server.botMessageCounts().get(guild.system_channel_id)).toBe(2);
  });
});
