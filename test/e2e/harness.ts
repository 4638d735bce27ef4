/** Starts the local Discord server, an article fixture server and the real bot (discord.js) wired together. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.ts';
import { deployCommands } from '../../src/deploy-commands.ts';
import { startBot, type BotOverrides, type RunningBot } from '../../src/index.ts';
import { startDiscordServer, type DiscordServer } from '../../src/sandbox/discord/index.ts';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../support/http-fixture-server.ts';
import { articlePage, HARBOUR_ARTICLE, ROVER_ARTICLE, sectionIndexPage } from './article-pages.ts';

export interface Harness {
  discord: DiscordServer;
  site: FixtureServer;
  bot: RunningBot;
  config: Config;
  guildId: string;
  channelId: string;
  storeFile: string;
  /** How many times the article server was asked for `path`. */
  hits(path: string): number;
  restartBot(): Promise<void>;
  close(): Promise<void>;
}

export function defaultRoutes(): Record<string, FixtureRoute> {
  return {
    '/news/harbour-reopens': { body: articlePage(HARBOUR_ARTICLE) },
    '/science/rover-ice': { body: articlePage(ROVER_ARTICLE) },
    '/world': { body: sectionIndexPage() },
    '/gone': { status: 404, body: '<html><body><h1>Page not found</h1></body></html>' },
  };
}

export function botConfig(
  discord: DiscordServer,
  storeFile: string,
  env: Record<string, string> = {},
): Config {
  const loaded = loadConfig({
    DISCORD_TOKEN: discord.botToken,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    STORE_URL: `sqlite://${storeFile}`,
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SUMMARY_RATE_LIMIT: '3',
    SHUTDOWN_GRACE_SECONDS: '2',
    // One summary worker per bot, however many cores the machine has: many bots run at once in tests.
    SUMMARY_WORKERS: '1',
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return loaded.config;
}

export async function startHarness(
  options: {
    env?: Record<string, string>;
    routes?: Record<string, FixtureRoute>;
    overrides?: BotOverrides;
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-e2e-'));
  const storeFile = join(dir, 'store.sqlite');
  const discord = await startDiscordServer();
  const guild = discord.addGuild({ name: 'Readers' });
  const site = await startFixtureServer(options.routes ?? defaultRoutes());
  const config = botConfig(discord, storeFile, options.env);
  await deployCommands(config);
  const logger = pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' });
  let bot = await startBot(config, { logger, ...options.overrides });

  const harness: Harness = {
    discord,
    site,
    get bot() {
      return bot;
    },
    config,
    guildId: guild.id,
    channelId: guild.system_channel_id,
    storeFile,
    hits: (path) => site.requests.filter((request) => request.path === path).length,
    async restartBot() {
      await bot.stop();
      bot = await startBot(config, { logger, ...options.overrides });
    },
    async close() {
      await bot.stop();
      await discord.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
