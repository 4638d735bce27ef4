import { Collection, LimitedCollection, type CacheFactory } from 'discord.js';

/**
 * What the bot keeps of each server in discord.js's caches. It reads, from the gateway's view: the
 * servers it is in (guild ids, search warm-up), their channels with their permission overwrites and
 * roles (channel-access.ts, posting-options.ts, digest.ts: can the bot post there, channel names),
 * and its own member in each server (`guild.members.me`, for those permission checks). Everything
 * else an interaction needs comes with the interaction (member, permissions, the message a menu
 * command targets), and posting goes through REST by channel id. So messages, presences, other
 * members and users, emojis, stickers, voice states, invites, bans, scheduled events, stage
 * instances, soundboard sounds, automod rules, reactions, thread members and application commands
 * are not kept at all.
 *
 * A discord.js cache is a Map per manager: a server has about twenty managers, so at 5,000 servers
 * a shard held about 90,000 mostly empty Maps (their hash tables ~15 MB of heap). A cache that keeps
 * nothing is the same for every manager, so they all share one: a LimitedCollection of size 0, which
 * drops every entry it is given (discord.js's own way of switching a cache off).
 */
const NEVER_CACHED = new Set([
  'ApplicationCommandManager',
  'ApplicationEmojiManager',
  'AutoModerationRuleManager',
  'BaseGuildEmojiManager',
  'EntitlementManager',
  'GuildBanManager',
  'GuildEmojiManager',
  'GuildInviteManager',
  'GuildScheduledEventManager',
  'GuildSoundboardSoundManager',
  'GuildStickerManager',
  'MessageManager',
  'PollAnswerVoterManager',
  'PresenceManager',
  'ReactionManager',
  'ReactionUserManager',
  'StageInstanceManager',
  'SubscriptionManager',
  'ThreadMemberManager',
  'VoiceStateManager',
]);

/** The bot's own user and member: kept in the user and member caches, nobody else is. */
const isOwn = (value: unknown): boolean => {
  const entry = value as { id?: string; client?: { user?: { id: string } | null } };
  return entry.id !== undefined && entry.id === entry.client?.user?.id;
};

/** discord.js's makeCache for the bot's Client (see above). */
export function botCacheFactory(): CacheFactory {
  const nothing = new LimitedCollection<unknown, unknown>({ maxSize: 0 });
  return ((managerType: { name: string }, _holds: unknown, manager: { name: string }) => {
    if (NEVER_CACHED.has(managerType.name) || NEVER_CACHED.has(manager.name)) return nothing;
    if (managerType.name === 'GuildMemberManager' || managerType.name === 'UserManager')
      return new LimitedCollection({ maxSize: 0, keepOverLimit: isOwn });
    return new Collection();
  }) as unknown as CacheFactory;
}
