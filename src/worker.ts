import { pathToFileURL } from 'node:url';
import { configOrExit, runUntilSignalled } from './process-lifecycle.ts';

/**
 * Entry point for `npm run worker`: a process that only takes jobs (feed polls, instant posts,
 * digests) from the Redis queues. Config problems exit 1; SIGINT/SIGTERM let jobs in progress end.
 */
export async function main(): Promise<void> {
  const config = configOrExit();
  const { createLogger } = await import('./bot/start-bot.ts');
  const { startWorkerNow } = await import('./bot/start-worker.ts');
  const logger = createLogger(config);
  await runUntilSignalled(logger, 'the NewsBrief worker', () => startWorkerNow(config, { logger }));
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
