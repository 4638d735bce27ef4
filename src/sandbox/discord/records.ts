/** New guild and member records, with Discord's defaults for what the caller leaves out. */
import type { SnowflakeFactory } from './snowflake.ts';
import type { GuildRecord, MemberRecord } from './types.ts';

export interface GuildInput {
  id?: string;
  name?: string;
  ownerId?: string;
  /** The channel Discord creates with a guild: "general" with a new id unless given. */
  systemChannel?: { id?: string; name?: string };
}

export function newGuildRecord(ids: SnowflakeFactory, input: GuildInput): GuildRecord {
  const id = input.id ?? ids.nextGuild();
  const systemChannelId = input.systemChannel?.id ?? ids.next();
  const guild: GuildRecord = {
    id,
    name: input.name ?? `Guild ${id.slice(-4)}`,
    owner_id: input.ownerId ?? ids.next(),
    system_channel_id: systemChannelId,
    systemChannel: systemChannelId,
    joined_at: new Date().toISOString(),
    channels: new Map(),
    members: new Map(),
  };
  guild.channels.set(systemChannelId, {
    id: systemChannelId,
    guild_id: id,
    name: input.systemChannel?.name ?? 'general',
    type: 0,
    position: 0,
    botPermissions: null,
  });
  return guild;
}

export function newMemberRecord(
  id: string,
  input: { username?: string; permissions?: bigint | string },
): MemberRecord {
  const username = input.username ?? `user${id.slice(-4)}`;
  return {
    user: { id, username, discriminator: '0', global_name: username, avatar: null },
    permissions: BigInt(input.permissions ?? 0n),
    joined_at: new Date().toISOString(),
  };
}
