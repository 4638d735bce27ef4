import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';

const BODY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour bridge in Port Elm reopened to traffic after six months of repairs that cost the city millions, officials said on the day.</p>`,
).join('');

function headline(head: string, h1 = '') {
  const html = `<html><head><meta property="og:site_name" content="Port Elm News">${head}</head><body><article>${h1}${BODY}</article></body></html>`;
  const article = extractArticle(html, { url: 'https://portelm.example/news/bridge' });
  return { headline: article.headline, source: article.headlineSource ?? null };
}

describe('headline: reconciled from og:title, JSON-LD, <h1> and <title>', () => {
  it('takes the <h1> when og:title agrees with it apart from the site suffix', () => {
    expect(
      headline(
        '<meta property="og:title" content="Bridge reopens after repairs | Port Elm News">',
        '<h1>Bridge reopens after repairs</h1>',
      ),
    ).toEqual({ headline: 'Bridge reopens after repairs', source: 'h1' });
  });

  it('cuts the site name the page states, as a suffix or a prefix, and nothing else', () => {
    expect(headline('<title>Port Elm News - Bridge reopens after repairs</title>')).toEqual({
      headline: 'Bridge reopens after repairs',
      source: 'title',
    });
    expect(
      headline(
        '<meta property="og:title" content="Bridge reopens – what changes for drivers | Port Elm News">',
      ),
    ).toEqual({
      headline: 'Bridge reopens – what changes for drivers',
      source: 'meta',
    });
    expect(headline('<title>Bridge reopens - a review | Port Elm News</title>').headline).toBe(
      'Bridge reopens - a review',
    );
  });

  it('does not take a site, section or show heading as the headline', () => {
    const title = '<title>Council approves the harbour bridge | Port Elm News</title>';
    expect(headline(title, '<h1>The Morning Briefing Show</h1>')).toEqual({
      headline: 'Council approves the harbour bridge',
      source: 'title',
    });
    expect(headline(title, '<h1>Port Elm News</h1>').headline).toBe('Council approves the harbour bridge');
  });

  it('reports JSON-LD as the source when only it names the headline, and derives one when nothing does', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge reopens after repairs' })}</script>`;
    expect(headline(ld)).toEqual({ headline: 'Bridge reopens after repairs', source: 'json-ld' });
    const derived = headline('');
    expect(derived.source).toBe('derived');
    expect(derived.headline.startsWith('Paragraph 1: the harbour bridge')).toBe(true);
  });
});
