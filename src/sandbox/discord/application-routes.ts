/** Routes about the bot itself: gateway discovery, users/@me, application commands, interaction webhooks. */
import { DiscordHttpError, invalidFormBody, unknownGuild } from './http.ts';
import type { RouteAnswer } from './interactions.ts';
import { ok, route, type Route, type RouteDeps } from './route-table.ts';
import type { RegisteredCommand } from './types.ts';
import { validateCommands } from './validate.ts';

export function applicationRoutes(deps: RouteDeps): Route[] {
  const { world, interactions, options, commands } = deps;

  /** Bulk overwrite, keeping ids of commands that survive by name and type, as Discord does. */
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
    if (!guildId || !world.guilds.has(guildId)) throw unknownGuild();
    return guildId;
  };
  const webhook = { interaction: true, major: 1 };

  return [
    route('GET', '/gateway', () => ok({ url: deps.gatewayUrl() })),
    route('GET', '/gateway/bot', () =>
      ok({
        url: deps.gatewayUrl(),
        // Discord recommends about one shard per 1,000 guilds.
        shards: Math.max(1, Math.ceil(world.guilds.size / options.guildsPerRecommendedShard)),
        session_start_limit: {
          total: options.sessionStartLimit,
          remaining: Math.max(0, options.sessionStartLimit - deps.gateway.counters.sessionsStarted),
          reset_after: 86_400_000,
          max_concurrency: options.maxConcurrency,
        },
      }),
    ),
    route('GET', '/users/@me', () =>
      ok({ ...world.botUser, verified: true, mfa_enabled: false, flags: 0, public_flags: 0 }),
    ),
    route('GET', '/applications/@me', () =>
      ok({
        id: world.applicationId,
        name: world.botUser.username,
        description: '',
        bot_public: true,
        bot_require_code_grant: false,
        flags: 0,
        bot: world.botUser,
        owner: null,
        team: null,
        icon: null,
      }),
    ),
    route('GET', '/applications/{app}/commands', ({ params }) => {
      checkApp(params[0]);
      return ok(commands.get('global') ?? []);
    }),
    route('PUT', '/applications/{app}/commands', ({ params, parsed }) => {
      checkApp(params[0]);
      return storeCommands('global', undefined, parsed.json);
    }),
    route('GET', '/applications/{app}/guilds/{guild}/commands', ({ params }) => {
      checkApp(params[0]);
      return ok(commands.get(checkGuild(params[1])) ?? []);
    }),
    route('PUT', '/applications/{app}/guilds/{guild}/commands', ({ params, parsed }) => {
      checkApp(params[0]);
      const guildId = checkGuild(params[1]);
      return storeCommands(guildId, guildId, parsed.json);
    }),
    route(
      'POST',
      '/interactions/{id}/{token}/callback',
      ({ params: [id = '', token = ''], parsed, query }) =>
        interactions.callback(id, token, parsed, query.get('with_response') === 'true'),
      { interaction: true, major: 0 },
    ),
    route(
      'POST',
      '/webhooks/{app}/{token}',
      ({ params: [app = '', token = ''], parsed, query }) =>
        interactions.followUp(app, token, parsed, query.get('wait') !== 'false'),
      webhook,
    ),
    route(
      'GET',
      '/webhooks/{app}/{token}/messages/{message_id}',
      ({ params: [app = '', token = '', id = ''] }) => interactions.getMessage(app, token, id),
      webhook,
    ),
    route(
      'PATCH',
      '/webhooks/{app}/{token}/messages/{message_id}',
      ({ params: [app = '', token = '', id = ''], parsed }) =>
        interactions.editMessage(app, token, id, parsed),
      webhook,
    ),
    route(
      'DELETE',
      '/webhooks/{app}/{token}/messages/{message_id}',
      ({ params: [app = '', token = '', id = ''] }) => interactions.deleteMessage(app, token, id),
      webhook,
    ),
  ];
}
