/**
 * Threads and forum posts: start a thread from a message or without one, create a forum post,
 * archive/unarchive/lock a thread, and the rules for posting in a thread or a forum.
 */
import type { ParsedBody } from './http.ts';
import { DiscordHttpError, invalidFormBody, missingPermissions } from './http.ts';
import { bodyRecord, checkMessageBody } from './messages.ts';
import { ok, route, type Route, type RouteDeps } from './route-table.ts';
import type { ChannelRecord, GuildRecord, StoredMessage } from './types.ts';
import { Permission } from './world.ts';

export const FORUM_TYPES = new Set([15, 16]);
export const THREAD_TYPES = new Set([10, 11, 12]);
const TEXT_TYPES = new Set([0, 5]);
const GUILDS_INTENT = 1;

type PostMessage = (
  channelId: string,
  guild: GuildRecord,
  body: Record<string, unknown>,
  files: ParsedBody['files'],
  id?: string,
) => StoredMessage;
type FindChannel = (channelId?: string) => { guild: GuildRecord; channel: ChannelRecord };

const archivedThread = () => new DiscordHttpError(400, 50083, 'Thread is archived');
const threadExists = () =>
  new DiscordHttpError(400, 160004, 'A thread has already been created for this message');
const tagRequired = () =>
  new DiscordHttpError(400, 40067, 'A tag is required to create a forum post in this channel');

function threadNameError(name: unknown): void {
  if (typeof name !== 'string' || name.length < 1 || name.length > 100)
    throw invalidFormBody({
      name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] },
    });
}

/**
 * What posting a message in `channel` needs beyond seeing it: Send Messages in a text channel, Send
 * Messages in Threads in a thread (which a post reopens when archived, unless it is locked); a
 * forum takes no messages, only posts.
 */
export function checkCanPost(
  deps: RouteDeps,
  guild: GuildRecord,
  channel: ChannelRecord,
  hasEmbeds: boolean,
): void {
  const { world, gateway } = deps;
  const perms = world.botPermissionsIn(channel);
  if (FORUM_TYPES.has(channel.type))
    throw new DiscordHttpError(400, 50008, 'Cannot send messages in a non-text channel');
  const thread = channel.thread;
  const needed = thread ? Permission.SendMessagesInThreads : Permission.SendMessages;
  if ((perms & needed) === 0n) throw missingPermissions();
  if (hasEmbeds && (perms & Permission.EmbedLinks) === 0n) throw missingPermissions();
  if (!thread) return;
  if (thread.locked && (perms & Permission.ManageThreads) === 0n) throw archivedThread();
  if (thread.archived) {
    // "Sending a message will automatically unarchive the thread, unless it has been locked."
    thread.archived = false;
    thread.archive_timestamp = new Date().toISOString();
    gateway.guildIntentDispatch('THREAD_UPDATE', world.channelJson(guild, channel), guild.id);
  }
}

export function threadRoutes(deps: RouteDeps, findChannel: FindChannel, postMessage: PostMessage): Route[] {
  const { world, gateway } = deps;
  const byFirstParam = { major: 0 };

  const createThread = (
    guild: GuildRecord,
    parent: ChannelRecord,
    input: { id?: string; name: string; type: number; autoArchive?: unknown; tags?: string[] },
  ): ChannelRecord => {
    const now = new Date().toISOString();
    const thread: ChannelRecord = {
      id: input.id ?? world.nextId(),
      guild_id: guild.id,
      name: input.name,
      type: input.type,
      position: 0,
      botPermissions: null,
      parent_id: parent.id,
      thread: {
        archived: false,
        locked: false,
        auto_archive_duration: typeof input.autoArchive === 'number' ? input.autoArchive : 4320,
        archive_timestamp: now,
        create_timestamp: now,
        owner_id: world.botUser.id,
        applied_tags: input.tags ?? [],
      },
    };
    guild.channels.set(thread.id, thread);
    gateway.dispatch(
      'THREAD_CREATE',
      { ...world.channelJson(guild, thread), newly_created: true },
      { intent: GUILDS_INTENT, guildId: guild.id },
    );
    return thread;
  };

  const need = (channel: ChannelRecord, bit: bigint) => {
    if ((world.botPermissionsIn(channel) & bit) === 0n) throw missingPermissions();
  };

  return [
    route(
      'POST',
      '/channels/{channel_id}/threads',
      ({ params, parsed }) => {
        const { guild, channel } = findChannel(params[0]);
        const body = bodyRecord(parsed);
        threadNameError(body.name);
        const name = body.name as string;
        if (FORUM_TYPES.has(channel.type)) {
          const message = (body.message ?? {}) as Record<string, unknown>;
          const hasEmbeds = Array.isArray(message.embeds) && message.embeds.length > 0;
          need(channel, Permission.SendMessages); // "Create Posts"
          if (hasEmbeds) need(channel, Permission.EmbedLinks);
          checkMessageBody(message, parsed.files.length, true, 'message');
          const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
          const known = new Set(channel.forum?.tags.map((tag) => tag.id) ?? []);
          if (tags.length > 5 || tags.some((tag) => !known.has(tag)))
            throw invalidFormBody({
              applied_tags: { _errors: [{ code: 'INVALID_TAG', message: 'Unknown or too many tags.' }] },
            });
          if (channel.forum?.requireTag && tags.length === 0) throw tagRequired();
          const thread = createThread(guild, channel, {
            name,
            type: 11,
            autoArchive: body.auto_archive_duration,
            tags,
          });
          const first = postMessage(thread.id, guild, message, parsed.files, thread.id);
          return ok({ ...world.channelJson(guild, thread), message: world.messageJson(first) });
        }
        if (!TEXT_TYPES.has(channel.type))
          throw new DiscordHttpError(400, 50024, 'Cannot execute action on this channel type');
        const type = body.type === 11 || body.type === 10 ? 11 : 12;
        need(channel, type === 11 ? Permission.CreatePublicThreads : Permission.CreatePrivateThreads);
        const thread = createThread(guild, channel, { name, type, autoArchive: body.auto_archive_duration });
        return ok(world.channelJson(guild, thread));
      },
      byFirstParam,
    ),
    route(
      'POST',
      '/channels/{channel_id}/messages/{message_id}/threads',
      ({ params: [channelId, messageId = ''], parsed }) => {
        const { guild, channel } = findChannel(channelId);
        const message = world.messages.get(messageId);
        if (!message || message.deleted || message.channel_id !== channel.id)
          throw new DiscordHttpError(404, 10008, 'Unknown Message');
        if (!TEXT_TYPES.has(channel.type))
          throw new DiscordHttpError(400, 50024, 'Cannot execute action on this channel type');
        const body = bodyRecord(parsed);
        threadNameError(body.name);
        need(channel, Permission.CreatePublicThreads);
        // "The id of the created thread will be the same as the id of the source message."
        if (guild.channels.has(messageId)) throw threadExists();
        const thread = createThread(guild, channel, {
          id: messageId,
          name: body.name as string,
          type: channel.type === 5 ? 10 : 11,
          autoArchive: body.auto_archive_duration,
        });
        return ok(world.channelJson(guild, thread));
      },
      byFirstParam,
    ),
    route(
      'PATCH',
      '/channels/{channel_id}',
      ({ params, parsed }) => {
        const { guild, channel } = findChannel(params[0]);
        const thread = channel.thread;
        // Only threads are edited here; other channels need Manage Channels, which the bot lacks.
        if (!thread) throw missingPermissions();
        const body = bodyRecord(parsed);
        const perms = world.botPermissionsIn(channel);
        const manages = (perms & Permission.ManageThreads) !== 0n;
        const wantsLocked = typeof body.locked === 'boolean' ? body.locked : thread.locked;
        if (wantsLocked !== thread.locked && !manages) throw missingPermissions();
        if (body.archived === false && wantsLocked && !manages) throw missingPermissions();
        if (body.archived === false && (perms & Permission.SendMessagesInThreads) === 0n)
          throw missingPermissions();
        if (typeof body.archived === 'boolean') thread.archived = body.archived;
        thread.locked = wantsLocked;
        if (typeof body.name === 'string') {
          threadNameError(body.name);
          channel.name = body.name;
        }
        thread.archive_timestamp = new Date().toISOString();
        const json = world.channelJson(guild, channel);
        gateway.guildIntentDispatch('THREAD_UPDATE', json, guild.id);
        return ok(json);
      },
      byFirstParam,
    ),
  ];
}
