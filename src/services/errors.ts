/**
 * An expected failure with a message written for people. Commands show `message` as is
 * (ephemerally in Discord, on stderr in the CLI); anything that is not a UserFacingError is a bug
 * or an outage, logged with context and answered with a short generic message.
 */
export type UserFacingErrorCode =
  | 'bad_url'
  | 'private_address'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'not_a_page'
  | 'http_status'
  | 'too_many_redirects'
  | 'bad_encoding'
  | 'no_article'
  | 'bad_input'
  | 'not_a_feed'
  | 'rate_limited'
  | 'forbidden'
  | 'blocked'
  | 'not_found'
  /** Reading or summarizing the input ran past SUMMARY_TIMEOUT_MS and was stopped. */
  | 'too_complex'
  /** Too many summaries wait for a worker (the member's own, or everyone's): try again shortly. */
  | 'busy';

export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  readonly code: UserFacingErrorCode;

  constructor(code: UserFacingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError;
}
