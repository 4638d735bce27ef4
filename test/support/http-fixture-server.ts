import http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';

/**
 * A tiny HTTP server on 127.0.0.1 for tests: each path answers with a declared response
 * (status, headers, body, delay, gzip, slow drip) or a custom handler. Never touches the internet.
 *
 *   const server = await startFixtureServer({ '/a': { body: '<html>..</html>' } });
 *   await fetcher.fetch(server.url('/a'));
 *   await server.close();
 */
export interface FixtureResponse {
  status?: number;
  /** Defaults to text/html; utf-8 when a body is given. Set a header to null to omit it. */
  headers?: Record<string, string | number | string[] | null>;
  body?: string | Buffer;
  /** Wait this long before sending the status line. */
  delayMs?: number;
  /** Gzip the body and send Content-Encoding: gzip. */
  gzip?: boolean;
  /** Send the body in pieces of `bytes` every `everyMs` (chunked, no Content-Length). */
  drip?: { bytes: number; everyMs: number };
}

export type FixtureHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export type FixtureRoute = FixtureResponse | FixtureHandler;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** Adds or replaces the answer for a path. */
  route(path: string, route: FixtureRoute): void;
  /** Every request received, in order (path includes the query string). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendDeclared(fixture: FixtureResponse, response: ServerResponse): Promise<void> {
  if (fixture.delayMs) await wait(fixture.delayMs);
  let body = typeof fixture.body === 'string' ? Buffer.from(fixture.body, 'utf8') : fixture.body;
  const headers: OutgoingHttpHeaders = { 'content-type': 'text/html; charset=utf-8' };
  if (fixture.gzip && body) {
    body = zlib.gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  if (body && !fixture.drip) headers['content-length'] = body.length;
  for (const [name, value] of Object.entries(fixture.headers ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  response.writeHead(fixture.status ?? 200, headers);
  if (!body) return void response.end();
  if (!fixture.drip) return void response.end(body);
  for (let offset = 0; offset < body.length && !response.destroyed; offset += fixture.drip.bytes) {
    response.write(body.subarray(offset, offset + fixture.drip.bytes));
    await wait(fixture.drip.everyMs);
  }
  response.end();
}

export async function startFixtureServer(routes: Record<string, FixtureRoute> = {}): Promise<FixtureServer> {
  const table = new Map<string, FixtureRoute>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    const answer = async () => {
      if (!route) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      if (typeof route === 'function') return route(request, response);
      return sendDeclared(route, response);
    };
    answer().catch(() => response.destroy());
  });
  // Tests close the server while slow responses are still dripping; track sockets to end them.
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, route) => void table.set(path, route),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
