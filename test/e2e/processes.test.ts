import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscordServer, type DiscordServer } from '../../src/sandbox/discord/index.ts';
import { buildDigest } from '../../src/services/digest/manage.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server.ts';
import { freePort, hasRedisServer, startPrivateRedis, type PrivateRedis } from '../support/private-redis.ts';
import { articlePage, HARBOUR_ARTICLE } from './article-pages.ts';
import { compiled, deployCommandsWith, startNode, type NodeProcess } from './node-process.ts';

/**
 * Two bot processes (gateway shards 0 and 1 of one bot, each the compiled `dist/index.js` with discord.js)
 * sharing one Redis — the store, the limits and the job queues — against the local Discord server:
 * a digest is posted once, a URL asked for at once from both is fetched once, and a member's
 * summaries count against one limit on both.
 */
const EPHEMERAL = 1 << 6;
/** Snowflakes whose timestamps put them on shard 0 and shard 1 of two ((id >> 22) % 2). */
const GUILD_ON_SHARD = ['1258291200000000000', '1258291200004194305'];

interface BotProcess extends NodeProcess {
  metricsUrl: string;
}

/** One gateway shard: the compiled build `npm start` runs (lighter on a busy test machine than tsx). */
function startBotProcess(env: Record<string, string>): BotProcess {
  // --shard-process: SHARDS here is this process's shard id (given by a ShardingManager in production).
  const bot = startNode(compiled('index.js', '--shard-process'), env);
  return { ...bot, metricsUrl: `http://127.0.0.1:${env.METRICS_PORT}` };
}

describe.skipIf(!hasRedisServer)('two bot processes on one Redis', () => {
  let redis: PrivateRedis;
  let discord: DiscordServer;
  let site: FixtureServer;
  const bots: BotProcess[] = [];
  const guilds: { id: string; news: string; digest: string }[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    discord = await startDiscordServer();
    for (const id of GUILD_ON_SHARD) {
      const guild = discord.addGuild({ id, name: `Readers ${guilds.length}` });
      guilds.push({
        id: guild.id,
        news: discord.addChannel(guild.id, { name: 'news' }).id,
        digest: discord.addChannel(guild.id, { name: 'digest' }).id,
      });
    }
    site = await startFixtureServer({
      '/news/harbour-reopens': async (_request, response) => {
        // Slow enough that both requests are in flight together.
        await new Promise((resolve) => setTimeout(resolve, 400));
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(articlePage(HARBOUR_ARTICLE));
      },
    });
    const env = {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      STORE_URL: redis.url,
      REDIS_URL: redis.url,
      FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      SUMMARY_RATE_LIMIT: '3',
      WORKERS: '2',
      JOB_TICK_SECONDS: '1',
      LOG_LEVEL: 'warn',
      SHARD_COUNT: '2',
    };
    await deployCommandsWith(env);

    // Two digests per server, due this minute (set up an hour ago), before the bots start.
    const kv = await openKeyValueStore(redis.url);
    const now = new Date();
    const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
    for (const guild of guilds) {
      for (const channelId of [guild.digest, guild.news]) {
        const digest = buildDigest(
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
        );
        await createDigestStore(kv).save(digest);
      }
    }
    await kv.close();

    for (const shard of ['0', '1']) {
      bots.push(startBotProcess({ ...env, SHARDS: shard, METRICS_PORT: String(await freePort()) }));
    }
    await vi.waitFor(
      async () => {
        for (const bot of bots) {
          const health = await fetch(`${bot.metricsUrl}/healthz`).catch(() => null);
          if (health?.status !== 200) throw new Error(`not healthy yet:\n${bot.output()}`);
        }
      },
      { timeout: 60_000, interval: 200 },
    );
  }, 90_000);

  afterAll(async () => {
    for (const bot of bots) expect(await bot.stop()).toBe(0);
    await site?.close();
    await discord?.close();
    await redis?.stop();
  }, 30_000);

  it('each bot reports its store, Redis and gateway healthy', async () => {
    for (const bot of bots) {
      expect(await (await fetch(`${bot.metricsUrl}/healthz`)).json()).toEqual({
        status: 'ok',
        checks: { store: 'ok', redis: 'ok', gateway: 'ok' },
      });
    }
  });

  it('posts each due digest once, although both processes take jobs', async () => {
    const channels = guilds.flatMap((guild) => [guild.digest, guild.news]);
    await vi.waitFor(
      () => {
        for (const channelId of channels)
          expect(discord.channelMessages(channelId).length, channelId).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 100 },
    );
    // Several more ticks on both processes: still one each.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const channelId of channels) expect(discord.channelMessages(channelId), channelId).toHaveLength(1);
    const metrics = await Promise.all(
      bots.map(async (bot) => (await fetch(`${bot.metricsUrl}/metrics`)).text()),
    );
    const posted = metrics.map((text) =>
      Number(/^newsbrief_digests_posted_total (\d+)$/m.exec(text)?.[1] ?? 0),
    );
    expect(posted[0]! + posted[1]!).toBe(channels.length);
  }, 60_000);

  it('fetches a URL once when members of both servers ask for it at the same moment', async () => {
    const url = site.url('/news/harbour-reopens');
    const handles = guilds.map((guild, i) =>
      discord.sendSlashCommand({
        guildId: guild.id,
        channelId: guild.news,
        userId: `reader-${i}`,
        name: 'summarize',
        options: [{ name: 'url', value: url }],
      }),
    );
    const answers = await Promise.all(
      handles.map((handle) => handle.waitForResponse((m) => m.embeds.length > 0, 20_000)),
    );
    for (const answer of answers) expect(answer.embeds[0]?.title).toContain('Harbour');
    expect(site.requests.filter((request) => request.path === '/news/harbour-reopens')).toHaveLength(1);
  }, 30_000);

  it("counts a member's summaries on both processes against one limit", async () => {
    const summarize = (guildIndex: number, n: number) => {
      const guild = guilds[guildIndex]!;
      return discord.sendSlashCommand({
        guildId: guild.id,
        channelId: guild.news,
        userId: 'sam',
        name: 'summarize',
        options: [
          {
            name: 'text',
            value: `Budget vote number ${n}\n\nThe council approved budget ${n} on Monday after a long debate about the harbour and the schools.`,
          },
        ],
      });
    };
    // Three on shard 0's server, one on shard 1's: the fourth is refused there, privately.
    for (const n of [1, 2, 3]) await summarize(0, n).waitForResponse((m) => m.embeds.length > 0, 20_000);
    const refused = await summarize(1, 4).waitForResponse((m) => m.content !== '', 20_000);
    expect(refused.content).toMatch(/slow down.*try again in \d+ s/);
    expect(refused.flags & EPHEMERAL).not.toBe(0);
    const shard1 = await (await fetch(`${bots[1]!.metricsUrl}/metrics`)).text();
    expect(shard1).toContain('newsbrief_interactions_total{command="summarize",outcome="rate_limited"} 1');
  }, 60_000);
});
