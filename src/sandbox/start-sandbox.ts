/**
 * The sandbox: the local Discord-compatible server on 127.0.0.1, a server (guild) in it with
 * channels and members, the chat page and the sample articles on the same port, and the real bot,
 * unchanged, connected to it with its commands registered. Nothing here is a stand-in for the bot:
 * only Discord is local.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { deployCommands } from '../deploy-commands.ts';
import { startBotNow, type BotOverrides, type RunningBot } from '../bot/start-bot.ts';
import { startDiscordServer, type DiscordServer } from './discord/index.ts';
import { createLiveEvents } from './live-events.ts';
import { createPageApi } from './page-api.ts';
import { checkPageRequest, PageRequestError, sendJson } from './page-http.ts';
import { loadSampleArticles, serveSamples } from './samples.ts';
import { seedSandboxWorld, type SandboxWorld } from './sandbox-world.ts';
import { createStaticFiles } from './static-files.ts';

export const SANDBOX_STORE_URL = 'sqlite://data/sandbox.sqlite';
/** Discord's own limit: the first answer to an interaction within 3 seconds. */
const INTERACTION_TIMEOUT_MS = 3000;

export interface SandboxOptions {
  /** Defaults to config.SANDBOX_PORT; 0 picks a free port (tests). */
  port?: number;
  /** Defaults to data/sandbox.sqlite, apart from the real bot's store. */
  storeUrl?: string;
  logger: Logger;
  /** Passed to the bot: tests move the clock and tick the jobs every second. */
  botOverrides?: Pick<BotOverrides, 'clock' | 'schedulerExpression'>;
}

export interface RunningSandbox {
  /** "http://127.0.0.1:PORT/": the page. */
  url: string;
  discord: DiscordServer;
  world: SandboxWorld;
  bot: RunningBot;
  /** Stops the bot (waiting for interactions in flight), then closes the page's streams and the server. */
  stop(): Promise<void>;
}

export async function startSandbox(config: Config, options: SandboxOptions): Promise<RunningSandbox> {
  const discord = await startDiscordServer({
    port: options.port ?? config.SANDBOX_PORT,
    interactionTimeoutMs: INTERACTION_TIMEOUT_MS,
  });
  const port = Number(new URL(discord.origin).port);
  const world = seedSandboxWorld(discord);
  const articles = loadSampleArticles();
  const live = createLiveEvents(discord, (message) => discord.world.messageJson(message));
  const handlePage = createPageApi({
    discord,
    world,
    live,
    articles,
    interactionTimeoutMs: INTERACTION_TIMEOUT_MS,
  });
  const serveStatic = createStaticFiles(new URL('./web/', import.meta.url));

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    checkPageRequest(req, port);
    if (serveSamples(req, res, articles, discord.origin)) return;
    if (await handlePage(req, res)) return;
    if (await serveStatic(req, res)) return;
    throw new PageRequestError(404, 'Not found.');
  };
  discord.serveOtherPaths((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!(error instanceof PageRequestError))
        options.logger.error({ err: error }, 'sandbox page request failed');
      if (res.headersSent) return void res.end();
      const status = error instanceof PageRequestError ? error.status : 500;
      const message = error instanceof PageRequestError ? error.message : 'The sandbox hit an error.';
      sendJson(res, status, { ok: false, error: message });
    });
  });

  let bot: RunningBot;
  try {
    const botConfig: Config = {
      ...config,
      DISCORD_TOKEN: discord.botToken,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      DEV_GUILD_ID: undefined,
      STORE_URL: options.storeUrl ?? SANDBOX_STORE_URL,
      // The bot may read the sandbox's own sample pages and feed: this port of 127.0.0.1, nothing else.
      FETCH_ALLOW_PRIVATE_HOSTS: [...config.FETCH_ALLOW_PRIVATE_HOSTS, `127.0.0.1:${port}`],
    };
    await deployCommands(botConfig);
    bot = await startBotNow(botConfig, { logger: options.logger, ...options.botOverrides });
  } catch (error) {
    live.close();
    await discord.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `${discord.origin}/`,
    discord,
    world,
    bot,
    stop: () =>
      (stopping ??= (async () => {
        await bot.stop();
        live.close();
        await discord.close();
      })()),
  };
}
