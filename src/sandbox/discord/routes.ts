/** Guild, channel and DM routes (messages with permissions, nonces, validation), plus the full route table. */
import { performance } from 'node:perf_hooks';
import { applicationRoutes } from './application-routes.ts';
import {
  cannotMessageUser,
  DiscordHttpError,
  missingAccess,
  unknownChannel,
  unknownGuild,
  unknownMessage,
  unknownUser,
  type ParsedBody,
} from './http.ts';
import { applyMessageEdit, bodyRecord, checkMessageBody, createStoredMessage } from './messages.ts';
import { ok, route, type Route, type RouteDeps } from './route-table.ts';
import { checkCanPost, THREAD_TYPES, threadRoutes } from './thread-routes.ts';
import type { GuildRecord, StoredMessage } from './types.ts';
import { Permission } from './world.ts';

const GUILD_MESSAGES_INTENT = 1 << 9;
const DIRECT_MESSAGES_INTENT = 1 << 12;
/** Guild and channel routes are rate-limited per their first path parameter. */
const byFirstParam = { major: 0 };

export type { Route, RouteDeps } from './route-table.ts';

export function buildRoutes(deps: RouteDeps): Route[] {
  return [...applicationRoutes(deps), ...guildRoutes(deps)];
}

function guildRoutes(deps: RouteDeps): Route[] {
  const { world, gateway, options } = deps;
  const nonces = new Map<string, { messageId: string; at: number }>();

  const textChannel = (channelId = '') => {
    if (world.deletedChannels.has(channelId)) throw unknownChannel();
    const found = world.findChannel(channelId);
    if (!found) throw unknownChannel();
    if ((world.botPermissionsIn(found.channel) & Permission.ViewChannel) === 0n) throw missingAccess();
    return found;
  };
  const channelMessage = (channelId = '', messageId = ''): StoredMessage => {
    textChannel(channelId);
    const message = world.messages.get(messageId);
    if (!message || message.deleted || message.channel_id !== channelId) throw unknownMessage();
    return message;
  };
  const guildById = (guildId = '') => {
    const guild = world.guilds.get(guildId);
    if (!guild) throw unknownGuild();
    return guild;
  };
  /** Stores a new message; with nonce + enforce_nonce a repeat within the window returns the first one. */
  const postMessage = (
    channelId: string,
    guild: GuildRecord | undefined,
    body: Record<string, unknown>,
    files: ParsedBody['files'],
    id?: string,
  ): StoredMessage => {
    const nonceKey =
      body.nonce !== undefined && body.enforce_nonce === true
        ? `${channelId}:${String(body.nonce)}`
        : undefined;
    const seen = nonceKey ? nonces.get(nonceKey) : undefined;
    const fresh = seen && performance.now() - seen.at < options.nonceWindowMs;
    const original = fresh ? world.messages.get(seen.messageId) : undefined;
    if (original) return original;
    const message = createStoredMessage(world, { channelId, guildId: guild?.id, body, files, id });
    if (nonceKey) nonces.set(nonceKey, { messageId: message.id, at: performance.now() });
    if (guild) {
      const event = { ...world.messageJson(message), member: { roles: [world.botRoleId(guild)] } };
      gateway.dispatch('MESSAGE_CREATE', event, { intent: GUILD_MESSAGES_INTENT, guildId: guild.id });
    } else {
      gateway.dispatch('MESSAGE_CREATE', world.messageJson(message), { intent: DIRECT_MESSAGES_INTENT });
    }
    return message;
  };

  return [
    ...threadRoutes(deps, textChannel, postMessage),
    route('POST', '/users/@me/channels', ({ parsed }) => {
      const recipient = world.findUser(String(bodyRecord(parsed).recipient_id ?? ''));
      if (!recipient) throw unknownUser();
      return ok(world.dmChannelJson(world.dmChannelWith(recipient)));
    }),
    route(
      'GET',
      '/guilds/{guild_id}',
      ({ params }) => ok(world.guildJson(guildById(params[0]))),
      byFirstParam,
    ),
    route(
      'GET',
      '/guilds/{guild_id}/channels',
      ({ params }) => {
        const guild = guildById(params[0]);
        // Threads are not listed with a guild's channels.
        const channels = [...guild.channels.values()].filter((c) => !THREAD_TYPES.has(c.type));
        return ok(channels.map((c) => world.channelJson(guild, c)));
      },
      byFirstParam,
    ),
    route(
      'GET',
      '/guilds/{guild_id}/members/{user_id}',
      ({ params: [guildId, userId = ''] }) => {
        const guild = guildById(guildId);
        if (userId === world.botUser.id) {
          const me = { user: world.botUser, permissions: 0n, joined_at: guild.joined_at };
          return ok(world.memberJson(me, [world.botRoleId(guild)]));
        }
        const member = guild.members.get(userId);
        if (!member) throw new DiscordHttpError(404, 10007, 'Unknown Member');
        return ok(world.memberJson(member));
      },
      byFirstParam,
    ),
    route(
      'GET',
      '/channels/{channel_id}',
      ({ params }) => {
        const { guild, channel } = textChannel(params[0]);
        return ok(world.channelJson(guild, channel));
      },
      byFirstParam,
    ),
    route(
      'GET',
      '/channels/{channel_id}/messages/{message_id}',
      ({ params: [channelId, messageId] }) => ok(world.messageJson(channelMessage(channelId, messageId))),
      byFirstParam,
    ),
    route(
      'GET',
      '/channels/{channel_id}/messages',
      ({ params: [channelId = ''], query }) => {
        textChannel(channelId);
        const limit = Math.min(100, Number(query.get('limit') ?? 50));
        const newestFirst = world.channelMessages(channelId).slice(-limit).reverse();
        return ok(newestFirst.map((m) => world.messageJson(m)));
      },
      byFirstParam,
    ),
    route(
      'POST',
      '/channels/{channel_id}/messages',
      ({ params, parsed }) => {
        const body = bodyRecord(parsed);
        const dm = world.dmChannels.get(params[0] ?? '');
        if (dm) {
          // Discord opens the DM channel for anyone and refuses only the message.
          if (world.dmRefusers.has(dm.recipient.id)) throw cannotMessageUser();
          checkMessageBody(body, parsed.files.length, true);
          return ok(world.messageJson(postMessage(dm.id, undefined, body, parsed.files)));
        }
        const { guild, channel } = textChannel(params[0]);
        const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
        checkCanPost(deps, guild, channel, hasEmbeds);
        checkMessageBody(body, parsed.files.length, true);
        return ok(world.messageJson(postMessage(channel.id, guild, body, parsed.files)));
      },
      byFirstParam,
    ),
    route(
      'PATCH',
      '/channels/{channel_id}/messages/{message_id}',
      ({ params: [channelId, messageId], parsed }) => {
        const message = channelMessage(channelId, messageId);
        const body = bodyRecord(parsed);
        checkMessageBody(body, parsed.files.length, false);
        applyMessageEdit(message, body, parsed.files, world);
        return ok(world.messageJson(message));
      },
      byFirstParam,
    ),
    route(
      'DELETE',
      '/channels/{channel_id}/messages/{message_id}',
      ({ params: [channelId, messageId] }) => {
        world.deleteMessage(channelMessage(channelId, messageId));
        return { status: 204 };
      },
      byFirstParam,
    ),
  ];
}
