import type { Logger } from 'pino';
import { loadConfig, loadDotEnv, type Config } from './config.ts';

/** The config from the environment (and .env); each problem is printed and the process exits 1. */
export function configOrExit(options: { shardProcess?: boolean } = {}): Config {
  loadDotEnv();
  const loaded = loadConfig(undefined, options);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`Config problem: ${problem}`);
    process.exit(1);
  }
  return loaded.config;
}

/**
 * Last-resort logging, and SIGINT/SIGTERM stopping what `start` starts. Signals are taken from the
 * start: one that comes while it is still starting stops it as soon as it has started. A failed
 * start is logged and exits 1.
 */
export async function runUntilSignalled(
  logger: Logger,
  what: string,
  start: () => Promise<{ stop(): Promise<void> }>,
): Promise<void> {
  // A stray rejection must never take the process down silently.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));
  let running: { stop(): Promise<void> } | undefined;
  let pendingSignal: string | undefined;
  const shutdown = (signal: string) => {
    if (!running) {
      pendingSignal = signal;
      return;
    }
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  try {
    running = await start();
  } catch (error) {
    logger.fatal({ err: error }, `could not start ${what}`);
    console.error(`${what} could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (pendingSignal) shutdown(pendingSignal);
}
