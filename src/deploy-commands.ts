import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commands } from './commands/index.ts';
import type { Command } from './commands/types.ts';
import { loadConfig, loadDotEnv, type Config } from './config.ts';

/**
 * Registers every command with Discord (one bulk PUT, so removed commands disappear too):
 * to DEV_GUILD_ID when set (instant, for development), else globally.
 */
export async function deployCommands(
  config: Config,
  list: readonly Command[] = commands,
): Promise<{ scope: 'global' | 'guild'; count: number }> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    throw new Error('DISCORD_TOKEN and DISCORD_CLIENT_ID are needed to register commands.');
  }
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const body = list.map((command) => command.data.toJSON());
  const route = config.DEV_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DEV_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const registered = (await rest.put(route, { body })) as unknown[];
  return { scope: config.DEV_GUILD_ID ? 'guild' : 'global', count: registered.length };
}

async function main(): Promise<void> {
  loadDotEnv();
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  try {
    const { scope, count } = await deployCommands(loaded.config);
    const where =
      scope === 'guild'
        ? `server ${loaded.config.DEV_GUILD_ID}`
        : 'all servers (may take up to an hour to appear)';
    console.log(`Registered ${count} commands for ${where}.`);
  } catch (error) {
    console.error(`Could not register commands: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
