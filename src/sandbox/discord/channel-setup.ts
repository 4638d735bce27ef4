/** Forums, threads and roles a test sets up in a guild (the DiscordServer's thin methods call these). */
import type { Gateway } from './gateway.ts';
import type { ChannelRecord, GuildRecord, RoleRecord } from './types.ts';
import type { World } from './world.ts';

export interface ForumInput {
  id?: string;
  name?: string;
  /** Names of the forum's tags (each gets an id). */
  tags?: string[];
  /** Posts without a tag are refused, as with Discord's "Require tags" setting. */
  requireTag?: boolean;
}

export interface ThreadInput {
  id?: string;
  name?: string;
  archived?: boolean;
  locked?: boolean;
}

export function addForum(
  world: World,
  gateway: Gateway,
  guild: GuildRecord,
  input: ForumInput,
): ChannelRecord {
  const forum: ChannelRecord = {
    id: input.id ?? world.nextId(),
    guild_id: guild.id,
    name: input.name ?? `forum-${guild.channels.size}`,
    type: 15,
    position: guild.channels.size,
    botPermissions: null,
    forum: {
      tags: (input.tags ?? []).map((name) => ({ id: world.nextId(), name })),
      requireTag: input.requireTag ?? false,
    },
  };
  guild.channels.set(forum.id, forum);
  gateway.guildIntentDispatch('CHANNEL_CREATE', world.channelJson(guild, forum), guild.id);
  return forum;
}

/** A public thread in a text channel (or a post in a forum), made by a member, not the bot. */
export function addThread(
  world: World,
  gateway: Gateway,
  guild: GuildRecord,
  parent: ChannelRecord,
  input: ThreadInput,
): ChannelRecord {
  const now = new Date().toISOString();
  const thread: ChannelRecord = {
    id: input.id ?? world.nextId(),
    guild_id: guild.id,
    name: input.name ?? `thread-${guild.channels.size}`,
    type: parent.type === 5 ? 10 : 11,
    position: 0,
    botPermissions: null,
    parent_id: parent.id,
    thread: {
      archived: input.archived ?? false,
      locked: input.locked ?? false,
      auto_archive_duration: 1440,
      archive_timestamp: now,
      create_timestamp: now,
      owner_id: guild.owner_id,
      applied_tags: [],
    },
  };
  guild.channels.set(thread.id, thread);
  gateway.guildIntentDispatch('THREAD_CREATE', world.channelJson(guild, thread), guild.id);
  return thread;
}

/** Archives, unarchives, locks or unlocks a thread as a moderator would; clients see a THREAD_UPDATE. */
export function setThreadState(
  world: World,
  gateway: Gateway,
  guild: GuildRecord,
  thread: ChannelRecord,
  state: { archived?: boolean; locked?: boolean },
): void {
  if (!thread.thread) throw new Error(`${thread.id} is not a thread`);
  if (state.archived !== undefined) thread.thread.archived = state.archived;
  if (state.locked !== undefined) thread.thread.locked = state.locked;
  thread.thread.archive_timestamp = new Date().toISOString();
  gateway.guildIntentDispatch('THREAD_UPDATE', world.channelJson(guild, thread), guild.id);
}

export function addRole(
  world: World,
  gateway: Gateway,
  guild: GuildRecord,
  input: { id?: string; name?: string; mentionable?: boolean },
): RoleRecord {
  const role: RoleRecord = {
    id: input.id ?? world.nextId(),
    name: input.name ?? 'role',
    mentionable: input.mentionable ?? true,
  };
  guild.roles ??= new Map();
  guild.roles.set(role.id, role);
  const json = (world.guildJson(guild).roles as { id: string }[]).find((r) => r.id === role.id);
  gateway.guildIntentDispatch('GUILD_ROLE_CREATE', { guild_id: guild.id, role: json }, guild.id);
  return role;
}

/** The role as Discord shows it (for data.resolved.roles). */
export function roleJson(
  world: World,
  guild: GuildRecord,
  roleId: string,
): Record<string, unknown> | undefined {
  return (world.guildJson(guild).roles as Record<string, unknown>[]).find((r) => r.id === roleId);
}
