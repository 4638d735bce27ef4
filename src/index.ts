import { pathToFileURL } from 'node:url';
import { loadConfig, loadDotEnv, type Config } from './config.ts';
import type { BotOverrides, RunningBot } from './bot/start-bot.ts';

export type { BotOverrides, RunningBot } from './bot/start-bot.ts';

/** Connects to Discord and answers interactions; resolves once the gateway session is ready. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  // Loaded on demand: discord.js, the store drivers and the extractor take a while to load.
  const { startBotNow } = await import('./bot/start-bot.ts');
  return startBotNow(config, overrides);
}

function printSetupHelp(): void {
  console.log(
    [
      'NewsBrief needs a Discord bot token to connect.',
      '  1. Copy .env.example to .env',
      '  2. Set DISCORD_TOKEN and DISCORD_CLIENT_ID (Discord developer portal → your application → Bot),',
      '     optionally DEV_GUILD_ID, STORE_URL and LOG_LEVEL.',
      '  3. npm run deploy-commands, then npm start',
      '',
      'Try the summarizer offline meanwhile:',
      '  npx newsbrief summarize test/fixtures/seed-article/input.txt',
      '  npx newsbrief summarize https://example.com/some-article',
    ].join('\n'),
  );
}

/** Entry point for `npm start`: config problems exit 1, no token prints setup help and exits 0. */
export async function main(): Promise<void> {
  loadDotEnv();
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  const { config } = loaded;
  if (!config.DISCORD_TOKEN) {
    printSetupHelp();
    process.exit(0);
  }
  const { createLogger } = await import('./bot/start-bot.ts');
  const logger = createLogger(config);
  // Last-resort logging: a stray rejection must never take the bot down silently.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));

  let bot: RunningBot;
  try {
    bot = await startBot(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start NewsBrief');
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
