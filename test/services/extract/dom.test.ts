import { describe, expect, it } from 'vitest';
import { absoluteUrl, decodeEntities } from '../../../src/services/extract/dom.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';

describe('absoluteUrl (canonical links and lead images)', () => {
  it('resolves a link against the page address, and keeps an absolute one as it is', () => {
    expect(absoluteUrl('/news/bridge?id=2', 'https://portelm.example/a/b')).toBe(
      'https://portelm.example/news/bridge?id=2',
    );
    expect(absoluteUrl(' https://cdn.example/img.jpg ', null)).toBe('https://cdn.example/img.jpg');
    expect(absoluteUrl('https://cdn.example/img.jpg', '')).toBe('https://cdn.example/img.jpg');
  });

  it('gives null for a relative link on a page with no address, and for what is not http(s)', () => {
    expect(absoluteUrl('/news/bridge', undefined)).toBeNull();
    expect(absoluteUrl('/news/bridge', '')).toBeNull();
    expect(absoluteUrl('javascript:alert(1)', 'https://portelm.example/')).toBeNull();
    expect(absoluteUrl('data:image/png;base64,AAAA', 'https://portelm.example/')).toBeNull();
    expect(absoluteUrl('http://', null)).toBeNull();
    expect(absoluteUrl('', 'https://portelm.example/')).toBeNull();
    expect(absoluteUrl(null, 'https://portelm.example/')).toBeNull();
  });
});

describe('decodeEntities (meta tags and JSON-LD, often encoded twice)', () => {
  it('decodes the entities left in the text and drops tags, keeping the words', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8212; &quot;reunited&quot;')).toBe('Tom & Jerry — "reunited"');
    expect(decodeEntities('<p>Floods &amp; fires</p>\n<p>Second&nbsp;line</p>')).toBe(
      'Floods & fires\nSecond\u00a0line',
    );
    expect(decodeEntities('no entity here <b>kept as written</b>')).toBe(
      'no entity here <b>kept as written</b>',
    );
  });

  it('reads text nested deeper than a page may nest without failing', () => {
    const deep = `${'<span>'.repeat(5000)}Fish &amp; chips${'</span>'.repeat(5000)}`;
    expect(decodeEntities(deep)).toBe('Fish & chips');
  });

  it('gives a page the headline its meta tags encode twice', () => {
    const html =
      '<html><head><meta property="og:title" content="Tom &amp;amp; Jerry return"></head><body><p>The cartoon pair return to cinemas next spring in a new feature film, the studio said on Monday, after years of talks with the families of the original animators about how the two should look and sound.</p><p>Fans have waited since the last short in 2005, and the studio says the film keeps the old hand-drawn style.</p></body></html>';
    expect(extractArticle(html, { url: 'https://news.example/a' }).headline).toBe('Tom & Jerry return');
  });
});
