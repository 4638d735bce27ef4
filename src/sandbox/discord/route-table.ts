/** Route table plumbing shared by the REST route files. */
import type { Gateway } from './gateway.ts';
import type { ParsedBody } from './http.ts';
import type { InteractionRegistry, RouteAnswer } from './interactions.ts';
import type { RegisteredCommand, ResolvedOptions } from './types.ts';
import type { World } from './world.ts';

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

/** `{name}` segments of the template become the handler's positional params. */
export function route(
  method: string,
  template: string,
  handle: Route['handle'],
  extra: Partial<Route> = {},
): Route {
  const source = template.replace(/\{[a-z_]+\}/g, '([^/]+)');
  return { method, template, pattern: new RegExp(`^${source}$`), interaction: false, handle, ...extra };
}

export const ok = (json: unknown): RouteAnswer => ({ status: 200, json });
