/** Makes INTERACTION_CREATE events as if a user had used a command, context menu, button or autocomplete. */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AttachmentJson } from './attachments.ts';
import { roleJson } from './channel-setup.ts';
import type { Gateway } from './gateway.ts';
import { InteractionHandle } from './interaction-handle.ts';
import {
  buildCommandOptions,
  interactionPayload,
  type AutocompleteInput,
  type ButtonInput,
  type MessageCommandInput,
  type SlashCommandInput,
} from './interaction-payloads.ts';
import type { InteractionRegistry } from './interactions.ts';
import type { GuildRecord, MemberRecord, RegisteredCommand, StoredMessage, UserRecord } from './types.ts';
import { Permission, type World } from './world.ts';

interface Outgoing {
  type: number;
  guildId: string;
  channelId: string;
  userId: string;
  data: Record<string, unknown>;
  /** 1 chat input, 3 message context menu, 0 for components; decides the reply's message type. */
  commandType: number;
  componentMessage?: StoredMessage;
  locale?: string;
  /** Command name as Discord shows it under an answer ("digest set"); empty for components. */
  shownName?: string;
}

/** Users who were never added act as plain members with @everyone's permissions. */
const PLAIN_MEMBER_PERMISSIONS =
  Permission.ViewChannel | Permission.SendMessages | Permission.UseApplicationCommands;

export class InteractionSender {
  constructor(
    private readonly world: World,
    private readonly gateway: Gateway,
    private readonly interactions: InteractionRegistry,
    private readonly commandsByScope: Map<string, RegisteredCommand[]>,
    private readonly addMember: (guildId: string, input: { id: string; permissions: bigint }) => MemberRecord,
    private readonly attachment: (id: string) => AttachmentJson | undefined,
  ) {}

  slashCommand(input: SlashCommandInput): InteractionHandle {
    const command = this.findCommand(input.guildId, input.name, 1);
    const options = buildCommandOptions(input, command);
    const resolved = this.resolveOptions(input.guildId, options);
    const data = {
      id: command?.id ?? this.world.nextId(),
      name: input.name,
      type: 1,
      options,
      ...(resolved ? { resolved } : {}),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    };
    const shownName = input.subcommand ? `${input.name} ${input.subcommand}` : input.name;
    return this.dispatch({ ...input, type: 2, data, commandType: 1, shownName });
  }

  autocomplete(input: AutocompleteInput): InteractionHandle {
    const command = this.findCommand(input.guildId, input.name, 1);
    const data = {
      id: command?.id ?? this.world.nextId(),
      name: input.name,
      type: 1,
      options: buildCommandOptions(input, command, input.focused),
    };
    return this.dispatch({ ...input, type: 4, data, commandType: 1 });
  }

  messageCommand(input: MessageCommandInput): InteractionHandle {
    const command = this.findCommand(input.guildId, input.name, 3);
    const target = input.targetMessage;
    const targetId = target.id ?? this.world.nextId();
    // A message the server holds is sent as it is; otherwise one is made up from the input.
    const stored = target.id ? this.world.messages.get(target.id) : undefined;
    const message = stored
      ? this.world.messageJson(stored)
      : {
          id: targetId,
          channel_id: input.channelId,
          guild_id: input.guildId,
          author: this.user(input.guildId, target.authorId ?? input.userId),
          content: target.content,
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
          tts: false,
          mention_everyone: false,
          mentions: [],
          mention_roles: [],
          attachments: [],
          embeds: target.embeds ?? [],
          components: [],
          pinned: false,
          type: 0,
          flags: 0,
        };
    const data = {
      id: command?.id ?? this.world.nextId(),
      name: input.name,
      type: 3,
      target_id: targetId,
      resolved: { messages: { [targetId]: message } },
    };
    return this.dispatch({ ...input, type: 2, data, commandType: 3, shownName: input.name });
  }

  button(input: ButtonInput): InteractionHandle {
    const message =
      typeof input.message === 'string' ? this.world.messages.get(input.message) : input.message;
    if (!message || !message.guild_id) throw new Error('sendButton needs a guild message the server knows');
    const data = {
      custom_id: input.customId,
      component_type: input.componentType ?? 2,
      ...(input.values ? { values: input.values } : {}),
    };
    return this.dispatch({
      type: 3,
      guildId: message.guild_id,
      channelId: message.channel_id,
      userId: input.userId,
      data,
      commandType: 0,
      componentMessage: message,
    });
  }

  /** User (6), channel (7), role (8) and attachment (11) options carry their objects in data.resolved, which discord.js reads. */
  private resolveOptions(guildId: string, options: unknown[]): Record<string, unknown> | undefined {
    type Leaf = { type: number; value: unknown; options?: Leaf[] };
    const leaves = (options as Leaf[]).flatMap((o): Leaf[] =>
      o.type === 1 || o.type === 2 ? (o.options ?? []) : [o],
    );
    const users: Record<string, unknown> = {};
    const members: Record<string, unknown> = {};
    const channels: Record<string, unknown> = {};
    const attachments: Record<string, unknown> = {};
    const roles: Record<string, unknown> = {};
    const guild = this.guild(guildId);
    for (const leaf of leaves) {
      const id = String(leaf.value);
      if (leaf.type === 6) {
        users[id] = this.user(guildId, id);
        const member = guild.members.get(id);
        if (member)
          members[id] = {
            ...this.world.memberJson(member),
            user: undefined,
            permissions: member.permissions.toString(),
          };
      } else if (leaf.type === 7) {
        const channel = guild.channels.get(id);
        if (channel) {
          const json = this.world.channelJson(guild, channel);
          const thread = channel.thread
            ? { parent_id: json.parent_id, thread_metadata: json.thread_metadata }
            : {};
          channels[id] = { id, name: channel.name, type: channel.type, permissions: '0', ...thread };
        }
      } else if (leaf.type === 8) {
        const role = roleJson(this.world, guild, id);
        if (role) roles[id] = role;
      } else if (leaf.type === 11) {
        const attachment = this.attachment(id);
        if (!attachment) throw new Error(`No attachment ${id}: add it with server.addAttachment() first`);
        attachments[id] = attachment;
      }
    }
    const parts = Object.entries({ users, members, channels, roles, attachments }).filter(
      ([, v]) => Object.keys(v).length > 0,
    );
    return parts.length > 0 ? Object.fromEntries(parts) : undefined;
  }

  private guild(guildId: string): GuildRecord {
    const guild = this.world.guilds.get(guildId);
    if (!guild) throw new Error(`No guild ${guildId}`);
    return guild;
  }

  private user(guildId: string, userId: string): UserRecord {
    const known = this.guild(guildId).members.get(userId)?.user;
    return (
      known ?? {
        id: userId,
        username: `user${userId.slice(-4)}`,
        discriminator: '0',
        global_name: null,
        avatar: null,
      }
    );
  }

  private findCommand(guildId: string, name: string, type: number): RegisteredCommand | undefined {
    const scopes = [this.commandsByScope.get(guildId) ?? [], this.commandsByScope.get('global') ?? []];
    return scopes.flat().find((c) => c.name === name && c.type === type);
  }

  private dispatch(out: Outgoing): InteractionHandle {
    const guild = this.guild(out.guildId);
    const member =
      guild.members.get(out.userId) ??
      this.addMember(out.guildId, { id: out.userId, permissions: PLAIN_MEMBER_PERMISSIONS });
    const id = this.world.nextId();
    // Shaped like Discord's tokens; only its uniqueness matters.
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(24).toString('base64url')}`;
    const handle = new InteractionHandle(
      id,
      token,
      out.type,
      out.guildId,
      out.channelId,
      performance.now(),
      (mid) => this.world.messages.get(mid),
      { id, type: out.type, name: out.shownName ?? '', user: member.user },
    );
    this.interactions.register(handle, out.commandType, out.componentMessage?.id);
    const payload = interactionPayload(this.world, {
      id,
      token,
      type: out.type,
      guild,
      channelId: out.channelId,
      member,
      data: out.data,
      ...(out.locale ? { locale: out.locale } : {}),
      ...(out.componentMessage ? { message: this.world.messageJson(out.componentMessage) } : {}),
    });
    this.gateway.dispatch('INTERACTION_CREATE', payload, { guildId: guild.id });
    return handle;
  }
}
