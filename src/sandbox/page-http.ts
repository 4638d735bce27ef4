/** HTTP plumbing for the sandbox page: who may call it, reading JSON bodies, answering JSON. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A refusal the page shows as it is. */
export class PageRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Only the page itself may drive the sandbox. The server listens on 127.0.0.1, but a web site open
 * in the same browser could still send requests to it: a Host other than the sandbox's own (DNS
 * rebinding) is refused, and a POST must come from the sandbox's origin and be JSON, which a
 * cross-site form or a "simple" cross-site fetch cannot send without the browser asking first.
 */
export function checkPageRequest(req: IncomingMessage, port: number): void {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    throw new PageRequestError(403, 'The sandbox answers only at its own address.');
  }
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    throw new PageRequestError(403, 'The sandbox answers only its own page.');
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new PageRequestError(415, 'Send JSON.');
  }
}

/** Reads a JSON object body of at most `maxBytes`. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new PageRequestError(413, 'That is too large for the sandbox.');
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new PageRequestError(400, 'The request was not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PageRequestError(400, 'Expected a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

export function sendJson(res: ServerResponse, status: number, json: unknown): void {
  const body = JSON.stringify(json);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** A required string field, or a 400 naming it. */
export function stringField(body: Record<string, unknown>, name: string, maxLength = 10_000): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new PageRequestError(400, `Missing or invalid "${name}".`);
  }
  return value;
}
