import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';
import { dateInText, dateInUrl } from '../../../src/services/extract/dates.ts';
import {
  headerBeforeBody,
  headerIndices,
  MAX_HEADLESS_HEADER,
  withoutUpdates,
} from '../../../src/services/extract/date-sources.ts';
import { Element } from 'domhandler';

const BODY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour bridge in Port Elm reopened to traffic after six months of repairs that cost the city millions, officials said on the day.</p>`,
).join('');
const NOW = Date.parse('2024-06-01T12:00:00Z');

interface PageParts {
  head?: string;
  header?: string;
  after?: string;
  url?: string;
}

function page({ head = '', header = '', after = '', url }: PageParts) {
  const html = `<html><head><title>Bridge reopens</title>${head}</head><body><article><h1>Bridge reopens after repairs</h1>${header}${BODY}</article>${after}</body></html>`;
  const article = extractArticle(html, { url: url ?? 'https://news.example/story/bridge', now: NOW });
  return { date: article.publishedAt?.slice(0, 10) ?? null, source: article.publishedAtSource ?? null };
}

const ld = (node: unknown) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

describe('publication date: ranked standard sources', () => {
  it('1. JSON-LD datePublished, at any nesting, before every other source', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Port Elm News' },
        [
          {
            '@type': 'ReportageNewsArticle',
            headline: 'Bridge reopens',
            datePublished: '2024-03-05T09:00:00+01:00',
          },
        ],
      ],
    };
    expect(
      page({ head: `${ld(graph)}<meta property="article:published_time" content="2024-03-01T09:00:00Z">` }),
    ).toEqual({ date: '2024-03-05', source: 'json-ld' });
    for (const type of ['NewsArticle', 'Article', 'BlogPosting']) {
      expect(page({ head: ld({ '@type': type, datePublished: '2024-02-10' }) }).date, type).toBe(
        '2024-02-10',
      );
    }
  });

  it('2. publication meta tags, by their common names', () => {
    for (const name of [
      'article:published_time',
      'pubdate',
      'publishdate',
      'date',
      'dc.date.issued',
      'parsely-pub-date',
      'sailthru.date',
    ]) {
      const attr = name.startsWith('article:') ? 'property' : 'name';
      expect(page({ head: `<meta ${attr}="${name}" content="2024-04-02T10:00:00">` }), name).toEqual({
        date: '2024-04-02',
        source: 'meta',
      });
    }
  });

  it('3. a <time datetime> in the article header, not one in a related-stories list or the footer', () => {
    const related = `<div class="related-stories"><ul><li><a href="/a">Ferry fares rise</a><time datetime="2024-01-02">Jan 2</time></li></ul></div>`;
    const footer = `<footer><time datetime="2024-05-30">May 30, 2024</time></footer>`;
    expect(
      page({
        header: `<p class="byline">By Jane Doe <time datetime="2024-02-20T08:00">Feb 20, 2024</time></p>`,
        after: related + footer,
      }),
    ).toEqual({ date: '2024-02-20', source: 'time' });
    expect(page({ after: related + footer })).toEqual({ date: null, source: null });
  });

  it('4. a date in the URL path, numeric or with a month name', () => {
    expect(page({ url: 'https://news.example/2024/03/07/bridge-reopens/' })).toEqual({
      date: '2024-03-07',
      source: 'url',
    });
    expect(dateInUrl('https://news.example/world/2023/dec/21/bridge-reopens')).toBe('2023-12-21');
  });

  it('5. a dateline printed by the headline whatever its markup, in the languages NewsBrief reads', () => {
    expect(
      page({
        header: '<div class="css-1x9ab2"><span class="css-8kq2">By Jane Doe | February 28, 2024</span></div>',
      }),
    ).toEqual({
      date: '2024-02-28',
      source: 'dateline',
    });
    for (const [line, want] of [
      ['Publié le 5 mars 2024', '2024-03-05'],
      ['Veröffentlicht am 5. März 2024', '2024-03-05'],
      ['Publicado el 5 de marzo de 2024', '2024-03-05'],
      ['Pubblicato il 5 marzo 2024', '2024-03-05'],
      ['Gepubliceerd op 5 maart 2024', '2024-03-05'],
      ['2024年3月5日 10:00', '2024-03-05'],
    ])
      expect(page({ header: `<div>${line}</div>` }).date, line).toBe(want);
  });

  it('never takes an "Updated" stamp or dateModified when a published date exists', () => {
    const head = `${ld({ '@type': 'NewsArticle', dateModified: '2024-05-01T10:00:00Z' })}<meta property="article:modified_time" content="2024-05-01T10:00:00Z">`;
    expect(
      page({
        head,
        header:
          '<div class="meta"><span>Updated May 1, 2024</span> <span>Published April 2, 2024</span></div>',
      }),
    ).toEqual({ date: '2024-04-02', source: 'dateline' });
    expect(
      page({
        header:
          '<time class="updated" datetime="2024-05-01">May 1</time><time datetime="2024-04-02">April 2</time>',
      }).date,
    ).toBe('2024-04-02');
    expect(withoutUpdates('Published April 2, 2024 · Updated May 1, 2024')).not.toMatch(/May/);
  });

  it('takes the modification date only when the page states no publication date at all', () => {
    expect(page({ head: '<meta property="article:modified_time" content="2024-05-01T10:00:00Z">' })).toEqual({
      date: '2024-05-01',
      source: 'modified',
    });
  });

  it('refuses impossible dates and dates in the future, falling back to the next source', () => {
    expect(dateInText('Published 31 February 2024')).toBeNull();
    expect(
      page({ head: '<meta name="date" content="2024-02-31">', url: 'https://news.example/2024/02/28/x' }),
    ).toEqual({
      date: '2024-02-28',
      source: 'url',
    });
    expect(
      page({
        head: ld({ '@type': 'NewsArticle', datePublished: '2031-01-01' }),
        header: '<p>March 3, 2024</p>',
      }),
    ).toEqual({
      date: '2024-03-03',
      source: 'dateline',
    });
  });

  it('reads a malformed datetime (two dates run together) by the element text and the URL', () => {
    const time = '<time datetime="2024-01-152024-03-04T10:00:00Z">March 4, 2024</time>';
    expect(page({ header: time })).toEqual({ date: '2024-03-04', source: 'time' });
    const noText = '<time datetime="2024-01-152024-03-04T10:00:00Z"></time>';
    expect(page({ header: noText, url: 'https://news.example/2024/03/04/x' }).date).toBe('2024-03-04');
  });
});

describe('the header of a page without a headline', () => {
  /** A headless page: a dateline after `before` short paragraphs of other text, then the story. */
  function headless(before: number): string {
    const filler = '<p>Ferry times, tides and notices.</p>'.repeat(before);
    return `<html><body>${filler}<p>March 5, 2024</p>${BODY}</body></html>`;
  }
  const dateOf = (html: string) => extractArticle(html, { now: NOW }).publishedAt?.slice(0, 10) ?? null;

  it('is the top of the page: a dateline among its first elements is read', () => {
    expect(dateOf(headless(200))).toBe('2024-03-05');
  });

  it(`ends after ${MAX_HEADLESS_HEADER} elements, so a page of thousands of short ones is not read to its end`, () => {
    expect(dateOf(headless(MAX_HEADLESS_HEADER + 10))).toBeNull();
  });

  it('is worked out once per page, for the date and the byline readers alike', () => {
    const elements = Array.from({ length: 2 * MAX_HEADLESS_HEADER }, () => new Element('p', {}));
    const page = { elements, elsewhere: new Uint8Array(elements.length), h1: -1 };
    expect(headerIndices(page)).toHaveLength(MAX_HEADLESS_HEADER);
    expect(headerBeforeBody(page)).toBe(headerBeforeBody({ ...page }));
  });
});
