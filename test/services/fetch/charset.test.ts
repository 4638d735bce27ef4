import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, resolveCharsetLabel } from '../../../src/services/fetch/charset.ts';

const html = (head: string, text: string) =>
  `<!doctype html><html><head>${head}</head><body><p>${text}</p></body></html>`;

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    const bytes = iconv.encode(html('', 'Café “quoted” – déjà'), 'windows-1252');
    const decoded = decodeBody(bytes, { headerCharset: 'windows-1252', mediaType: 'text/html' });
    expect(decoded.text).toContain('Café “quoted” – déjà');
    expect(decoded.source).toBe('header');
  });

  it('reads <meta charset> and <meta http-equiv> when the header has none', () => {
    const polish = 'Zażółć gęślą jaźń';
    const metaCharset = iconv.encode(html('<meta charset="ISO-8859-2">', polish), 'iso-8859-2');
    expect(decodeBody(metaCharset, { mediaType: 'text/html' })).toMatchObject({
      text: expect.stringContaining(polish),
      source: 'meta',
    });

    const japanese = '日本語のニュース記事';
    const httpEquiv = iconv.encode(
      html('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', japanese),
      'shift_jis',
    );
    expect(decodeBody(httpEquiv, { mediaType: 'text/html' }).text).toContain(japanese);
  });

  it('ignores a <meta> that is commented out', () => {
    const bytes = Buffer.from(
      html('<!-- <meta charset="shift_jis"> --><meta charset="utf-8">', 'naïve'),
      'utf8',
    );
    expect(decodeBody(bytes, { mediaType: 'text/html' }).text).toContain('naïve');
  });

  it('lets a BOM win and removes it from the text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('', 'Grüße'), 'utf8')]);
    const decoded = decodeBody(bytes, { headerCharset: 'windows-1252', mediaType: 'text/html' });
    expect(decoded.text.startsWith('<!doctype html>')).toBe(true);
    expect(decoded.text).toContain('Grüße');
    expect(decoded.source).toBe('bom');
  });

  it('reads the XML declaration of a feed', () => {
    const feed = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>Новости дня</title></channel></rss>`;
    const decoded = decodeBody(iconv.encode(feed, 'koi8-r'), { mediaType: 'application/rss+xml' });
    expect(decoded.text).toContain('Новости дня');
    expect(decoded.source).toBe('xml-declaration');
  });

  it('falls back to UTF-8, or windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeBody(Buffer.from('<p>Ünïcödé ✓</p>', 'utf8')).text).toBe('<p>Ünïcödé ✓</p>');
    const legacy = decodeBody(iconv.encode('<p>Ça coûte 5 €</p>', 'windows-1252'));
    expect(legacy.text).toBe('<p>Ça coûte 5 €</p>');
    expect(legacy.charset).toBe('windows-1252');
  });

  it('does not crash on unknown or malformed labels and keeps decoding sensibly', () => {
    const bytes = Buffer.from(html('<meta charset="klingon-8">', 'Émile'), 'utf8');
    const decoded = decodeBody(bytes, { headerCharset: 'x-no-such-charset', mediaType: 'text/html' });
    expect(decoded.text).toContain('Émile');
    expect(decoded.charset).toBe('utf-8');
    expect(() => decodeBody(Buffer.from('abc'), { headerCharset: '"";;' })).not.toThrow();
  });

  it('treats latin1 and gb2312 labels like browsers do (as their supersets)', () => {
    expect(resolveCharsetLabel('ISO-8859-1')).toBe('windows-1252');
    expect(resolveCharsetLabel('gb2312')).toBe('gb18030');
    expect(resolveCharsetLabel('"UTF-8"')).toBe('utf-8');
    expect(resolveCharsetLabel('bogus')).toBeNull();
    // A curly quote is 0x93 in windows-1252 but a control character in real ISO-8859-1.
    const bytes = iconv.encode('“Hi”', 'windows-1252');
    expect(decodeBody(bytes, { headerCharset: 'iso-8859-1' }).text).toBe('“Hi”');
  });

  it('lets bytes that are valid UTF-8 win over a declared legacy charset', () => {
    const chinese = '新闻报道：市长说“我们会做得更好”';
    const relabelled = Buffer.from(html('<meta charset="gb2312">', chinese), 'utf8');
    expect(decodeBody(relabelled, { mediaType: 'text/html' })).toMatchObject({
      text: expect.stringContaining(chinese),
      charset: 'utf-8',
      source: 'valid-utf8',
    });
    const french = Buffer.from(html('', 'Ça coûte déjà 5 €'), 'utf8');
    expect(decodeBody(french, { headerCharset: 'iso-8859-1', mediaType: 'text/html' }).text).toContain(
      'Ça coûte déjà 5 €',
    );
  });

  it('decodes UTF-8 with bad bytes in it, or a second BOM, as iconv-lite does', () => {
    const bad = Buffer.concat([
      Buffer.from(html('<meta charset="utf-8">', 'caf'), 'utf8'),
      Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x9f]),
      Buffer.from(' \ufeffend ✓', 'utf8'),
    ]);
    expect(decodeBody(bad, { mediaType: 'text/html' }).text).toBe(iconv.decode(bad, 'utf-8'));
    const twoBoms = Buffer.from('\ufeff\ufeffText ✓', 'utf8');
    expect(decodeBody(twoBoms, { headerCharset: 'utf8' }).text).toBe('\ufeffText ✓');
    expect(decodeBody(twoBoms, { headerCharset: 'utf8' }).text).toBe(iconv.decode(twoBoms, 'utf8'));
  });

  it('keeps a declared legacy charset when the bytes really are in it', () => {
    const chinese = '新闻报道：市长说“我们会做得更好”';
    const real = iconv.encode(html('<meta charset="gb2312">', chinese), 'gb18030');
    expect(decodeBody(real, { mediaType: 'text/html' })).toMatchObject({
      text: expect.stringContaining(chinese),
      source: 'meta',
    });
    const ascii = Buffer.from(html('<meta charset="windows-1252">', 'plain words'), 'utf8');
    expect(decodeBody(ascii, { mediaType: 'text/html' }).source).toBe('meta');
  });
});
