import { ChannelType, PermissionFlagsBits, type Guild } from 'discord.js';
import type { ChannelKind } from '../services/posting.ts';

/** Whether the bot can post where a feed or digest says, from discord.js's own view of the server. */
export type ChannelAccess =
  | { kind: 'ok' }
  /** The bot has no (complete) view of the server: nothing is claimed either way. */
  | { kind: 'unknown' }
  | { kind: 'missing' }
  | { kind: 'no_permission'; missing: string[] };

type Needed = readonly (readonly [string, bigint])[];

const VIEW = ['View Channel', PermissionFlagsBits.ViewChannel] as const;
const EMBEDS = ['Embed Links', PermissionFlagsBits.EmbedLinks] as const;
const IN_THREADS = ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads] as const;
/** What posting needs, per kind of channel (a forum's "Create Posts" is Send Messages underneath). */
const NEEDED: Record<ChannelKind, Needed> = {
  text: [VIEW, ['Send Messages', PermissionFlagsBits.SendMessages], EMBEDS],
  thread: [VIEW, IN_THREADS, EMBEDS],
  forum: [VIEW, ['Create Posts', PermissionFlagsBits.SendMessages], IN_THREADS, EMBEDS],
};
const START_THREADS = ['Create Public Threads', PermissionFlagsBits.CreatePublicThreads] as const;

/** The kind of channel a Discord channel type is, for where a feed or digest posts. */
export function channelKindOfType(type: number | null | undefined): ChannelKind {
  if (type === ChannelType.GuildForum || type === ChannelType.GuildMedia) return 'forum';
  if (
    type === ChannelType.PublicThread ||
    type === ChannelType.PrivateThread ||
    type === ChannelType.AnnouncementThread
  )
    return 'thread';
  return 'text';
}

export type ChannelAccessCheck = (
  channelId: string,
  kind?: ChannelKind,
  options?: { startsThreads?: boolean },
) => ChannelAccess;

/** A check of channels in `guild` (the interaction's server, as the client caches it). */
export function channelAccessIn(guild: Guild | null): ChannelAccessCheck {
  return (channelId, kind = 'text', options = {}) => {
    const me = guild?.members.me;
    if (!guild || !me) return { kind: 'unknown' };
    const channel = guild.channels.cache.get(channelId);
    // Archived threads are not in the cache (Discord only sends the active ones): unknown, not gone.
    if (!channel) return kind === 'thread' ? { kind: 'unknown' } : { kind: 'missing' };
    const permissions = channel.permissionsFor(me);
    const needed = options.startsThreads ? [...NEEDED[kind], START_THREADS] : NEEDED[kind];
    const missing = needed.filter(([, bit]) => !permissions.has(bit)).map(([name]) => name);
    return missing.length > 0 ? { kind: 'no_permission', missing } : { kind: 'ok' };
  };
}
