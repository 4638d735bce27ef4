/** Shapes the local Discord-compatible server keeps and exposes to tests. JSON fields use Discord's snake_case. */

export interface DiscordServerOptions {
  port?: number;
  /** Bot-token requests per second before a global 429 (interaction endpoints excluded). */
  globalRateLimitPerSecond?: number;
  /** Messages per channel per window; null turns the per-channel limit off. */
  channelRateLimit?: { count: number; windowMs: number } | null;
  /** How long an interaction may wait for its first callback before 10062 Unknown interaction. */
  interactionTimeoutMs?: number;
  /** How long an interaction token stays valid for edits and follow-ups. */
  interactionTokenTtlMs?: number;
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
  /** Window in which nonce + enforce_nonce returns the first message. */
  nonceWindowMs?: number;
  /** GET /gateway/bot recommends ceil(guilds / this) shards (Discord: about 1,000). */
  guildsPerRecommendedShard?: number;
  /** An IDENTIFY whose shard would hold more guilds is closed with 4011 Sharding required (Discord: 2,500). */
  maxGuildsPerShard?: number;
  /** session_start_limit.total of GET /gateway/bot; remaining counts down with each session started. */
  sessionStartLimit?: number;
  botToken?: string;
}

export interface ResolvedOptions {
  port: number;
  globalRateLimitPerSecond: number;
  channelRateLimit: { count: number; windowMs: number } | null;
  interactionTimeoutMs: number;
  interactionTokenTtlMs: number;
  maxConcurrency: number;
  heartbeatIntervalMs: number;
  nonceWindowMs: number;
  guildsPerRecommendedShard: number;
  maxGuildsPerShard: number;
  sessionStartLimit: number;
  botToken: string;
}

export interface UserRecord {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface ChannelRecord {
  id: string;
  guild_id: string;
  name: string;
  type: number;
  position: number;
  /** Bot permissions in this channel; null = everything the bot role grants (a thread: its parent's). */
  botPermissions: bigint | null;
  /** A thread's parent channel (text, announcement or forum). */
  parent_id?: string | null;
  /** Set on threads (types 10, 11, 12) and forum posts. */
  thread?: ThreadState;
  /** Set on forum channels (type 15). */
  forum?: ForumSettings;
}

export interface ThreadState {
  archived: boolean;
  locked: boolean;
  auto_archive_duration: number;
  archive_timestamp: string;
  create_timestamp: string;
  owner_id: string;
  /** A forum post's tags (ids of its forum's available tags). */
  applied_tags: string[];
}

export interface ForumTag {
  id: string;
  name: string;
}

export interface ForumSettings {
  tags: ForumTag[];
  /** Discord's REQUIRE_TAG channel flag: a post without a tag is refused (40067). */
  requireTag: boolean;
}

/** A guild role besides @everyone and the bot's managed role. */
export interface RoleRecord {
  id: string;
  name: string;
  /** Anyone may ping it; otherwise only with Mention Everyone. */
  mentionable: boolean;
}

/** Who a message actually pinged, after allowed_mentions and permissions: what a member would be notified of. */
export interface MessagePings {
  everyone: boolean;
  roles: string[];
  users: string[];
}

/** A direct-message channel (type 1) between the bot and one user. */
export interface DmChannelRecord {
  id: string;
  recipient: UserRecord;
}

export interface MemberRecord {
  user: UserRecord;
  permissions: bigint;
  joined_at: string;
}

export interface GuildRecord {
  id: string;
  name: string;
  owner_id: string;
  /** The "general" channel created with the guild (tests send their commands there). */
  system_channel_id: string;
  /** What Discord reports as the system channel: "general" at first, null once admins turn it off. */
  systemChannel: string | null;
  joined_at: string;
  channels: Map<string, ChannelRecord>;
  members: Map<string, MemberRecord>;
  /** Roles added by tests (absent: only @everyone and the bot's role). */
  roles?: Map<string, RoleRecord>;
}

export interface EmbedJson {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
  [key: string]: unknown;
}

/** A message as the server stores it, including what the bot sent (allowed_mentions, nonce). */
export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  content: string;
  embeds: EmbedJson[];
  components: unknown[];
  attachments: { id: string; filename: string; size: number }[];
  allowed_mentions?: unknown;
  /** Who the message pinged (computed when it is stored or edited). */
  pings?: MessagePings;
  nonce?: string | number;
  flags: number;
  type: number;
  author: UserRecord;
  timestamp: string;
  edited_timestamp: string | null;
  /** Set for interaction responses (the application id). */
  webhook_id?: string;
  /** For interaction responses: which command, used by whom (Discord's `interaction` and `interaction_metadata`). */
  interaction?: InteractionInvoker;
  /** Monotonic time (performance.now()) of creation and last edit. */
  createdAt: number;
  editedAt?: number;
  deleted?: boolean;
}

/** The interaction a response answers: shown as "<user> used /<name>", and who may see an ephemeral one. */
export interface InteractionInvoker {
  id: string;
  type: number;
  name: string;
  user: UserRecord;
}

export interface RequestLogEntry {
  method: string;
  /** Route template, e.g. "/channels/{channel_id}/messages". */
  route: string;
  /** Actual path under /api/v10, e.g. "/channels/123/messages". */
  path: string;
  status: number;
  /** Monotonic time the answer was sent. */
  time: number;
}

export interface RegisteredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  description: string;
  type: number;
  options?: unknown[];
  default_member_permissions: string | null;
  version: string;
  [key: string]: unknown;
}

export interface AckRecord {
  type: number;
  data: Record<string, unknown> | undefined;
  flags: number;
}
