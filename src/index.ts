import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config } from './config.ts';
import { configOrExit, runUntilSignalled } from './process-lifecycle.ts';
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
  // Started by the ShardingManager below: SHARDS in this process's environment is its shard id.
  const shardProcess = argv.includes(SHARD_PROCESS_FLAG);
  const config = configOrExit({ shardProcess });
  if (!config.DISCORD_TOKEN || argv.includes('--sandbox')) {
    const { runSandbox } = await import('./sandbox/run.ts');
    await runSandbox(config);
    return;
  }
  const { createLogger } = await import('./bot/start-bot.ts');
  const logger = createLogger(config);
  await runUntilSignalled(logger, 'NewsBrief', async () => {
    if (config.SHARDS !== undefined && !shardProcess) {
      // This process only supervises: one child process per gateway shard, each a whole bot.
      const { startShards } = await import('./bot/shard-manager.ts');
      return startShards(config, fileURLToPath(import.meta.url), logger);
    }
    return startBot(config, { logger });
  });
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
