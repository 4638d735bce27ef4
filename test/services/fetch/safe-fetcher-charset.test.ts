import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../../src/services/fetch/safe-fetcher.ts';
import type { FixtureServer } from '../../support/http-fixture-server.ts';
import { startFixtureServer } from '../../support/http-fixture-server.ts';

/** Sample text per encoding, each using characters only that encoding (and Unicode) can hold. */
const SAMPLES: Array<[encoding: string, text: string]> = [
  ['windows-1252', 'Café “Zeitung” – naïve €5'],
  ['ISO-8859-2', 'Zażółć gęślą jaźń, Příliš žluťoučký kůň'],
  ['Shift_JIS', '東京で新しい政策が発表された'],
  ['EUC-KR', '서울에서 새로운 정책이 발표되었다'],
  ['GBK', '北京发布了新的经济政策'],
];

const page = (head: string, text: string) =>
  `<!doctype html><html><head>${head}<title>t</title></head><body><p>${text}</p></body></html>`;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [encoding, text] of SAMPLES) {
    const slug = encoding.toLowerCase();
    server.route(`/header/${slug}`, {
      body: iconv.encode(page('', text), encoding),
      headers: { 'content-type': `text/html; charset=${encoding}` },
    });
    server.route(`/meta/${slug}`, {
      body: iconv.encode(page(`<meta charset="${encoding}">`, text), encoding),
      headers: { 'content-type': 'text/html' },
    });
    server.route(`/http-equiv/${slug}`, {
      body: iconv.encode(
        page(`<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`, text),
        encoding,
      ),
      headers: { 'content-type': 'text/html' },
      gzip: true,
    });
  }
  server.route('/bom', {
    body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', 'Ünïcödé ✓'), 'utf8')]),
    headers: { 'content-type': 'text/html' },
  });
  server.route('/unknown-label', {
    body: Buffer.from(page('', 'Grüße aus Köln'), 'utf8'),
    headers: { 'content-type': 'text/html; charset=x-user-defined-nonsense' },
  });
  server.route('/feed', {
    body: iconv.encode(
      '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости</title></channel></rss>',
      'windows-1251',
    ),
    headers: { 'content-type': 'application/xml' },
  });
});

afterAll(() => server.close());

const fetcher = () => createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'] });

describe('createSafeFetcher: character sets', () => {
  it.each(SAMPLES)('decodes %s named in the Content-Type header', async (encoding, text) => {
    const result = await fetcher().fetch(server.url(`/header/${encoding.toLowerCase()}`));
    expect(result.body).toContain(`<p>${text}</p>`);
  });

  it.each(SAMPLES)('decodes %s named in <meta charset>', async (encoding, text) => {
    const result = await fetcher().fetch(server.url(`/meta/${encoding.toLowerCase()}`));
    expect(result.body).toContain(`<p>${text}</p>`);
  });

  it.each(SAMPLES)('decodes gzipped %s named in <meta http-equiv>', async (encoding, text) => {
    const result = await fetcher().fetch(server.url(`/http-equiv/${encoding.toLowerCase()}`));
    expect(result.body).toContain(`<p>${text}</p>`);
  });

  it('strips a UTF-8 BOM', async () => {
    const result = await fetcher().fetch(server.url('/bom'));
    expect(result.body.startsWith('<!doctype html>')).toBe(true);
    expect(result.body).toContain('Ünïcödé ✓');
  });

  it('survives an unknown charset label by decoding as UTF-8', async () => {
    const result = await fetcher().fetch(server.url('/unknown-label'));
    expect(result.body).toContain('Grüße aus Köln');
  });

  it('uses the XML declaration of a feed', async () => {
    const result = await fetcher().fetch(server.url('/feed'), { kind: 'feed' });
    expect(result.body).toContain('<title>Новости</title>');
  });
});
