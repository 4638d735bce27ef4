import { describe, expect, it } from 'vitest';
import { undouble } from '../../../src/services/extract/byline-sources.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';

const BODY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour bridge in Port Elm reopened to traffic after six months of repairs that cost the city millions, officials said on the day.</p>`,
).join('');

function byline(parts: { head?: string; before?: string; header?: string; after?: string }) {
  const html = `<html><head><title>Bridge reopens | Port Elm News</title><meta property="og:site_name" content="Port Elm News">${parts.head ?? ''}</head><body><article>${parts.before ?? ''}<h1>Bridge reopens after repairs</h1>${parts.header ?? ''}${BODY}</article>${parts.after ?? ''}</body></html>`;
  const article = extractArticle(html, { url: 'https://portelm.example/news/bridge' });
  return { byline: article.byline, source: article.bylineSource ?? null };
}

const ld = (node: unknown) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

describe('byline: ranked standard sources', () => {
  it('1. JSON-LD author: objects, arrays and nested Person names', () => {
    const node = {
      '@graph': [
        {
          '@type': 'NewsArticle',
          author: [
            { '@type': 'Person', name: 'Jane Doe', url: 'https://portelm.example/staff/jane' },
            { '@type': 'Person', name: 'John Roe' },
          ],
        },
      ],
    };
    expect(byline({ head: ld(node) })).toEqual({ byline: 'Jane Doe, John Roe', source: 'json-ld' });
  });

  it('1. a JSON-LD organisation author only when no person is named anywhere', () => {
    const org = ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Associated Press' } });
    expect(byline({ head: org })).toEqual({ byline: 'Associated Press', source: 'json-ld' });
    expect(byline({ head: `${org}<meta name="author" content="Jane Doe">` })).toEqual({
      byline: 'Jane Doe',
      source: 'meta',
    });
  });

  it('2. meta author holding a name, not an author URL', () => {
    expect(byline({ head: '<meta name="author" content="Jane Doe">' })).toEqual({
      byline: 'Jane Doe',
      source: 'meta',
    });
    const url = '<meta name="author" content="https://portelm.example/staff/jane-doe">';
    expect(
      byline({
        head: url,
        header: '<p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>',
      }),
    ).toEqual({
      byline: 'Jane Doe',
      source: 'byline-element',
    });
  });

  it('3. a byline element before the headline when none follows it, and one after it first', () => {
    const before = '<div class="author-name">Jane Doe</div>';
    expect(byline({ before })).toEqual({ byline: 'Jane Doe', source: 'byline-element' });
    expect(byline({ before, header: '<p class="byline">By John Roe</p>' })).toEqual({
      byline: 'John Roe',
      source: 'byline-element',
    });
  });

  it('3. byline elements in the article header: rel=author, itemprop=author, a byline class', () => {
    for (const header of [
      '<a rel="author" href="/people/jane">Jane Doe</a>',
      '<span itemprop="author">Jane Doe</span>',
      '<div class="article-byline">By Jane Doe</div>',
    ])
      expect(byline({ header }), header).toEqual({ byline: 'Jane Doe', source: 'byline-element' });
  });

  it('4. a "By …" line by the headline whatever its markup, in other languages too', () => {
    expect(
      byline({
        header: '<div class="css-1q2w3e"><span class="css-9z8x">By Jane Doe | February 28, 2024</span></div>',
      }),
    ).toEqual({
      byline: 'Jane Doe',
      source: 'by-line-text',
    });
    for (const lead of ['Par', 'Von', 'Por', 'Di'])
      expect(byline({ header: `<p>${lead} Jeanne Dupont</p>` }).byline, lead).toBe('Jeanne Dupont');
    expect(byline({ header: '<p>Photo by Jane Doe</p>' }).byline).toBeNull();
  });
});

describe('byline: names only', () => {
  it('a visible byline never replaces a structured person, and adds only names it confirms', () => {
    const head = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Doe' } });
    for (const header of [
      '<p class="byline">By Jane Doe, Infectious Diseases</p>',
      '<p class="byline">By Jane Doe, Deputy CTO</p>',
      '<div class="author-card"><a href="/people/jane">Jane Doe</a><div class="author-popover"><span>Latest</span><a href="/people/jane">Bridge Works Begin</a></div></div>',
    ])
      expect(byline({ head, header }), header).toEqual({ byline: 'Jane Doe', source: 'json-ld' });
    expect(byline({ head, header: '<p class="byline">By Jane Doe and John Roe</p>' })).toEqual({
      byline: 'Jane Doe, John Roe',
      source: 'json-ld',
    });
  });

  it('keeps a name apart from the role in the element beside it', () => {
    expect(
      byline({
        header:
          '<div class="author"><a href="/people/jane">Jane Doe</a><span>Showbiz &amp; TV Reporter</span></div>',
      }).byline,
    ).toBe('Jane Doe');
    expect(
      byline({
        header: '<div class="author"><span>Jane Doe</span><span>Published: March 2, 2024</span></div>',
      }).byline,
    ).toBe('Jane Doe');
    expect(byline({ header: '<p class="byline">Jane Doe Columnist</p>' }).byline).toBe('Jane Doe');
    expect(byline({ header: '<p class="byline">By John Smith - Contributing Writer</p>' }).byline).toBe(
      'John Smith',
    );
  });

  it('reads a byline shown twice (two screen sizes) once, and still reads the co-author after it', () => {
    const twice =
      '<div class="byline"><span class="mobile">Associated Press</span><span class="desktop">Associated Press</span></div>';
    expect(byline({ header: twice }).byline).toBe('Associated Press');
    const repeated = Array.from({ length: 6 }, () => '<span class="author">Jane Doe</span>').join('');
    expect(
      byline({ header: `<div class="bylines">${repeated}<span class="author">John Roe</span></div>` }).byline,
    ).toBe('Jane Doe, John Roe');
    expect(undouble('Jane DoeJane Doe')).toBe('Jane Doe');
  });
});
