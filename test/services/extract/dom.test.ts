import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../src/services/extract/dom.ts';

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
