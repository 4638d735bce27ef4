import { PermissionFlagsBits, type Guild } from 'discord.js';

/** Whether the bot can post where a feed or digest says, from discord.js's own view of the server. */
export type ChannelAccess =
  | { kind: 'ok' }
  /** The bot has no (complete) view of the server: nothing is claimed either way. */
  | { kind: 'unknown' }
  | { kind: 'missing' }
  | { kind: 'no_permission'; missing: string[] };

const NEEDED = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;

export type ChannelAccessCheck = (channelId: string) => ChannelAccess;

/** A check of channels in `guild` (the interaction's server, as the client caches it). */
export function channelAccessIn(guild: Guild | null): ChannelAccessCheck {
  return (channelId) => {
    const me = guild?.members.me;
    if (!guild || !me) return { kind: 'unknown' };
    const channel = guild.channels.cache.get(channelId);
    if (!channel) return { kind: 'missing' };
    const permissions = channel.permissionsFor(me);
    const missing = NEEDED.filter(([, bit]) => !permissions.has(bit)).map(([name]) => name);
    return missing.length > 0 ? { kind: 'no_permission', missing } : { kind: 'ok' };
  };
}
