/** The local Discord-compatible server: one node:http server for REST (/api) and the gateway (/gateway). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AttachmentStore, type AttachmentInput, type AttachmentJson } from './attachments.ts';
import {
  addForum,
  addRole,
  addThread,
  setThreadState,
  type ForumInput,
  type ThreadInput,
} from './channel-setup.ts';
import { Gateway } from './gateway.ts';
import type { InteractionHandle } from './interaction-handle.ts';
import type {
  AutocompleteInput,
  ButtonInput,
  MessageCommandInput,
  SlashCommandInput,
} from './interaction-payloads.ts';
import { InteractionSender } from './interaction-sender.ts';
import { InteractionRegistry } from './interactions.ts';
import { RestHandler } from './rest.ts';
import { postMemberMessage } from './messages.ts';
import { newGuildRecord, newMemberRecord, type GuildInput } from './records.ts';
import { buildRoutes } from './routes.ts';
import { SnowflakeFactory } from './snowflake.ts';
import type {
  GuildRecord,
  MemberRecord,
  RegisteredCommand,
  ResolvedOptions,
  StoredMessage,
  UserRecord,
} from './types.ts';
import { waitForGatewayState, waitForMessages } from './waits.ts';
import { World } from './world.ts';

export class DiscordServer {
  readonly botToken: string;
  readonly world: World;
  readonly gateway: Gateway;
  /** Registered commands: key "global" or a guild id, as last PUT. */
  readonly commandsByScope = new Map<string, RegisteredCommand[]>();
  private readonly ids = new SnowflakeFactory();
  private readonly interactions: InteractionRegistry;
  private readonly rest: RestHandler;
  private readonly http: Server;
  private readonly sender: InteractionSender;
  private readonly attachments: AttachmentStore;
  private port = 0;
  private otherPaths?: (req: IncomingMessage, res: ServerResponse) => void;

  constructor(readonly options: ResolvedOptions) {
    this.botToken = options.botToken;
    this.world = new World(this.ids);
    this.gateway = new Gateway(
      this.world,
      this.botToken,
      options.heartbeatIntervalMs,
      () => this.gatewayUrl,
      { maxGuildsPerShard: options.maxGuildsPerShard },
    );
    this.interactions = new InteractionRegistry(
      this.world,
      options.interactionTimeoutMs,
      options.interactionTokenTtlMs,
    );
    const routes = buildRoutes({
      world: this.world,
      gateway: this.gateway,
      interactions: this.interactions,
      options,
      commands: this.commandsByScope,
      gatewayUrl: () => this.gatewayUrl,
    });
    this.rest = new RestHandler(routes, options);
    this.attachments = new AttachmentStore(this.ids, () => `http://127.0.0.1:${this.port}`);
    this.sender = new InteractionSender(
      this.world,
      this.gateway,
      this.interactions,
      this.commandsByScope,
      (g, m) => this.addMember(g, m),
      (id) => this.attachments.get(id),
    );
    this.http = createServer((req, res) => {
      if (this.attachments.serve(req, res)) return;
      const isApi = /^\/api(\/|$)/.test(req.url ?? '/');
      if (!isApi && this.otherPaths) this.otherPaths(req, res);
      else void this.rest.handle(req, res);
    });
    this.http.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.options.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.http.address() as AddressInfo).port;
  }

  /** Answers every request outside /api, the gateway and attachments (the sandbox page) on the same port. */
  serveOtherPaths(handler: (req: IncomingMessage, res: ServerResponse) => void): void {
    this.otherPaths = handler;
  }

  /** "http://127.0.0.1:PORT", once listening. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get botUser(): UserRecord {
    return this.world.botUser;
  }
  /** Every registered command, global first, then per guild. */
  get commands(): RegisteredCommand[] {
    return [...this.commandsByScope.values()].flat();
  }
  get requests() {
    return this.rest.log;
  }
  get counters() {
    return { ...this.rest.counters, gateway: { ...this.gateway.counters } };
  }
  /** Messages the bot created in each channel, deleted ones included: a digest channel above 1 is a duplicate. */
  botMessageCounts(): ReadonlyMap<string, number> {
    return this.world.botMessageCounts();
  }
  get interactionHandles(): InteractionHandle[] {
    return this.interactions.all();
  }

  /** Changes the global limit (requests per second) from now on. */
  setGlobalRateLimit(perSecond: number): void {
    this.rest.limiter.globalPerSecond = perSecond;
  }

  /** Changes how long interactions wait for their first callback, for interactions checked from now on. */
  setInteractionTimeout(ms: number): void {
    this.interactions.timeoutMs = ms;
  }

  /** A guild the bot is in, with its system channel ("general" unless `systemChannel` names it). */
  addGuild(input: GuildInput = {}): GuildRecord {
    const guild = newGuildRecord(this.ids, input);
    const id = guild.id;
    this.world.guilds.set(id, guild);
    this.gateway.guildIntentDispatch('GUILD_CREATE', this.world.guildCreateJson(guild), id);
    return guild;
  }

  addChannel(guildId: string, input: { id?: string; name?: string; type?: number } = {}) {
    const guild = this.guild(guildId);
    const id = input.id ?? this.ids.next();
    const channel = {
      id,
      guild_id: guildId,
      name: input.name ?? `channel-${guild.channels.size}`,
      type: input.type ?? 0,
      position: guild.channels.size,
      botPermissions: null,
    };
    guild.channels.set(id, channel);
    this.gateway.guildIntentDispatch('CHANNEL_CREATE', this.world.channelJson(guild, channel), guildId);
    return channel;
  }

  /** A forum channel (type 15) with tags by name; `requireTag` refuses posts without one. */
  addForum(guildId: string, input: ForumInput = {}) {
    return addForum(this.world, this.gateway, this.guild(guildId), input);
  }

  /** A thread a member started in a text channel (or a post in a forum), optionally archived or locked. */
  addThread(parentId: string, input: ThreadInput = {}) {
    const found = this.world.findChannel(parentId);
    if (!found) throw new Error(`No channel ${parentId}`);
    return addThread(this.world, this.gateway, found.guild, found.channel, input);
  }

  /** Archives/unarchives or locks/unlocks a thread as a moderator would. */
  setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }): void {
    const found = this.world.findChannel(threadId);
    if (!found) throw new Error(`No channel ${threadId}`);
    setThreadState(this.world, this.gateway, found.guild, found.channel, state);
  }

  /** Threads (and forum posts) whose parent is `parentId`, in creation order. */
  threadsOf(parentId: string) {
    const found = this.world.findChannel(parentId);
    return found ? [...found.guild.channels.values()].filter((c) => c.parent_id === parentId) : [];
  }

  /** A role members can be pinged by; not mentionable ones ping only when the bot has Mention Everyone. */
  addRole(guildId: string, input: { id?: string; name?: string; mentionable?: boolean } = {}) {
    return addRole(this.world, this.gateway, this.guild(guildId), input);
  }

  deleteChannel(channelId: string): void {
    const found = this.world.findChannel(channelId);
    if (!found) return;
    found.guild.channels.delete(channelId);
    this.world.deletedChannels.add(channelId);
    this.gateway.guildIntentDispatch(
      'CHANNEL_DELETE',
      this.world.channelJson(found.guild, found.channel),
      found.guild.id,
    );
  }

  /** Sets what the bot may do in a channel (null = its role's defaults); clients see a CHANNEL_UPDATE. */
  setBotPermissions(channelId: string, bits: bigint | number | string | null): void {
    const found = this.world.findChannel(channelId);
    if (!found) throw new Error(`No channel ${channelId}`);
    found.channel.botPermissions = bits === null ? null : BigInt(bits);
    this.gateway.guildIntentDispatch(
      'CHANNEL_UPDATE',
      this.world.channelJson(found.guild, found.channel),
      found.guild.id,
    );
  }

  /** Sets the guild's system channel (null = none, as when admins turn it off); clients see a GUILD_UPDATE. */
  setSystemChannel(guildId: string, channelId: string | null): void {
    const guild = this.guild(guildId);
    guild.systemChannel = channelId;
    this.gateway.guildIntentDispatch('GUILD_UPDATE', this.world.guildJson(guild), guildId);
  }

  /** A user who refuses the bot's DMs (privacy settings, a block): messages to them answer 403 50007. */
  setRefusesDms(userId: string, refuses = true): void {
    if (refuses) this.world.dmRefusers.add(userId);
    else this.world.dmRefusers.delete(userId);
  }

  /** What the bot sent the user in direct messages, oldest first. */
  dmMessages(userId: string): StoredMessage[] {
    const dm = [...this.world.dmChannels.values()].find((channel) => channel.recipient.id === userId);
    return dm ? this.world.channelMessages(dm.id) : [];
  }

  addMember(
    guildId: string,
    input: { id?: string; username?: string; permissions?: bigint | string } = {},
  ): MemberRecord {
    const guild = this.guild(guildId);
    const id = input.id ?? this.ids.next();
    const member = newMemberRecord(id, input);
    guild.members.set(id, member);
    return member;
  }

  /**
   * A message a member writes in a channel, as the Discord app would post it. Throws Discord's 400
   * error for an empty or too long message.
   */
  postMemberMessage(input: { channelId: string; userId: string; content: string }): StoredMessage {
    return postMemberMessage(this.world, this.gateway, input);
  }

  channelMessages(channelId: string): StoredMessage[] {
    return this.world.channelMessages(channelId);
  }

  /** Resolves once the channel holds at least `n` visible messages. */
  waitForChannelMessages(channelId: string, n: number, timeoutMs = 5000): Promise<StoredMessage[]> {
    return waitForMessages(() => this.channelMessages(channelId), n, timeoutMs, `channel ${channelId}`);
  }

  /** Resolves once `check()` holds after some gateway event (identify, resume, close…). */
  waitForGateway(check: () => boolean, timeoutMs = 5000): Promise<void> {
    return waitForGatewayState(this.gateway, check, timeoutMs);
  }

  /**
   * A file a member uploads for an attachment option. Pass `{ name: 'file', value: attachment.id }` to
   * sendSlashCommand; the payload then carries it in data.resolved.attachments and this server serves
   * its bytes at `attachment.url` (same host as apiUrl, as Discord's CDN would).
   */
  addAttachment(input: AttachmentInput): AttachmentJson {
    return this.attachments.add(input);
  }

  /** How many times the bytes of an attachment were downloaded. */
  attachmentDownloads(attachmentId: string): number {
    return this.attachments.downloads.get(attachmentId) ?? 0;
  }

  sendSlashCommand(input: SlashCommandInput): InteractionHandle {
    return this.sender.slashCommand(input);
  }

  /** A message context-menu command (type 2, data.type 3) with the target in resolved.messages. */
  sendMessageCommand(input: MessageCommandInput): InteractionHandle {
    return this.sender.messageCommand(input);
  }

  /** A button click (type 3) on a message the server holds. */
  sendButton(input: ButtonInput): InteractionHandle {
    return this.sender.button(input);
  }

  /** An autocomplete request (type 4); the answered choices appear on `handle.choices`. */
  sendAutocomplete(input: AutocompleteInput): InteractionHandle {
    return this.sender.autocomplete(input);
  }

  /** Drops every gateway socket abruptly (or with `code`); sessions stay resumable. */
  dropGatewayConnections(code?: number): void {
    this.gateway.dropConnections(code);
  }

  invalidateSession(): void {
    this.gateway.invalidateSessions();
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private guild(guildId: string): GuildRecord {
    const guild = this.world.guilds.get(guildId);
    if (!guild) throw new Error(`No guild ${guildId}`);
    return guild;
  }
}
