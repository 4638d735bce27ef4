import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { HttpStatusError } from '../../../src/services/fetch/fetch-errors.ts';
import { createSafeFetcher } from '../../../src/services/fetch/safe-fetcher.ts';
import type { FixtureServer } from '../../support/http-fixture-server.ts';
import { startFixtureServer } from '../../support/http-fixture-server.ts';

const PAGE = '<!doctype html><html><head><title>Hello</title></head><body><p>Story</p></body></html>';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({
    '/page': { body: PAGE, headers: { etag: '"v1"', 'last-modified': 'Wed, 21 Oct 2025 07:28:00 GMT' } },
    '/pdf': { body: '%PDF-1.7', headers: { 'content-type': 'application/pdf' } },
    '/missing': { status: 404, body: 'gone' },
    '/private': { status: 403, body: 'no' },
    '/busy': { status: 429, body: 'slow down' },
    '/broken': { status: 503, body: 'oops' },
    '/challenged': {
      status: 503,
      headers: { 'cf-mitigated': 'challenge' },
      body: '<html><head><title>Just a moment...</title></head></html>',
    },
    '/captcha': {
      body: '<!doctype html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform">Checking your browser before accessing the site.</div></body></html>',
    },
    '/feed.xml': {
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
      headers: { 'content-type': 'application/rss+xml' },
    },
    '/untyped-html': { body: PAGE, headers: { 'content-type': null } },
    '/untyped-binary': { body: Buffer.from([0, 1, 2, 3, 255]), headers: { 'content-type': null } },
    '/plain': { body: 'Just words.', headers: { 'content-type': 'text/plain' } },
  });
  server.route('/conditional', (request, response) => {
    if (request.headers['if-none-match'] === '"v1"')
      return void response.writeHead(304, { etag: '"v1"' }).end();
    response.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(PAGE);
  });
  server.route('/to-loopback', (_request, response) => {
    response.writeHead(302, { location: `http://127.0.0.1:${server.port}/page` }).end();
  });
  server.route(
    '/to-file',
    (_request, response) => void response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  );
  server.route('/to-nowhere', (_request, response) => {
    response.writeHead(302, { location: 'http://bad host:99999/' }).end();
  });
  // /hop/N redirects to /hop/N-1, relative; /hop/0 is the page.
  for (let hop = 0; hop <= 8; hop += 1) {
    server.route(`/hop/${hop}`, (_request, response) => {
      if (hop === 0) return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      response.writeHead(301, { location: `/hop/${hop - 1}` }).end();
    });
  }
});

afterAll(() => server.close());

const local = () => createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'] });

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe('createSafeFetcher: private addresses', () => {
  it('refuses the local server when 127.0.0.1 is not allowed, without sending a request', async () => {
    const before = server.requests.length;
    const error = await refusal(createSafeFetcher().fetch(server.url('/page')));
    expect(error.code).toBe('private_address');
    expect(error.message).toBe("That link points into a private network, so NewsBrief won't open it.");
    expect(server.requests.length).toBe(before);
  });

  it('fetches the local server when 127.0.0.1 is on the allow list', async () => {
    const result = await local().fetch(server.url('/page'));
    expect(result.status).toBe(200);
    expect(result.body).toBe(PAGE);
    expect(result.contentType).toBe('text/html');
    expect(result.notModified).toBe(false);
  });

  it('with host:port on the allow list, fetches that port and refuses the same host on another port', async () => {
    const onePort = createSafeFetcher({ allowPrivateHosts: [`127.0.0.1:${server.port}`] });
    expect((await onePort.fetch(server.url('/page'))).body).toBe(PAGE);
    const other = await startFixtureServer({ '/page': { body: PAGE } });
    try {
      const error = await refusal(onePort.fetch(other.url('/page')));
      expect(error.code).toBe('private_address');
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it.each([
    'http://2130706433:PORT/page',
    'http://0x7f.1:PORT/page',
    'http://017700000001:PORT/page',
    'http://127.1:PORT/page',
    'http://[::ffff:127.0.0.1]:PORT/page',
    'http://[::1]:PORT/page',
    'http://0.0.0.0:PORT/page',
  ])('refuses numeric trick %s', async (template) => {
    const error = await refusal(createSafeFetcher().fetch(template.replace('PORT', String(server.port))));
    expect(error.code).toBe('private_address');
  });

  it('refuses a host name whose DNS answer is private, checking the address actually connected to', async () => {
    const rebinding = async () => [{ address: '127.0.0.1', family: 4 }];
    const refused = createSafeFetcher({ resolveHost: rebinding });
    const before = server.requests.length;
    const error = await refusal(refused.fetch(`http://news.example:${server.port}/page`));
    expect(error.code).toBe('private_address');
    await new Promise((resolve) => setTimeout(resolve, 20)); // let a leaked request arrive, if any
    expect(server.requests.length).toBe(before);

    // Allowed by name: the resolver's answer is the address used, so the fixture server answers.
    const allowed = createSafeFetcher({ resolveHost: rebinding, allowPrivateHosts: ['news.example'] });
    expect((await allowed.fetch(`http://news.example:${server.port}/page`)).body).toBe(PAGE);
  });

  it('refuses a host when any of its DNS answers is private', async () => {
    const mixed = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    const error = await refusal(createSafeFetcher({ resolveHost: mixed }).fetch('http://mixed.example/'));
    expect(error.code).toBe('private_address');
  });

  it('refuses a redirect from an allowed host to a private address that is not allowed', async () => {
    const fetcher = createSafeFetcher({ allowPrivateHosts: ['localhost'] });
    const error = await refusal(fetcher.fetch(`http://localhost:${server.port}/to-loopback`));
    expect(error.code).toBe('private_address');
  });

  it('says "couldn\'t reach" when DNS has no answer or the port is closed', async () => {
    const noDns = createSafeFetcher({
      resolveHost: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      },
    });
    const dnsError = await refusal(noDns.fetch('http://no-such-host.example/'));
    expect(dnsError.code).toBe('unreachable');
    expect(dnsError.message).toBe("Couldn't reach that site.");

    const closed = await startFixtureServer();
    const closedUrl = closed.url('/');
    await closed.close();
    const refusedError = await refusal(local().fetch(closedUrl));
    expect(refusedError.message).toBe("Couldn't reach that site.");
  });
});

describe('createSafeFetcher: URLs and redirects', () => {
  it.each(['not a url', 'ftp://example.com/file', 'file:///etc/passwd', 'javascript:alert(1)', 'http://'])(
    'refuses %s as a bad link',
    async (input) => {
      expect((await refusal(local().fetch(input))).code).toBe('bad_url');
    },
  );

  it('drops credentials from the link instead of sending them', async () => {
    const result = await local().fetch(`http://user:secret@127.0.0.1:${server.port}/page`);
    expect(result.url).toBe(server.url('/page'));
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('follows up to 5 redirects and reports the final URL', async () => {
    const result = await local().fetch(server.url('/hop/5'));
    expect(result.url).toBe(server.url('/hop/0'));
    expect(result.body).toBe(PAGE);
  });

  it('refuses a 6th redirect', async () => {
    const error = await refusal(local().fetch(server.url('/hop/6')));
    expect(error.code).toBe('too_many_redirects');
    expect(error.message).toContain('redirects too many times');
  });

  it('refuses a redirect to a non-web scheme or a malformed Location', async () => {
    expect((await refusal(local().fetch(server.url('/to-file')))).code).toBe('bad_url');
    expect((await refusal(local().fetch(server.url('/to-nowhere')))).code).toBe('bad_url');
  });

  it('refuses an https site whose certificate is not trusted', async () => {
    // A throwaway self-signed certificate made for this test only (CN=localhost, IP 127.0.0.1).
    const fixtures = new URL('./fixtures/', import.meta.url);
    const tlsServer = https.createServer(
      {
        key: readFileSync(new URL('self-signed-key.pem', fixtures)),
        cert: readFileSync(new URL('self-signed-cert.pem', fixtures)),
      },
      (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    );
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = tlsServer.address() as AddressInfo;
      const error = await refusal(local().fetch(`https://127.0.0.1:${port}/`));
      expect(error.code).toBe('unreachable');
      expect(error.message).toBe("Couldn't open a secure connection to that site.");

      // https also connects to the address its guarded lookup returned: refused when private...
      const resolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
      const named = `https://secure.example:${port}/`;
      expect((await refusal(createSafeFetcher({ resolveHost }).fetch(named))).code).toBe('private_address');
      // ...and used when allowed (reaching the server shows up as the certificate refusal).
      const allowed = createSafeFetcher({ resolveHost, allowPrivateHosts: ['secure.example'] });
      expect((await refusal(allowed.fetch(named))).message).toBe(
        "Couldn't open a secure connection to that site.",
      );
    } finally {
      tlsServer.closeAllConnections();
      await new Promise((resolve) => tlsServer.close(resolve));
    }
  });
});

describe('createSafeFetcher: answers', () => {
  it('sends browser-like headers that name NewsBrief', async () => {
    await createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], acceptLanguage: 'de-DE,de;q=0.9' }).fetch(
      server.url('/page?headers'),
    );
    const headers = server.requests.at(-1)?.headers ?? {};
    expect(headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*NewsBrief/);
    expect(headers.accept).toContain('text/html');
    expect(headers['accept-language']).toBe('de-DE,de;q=0.9');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('returns etag and last-modified, and answers a matching conditional request with notModified', async () => {
    const first = await local().fetch(server.url('/page'));
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Wed, 21 Oct 2025 07:28:00 GMT');

    const again = await local().fetch(server.url('/conditional'), {
      etag: '"v1"',
      lastModified: 'Wed, 21 Oct 2025 07:28:00 GMT',
    });
    expect(again).toMatchObject({ status: 304, notModified: true, body: '', etag: '"v1"' });
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Wed, 21 Oct 2025 07:28:00 GMT');
  });

  it.each([
    ['/missing', 'not_found', 'That page was not found (404).', 404],
    [
      '/private',
      'blocked',
      'That site blocks automated readers like NewsBrief (403), so it cannot be read from here. You can paste the article’s text with /summarize text: instead.',
      403,
    ],
    [
      '/busy',
      'blocked',
      'That site blocks automated readers like NewsBrief right now (429: too many requests), so it cannot be read from here. You can paste the article’s text with /summarize text: instead.',
      429,
    ],
    ['/broken', 'http_status', 'The site had a problem answering (503). Try again later.', 503],
    [
      '/challenged',
      'blocked',
      expect.stringMatching(/^That site blocks automated readers like NewsBrief \(503\)/),
      503,
    ],
    [
      '/captcha',
      'blocked',
      expect.stringMatching(/^That site blocks automated readers like NewsBrief \(bot challenge\)/),
      200,
    ],
  ])('explains HTTP errors: %s', async (path, code, message, status) => {
    const error = await refusal(local().fetch(server.url(path)));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ code, message, status });
  });

  it('refuses a PDF as not a web page', async () => {
    const error = await refusal(local().fetch(server.url('/pdf')));
    expect(error.code).toBe('not_a_page');
    expect(error.message).toBe('That link is not a web page (application/pdf).');
  });

  it('accepts an RSS feed only when a feed was asked for', async () => {
    expect((await refusal(local().fetch(server.url('/feed.xml')))).code).toBe('not_a_page');
    const feed = await local().fetch(server.url('/feed.xml'), { kind: 'feed' });
    expect(feed.contentType).toBe('application/rss+xml');
    expect(feed.body).toContain('<rss version="2.0">');
  });

  it('accepts text/plain pages', async () => {
    expect((await local().fetch(server.url('/plain'))).body).toBe('Just words.');
  });

  it('sniffs HTML sent without a content type, and refuses bytes that are not HTML', async () => {
    const sniffed = await local().fetch(server.url('/untyped-html'));
    expect(sniffed.contentType).toBe('text/html');
    expect(sniffed.body).toBe(PAGE);
    expect((await refusal(local().fetch(server.url('/untyped-binary')))).code).toBe('not_a_page');
  });

  it('lets the caller cancel a fetch', async () => {
    const controller = new AbortController();
    server.route('/hang', { body: PAGE, delayMs: 5_000 });
    const pending = local().fetch(server.url('/hang'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by test')), 20);
    await expect(pending).rejects.toThrow('cancelled by test');
  });
});
