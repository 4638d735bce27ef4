import { pathToFileURL } from 'node:url';
import { loadConfig, loadDotEnv } from './config.ts';

/**
 * Entry point for `npm run worker`: a process that only takes jobs (feed polls, instant posts,
 * digests) from the Redis queues. Config problems exit 1; SIGINT/SIGTERM let jobs in progress end.
 */
export async function main(): Promise<void> {
  loadDotEnv();
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  const { config } = loaded;
  const { createLogger } = await import('./bot/start-bot.ts');
  const { startWorkerNow } = await import('./bot/start-worker.ts');
  const logger = createLogger(config);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));
  let worker: Awaited<ReturnType<typeof startWorkerNow>>;
  try {
    worker = await startWorkerNow(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start the NewsBrief worker');
    console.error(`NewsBrief worker could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) void main();
