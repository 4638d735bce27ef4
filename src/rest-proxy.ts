import { pathToFileURL } from 'node:url';
import { configOrExit } from './process-lifecycle.ts';

/**
 * `npm run rest-proxy`: the REST proxy every bot process (SHARDS, several hosts) points
 * DISCORD_REST_PROXY_URL at, so together they stay inside Discord's rate limits.
 */
export async function main(): Promise<void> {
  const config = configOrExit();
  const { startRestProxy } = await import('./proxy/rest-proxy.ts');
  const proxy = await startRestProxy({
    api: config.DISCORD_API_URL,
    host: config.REST_PROXY_HOST,
    port: config.REST_PROXY_PORT,
    globalPerSecond: config.REST_PROXY_GLOBAL_PER_SECOND,
  });
  console.log(
    `NewsBrief REST proxy: ${proxy.url} -> ${config.DISCORD_API_URL} (${config.REST_PROXY_GLOBAL_PER_SECOND} requests/s)`,
  );
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
