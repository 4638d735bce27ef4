/**
 * The server a sandbox user finds: one guild with #general, #news and #digest, an admin and a
 * regular member. Ids are fixed, so what the bot stored in data/sandbox.sqlite (stories, feeds,
 * digests, all keyed by guild and channel) still belongs to the same server after a restart.
 */
import { Permission, type DiscordServer } from './discord/index.ts';

export interface SandboxMember {
  id: string;
  name: string;
  /** What the page shows beside the name, and the group in the member list. */
  role: 'Admin' | 'Member';
}

export interface SandboxWorld {
  guildId: string;
  guildName: string;
  channels: { id: string; name: string; topic: string }[];
  members: SandboxMember[];
}

const GUILD_ID = '1311000000000000000';
const CHANNELS = [
  { id: '1311000000000000001', name: 'general', topic: 'Try NewsBrief here: type / to see its commands' },
  { id: '1311000000000000002', name: 'news', topic: 'Links worth reading; feeds can post here' },
  { id: '1311000000000000003', name: 'digest', topic: 'Scheduled digests appear here' },
];
const ADMIN = { id: '1311000000000000010', name: 'Ada', role: 'Admin' } as const;
const MEMBER = { id: '1311000000000000011', name: 'Sam', role: 'Member' } as const;

/** What @everyone may do in the sandbox: read, write, use commands. */
const MEMBER_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.ReadMessageHistory |
  Permission.UseApplicationCommands;

export function seedSandboxWorld(discord: DiscordServer): SandboxWorld {
  // The admin owns the server, as whoever creates a Discord server does: every permission.
  const [general, ...others] = CHANNELS;
  const guild = discord.addGuild({
    id: GUILD_ID,
    name: 'NewsBrief Sandbox',
    ownerId: ADMIN.id,
    systemChannel: { id: general?.id, name: general?.name },
  });
  for (const channel of others) discord.addChannel(guild.id, { id: channel.id, name: channel.name });
  discord.addMember(guild.id, {
    id: ADMIN.id,
    username: ADMIN.name,
    permissions: MEMBER_PERMISSIONS | Permission.ManageGuild,
  });
  discord.addMember(guild.id, { id: MEMBER.id, username: MEMBER.name, permissions: MEMBER_PERMISSIONS });
  return {
    guildId: guild.id,
    guildName: guild.name,
    channels: CHANNELS.map((c) => ({ ...c })),
    members: [{ ...ADMIN }, { ...MEMBER }],
  };
}
