/** Waiting for the local Discord server's state: polling its messages, or listening to its gateway. */
import { performance } from 'node:perf_hooks';
import type { Gateway } from './gateway.ts';
import type { StoredMessage } from './types.ts';

/** Resolves once `read()` returns at least `n` messages; `where` names them in the timeout error. */
export async function waitForMessages(
  read: () => StoredMessage[],
  n: number,
  timeoutMs: number,
  where: string,
): Promise<StoredMessage[]> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const messages = read();
    if (messages.length >= n) return messages;
    if (performance.now() > deadline)
      throw new Error(`Timed out: ${messages.length}/${n} messages in ${where}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves once `check()` holds after some gateway event (identify, resume, close…). */
export async function waitForGatewayState(
  gateway: Gateway,
  check: () => boolean,
  timeoutMs: number,
): Promise<void> {
  if (check()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => (stop(), reject(new Error('Timed out waiting for gateway state'))),
      timeoutMs,
    );
    const stop = gateway.onChange(() => {
      if (!check()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
