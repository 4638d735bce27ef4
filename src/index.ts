import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig, loadDotEnv, type Config } from './config.ts';
import { SHARD_PROCESS_FLAG } from './bot/shard-flag.ts';
import type { BotOverrides, RunningBot } from './bot/start-bot.ts';

export type { BotOverrides, RunningBot } from './bot/start-bot.ts';

/** Connects to Discord and answers interactions; resolves once the gateway session is ready. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  // Loaded on demand: discord.js, the store drivers and the extractor take a while to load.
  const { startBotNow } = await import('./bot/start-bot.ts');
  return startBotNow(config, overrides);
}

/**
 * Entry point for `npm start`: config problems exit 1; with no DISCORD_TOKEN, or with `--sandbox`
 * (`npm run sandbox`), the local sandbox starts instead of a connection to Discord.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  loadDotEnv();
  // Started by the ShardingManager below: SHARDS in this process's environment is its shard id.
  const shardProcess = argv.includes(SHARD_PROCESS_FLAG);
  const loaded = loadConfig(undefined, { shardProcess });
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  const { config } = loaded;
  if (!config.DISCORD_TOKEN || argv.includes('--sandbox')) {
    const { runSandbox } = await import('./sandbox/run.ts');
    await runSandbox(config);
    return;
  }
  const { createLogger } = await import('./bot/start-bot.ts');
  const logger = createLogger(config);
  // Last-resort logging: a stray rejection must never take the bot down silently.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));

  // Signals are taken from the start: one that comes while the bot is still starting (connecting,
  // its summary workers loading) stops it as soon as it has started.
  let bot: { stop(): Promise<void> } | undefined;
  let pendingSignal: string | undefined;
  const shutdown = (signal: string) => {
    if (!bot) {
      pendingSignal = signal;
      return;
    }
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
  try {
    if (config.SHARDS !== undefined && !shardProcess) {
      // This process only supervises: one child process per gateway shard, each a whole bot.
      const { startShards } = await import('./bot/shard-manager.ts');
      bot = await startShards(config, fileURLToPath(import.meta.url), logger);
    } else {
      bot = await startBot(config, { logger });
    }
  } catch (error) {
    logger.fatal({ err: error }, 'could not start NewsBrief');
    process.exit(1);
  }
  if (pendingSignal) shutdown(pendingSignal);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
