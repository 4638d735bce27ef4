import { describe, expect, it } from 'vitest';
import { httpStatusError, timeoutError, tooLargeError } from '../../../src/services/fetch/fetch-errors.ts';

describe('fetch error messages', () => {
  it('states the default limits in plain words', () => {
    expect(timeoutError(15_000).message).toBe('The site did not answer within 15 s.');
    expect(timeoutError(5_000).message).toBe('The site did not answer within 5 s.');
    expect(tooLargeError(5 * 1024 * 1024).message).toBe('The page is larger than 5 MB.');
    expect(tooLargeError(512 * 1024).message).toBe('The page is larger than 512 KB.');
  });

  it('keeps the HTTP status on the error and in the message', () => {
    expect(httpStatusError(404)).toMatchObject({
      code: 'not_found',
      status: 404,
      message: 'That page was not found (404).',
    });
    expect(httpStatusError(401)).toMatchObject({ code: 'forbidden', status: 401 });
    expect(httpStatusError(500).message).toContain('(500)');
    expect(httpStatusError(418)).toMatchObject({
      code: 'http_status',
      message: 'The site refused the request (418).',
    });
  });
});
