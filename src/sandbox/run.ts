/**
 * `npm start` without a token (or `npm run sandbox`): starts the sandbox, prints the one line a
 * person needs, and stops cleanly on Ctrl-C. The bot's log goes to a file so the terminal stays
 * readable; a start-up failure is said on stderr in one line.
 */
import pino from 'pino';
import type { Config } from '../config.ts';
import { startSandbox, type RunningSandbox } from './start-sandbox.ts';

export const SANDBOX_LOG_FILE = 'data/sandbox.log';

function startFailure(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return `NewsBrief sandbox: port ${port} is in use. Set SANDBOX_PORT to a free port (for example SANDBOX_PORT=${port + 1} npm start).`;
  }
  if (code === 'EACCES') {
    return `NewsBrief sandbox: not allowed to listen on port ${port}. Set SANDBOX_PORT to a port above 1023.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `NewsBrief sandbox could not start: ${reason} (details in ${SANDBOX_LOG_FILE})`;
}

/** Resolves once the sandbox runs; the process then lives until SIGINT/SIGTERM. */
export async function runSandbox(config: Config): Promise<void> {
  const logger = pino(
    { level: config.LOG_LEVEL },
    pino.destination({ dest: SANDBOX_LOG_FILE, mkdir: true, sync: true }),
  );
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));

  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start the sandbox');
    console.error(startFailure(error, config.SANDBOX_PORT));
    process.exit(1);
  }
  logger.info({ url: sandbox.url }, 'sandbox ready');
  console.log(`NewsBrief sandbox: open ${sandbox.url.replace(/\/$/, '')}`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C: stop waiting
    stopping = true;
    logger.info({ signal }, 'sandbox stopping');
    sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'sandbox shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
