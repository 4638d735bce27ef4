// Talking to the sandbox: JSON posts for what the person does, and the live event stream
// (server-sent events) of every message created, edited or deleted.

/** Posts JSON to the sandbox; a network failure becomes an answer the page can show. @param {string} path @param {Record<string, unknown>} body */
export async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return await response.json();
  } catch {
    return { ok: false, error: 'The sandbox is not reachable. Is `npm start` still running?' };
  }
}

/**
 * @typedef {{ reload: () => Promise<void>, message: (message: any) => void, deleted: (id: string) => void,
 *   changed: () => void, connected: (yes: boolean) => void }} LiveHandlers
 */

/**
 * Follows every message change live. Each (re)connection reloads the whole state first; events
 * that arrive while it loads wait, so an older snapshot never overwrites a newer message.
 * @param {LiveHandlers} handlers
 */
export function followLive(handlers) {
  const events = new EventSource('/ui/events');
  /** @type {(() => void)[] | null} */
  let waiting = null;
  /** @param {() => void} apply */
  const whenLoaded = (apply) => {
    if (waiting) waiting.push(apply);
    else {
      apply();
      handlers.changed();
    }
  };
  events.addEventListener('open', async () => {
    handlers.connected(true);
    waiting = [];
    await handlers.reload();
    for (const apply of waiting) apply();
    waiting = null;
    handlers.changed();
  });
  events.addEventListener('error', () => handlers.connected(false));
  events.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    whenLoaded(() => handlers.message(message));
  });
  events.addEventListener('delete', (event) => {
    const { id } = JSON.parse(event.data);
    whenLoaded(() => handlers.deleted(id));
  });
}
