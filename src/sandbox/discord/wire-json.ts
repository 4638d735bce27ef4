/**
 * The fake Discord's records as Discord's REST API and gateway show them: channels, threads,
 * members, guilds (with GUILD_CREATE's gateway-only fields) and messages.
 */
import { DEFAULT_BOT_PERMISSIONS, EVERYONE_PERMISSIONS } from './permissions.ts';
import type {
  ChannelRecord,
  GuildRecord,
  InteractionInvoker,
  MemberRecord,
  StoredMessage,
  UserRecord,
} from './types.ts';

/** What the shapes read of the world (world.ts), named here so that the two modules form no cycle. */
export interface World {
  readonly botUser: UserRecord;
  readonly applicationId: string;
  /** Channel id -> message ids in posting order. */
  readonly channelOrder: ReadonlyMap<string, readonly string[]>;
  botRoleId(guild: GuildRecord): string;
  channelMessages(channelId: string): readonly StoredMessage[];
  findUser(userId: string): UserRecord | undefined;
}

/** Discord's legacy `interaction` field (with the command name) and its `interaction_metadata`. */
function interactionFields(invoker: InteractionInvoker): Record<string, unknown> {
  return {
    interaction: { id: invoker.id, type: invoker.type, name: invoker.name, user: invoker.user },
    interaction_metadata: {
      id: invoker.id,
      type: invoker.type,
      user: invoker.user,
      authorizing_integration_owners: {},
    },
  };
}

export function channelJson(
  world: World,
  guild: GuildRecord,
  channel: ChannelRecord,
): Record<string, unknown> {
  if (channel.thread) return threadJson(world, guild, channel);
  const overwrites =
    channel.botPermissions === null
      ? []
      : [
          {
            id: world.botUser.id,
            type: 1,
            allow: channel.botPermissions.toString(),
            deny: (DEFAULT_BOT_PERMISSIONS & ~channel.botPermissions).toString(),
          },
        ];
  return {
    id: channel.id,
    guild_id: guild.id,
    name: channel.name,
    type: channel.type,
    position: channel.position,
    permission_overwrites: overwrites,
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: world.channelOrder.get(channel.id)?.at(-1) ?? null,
    rate_limit_per_user: 0,
    flags: channel.forum?.requireTag ? 1 << 4 : 0,
    ...(channel.forum
      ? {
          available_tags: channel.forum.tags.map((tag) => ({
            id: tag.id,
            name: tag.name,
            moderated: false,
            emoji_id: null,
            emoji_name: null,
          })),
          default_reaction_emoji: null,
          default_sort_order: null,
          default_forum_layout: 0,
          default_thread_rate_limit_per_user: 0,
        }
      : {}),
  };
}

/** A thread or forum post as Discord shows it: its parent, and its archived/locked state. */
export function threadJson(
  world: World,
  guild: GuildRecord,
  channel: ChannelRecord,
): Record<string, unknown> {
  const thread = channel.thread!;
  const messages = world.channelMessages(channel.id).length;
  return {
    id: channel.id,
    guild_id: guild.id,
    parent_id: channel.parent_id ?? null,
    owner_id: thread.owner_id,
    name: channel.name,
    type: channel.type,
    last_message_id: world.channelOrder.get(channel.id)?.at(-1) ?? null,
    message_count: messages,
    member_count: 1,
    total_message_sent: messages,
    rate_limit_per_user: 0,
    flags: 0,
    applied_tags: thread.applied_tags,
    thread_metadata: {
      archived: thread.archived,
      locked: thread.locked,
      auto_archive_duration: thread.auto_archive_duration,
      archive_timestamp: thread.archive_timestamp,
      create_timestamp: thread.create_timestamp,
    },
  };
}

export function memberJson(
  world: World,
  member: MemberRecord,
  roles: string[] = [],
): Record<string, unknown> {
  return {
    user: member.user,
    roles,
    joined_at: member.joined_at,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
  };
}

export function guildJson(world: World, guild: GuildRecord): Record<string, unknown> {
  const role = (id: string, name: string, permissions: bigint, position: number, managed: boolean) => ({
    id,
    name,
    permissions: permissions.toString(),
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    managed,
    mentionable: false,
    icon: null,
    unicode_emoji: null,
    flags: 0,
    ...(managed ? { tags: { bot_id: world.botUser.id } } : {}),
  });
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner_id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: guild.systemChannel,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    roles: [
      role(guild.id, '@everyone', EVERYONE_PERMISSIONS, 0, false),
      role(world.botRoleId(guild), world.botUser.username, DEFAULT_BOT_PERMISSIONS, 1, true),
      ...[...(guild.roles?.values() ?? [])].map((r, i) => ({
        ...role(r.id, r.name, 0n, i + 2, false),
        mentionable: r.mentionable,
      })),
    ],
    emojis: [],
    stickers: [],
  };
}

/** The GUILD_CREATE payload: the guild plus the gateway-only fields. */
export function guildCreateJson(world: World, guild: GuildRecord): Record<string, unknown> {
  const botMember: MemberRecord = {
    user: world.botUser,
    permissions: DEFAULT_BOT_PERMISSIONS,
    joined_at: guild.joined_at,
  };
  return {
    ...guildJson(world, guild),
    joined_at: guild.joined_at,
    large: false,
    unavailable: false,
    member_count: guild.members.size + 1,
    voice_states: [],
    members: [
      memberJson(world, botMember, [world.botRoleId(guild)]),
      ...[...guild.members.values()].map((m) => memberJson(world, m)),
    ],
    // Discord lists threads apart from channels, and only the active ones.
    channels: [...guild.channels.values()].filter((c) => !c.thread).map((c) => channelJson(world, guild, c)),
    threads: [...guild.channels.values()]
      .filter((c) => c.thread && !c.thread.archived)
      .map((c) => channelJson(world, guild, c)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The message as the REST API and the gateway show it. */
export function messageJson(world: World, message: StoredMessage): Record<string, unknown> {
  return {
    id: message.id,
    channel_id: message.channel_id,
    ...(message.guild_id ? { guild_id: message.guild_id } : {}),
    author: message.author,
    content: message.content,
    timestamp: message.timestamp,
    edited_timestamp: message.edited_timestamp,
    tts: false,
    mention_everyone: message.pings?.everyone ?? false,
    mentions: (message.pings?.users ?? []).map(
      (id) => world.findUser(id) ?? { id, username: `user${id.slice(-4)}`, discriminator: '0' },
    ),
    mention_roles: message.pings?.roles ?? [],
    attachments: message.attachments.map((a) => ({
      ...a,
      url: `https://cdn.invalid/${a.id}/${a.filename}`,
      proxy_url: '',
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: message.type,
    flags: message.flags,
    ...(message.nonce !== undefined ? { nonce: message.nonce } : {}),
    ...(message.webhook_id ? { webhook_id: message.webhook_id, application_id: world.applicationId } : {}),
    ...(message.interaction ? interactionFields(message.interaction) : {}),
  };
}
