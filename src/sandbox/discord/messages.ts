/** Turning a validated create/edit body into stored messages, as Discord would. */
import { performance } from 'node:perf_hooks';
import { DiscordHttpError, invalidFormBody } from './http.ts';
import type { ParsedBody } from './http.ts';
import type { EmbedJson, InteractionInvoker, StoredMessage, UserRecord } from './types.ts';
import { checkAllowedMentions } from './mentions.ts';
import { validateMessageBody } from './validate.ts';
import type { Gateway } from './gateway.ts';
import type { World } from './world.ts';

export const EPHEMERAL = 64;
export const LOADING = 128;
/** Flags a bot may set when sending: suppress embeds, ephemeral, suppress notifications, components v2. */
const SENDABLE_FLAGS = 4 | 64 | 4096 | 32768;

export function bodyRecord(parsed: ParsedBody): Record<string, unknown> {
  const json = parsed.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  return json as Record<string, unknown>;
}

/** Throws Discord's 400 for an invalid or empty body; `under` nests the errors (callbacks put them under "data"). */
export function checkMessageBody(
  body: Record<string, unknown>,
  fileCount: number,
  isCreate: boolean,
  under?: string,
): void {
  const errors = validateMessageBody(body, fileCount, isCreate);
  if (errors.count === -1) throw new DiscordHttpError(400, 50006, 'Cannot send an empty message');
  if (errors.count > 0) throw invalidFormBody(under ? { [under]: errors.tree } : errors.tree);
  checkAllowedMentions(body.allowed_mentions);
}

function toEmbeds(value: unknown): EmbedJson[] {
  // Discord fills in `type: "rich"` for embeds a bot sends.
  return Array.isArray(value) ? value.map((e) => ({ type: 'rich', ...(e as EmbedJson) })) : [];
}

interface NewMessage {
  channelId: string;
  guildId?: string;
  body: Record<string, unknown>;
  files: ParsedBody['files'];
  type?: number;
  webhookId?: string;
  extraFlags?: number;
  interaction?: InteractionInvoker;
  /** Who wrote it; the bot unless a member did. */
  author?: UserRecord;
  /** A given id (a forum post's first message has its thread's id); a new one otherwise. */
  id?: string;
}

export function createStoredMessage(world: World, input: NewMessage): StoredMessage {
  const { body } = input;
  const flags = (Number(body.flags ?? 0) & SENDABLE_FLAGS) | (input.extraFlags ?? 0);
  const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined;
  const message: StoredMessage = {
    id: input.id ?? world.nextId(),
    channel_id: input.channelId,
    ...(input.guildId ? { guild_id: input.guildId } : {}),
    content: typeof body.content === 'string' ? body.content : '',
    embeds: toEmbeds(body.embeds),
    components: Array.isArray(body.components) ? body.components : [],
    attachments: input.files.map((f) => ({ id: world.nextId(), filename: f.filename, size: f.size })),
    ...('allowed_mentions' in body ? { allowed_mentions: body.allowed_mentions } : {}),
    ...(nonce !== undefined ? { nonce } : {}),
    flags,
    type: input.type ?? 0,
    author: input.author ?? world.botUser,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
    ...(input.interaction ? { interaction: input.interaction } : {}),
    createdAt: performance.now(),
  };
  message.pings = world.pingsIn(message.channel_id, message.content, body.allowed_mentions);
  world.addMessage(message);
  return message;
}

/** Applies a PATCH body: only the fields present change; editing a deferred reply ends its loading state. */
export function applyMessageEdit(
  message: StoredMessage,
  body: Record<string, unknown>,
  files: ParsedBody['files'],
  world: World,
): void {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = toEmbeds(body.embeds);
  if ('components' in body) message.components = Array.isArray(body.components) ? body.components : [];
  if ('allowed_mentions' in body) message.allowed_mentions = body.allowed_mentions;
  if ('attachments' in body || files.length > 0) {
    const kept = Array.isArray(body.attachments)
      ? message.attachments.filter((a) =>
          (body.attachments as { id?: unknown }[]).some((k) => String(k.id) === a.id),
        )
      : message.attachments;
    message.attachments = [
      ...kept,
      ...files.map((f) => ({ id: world.nextId(), filename: f.filename, size: f.size })),
    ];
  }
  if ('flags' in body)
    message.flags = (message.flags & (EPHEMERAL | LOADING)) | (Number(body.flags ?? 0) & 4);
  message.flags &= ~LOADING;
  // Discord recomputes an edited message's mentions (it notifies nobody new).
  if ('content' in body || 'allowed_mentions' in body)
    message.pings = world.pingsIn(message.channel_id, message.content, message.allowed_mentions);
  message.edited_timestamp = new Date().toISOString();
  message.editedAt = performance.now();
  world.messageChanged(message, 'update');
}

/** A message a member writes in a guild channel; Discord's 400 for an empty or too long one. */
export function postMemberMessage(
  world: World,
  gateway: Gateway,
  input: { channelId: string; userId: string; content: string },
): StoredMessage {
  const found = world.findChannel(input.channelId);
  if (!found) throw new Error(`No channel ${input.channelId}`);
  const member = found.guild.members.get(input.userId);
  if (!member) throw new Error(`No member ${input.userId} in guild ${found.guild.id}`);
  const body = bodyRecord({ json: { content: input.content }, files: [] });
  checkMessageBody(body, 0, true);
  const message = createStoredMessage(world, {
    channelId: input.channelId,
    guildId: found.guild.id,
    body,
    files: [],
    author: member.user,
  });
  gateway.dispatch('MESSAGE_CREATE', world.messageJson(message), {
    intent: 1 << 9,
    guildId: found.guild.id,
  });
  return message;
}
