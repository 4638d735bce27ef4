import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Metrics } from '../services/metrics.ts';

/**
 * GET /healthz and GET /metrics on METRICS_HOST:METRICS_PORT (loopback by default): what a
 * container orchestrator probes and Prometheus scrapes. Nothing else is served.
 */

/** Each check rejects when what it checks is not usable (e.g. the store cannot be read). */
export type HealthChecks = Record<string, () => Promise<void>>;

export interface OpsServer {
  readonly url: string;
  close(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2_000;

async function runCheck(check: () => Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch (error) {
    return `failing: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

/** 200 with every check "ok", or 503 naming the ones failing. */
export async function health(checks: HealthChecks): Promise<{ status: number; body: object }> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => runCheck(checks[name] ?? (async () => undefined))));
  const byName = Object.fromEntries(names.map((name, i) => [name, results[i]]));
  const ok = results.every((result) => result === 'ok');
  return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'unavailable', checks: byName } };
}

export async function startOpsServer(options: {
  host: string;
  port: number;
  metrics: Metrics;
  checks: HealthChecks;
  logger: Logger;
}): Promise<OpsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const answer = async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
      } else if (path === '/healthz') {
        const result = await health(options.checks);
        response
          .writeHead(result.status, { 'content-type': 'application/json' })
          .end(JSON.stringify(result.body));
      } else if (path === '/metrics') {
        const text = await options.metrics.registry.metrics();
        response.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text);
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('GET /healthz or /metrics\n');
      }
    };
    answer().catch((error: unknown) => {
      options.logger.error({ err: error, path }, 'ops endpoint failed');
      if (!response.headersSent) response.writeHead(500).end();
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  options.logger.info({ port, host: options.host }, 'health and metrics endpoints listening');
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
