/**
 * Live updates for the sandbox page over server-sent events: every message the local Discord
 * server creates, edits or deletes is pushed to every open page at once, so a scheduled digest
 * shows up in #digest without a reload. EventSource reconnects by itself; the page then reloads
 * the state, so nothing missed while disconnected is lost.
 */
import type { ServerResponse } from 'node:http';
import type { DiscordServer, StoredMessage } from './discord/index.ts';

/** Comment lines keep idle connections (and proxies in between) from timing out. */
const KEEP_ALIVE_MS = 15_000;

export interface LiveEvents {
  /** Takes over the response as an event stream until the page goes away or close() is called. */
  attach(res: ServerResponse): void;
  readonly clients: number;
  close(): void;
}

export function createLiveEvents(
  discord: DiscordServer,
  toJson: (message: StoredMessage) => unknown,
): LiveEvents {
  const streams = new Set<ServerResponse>();
  const send = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  const stopListening = discord.world.onMessageChange((message, change) => {
    if (change === 'delete') send('delete', { id: message.id, channel_id: message.channel_id });
    else send('message', toJson(message));
  });
  const keepAlive = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    attach(res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write('retry: 1000\n\n');
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    get clients() {
      return streams.size;
    },
    close() {
      stopListening();
      clearInterval(keepAlive);
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
