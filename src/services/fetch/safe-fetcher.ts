import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { UserFacingError } from '../errors.ts';
import { createPrivateHostAllowance } from './address-policy.ts';
import { readCappedBody } from './body-reader.ts';
import { decodeBody } from './charset.ts';
import { acceptHeaderFor, isAcceptedMediaType, parseContentType, sniffMediaType } from './content-type.ts';
import { isChallengeHeader, looksLikeBotChallenge } from './bot-challenge.ts';
import { blockedError, httpStatusError, timeoutError, tooLargeError } from './fetch-errors.ts';
import { assertFetchableUrl, sendGuardedRequest, systemResolver } from './guarded-request.ts';
import type { HostResolver } from './guarded-request.ts';
import type { Fetcher, FetchKind, FetchRequest, FetchResult } from './types.ts';

/**
 * The one way NewsBrief reads the web. Decisions worth knowing:
 * - Credentials in a link (user:pass@) and the #fragment are dropped, never sent.
 * - A host is refused when ANY of its DNS answers is private; the answers checked are the ones
 *   the socket connects to (see guarded-request.ts), and the connected peer is checked again.
 * - allowPrivateHosts matches the URL's host name or IP literal exactly (case-insensitive), and
 *   its port too when the entry names one ("127.0.0.1:8787"); a redirect to another host or port
 *   is judged on its own.
 * - Size is counted after decompression; time covers DNS, redirects and the whole body.
 */
export interface SafeFetcherOptions {
  /** Host names or IP literals that may be reached although private (FETCH_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts?: readonly string[];
  /** Largest body accepted, counted after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Time allowed for DNS + TCP (+ TLS) before giving up. Default 5 s. */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch, redirects and body included. Default 15 s. */
  totalTimeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  acceptLanguage?: string;
  /** Host name resolution; defaults to the system resolver. Tests inject fake DNS answers here. */
  resolveHost?: HostResolver;
}

export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 NewsBrief/0.1 (news summary bot)';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface ResolvedOptions {
  isPrivateAllowed: (hostname: string, port?: number) => boolean;
  maxBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  acceptLanguage: string;
  resolveHost: HostResolver;
}

export function createSafeFetcher(options: SafeFetcherOptions = {}): Fetcher {
  const resolved: ResolvedOptions = {
    isPrivateAllowed: createPrivateHostAllowance(options.allowPrivateHosts ?? []),
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 15_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    acceptLanguage: options.acceptLanguage ?? 'en-US,en;q=0.9',
    resolveHost: options.resolveHost ?? systemResolver,
  };
  return { fetch: (url, request) => fetchWithDeadline(resolved, url, request ?? {}) };
}

async function fetchWithDeadline(
  options: ResolvedOptions,
  url: string,
  request: FetchRequest,
): Promise<FetchResult> {
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(timeoutError(options.totalTimeoutMs)),
    options.totalTimeoutMs,
  );
  const signal = request.signal ? AbortSignal.any([deadline.signal, request.signal]) : deadline.signal;
  try {
    return await followRedirects(options, assertFetchableUrl(url), request, signal);
  } catch (error) {
    // Whatever broke after an abort (reset sockets, stream errors) is a symptom; report the cause.
    if (signal.aborted) throw signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(
  options: ResolvedOptions,
  kind: FetchKind,
  request: FetchRequest,
): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'User-Agent': options.userAgent,
    Accept: acceptHeaderFor(kind),
    'Accept-Language': options.acceptLanguage,
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  return headers;
}

async function followRedirects(
  options: ResolvedOptions,
  start: URL,
  request: FetchRequest,
  signal: AbortSignal,
): Promise<FetchResult> {
  const kind = request.kind ?? 'page';
  const headers = requestHeaders(options, kind, request);
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const response = await sendGuardedRequest({
      url,
      headers,
      privateAllowed: options.isPrivateAllowed(url.hostname, effectivePort(url)),
      resolveHost: options.resolveHost,
      connectTimeoutMs: options.connectTimeoutMs,
      signal,
    });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      if (redirects >= options.maxRedirects) {
        throw new UserFacingError(
          'too_many_redirects',
          `That link redirects too many times (more than ${options.maxRedirects}).`,
        );
      }
      // Every hop goes back through the same URL and address checks as the first one.
      url = assertFetchableUrl(location, url);
      continue;
    }
    return readResult(options, url, response, kind, signal);
  }
}

async function readResult(
  options: ResolvedOptions,
  url: URL,
  response: IncomingMessage,
  kind: FetchKind,
  signal: AbortSignal,
): Promise<FetchResult> {
  const status = response.statusCode ?? 0;
  const etag = headerValue(response, 'etag');
  const lastModified = headerValue(response, 'last-modified');
  const declared = parseContentType(headerValue(response, 'content-type') ?? undefined);
  if (status === 304) {
    response.destroy();
    const contentType = declared?.mediaType ?? '';
    return { url: url.href, status, notModified: true, contentType, body: '', etag, lastModified };
  }
  if (status < 200 || status >= 300) {
    response.destroy();
    throw isChallengeHeader(headerValue(response, 'cf-mitigated'))
      ? blockedError(status)
      : httpStatusError(status);
  }
  if (declared && !isAcceptedMediaType(declared.mediaType, kind)) {
    response.destroy();
    throw notAPageError(declared.mediaType, kind);
  }
  const contentLength = Number(headerValue(response, 'content-length') ?? NaN);
  if (Number.isFinite(contentLength) && contentLength > options.maxBytes) {
    response.destroy();
    throw tooLargeError(options.maxBytes);
  }
  const bytes = await readCappedBody(response, {
    contentEncoding: headerValue(response, 'content-encoding') ?? undefined,
    maxBytes: options.maxBytes,
    signal,
  });
  const mediaType = declared?.mediaType ?? sniffMediaType(bytes, kind);
  if (!mediaType) throw notAPageError('unknown type', kind);
  const { text } = decodeBody(bytes, { headerCharset: declared?.charset ?? null, mediaType });
  if (mediaType.includes('html') && looksLikeBotChallenge(text)) throw blockedError(status);
  return {
    url: url.href,
    status,
    notModified: false,
    contentType: mediaType,
    body: text,
    etag,
    lastModified,
  };
}

/** The port a URL connects to, written or implied by its scheme. */
function effectivePort(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

function headerValue(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function notAPageError(mediaType: string, kind: FetchKind): UserFacingError {
  const what = kind === 'feed' ? 'a web page or feed' : 'a web page';
  return new UserFacingError('not_a_page', `That link is not ${what} (${mediaType}).`);
}
