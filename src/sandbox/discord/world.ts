/** The guilds, channels, members and messages the fake Discord holds (their Discord JSON: wire-json.ts). */
export { DEFAULT_BOT_PERMISSIONS, Permission } from './permissions.ts';
import { computePings } from './mentions.ts';
import { DEFAULT_BOT_PERMISSIONS } from './permissions.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import * as wire from './wire-json.ts';
import type {
  ChannelRecord,
  DmChannelRecord,
  MessagePings,
  GuildRecord,
  MemberRecord,
  StoredMessage,
  UserRecord,
} from './types.ts';

/** What happened to a message: the sandbox page follows these to show the channel live. */
export type MessageChange = 'create' | 'update' | 'delete';
export type MessageListener = (message: StoredMessage, change: MessageChange) => void;

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

  // The Discord JSON shapes live in wire-json.ts; these keep the world's callers short.
  channelJson(guild: GuildRecord, channel: ChannelRecord): Record<string, unknown> {
    return wire.channelJson(this, guild, channel);
  }

  threadJson(guild: GuildRecord, channel: ChannelRecord): Record<string, unknown> {
    return wire.threadJson(this, guild, channel);
  }

  memberJson(member: MemberRecord, roles: string[] = []): Record<string, unknown> {
    return wire.memberJson(this, member, roles);
  }

  guildJson(guild: GuildRecord): Record<string, unknown> {
    return wire.guildJson(this, guild);
  }

  guildCreateJson(guild: GuildRecord): Record<string, unknown> {
    return wire.guildCreateJson(this, guild);
  }

  messageJson(message: StoredMessage): Record<string, unknown> {
    return wire.messageJson(this, message);
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
