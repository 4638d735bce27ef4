import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { createSafeFetcher } from '../../../src/services/fetch/safe-fetcher.ts';
import type { FixtureServer } from '../../support/http-fixture-server.ts';
import { startFixtureServer } from '../../support/http-fixture-server.ts';

const MB = 1024 * 1024;

/**
 * 200 MB of zeros as gzip (~200 KB): gzip allows concatenated members and decoders must read them
 * all, so one compressed megabyte repeated 200 times is a valid bomb that is instant to build.
 */
function gzipBomb(megabytes: number): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(MB));
  return Buffer.concat(new Array<Buffer>(megabytes).fill(member));
}

/** 20 MB of zeros compressed as one brotli or deflate stream (those formats cannot be concatenated). */
function singleStreamBomb(encoding: 'br' | 'deflate'): Buffer {
  const zeros = Buffer.alloc(20 * MB);
  return encoding === 'br'
    ? zlib.brotliCompressSync(zeros, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
    : zlib.deflateSync(zeros);
}

let server: FixtureServer;
let bombSize = 0;

beforeAll(async () => {
  const bomb = gzipBomb(200);
  bombSize = bomb.length;
  server = await startFixtureServer({
    '/declared-huge': { body: 'x', headers: { 'content-length': String(6 * MB) } },
    '/streamed-huge': { body: Buffer.alloc(6 * MB, 'a'), drip: { bytes: 256 * 1024, everyMs: 0 } },
    '/small-gzip': { body: '<html><body>compressed story</body></html>', gzip: true },
    '/bomb': { body: bomb, headers: { 'content-encoding': 'gzip', 'content-length': null } },
    '/gzip-drip': {
      body: '<html><body>' + 'drip '.repeat(50) + '</body></html>',
      gzip: true,
      drip: { bytes: 3, everyMs: 1 },
    },
    '/compress': { body: 'xyz', headers: { 'content-encoding': 'compress' } },
    '/damaged-gzip': {
      body: Buffer.from('this is not gzip at all, just text pretending'),
      headers: { 'content-encoding': 'gzip' },
    },
    '/empty': { body: '', headers: { 'content-type': 'text/html' } },
    '/slow-drip': { body: '<html>' + 'x'.repeat(200) + '</html>', drip: { bytes: 1, everyMs: 40 } },
    '/slow-headers': { body: '<html></html>', delayMs: 2_000 },
  });
  for (const encoding of ['br', 'deflate'] as const) {
    const story = Buffer.from('<html><body>story in ' + encoding + '</body></html>');
    const body = encoding === 'br' ? zlib.brotliCompressSync(story) : zlib.deflateSync(story);
    const rawBody = zlib.deflateRawSync(story);
    server.route(`/small-${encoding}`, { body, headers: { 'content-encoding': encoding } });
    if (encoding === 'deflate')
      server.route('/small-raw-deflate', { body: rawBody, headers: { 'content-encoding': 'deflate' } });
    const bombBody = singleStreamBomb(encoding);
    server.route(`/bomb-${encoding}`, { body: bombBody, headers: { 'content-encoding': encoding } });
  }
});

afterAll(() => server.close());

const fetcher = (options: Parameters<typeof createSafeFetcher>[0] = {}) =>
  createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], ...options });

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe('createSafeFetcher: size cap', () => {
  it('refuses early when Content-Length is above 5 MB', async () => {
    const error = await refusal(fetcher().fetch(server.url('/declared-huge')));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('The page is larger than 5 MB.');
  });

  it('stops a chunked body without Content-Length once it passes the cap', async () => {
    const error = await refusal(fetcher().fetch(server.url('/streamed-huge')));
    expect(error.code).toBe('too_large');
  });

  it('accepts the same body when the cap is larger', async () => {
    const result = await fetcher({ maxBytes: 7 * MB, allowPrivateHosts: ['127.0.0.1'] }).fetch(
      server.url('/streamed-huge'),
    );
    expect(result.body.length).toBe(6 * MB);
  });

  it('decompresses gzip, brotli, zlib deflate and raw deflate bodies', async () => {
    expect((await fetcher().fetch(server.url('/small-gzip'))).body).toContain('compressed story');
    expect((await fetcher().fetch(server.url('/small-br'))).body).toContain('story in br');
    expect((await fetcher().fetch(server.url('/small-deflate'))).body).toContain('story in deflate');
    expect((await fetcher().fetch(server.url('/small-raw-deflate'))).body).toContain('story in deflate');
  });

  it('decodes a compressed body that arrives a few bytes at a time', async () => {
    const result = await fetcher().fetch(server.url('/gzip-drip'));
    expect(result.body).toBe('<html><body>' + 'drip '.repeat(50) + '</body></html>');
  });

  it('refuses unknown or damaged compression with a clear message', async () => {
    const unknown = await refusal(fetcher().fetch(server.url('/compress')));
    expect(unknown.code).toBe('bad_encoding');
    expect(unknown.message).toContain('(compress)');
    const damaged = await refusal(fetcher().fetch(server.url('/damaged-gzip')));
    expect(damaged.code).toBe('bad_encoding');
  });

  it('returns an empty body as empty text', async () => {
    expect((await fetcher().fetch(server.url('/empty'))).body).toBe('');
  });

  it('aborts a 200 MB gzip bomb at the cap without inflating it in memory', async () => {
    expect(bombSize).toBeLessThan(MB); // the bomb really is small on the wire
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const error = await refusal(fetcher().fetch(server.url('/bomb')));
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    expect(error.code).toBe('too_large');
    expect(rssGrowth).toBeLessThan(100 * MB);
  });

  it.each(['br', 'deflate'])('aborts a %s bomb at the cap too', async (encoding) => {
    const error = await refusal(
      fetcher({ maxBytes: MB, allowPrivateHosts: ['127.0.0.1'] }).fetch(server.url(`/bomb-${encoding}`)),
    );
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('The page is larger than 1 MB.');
  });
});

describe('createSafeFetcher: time limits', () => {
  it('gives up on a slow-drip body at the overall deadline', async () => {
    const error = await refusal(fetcher({ totalTimeoutMs: 300 }).fetch(server.url('/slow-drip')));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('The site did not answer within 0.3 s.');
  });

  it('gives up when the answer does not start before the deadline', async () => {
    const error = await refusal(fetcher({ totalTimeoutMs: 200 }).fetch(server.url('/slow-headers')));
    expect(error.code).toBe('timeout');
  });

  it('gives up when connecting takes longer than the connect timeout', async () => {
    const neverResolves = () => new Promise<never>(() => undefined);
    const slowDns = createSafeFetcher({ resolveHost: neverResolves, connectTimeoutMs: 100 });
    const error = await refusal(slowDns.fetch('http://slow-dns.example/'));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('The site did not answer within 0.1 s.');
  });
});
