/**
 * Public entry point of the local Discord-compatible server used by the sandbox, end-to-end tests and benchmarks.
 *
 *   const server = await startDiscordServer({ interactionTimeoutMs: 3000 });
 *   const guild = server.addGuild({ name: 'Newsroom' });        // has a system channel "general"
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl } });
 *   await client.login(server.botToken);                         // then wait for 'clientReady'
 *   const handle = server.sendSlashCommand({ guildId: guild.id, channelId: guild.system_channel_id, userId, name: 'summarize', options: [{ name: 'url', value }] });
 *   await handle.waitForAck(); const reply = await handle.waitForResponse((m) => m.embeds.length > 0);
 *   const file = server.addAttachment({ filename: 'story.txt', content: 'Headline\n\nBody…' });
 *   server.sendSlashCommand({ …, options: [{ name: 'file', value: file.id }] }); // bytes served at file.url
 *   await client.destroy(); await server.close();
 */
import { resolveOptions } from './options.ts';
import { DiscordServer } from './server.ts';
import type { DiscordServerOptions } from './types.ts';

export { DiscordServer } from './server.ts';
export { InteractionHandle } from './interaction-handle.ts';
export { Permission, DEFAULT_BOT_PERMISSIONS } from './permissions.ts';
export type { MessageChange, MessageListener } from './world.ts';
export type {
  AutocompleteInput,
  ButtonInput,
  MessageCommandInput,
  SlashCommandInput,
  SlashOption,
} from './interaction-payloads.ts';
export type * from './types.ts';
export type { AttachmentInput, AttachmentJson } from './attachments.ts';

/** Starts the server on 127.0.0.1 (a free port by default). Point discord.js at it with `rest: { api: server.apiUrl }`. */
export async function startDiscordServer(options: DiscordServerOptions = {}): Promise<DiscordServer> {
  const server = new DiscordServer(resolveOptions(options));
  await server.listen();
  return server;
}
