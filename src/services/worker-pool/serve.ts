import { parentPort } from 'node:worker_threads';
import { serializeError, type FromWorker, type ToWorker } from './protocol.ts';

/**
 * The worker side of the pool: runs each job it is sent with `handler`, one at a time, and
 * answers with its result or its error. Says "ready" once its modules are loaded, so the time a
 * new worker takes to start never counts against a job's budget.
 */
export function serveJobs<Job, Result>(handler: (job: Job) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run in a worker thread');
  const send = (message: FromWorker<Result>) => port.postMessage(message);
  port.on('message', (message: ToWorker<Job>) => {
    void (async () => {
      try {
        send({ type: 'done', id: message.id, result: await handler(message.job) });
      } catch (error) {
        send({ type: 'failed', id: message.id, error: serializeError(error) });
      }
    })();
  });
  send({ type: 'ready' });
}
