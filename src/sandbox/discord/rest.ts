/** The HTTP side: /api/v10 routing, bot-token auth, rate limits with Discord's headers, and a request log. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { DiscordHttpError, parseBody, readRequestBody } from './http.ts';
import { RateLimiter, rateLimitHeaders, type BucketState } from './rate-limits.ts';
import type { Route } from './routes.ts';
import type { RequestLogEntry, ResolvedOptions } from './types.ts';

/** Buckets without a configured limit still answer with headers, with room enough never to bite. */
const ROOMY_BUCKET = { count: 10_000, windowMs: 1000 };

export interface RestCounters {
  total: number;
  /** Every 429: global ones plus per-route ones. */
  rateLimited: number;
  globalRateLimited: number;
  routeRateLimited: number;
}

export class RestHandler {
  readonly log: RequestLogEntry[] = [];
  readonly counters: RestCounters = { total: 0, rateLimited: 0, globalRateLimited: 0, routeRateLimited: 0 };
  readonly limiter: RateLimiter;

  constructor(
    private readonly routes: Route[],
    private readonly options: ResolvedOptions,
  ) {
    this.limiter = new RateLimiter(options.globalRateLimitPerSecond);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api(\/v\d+)?/, '');
    this.counters.total++;
    const raw = await readRequestBody(req);
    let bucket: BucketState | undefined;
    let template = path;
    try {
      if (!url.pathname.startsWith('/api/')) throw new DiscordHttpError(404, 0, '404: Not Found');
      const match = this.match(method, path);
      if (!match) throw new DiscordHttpError(404, 0, '404: Not Found');
      const { route, params } = match;
      template = route.template;
      if (!route.interaction && !this.authorized(req))
        throw new DiscordHttpError(401, 0, '401: Unauthorized');
      const major = route.major !== undefined ? (params[route.major] ?? '') : '';
      const isChannelPost = method === 'POST' && route.template === '/channels/{channel_id}/messages';
      const limit =
        isChannelPost && this.options.channelRateLimit ? this.options.channelRateLimit : ROOMY_BUCKET;
      const decision = this.limiter.take(`${method} ${route.template}:${major}`, limit, !route.interaction);
      bucket = decision.bucket;
      if (!decision.ok) {
        this.rateLimited(res, method, path, template, bucket, decision.global, decision.retryAfterMs);
        return;
      }
      const parsed = await parseBody(req.headers['content-type'], raw);
      const answer = await route.handle({ params, parsed, query: url.searchParams });
      this.send(res, method, path, template, answer.status, answer.json, bucket);
    } catch (error) {
      if (error instanceof DiscordHttpError) {
        this.send(res, method, path, template, error.status, error.toJson(), bucket);
      } else {
        this.send(
          res,
          method,
          path,
          template,
          500,
          { message: '500: Internal Server Error', code: 0, detail: String(error) },
          bucket,
        );
      }
    }
  }

  private match(method: string, path: string): { route: Route; params: string[] } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m) return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    }
    return undefined;
  }

  private authorized(req: IncomingMessage): boolean {
    return req.headers.authorization === `Bot ${this.options.botToken}`;
  }

  private rateLimited(
    res: ServerResponse,
    method: string,
    path: string,
    template: string,
    bucket: BucketState,
    global: boolean,
    retryAfterMs: number,
  ): void {
    this.counters.rateLimited++;
    if (global) this.counters.globalRateLimited++;
    else this.counters.routeRateLimited++;
    const retryAfter = Math.max(0.001, retryAfterMs / 1000);
    // Discord sends Retry-After in whole seconds; fractional values keep tests fast and discord.js reads them fine.
    const headers: Record<string, string> = {
      'Retry-After': retryAfter.toFixed(3),
      'X-RateLimit-Scope': global ? 'global' : 'user',
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    };
    const json = { message: 'You are being rate limited.', retry_after: retryAfter, global, code: 0 };
    this.send(res, method, path, template, 429, json, bucket, headers);
  }

  private send(
    res: ServerResponse,
    method: string,
    path: string,
    template: string,
    status: number,
    json: unknown,
    bucket: BucketState | undefined,
    extra: Record<string, string> = {},
  ): void {
    // Answers refused before a route is known (404, 401) still carry headers, from a bucket that never fills.
    const shown = bucket ?? {
      limit: ROOMY_BUCKET.count,
      remaining: ROOMY_BUCKET.count,
      resetAt: Date.now() + 1000,
      bucket: 'unrouted',
    };
    const headers: Record<string, string> = { ...rateLimitHeaders(shown), ...extra };
    if (json !== undefined && status !== 204) {
      const body = JSON.stringify(json);
      res.writeHead(status, {
        ...headers,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    } else {
      res.writeHead(status, headers);
      res.end();
    }
    this.log.push({ method, route: template, path, status, time: performance.now() });
  }
}
