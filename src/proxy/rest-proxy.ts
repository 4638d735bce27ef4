import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// The ESM build of @discordjs/rest, as @discordjs/proxy imports it: discord.js's CommonJS copy has other
// error classes, and the proxy would not recognise a Discord error answer thrown by it.
import { REST } from '@discordjs/rest';
import { forwardRequests } from './forward.ts';

/**
 * One REST budget for every bot process: they point their REST `api` at this proxy, and the proxy
 * alone talks to Discord, queueing by Discord's per-route buckets and one global per-second limit
 * (@discordjs/proxy over @discordjs/rest). Interaction callbacks and webhook follow-ups go through a
 * second queue: Discord does not count them against the global limit, and an acknowledgement must
 * not wait behind a burst of digests.
 */
export interface RestProxyOptions {
  /** Discord's API base (DISCORD_API_URL), e.g. https://discord.com/api. */
  api: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Requests per second let through for all processes together (bot-token routes). */
  globalPerSecond: number;
}

export interface RunningRestProxy {
  /** "http://host:port/api": what DISCORD_REST_PROXY_URL is set to. */
  readonly url: string;
  /** Requests taken, by queue. */
  readonly counts: { general: number; interactions: number };
  close(): Promise<void>;
}

/** Paths Discord leaves out of the global limit: they carry an interaction token, not the bot token. */
const INTERACTION_PATH = /^\/api(?:\/v\d+)?\/(?:interactions|webhooks)\//;

/**
 * Lets requests out one at a time, at least 1000/rate ms apart. @discordjs/rest's own global limit
 * lets a whole second's worth out at once, and a timer-per-request pacer catches up in a burst after
 * an event-loop stall; either can put two seconds' worth into one of Discord's one-second windows
 * (they are not aligned with ours) and cost a global 429. Here a stall only makes the gaps longer.
 */
function evenPacer(perSecond: number): () => Promise<void> {
  const spacingMs = 1000 / perSecond;
  const waiting: (() => void)[] = [];
  let lastAt = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const releaseNext = () => {
    timer = null;
    const next = waiting.shift();
    if (!next) return;
    lastAt = performance.now();
    next();
    if (waiting.length > 0) timer = setTimeout(releaseNext, spacingMs);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (timer) return;
      timer = setTimeout(releaseNext, Math.max(0, lastAt + spacingMs - performance.now()));
    });
}

export async function startRestProxy(options: RestProxyOptions): Promise<RunningRestProxy> {
  const paced = evenPacer(options.globalPerSecond);
  // The pacer keeps the rate; @discordjs/rest's own global window would only add bursts.
  const general = new REST({ api: options.api, globalRequestsPerSecond: 10_000 });
  const interactions = new REST({ api: options.api, globalRequestsPerSecond: 10_000 });
  const toGeneral = forwardRequests(general);
  const toInteractions = forwardRequests(interactions);
  const counts = { general: 0, interactions: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const isInteraction = INTERACTION_PATH.test(req.url ?? '');
    counts[isInteraction ? 'interactions' : 'general']++;
    // The answer is ended even on an error not known as Discord's (Discord unreachable); without this
    // the caller would read an empty 200 as a success and never retry.
    res.statusCode = 502;
    const forward = isInteraction ? toInteractions(req, res) : paced().then(() => toGeneral(req, res));
    forward.catch(() => {
      // A network failure towards Discord: the caller's REST retries 5xx answers.
      if (res.writableEnded) return;
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'REST proxy could not reach Discord', code: 0 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/api`,
    counts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      general.clearHashSweeper();
      general.clearHandlerSweeper();
      interactions.clearHashSweeper();
      interactions.clearHandlerSweeper();
    },
  };
}
