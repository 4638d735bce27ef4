/** The REST routes the fake Discord answers, as a table of method + template -> handler. */
import { performance } from 'node:perf_hooks';
import type { Gateway } from './gateway.ts';
import { DiscordHttpError, invalidFormBody, missingAccess, missingPermissions, unknownChannel, unknownGuild, unknownMessage } from './http.ts';
import type { ParsedBody } from './http.ts';
import type { InteractionRegistry, RouteAnswer } from './interactions.ts';
import { applyMessageEdit, bodyRecord, checkMessageBody, createStoredMessage } from './messages.ts';
import type { RegisteredCommand, ResolvedOptions } from './types.ts';
import { validateCommands } from './validate.ts';
import { Permission, type World } from './world.ts';

export interface RouteContext {
  params: string[];
  parsed: ParsedBody;
  query: URLSearchParams;
}

export interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  /** Interaction endpoints take their token in the URL and skip bot auth and the global limit. */
  interaction: boolean;
  /** Which path parameter is the rate-limit major parameter, if any. */
  major?: number;
  handle: (ctx: RouteContext) => RouteAnswer | Promise<RouteAnswer>;
}

export interface RouteDeps {
  world: World;
  gateway: Gateway;
  interactions: InteractionRegistry;
  options: ResolvedOptions;
  /** Registered commands: key "global" or a guild id. */
  commands: Map<string, RegisteredCommand[]>;
  gatewayUrl: () => string;
}

const GUILD_MESSAGES_INTENT = 1 << 9;

function route(method: string, template: string, handle: Route['handle'], extra: Partial<Route> = {}): Route {
  const source = template.replace(/\{[a-z_]+\}/g, '([^/]+)');
  return { method, template, pattern: new RegExp(`^${source}$`), interaction: false, handle, ...extra };
}

const ok = (json: unknown): RouteAnswer => ({ status: 200, json });

export function buildRoutes(deps: RouteDeps): Route[] {
  const { world, gateway, interactions, options, commands } = deps;
  const nonces = new Map<string, { messageId: string; at: number }>();

  const textChannel = (channelId: string) => {
    if (world.deletedChannels.has(channelId)) throw unknownChannel();
    const found = world.findChannel(channelId);
    if (!found) throw unknownChannel();
    if ((world.botPermissionsIn(found.channel) & Permission.ViewChannel) === 0n) throw missingAccess();
    return found;
  };

  const storeCommands = (key: string, guildId: string | undefined, body: unknown): RouteAnswer => {
    const errors = validateCommands(body);
    if (errors.count > 0) throw invalidFormBody(errors.tree);
    const previous = commands.get(key) ?? [];
    const stored = (body as Record<string, unknown>[]).map((raw): RegisteredCommand => {
      const type = typeof raw.type === 'number' ? raw.type : 1;
      const kept = previous.find((c) => c.name === raw.name && c.type === type);
      const dmp = raw.default_member_permissions;
      return {
        ...raw,
        id: kept?.id ?? world.nextId(),
        application_id: world.applicationId,
        ...(guildId ? { guild_id: guildId } : {}),
        name: String(raw.name),
        description: typeof raw.description === 'string' ? raw.description : '',
        type,
        default_member_permissions: dmp === undefined || dmp === null ? null : String(dmp),
        version: world.nextId(),
        nsfw: raw.nsfw === true,
      };
    });
    commands.set(key, stored);
    return ok(stored);
  };

  const checkApp = (appId: string | undefined) => {
    if (appId !== world.applicationId) throw new DiscordHttpError(404, 10002, 'Unknown Application');
  };
  const checkGuild = (guildId: string | undefined) => {
    const guild = guildId ? world.guilds.get(guildId) : undefined;
    if (!guild) throw unknownGuild();
    return guild;
  };

  return [
    route('GET', '/gateway', () => ok({ url: deps.gatewayUrl() })),
    route('GET', '/gateway/bot', () =>
      ok({
        url: deps.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: options.maxConcurrency },
      }),
    ),
    route('GET', '/users/@me', () => ok({ ...world.botUser, verified: true, mfa_enabled: false, flags: 0, public_flags: 0 })),
    route('GET', '/applications/@me', () =>
      ok({ id: world.applicationId, name: world.botUser.username, description: '', bot_public: true, bot_require_code_grant: false, flags: 0, bot: world.botUser, owner: null, team: null, icon: null }),
    ),
    route('GET', '/applications/{app}/commands', ({ params }) => (checkApp(params[0]), ok(commands.get('global') ?? []))),
    route('PUT', '/applications/{app}/commands', ({ params, parsed }) => (checkApp(params[0]), storeCommands('global', undefined, parsed.json))),
    route('GET', '/applications/{app}/guilds/{guild}/commands', ({ params }) => {
      checkApp(params[0]);
      checkGuild(params[1]);
      return ok(commands.get(params[1] ?? '') ?? []);
    }),
    route('PUT', '/applications/{app}/guilds/{guild}/commands', ({ params, parsed }) => {
      checkApp(params[0]);
      const guild = checkGuild(params[1]);
      return storeCommands(guild.id, guild.id, parsed.json);
    }),
    route('GET', '/guilds/{guild_id}', ({ params }) => ok(world.guildJson(checkGuild(params[0]))), { major: 0 }),
    route('GET', '/guilds/{guild_id}/channels', ({ params }) => {
      const guild = checkGuild(params[0]);
      return ok([...guild.channels.values()].map((c) => world.channelJson(guild, c)));
    }, { major: 0 }),
    route('GET', '/guilds/{guild_id}/members/{user_id}', ({ params }) => {
      const guild = checkGuild(params[0]);
      if (params[1] === world.botUser.id) return ok(world.memberJson({ user: world.botUser, permissions: 0n, joined_at: guild.joined_at }, [world.botRoleId(guild)]));
      const member = guild.members.get(params[1] ?? '');
      if (!member) throw new DiscordHttpError(404, 10007, 'Unknown Member');
      return ok(world.memberJson(member));
    }, { major: 0 }),
    route('GET', '/channels/{channel_id}', ({ params }) => {
      const { guild, channel } = textChannel(params[0] ?? '');
      return ok(world.channelJson(guild, channel));
    }, { major: 0 }),
    route('GET', '/channels/{channel_id}/messages/{message_id}', ({ params }) => {
      textChannel(params[0] ?? '');
      const message = world.messages.get(params[1] ?? '');
      if (!message || message.deleted || message.channel_id !== params[0]) throw unknownMessage();
      return ok(world.messageJson(message));
    }, { major: 0 }),
    route('GET', '/channels/{channel_id}/messages', ({ params, query }) => {
      textChannel(params[0] ?? '');
      const limit = Math.min(100, Number(query.get('limit') ?? 50));
      return ok(world.channelMessages(params[0] ?? '').slice(-limit).reverse().map((m) => world.messageJson(m)));
    }, { major: 0 }),
    route('POST', '/channels/{channel_id}/messages', ({ params, parsed }) => {
      const { guild, channel } = textChannel(params[0] ?? '');
      const perms = world.botPermissionsIn(channel);
      const body = bodyRecord(parsed);
      if ((perms & Permission.SendMessages) === 0n) throw missingPermissions();
      if (Array.isArray(body.embeds) && body.embeds.length > 0 && (perms & Permission.EmbedLinks) === 0n) throw missingPermissions();
      checkMessageBody(body, parsed.files.length, true);
      const nonceKey = body.nonce !== undefined && body.enforce_nonce === true ? `${channel.id}:${String(body.nonce)}` : undefined;
      const seen = nonceKey ? nonces.get(nonceKey) : undefined;
      const original = seen && performance.now() - seen.at < options.nonceWindowMs ? world.messages.get(seen.messageId) : undefined;
      if (original) return ok(world.messageJson(original));
      const message = createStoredMessage(world, { channelId: channel.id, guildId: guild.id, body, files: parsed.files });
      if (nonceKey) nonces.set(nonceKey, { messageId: message.id, at: performance.now() });
      gateway.dispatch('MESSAGE_CREATE', { ...world.messageJson(message), member: { roles: [world.botRoleId(guild)] } }, GUILD_MESSAGES_INTENT);
      return ok(world.messageJson(message));
    }, { major: 0 }),
    route('PATCH', '/channels/{channel_id}/messages/{message_id}', ({ params, parsed }) => {
      textChannel(params[0] ?? '');
      const message = world.messages.get(params[1] ?? '');
      if (!message || message.deleted || message.channel_id !== params[0]) throw unknownMessage();
      const body = bodyRecord(parsed);
      checkMessageBody(body, parsed.files.length, false);
      applyMessageEdit(message, body, parsed.files, world);
      return ok(world.messageJson(message));
    }, { major: 0 }),
    route('DELETE', '/channels/{channel_id}/messages/{message_id}', ({ params }) => {
      textChannel(params[0] ?? '');
      const message = world.messages.get(params[1] ?? '');
      if (!message || message.deleted || message.channel_id !== params[0]) throw unknownMessage();
      message.deleted = true;
      return { status: 204 };
    }, { major: 0 }),
    route('POST', '/interactions/{id}/{token}/callback', ({ params, parsed, query }) =>
      interactions.callback(params[0] ?? '', params[1] ?? '', parsed, query.get('with_response') === 'true'),
    { interaction: true, major: 0 }),
    route('POST', '/webhooks/{app}/{token}', ({ params, parsed, query }) =>
      interactions.followUp(params[0] ?? '', params[1] ?? '', parsed, query.get('wait') !== 'false'),
    { interaction: true, major: 1 }),
    route('GET', '/webhooks/{app}/{token}/messages/{message_id}', ({ params }) =>
      interactions.getMessage(params[0] ?? '', params[1] ?? '', params[2] ?? ''),
    { interaction: true, major: 1 }),
    route('PATCH', '/webhooks/{app}/{token}/messages/{message_id}', ({ params, parsed }) =>
      interactions.editMessage(params[0] ?? '', params[1] ?? '', params[2] ?? '', parsed),
    { interaction: true, major: 1 }),
    route('DELETE', '/webhooks/{app}/{token}/messages/{message_id}', ({ params }) =>
      interactions.deleteMessage(params[0] ?? '', params[1] ?? '', params[2] ?? ''),
    { interaction: true, major: 1 }),
  ];
}
