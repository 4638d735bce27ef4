/** Several bot processes' REST clients through one proxy share Discord's 50/s global limit. */
import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestProxy, type RunningRestProxy } from '../../src/proxy/rest-proxy.ts';
import { startDiscordServer, type DiscordServer } from '../../src/sandbox/discord/index.ts';

// Discord's numbers scaled down (a 10/s global limit, the proxy at 8/s) so that the burst surely
// overshoots and the paced run surely does not, even on a busy machine.
const GLOBAL_LIMIT = 10;
const PROXY_RATE = 8;
const CLIENTS = 4;
const CHANNELS_PER_CLIENT = 2;
const MESSAGES_PER_CHANNEL = 5;

describe('REST proxy', () => {
  let server: DiscordServer;
  let proxy: RunningRestProxy;
  const clients: REST[] = [];

  beforeAll(async () => {
    server = await startDiscordServer({
      globalRateLimitPerSecond: GLOBAL_LIMIT,
      channelRateLimit: { count: 5, windowMs: 5000 },
    });
    proxy = await startRestProxy({ api: server.apiUrl, globalPerSecond: PROXY_RATE });
  });
  afterAll(async () => {
    for (const rest of clients) {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    }
    await proxy.close();
    await server.close();
  });

  /** Each client posts to its own channels at once, as one bot process's digest job would. */
  async function burst(api: string): Promise<string[]> {
    const channels: string[][] = [];
    const guild = server.addGuild();
    const runs = Array.from({ length: CLIENTS }, (_, c) => {
      const rest = new REST({ api, globalRequestsPerSecond: GLOBAL_LIMIT }).setToken(server.botToken);
      clients.push(rest);
      const mine = Array.from({ length: CHANNELS_PER_CLIENT }, () => server.addChannel(guild.id).id);
      channels.push(mine);
      return Promise.all(
        mine.flatMap((channelId) =>
          Array.from({ length: MESSAGES_PER_CHANNEL }, (_, m) =>
            rest.post(Routes.channelMessages(channelId), { body: { content: `client ${c} message ${m}` } }),
          ),
        ),
      );
    });
    await Promise.all(runs);
    return channels.flat();
  }

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('without the proxy, four clients each within the limit together meet global 429s', async () => {
    const before = server.counters.globalRateLimited;
    await burst(server.apiUrl);
    expect(server.counters.globalRateLimited).toBeGreaterThan(before);
  });

  it(
    'through the proxy, the same clients post every message with no global 429',
    { timeout: 30_000 },
    async () => {
      await wait(5100); // past the per-channel windows of the first case
      const before = server.counters;
      const channels = await burst(proxy.url);
      const after = server.counters;
      expect(after.globalRateLimited).toBe(before.globalRateLimited);
      expect(after.routeRateLimited).toBe(before.routeRateLimited);
      const counts = server.botMessageCounts();
      for (const channelId of channels) expect(counts.get(channelId)).toBe(MESSAGES_PER_CHANNEL);
      expect(proxy.counts.general).toBe(CLIENTS * CHANNELS_PER_CLIENT * MESSAGES_PER_CHANNEL);
    },
  );

  it('passes Discord errors through with their code', async () => {
    const rest = new REST({ api: proxy.url }).setToken(server.botToken);
    clients.push(rest);
    await expect(
      rest.post(Routes.channelMessages('123456789012345678'), { body: { content: 'x' } }),
    ).rejects.toMatchObject({ status: 404, code: 10003 });
  });
});

describe('REST proxy without Discord', () => {
  it('answers 502 when Discord cannot be reached, so the caller does not take it for a success', async () => {
    const proxy = await startRestProxy({ api: 'http://127.0.0.1:9/api', globalPerSecond: 48 });
    try {
      const answer = await fetch(`${proxy.url}/v10/users/@me`, { headers: { Authorization: 'Bot x' } });
      expect(answer.status).toBe(502);
    } finally {
      await proxy.close();
    }
  });
});

describe('REST proxy after a 429', () => {
  it('sends a post again with its content when Discord refuses it with a 429', async () => {
    // Discord at 2 requests/s and the proxy at 50/s: the proxy meets global 429s and retries.
    const server = await startDiscordServer({ globalRateLimitPerSecond: 2 });
    const proxy = await startRestProxy({ api: server.apiUrl, globalPerSecond: 50 });
    const rest = new REST({ api: proxy.url }).setToken(server.botToken);
    try {
      const guild = server.addGuild();
      const channels = Array.from({ length: 5 }, () => server.addChannel(guild.id).id);
      await Promise.all(
        channels.map((id) => rest.post(Routes.channelMessages(id), { body: { content: `for ${id}` } })),
      );
      expect(server.counters.globalRateLimited).toBeGreaterThan(0);
      for (const id of channels)
        expect(server.channelMessages(id).map((m) => m.content)).toEqual([`for ${id}`]);
    } finally {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      await proxy.close();
      await server.close();
    }
  }, 30_000);
});
