import { UserFacingError } from '../errors.ts';
import type { UserFacingErrorCode } from '../errors.ts';

/** A refusal caused by the site's HTTP status; `status` lets callers (e.g. feed polling) back off. */
export class HttpStatusError extends UserFacingError {
  readonly status: number;

  constructor(code: UserFacingErrorCode, message: string, status: number) {
    super(code, message);
    this.status = status;
  }
}

export function httpStatusError(status: number): HttpStatusError {
  if (status === 404 || status === 410) {
    return new HttpStatusError('not_found', `That page was not found (${status}).`, status);
  }
  if (status === 403 || status === 429) return blockedError(status);
  if (status === 401 || status === 451) {
    return new HttpStatusError(
      'forbidden',
      `That page is private or not available here (${status}).`,
      status,
    );
  }
  if (status >= 500) {
    return new HttpStatusError(
      'http_status',
      `The site had a problem answering (${status}). Try again later.`,
      status,
    );
  }
  return new HttpStatusError('http_status', `The site refused the request (${status}).`, status);
}

/**
 * A site that turns automated readers away: 403, 429, or a bot challenge page ("checking your
 * browser"). Feeds from it back off like any failing feed.
 */
export function blockedError(status: number): HttpStatusError {
  const why =
    status === 429
      ? ' right now (429: too many requests)'
      : ` (${status === 200 ? 'bot challenge' : status})`;
  return new HttpStatusError(
    'blocked',
    `That site blocks automated readers like NewsBrief${why}, so it cannot be read from here. You can paste the article’s text with /summarize text: instead.`,
    status,
  );
}

/** "15 s", "0.2 s": how long we waited, in words for the person who asked. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1))} s`;
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${Number(megabytes.toFixed(1))} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const timeoutError = (ms: number) =>
  new UserFacingError('timeout', `The site did not answer within ${formatSeconds(ms)}.`);

export const tooLargeError = (maxBytes: number) =>
  new UserFacingError('too_large', `The page is larger than ${formatMegabytes(maxBytes)}.`);

export const privateAddressError = () =>
  new UserFacingError(
    'private_address',
    "That link points into a private network, so NewsBrief won't open it.",
  );

const TLS_ERROR = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;

/** Turns a socket/DNS/TLS failure into a message for people; keeps the original as `cause`. */
export function connectionError(error: unknown): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (TLS_ERROR.test(code)) {
    return new UserFacingError('unreachable', "Couldn't open a secure connection to that site.", {
      cause: error,
    });
  }
  if (code === 'HPE_HEADER_OVERFLOW' || code.startsWith('HPE_')) {
    return new UserFacingError('unreachable', 'That site sent a broken answer.', { cause: error });
  }
  return new UserFacingError('unreachable', "Couldn't reach that site.", { cause: error });
}
