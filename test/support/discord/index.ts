/** Public entry point of the local Discord-compatible server used by end-to-end tests and benchmarks. */
import { DiscordServer, resolveOptions } from './server.ts';
import type { DiscordServerOptions } from './types.ts';

export { DiscordServer } from './server.ts';
export { InteractionHandle } from './interaction-handle.ts';
export { Permission, DEFAULT_BOT_PERMISSIONS } from './world.ts';
export type {
  AutocompleteInput,
  ButtonInput,
  MessageCommandInput,
  SlashCommandInput,
  SlashOption,
} from './interaction-payloads.ts';
export type * from './types.ts';

/** Starts the server on 127.0.0.1 (a free port by default). Point discord.js at it with `rest: { api: server.apiUrl }`. */
export async function startDiscordServer(options: DiscordServerOptions = {}): Promise<DiscordServer> {
  const server = new DiscordServer(resolveOptions(options));
  await server.listen();
  return server;
}
