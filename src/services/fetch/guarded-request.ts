import { promises as dns } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import { isUserFacingError, UserFacingError } from '../errors.ts';
import { isPrivateAddress, normalizeHostname } from './address-policy.ts';
import { connectionError, privateAddressError, timeoutError } from './fetch-errors.ts';

/** Resolves a host name to every address it has (like dns.lookup with `all: true`). */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: HostResolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

export interface GuardedRequestOptions {
  url: URL;
  headers: OutgoingHttpHeaders;
  /** True when the URL's host is on the allowPrivateHosts list. */
  privateAllowed: boolean;
  resolveHost: HostResolver;
  connectTimeoutMs: number;
  signal: AbortSignal;
}

/**
 * The lookup handed to net.connect: the addresses it returns are the ones the socket connects to,
 * so validating here (not in a separate, earlier DNS query) means a rebinding DNS server cannot
 * answer "public" to the check and "private" to the connection.
 */
function guardedLookup(resolveHost: HostResolver, privateAllowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (resolved) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const addresses = resolved.filter((entry) => family === 0 || entry.family === family);
        // One private answer is enough to refuse: the host is pointing into a private network.
        if (!privateAllowed && addresses.some((entry) => isPrivateAddress(entry.address))) {
          callback(privateAddressError(), '');
          return;
        }
        const first = addresses[0];
        if (!first) {
          callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), '');
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

/**
 * Sends one GET and resolves with the response head. The address is checked at connect time;
 * IP-literal hosts (where Node skips lookup) are checked up front, and the socket's actual peer
 * address is checked again once connected.
 */
export function sendGuardedRequest(options: GuardedRequestOptions): Promise<IncomingMessage> {
  const { url, privateAllowed, signal } = options;
  const hostname = normalizeHostname(url.hostname);
  if (isIP(hostname) && !privateAllowed && isPrivateAddress(hostname)) {
    return Promise.reject(privateAddressError());
  }
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = client.request({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: options.headers,
      // A fresh connection per request, so no pooled socket bypasses the lookup check.
      agent: false,
      lookup: guardedLookup(options.resolveHost, privateAllowed),
    });

    const connectTimer = setTimeout(
      () => request.destroy(timeoutError(options.connectTimeoutMs)),
      options.connectTimeoutMs,
    );
    const onAbort = () =>
      request.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    const cleanup = () => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });

    request.once('socket', (socket: Socket) => {
      const connectedEvent = url.protocol === 'https:' ? 'secureConnect' : 'connect';
      socket.once('connect', () => {
        if (!privateAllowed && isPrivateAddress(socket.remoteAddress ?? ''))
          socket.destroy(privateAddressError());
      });
      socket.once(connectedEvent, () => clearTimeout(connectTimer));
    });
    request.once('response', (response) => {
      cleanup();
      // Keep aborting the body read if the overall deadline fires later.
      const onBodyAbort = () => response.destroy(signal.reason instanceof Error ? signal.reason : undefined);
      signal.addEventListener('abort', onBodyAbort, { once: true });
      response.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      // Readers attach their own error handling; this only keeps a late error (after the body was
      // read or skipped) from becoming an uncaught exception that takes the bot down.
      response.on('error', () => undefined);
      resolve(response);
    });
    // `on`, not `once`: a socket can fail again after the first error, and an unheard 'error' would crash the bot.
    request.on('error', (error) => {
      cleanup();
      reject(isUserFacingError(error) ? error : connectionError(error));
    });
    request.end();
  });
}

/** Parses (and for redirects, resolves against `base`) a link NewsBrief may open, or refuses it. */
export function assertFetchableUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new UserFacingError('bad_url', "That doesn't look like a web link.");
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserFacingError('bad_url', 'Only http:// and https:// links can be opened.');
  }
  if (!url.hostname) throw new UserFacingError('bad_url', "That doesn't look like a web link.");
  // Credentials in a link are dropped, never sent: a shared link should not log anyone in.
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}
