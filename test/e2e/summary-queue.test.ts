import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordServer, type DiscordServer } from '../../src/sandbox/discord/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../support/private-redis.ts';
import { articlePage, HARBOUR_ARTICLE } from './article-pages.ts';
import { compiled, deployCommandsWith, startNode, type NodeProcess } from './node-process.ts';

/**
 * A gateway process that takes no jobs (WORKERS=0, as bench:scale's shards run) with Redis: it starts
 * no summary worker thread of its own, and members' summaries are read and written by a job worker
 * (`npm run worker`) through the summary queue. Both are the compiled processes, sharing one Redis.
 */
const EPHEMERAL = 1 << 6;

describe.skipIf(!hasRedisServer)('a gateway process with WORKERS=0 and a job worker', () => {
  let redis: PrivateRedis;
  let discord: DiscordServer;
  let site: FixtureServer;
  let env: Record<string, string>;
  let gateway: NodeProcess;
  let worker: NodeProcess | undefined;
  let guildId = '';
  let channelId = '';

  beforeAll(async () => {
    redis = await startPrivateRedis();
    discord = await startDiscordServer();
    const guild = discord.addGuild({ name: 'Readers' });
    guildId = guild.id;
    channelId = guild.system_channel_id;
    site = await startFixtureServer({
      '/news/harbour-reopens': { body: articlePage(HARBOUR_ARTICLE) },
    });
    env = {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      STORE_URL: redis.url,
      FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      SUMMARY_WORKERS: '1',
      SUMMARY_QUEUE_WAIT_SECONDS: '3',
      LOG_LEVEL: 'error',
    };
    await deployCommandsWith(env);
    gateway = startNode(compiled('index.js'), { ...env, WORKERS: '0' });
    await discord.waitForGateway(() => discord.gateway.sessionsByShard().size === 1, 60_000);
  }, 90_000);

  afterAll(async () => {
    expect(await gateway?.stop()).toBe(0);
    if (worker) expect(await worker.stop()).toBe(0);
    await site?.close();
    await discord?.close();
    await redis?.stop();
  }, 30_000);

  const summarize = (userId: string, option: { name: string; value: string }) =>
    discord.sendSlashCommand({ guildId, channelId, userId, name: 'summarize', options: [option] });

  it('tells the member NewsBrief is busy when no process takes the summary in time', async () => {
    const handle = summarize('ada', {
      name: 'text',
      value: 'Harbour news\n\nThe harbour reopened on Monday.',
    });
    const answer = await handle.waitForResponse((m) => m.content !== '', 20_000);
    expect(answer.content).toMatch(/busy.*try again/);
    expect(answer.embeds).toHaveLength(0);
    expect(answer.flags & EPHEMERAL).not.toBe(0);
  }, 30_000);

  it("answers members' links and pasted text with summaries made on the job worker", async () => {
    worker = startNode(compiled('worker.js'), env);
    const url = site.url('/news/harbour-reopens');
    const fromLink = await summarize('bo', { name: 'url', value: url }).waitForResponse(
      (m) => m.embeds.length > 0,
      30_000,
    );
    expect(fromLink.embeds[0]?.title).toContain('Harbour');
    const fromText = await summarize('cy', {
      name: 'text',
      value:
        'Ferries return to the harbour\n\n“We are back in business,” said Mayor Ana Ruiz on Tuesday. Ferries resume on Friday, officials said.',
    }).waitForResponse((m) => m.embeds.length > 0, 30_000);
    expect(fromText.embeds[0]?.title).toContain('Ferries');
    expect(site.requests.filter((request) => request.path === '/news/harbour-reopens')).toHaveLength(1);
    expect(gateway.output()).toBe('');
  }, 60_000);
});
