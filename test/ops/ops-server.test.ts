import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpsServer, type OpsServer } from '../../src/ops/ops-server.ts';
import { UserFacingError } from '../../src/services/errors.ts';
import { countingFetcher, createMetrics } from '../../src/services/metrics.ts';

const servers: OpsServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(checks: Record<string, () => Promise<void>>) {
  const metrics = createMetrics();
  const server = await startOpsServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    checks,
    logger: pino({ level: 'silent' }),
  });
  servers.push(server);
  return { server, metrics };
}

describe('GET /healthz', () => {
  it('answers 200 when every check passes', async () => {
    const { server } = await start({ store: async () => undefined, redis: async () => undefined });
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { store: 'ok', redis: 'ok' } });
  });

  it('answers 503 naming what fails, also when a check hangs', async () => {
    const { server } = await start({
      store: async () => undefined,
      redis: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6390')),
      gateway: () => new Promise(() => undefined),
    });
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: {
        store: 'ok',
        redis: 'failing: connect ECONNREFUSED 127.0.0.1:6390',
        gateway: 'failing: no answer within 2000 ms',
      },
    });
  });
});

describe('GET /metrics', () => {
  it('shows the counters in Prometheus text, and nothing else is served', async () => {
    const { server, metrics } = await start({});
    metrics.interactions.inc({ command: 'summarize', outcome: 'ok' });
    metrics.summarySeconds.observe({ command: 'summarize' }, 0.3);
    metrics.digestsPosted.inc();
    const fetcher = countingFetcher(
      { fetch: async () => Promise.reject(new UserFacingError('timeout', 'That site took too long.')) },
      metrics,
    );
    await expect(fetcher.fetch('https://slow.example/')).rejects.toThrow('too long');
    metrics.watchQueues(async () => ({ digests: { waiting: 4, failed: 1 } }));
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('newsbrief_interactions_total{command="summarize",outcome="ok"} 1');
    expect(text).toContain('newsbrief_summary_seconds_bucket{le="0.5",command="summarize"} 1');
    expect(text).toContain('newsbrief_fetch_errors_total{kind="timeout"} 1');
    expect(text).toContain('newsbrief_digests_posted_total 1');
    expect(text).toContain('newsbrief_queue_jobs{queue="digests",state="waiting"} 4');
    expect(text).toContain('newsbrief_queue_jobs{queue="digests",state="failed"} 1');
    expect(text).toContain('newsbrief_discord_rest_429_total 0');
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
