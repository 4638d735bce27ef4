/** The guilds, channels, members and messages the fake Discord holds, and their Discord JSON shapes. */
export { DEFAULT_BOT_PERMISSIONS, Permission } from './permissions.ts';
import { computePings } from './mentions.ts';
import { DEFAULT_BOT_PERMISSIONS, EVERYONE_PERMISSIONS } from './permissions.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type {
  ChannelRecord,
  DmChannelRecord,
  MessagePings,
  GuildRecord,
  InteractionInvoker,
  MemberRecord,
  StoredMessage,
  UserRecord,
} from './types.ts';

/** What happened to a message: the sandbox page follows these to show the channel live. */
export type MessageChange = 'create' | 'update' | 'delete';
export type MessageListener = (message: StoredMessage, change: MessageChange) => void;

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

export class World {
  readonly guilds = new Map<string, GuildRecord>();
  readonly messages = new Map<string, StoredMessage>();
  /** Channel id -> message ids in posting order. */
  readonly channelOrder = new Map<string, string[]>();
  readonly deletedChannels = new Set<string>();
  /** DM channels by id; Discord keeps one per user and hands the same one back on every open. */
  readonly dmChannels = new Map<string, DmChannelRecord>();
  /** Users whose privacy settings (or a block) refuse the bot's DMs: sends to them answer 50007. */
  readonly dmRefusers = new Set<string>();
  readonly botUser: UserRecord;
  readonly applicationId: string;
  private readonly messageListeners = new Set<MessageListener>();
  /** Channel id -> guild id, a cache for findChannel. */
  private readonly channelGuild = new Map<string, string>();
  private readonly botPosts = new Map<string, number>();

  constructor(private readonly ids: SnowflakeFactory) {
    this.applicationId = ids.next();
    // Discord bot user ids equal their application id.
    this.botUser = {
      id: this.applicationId,
      username: 'NewsBrief',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
  }

  nextId(): string {
    return this.ids.next();
  }

  findChannel(channelId: string): { guild: GuildRecord; channel: ChannelRecord } | undefined {
    // Channels are added to guild maps from several places; the index is a cache checked against them,
    // so a 10,000-guild world answers in O(1) without every writer having to keep it up to date.
    const known = this.guilds.get(this.channelGuild.get(channelId) ?? '');
    const cached = known?.channels.get(channelId);
    if (known && cached) return { guild: known, channel: cached };
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.get(channelId);
      if (channel) {
        this.channelGuild.set(channelId, guild.id);
        return { guild, channel };
      }
    }
    return undefined;
  }

  /** Messages the bot created per channel (deleted ones included), to find duplicates and gaps. */
  botMessageCounts(): Map<string, number> {
    return this.botPosts;
  }

  /** A user the world knows: a member of one of its guilds. */
  findUser(userId: string): UserRecord | undefined {
    for (const guild of this.guilds.values()) {
      const member = guild.members.get(userId);
      if (member) return member.user;
    }
    return undefined;
  }

  dmChannelWith(user: UserRecord): DmChannelRecord {
    const existing = [...this.dmChannels.values()].find((dm) => dm.recipient.id === user.id);
    if (existing) return existing;
    const dm = { id: this.ids.next(), recipient: user };
    this.dmChannels.set(dm.id, dm);
    return dm;
  }

  dmChannelJson(dm: DmChannelRecord): Record<string, unknown> {
    return {
      id: dm.id,
      type: 1,
      recipients: [dm.recipient],
      last_message_id: this.channelOrder.get(dm.id)?.at(-1) ?? null,
      flags: 0,
    };
  }

  botPermissionsIn(channel: ChannelRecord): bigint {
    if (channel.botPermissions !== null) return channel.botPermissions;
    // A thread has no overwrites of its own: what the bot may do there is what its parent allows.
    const parent = channel.parent_id ? this.findChannel(channel.parent_id)?.channel : undefined;
    return parent ? this.botPermissionsIn(parent) : DEFAULT_BOT_PERMISSIONS;
  }

  /** Who a message with this content and allowed_mentions pings in this channel (nobody in a DM). */
  pingsIn(channelId: string, content: string, allowedMentions: unknown): MessagePings {
    const found = this.findChannel(channelId);
    if (!found) return { everyone: false, roles: [], users: [] };
    return computePings(content, allowedMentions, found.guild, this.botPermissionsIn(found.channel));
  }

  botRoleId(guild: GuildRecord): string {
    // Derived rather than stored: one managed role per guild, stable for the guild's life.
    return (BigInt(guild.id) + 1n).toString();
  }

  channelJson(guild: GuildRecord, channel: ChannelRecord): Record<string, unknown> {
    if (channel.thread) return this.threadJson(guild, channel);
    const overwrites =
      channel.botPermissions === null
        ? []
        : [
            {
              id: this.botUser.id,
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
      last_message_id: this.channelOrder.get(channel.id)?.at(-1) ?? null,
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
  threadJson(guild: GuildRecord, channel: ChannelRecord): Record<string, unknown> {
    const thread = channel.thread!;
    const messages = this.channelMessages(channel.id).length;
    return {
      id: channel.id,
      guild_id: guild.id,
      parent_id: channel.parent_id ?? null,
      owner_id: thread.owner_id,
      name: channel.name,
      type: channel.type,
      last_message_id: this.channelOrder.get(channel.id)?.at(-1) ?? null,
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

  memberJson(member: MemberRecord, roles: string[] = []): Record<string, unknown> {
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

  guildJson(guild: GuildRecord): Record<string, unknown> {
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
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
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
        role(this.botRoleId(guild), this.botUser.username, DEFAULT_BOT_PERMISSIONS, 1, true),
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
  guildCreateJson(guild: GuildRecord): Record<string, unknown> {
    const botMember: MemberRecord = {
      user: this.botUser,
      permissions: DEFAULT_BOT_PERMISSIONS,
      joined_at: guild.joined_at,
    };
    return {
      ...this.guildJson(guild),
      joined_at: guild.joined_at,
      large: false,
      unavailable: false,
      member_count: guild.members.size + 1,
      voice_states: [],
      members: [
        this.memberJson(botMember, [this.botRoleId(guild)]),
        ...[...guild.members.values()].map((m) => this.memberJson(m)),
      ],
      // Discord lists threads apart from channels, and only the active ones.
      channels: [...guild.channels.values()].filter((c) => !c.thread).map((c) => this.channelJson(guild, c)),
      threads: [...guild.channels.values()]
        .filter((c) => c.thread && !c.thread.archived)
        .map((c) => this.channelJson(guild, c)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** The message as the REST API and the gateway show it. */
  messageJson(message: StoredMessage): Record<string, unknown> {
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
        (id) => this.findUser(id) ?? { id, username: `user${id.slice(-4)}`, discriminator: '0' },
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
      ...(message.webhook_id ? { webhook_id: message.webhook_id, application_id: this.applicationId } : {}),
      ...(message.interaction ? interactionFields(message.interaction) : {}),
    };
  }

  addMessage(message: StoredMessage): void {
    this.messages.set(message.id, message);
    if (message.author.id === this.botUser.id)
      this.botPosts.set(message.channel_id, (this.botPosts.get(message.channel_id) ?? 0) + 1);
    const order = this.channelOrder.get(message.channel_id) ?? [];
    order.push(message.id);
    this.channelOrder.set(message.channel_id, order);
    this.messageChanged(message, 'create');
  }

  deleteMessage(message: StoredMessage): void {
    message.deleted = true;
    this.messageChanged(message, 'delete');
  }

  /** Called on every create, edit and delete; returns a function that stops listening. */
  onMessageChange(listener: MessageListener): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  messageChanged(message: StoredMessage, change: MessageChange): void {
    for (const listener of this.messageListeners) listener(message, change);
  }

  /** Every non-deleted message of a channel, ephemeral ones included (each is shown only to its member). */
  channelMessagesWithEphemeral(channelId: string): StoredMessage[] {
    const ids = this.channelOrder.get(channelId) ?? [];
    return ids
      .map((id) => this.messages.get(id))
      .filter((m): m is StoredMessage => m !== undefined && !m.deleted);
  }

  /** Visible (non-deleted, non-ephemeral) messages of a channel, oldest first. */
  channelMessages(channelId: string): StoredMessage[] {
    const ids = this.channelOrder.get(channelId) ?? [];
    return ids
      .map((id) => this.messages.get(id))
      .filter((m): m is StoredMessage => m !== undefined && !m.deleted && (m.flags & 64) === 0);
  }
}
