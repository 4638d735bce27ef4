import type { KeyValueStore } from './store/types.ts';

/** A server's own settings (/settings), with defaults for servers that never set anything. */
export interface GuildSettings {
  /** offline (default): the built-in summarizer; llm: the configured language model writes the bullets. */
  summarizer: 'offline' | 'llm';
}

export const DEFAULT_GUILD_SETTINGS: GuildSettings = { summarizer: 'offline' };

const settingsKey = (guildId: string) => `guildsettings:${guildId}`;

export async function getGuildSettings(kv: KeyValueStore, guildId: string): Promise<GuildSettings> {
  return {
    ...DEFAULT_GUILD_SETTINGS,
    ...((await kv.get<Partial<GuildSettings>>(settingsKey(guildId))) ?? {}),
  };
}

export async function saveGuildSettings(
  kv: KeyValueStore,
  guildId: string,
  settings: GuildSettings,
): Promise<void> {
  await kv.set(settingsKey(guildId), settings);
}
