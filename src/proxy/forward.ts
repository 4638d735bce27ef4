import type { IncomingMessage, ServerResponse } from 'node:http';
import { populateErrorResponse, populateSuccessfulResponse } from '@discordjs/proxy';
import type { REST, RequestMethod, RouteLike } from '@discordjs/rest';

/**
 * @discordjs/proxy's proxyRequests, except that the body is read before it is queued. proxyRequests
 * hands @discordjs/rest the incoming stream, which a retry after a 429 or a 5xx cannot read again: the
 * retry then posts an empty body and Discord answers 50006 "Cannot send an empty message".
 */
export function forwardRequests(rest: REST) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://noop');
    const fullRoute = url.pathname.replace(/^\/api(\/v\d+)?/, '') as RouteLike;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    if (req.headers['content-type']) headers['Content-Type'] = req.headers['content-type'];
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    const reason = req.headers['x-audit-log-reason'];
    if (typeof reason === 'string') headers['x-audit-log-reason'] = reason;
    try {
      const answer = await rest.queueRequest({
        fullRoute,
        method: (req.method ?? 'GET') as RequestMethod,
        body: body.length > 0 ? body : undefined,
        passThroughBody: true,
        // The caller's own Authorization header is passed on as it is.
        auth: false,
        query: url.searchParams,
        headers,
      });
      await populateSuccessfulResponse(res, answer);
    } catch (error) {
      if (!populateErrorResponse(res, error)) throw error;
    } finally {
      res.end();
    }
  };
}
