import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';

const PARAGRAPH =
  'The harbour reopened on Monday after a week of repairs, and fishing boats, ferries, and cargo ships returned to their usual berths.';

function expectNoArticle(html: string): void {
  let caught: unknown;
  try {
    extractArticle(html);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(UserFacingError);
  expect((caught as UserFacingError).code).toBe('no_article');
  expect((caught as UserFacingError).message).toMatch(/there is no article to summarize|not an article/);
}

describe('extractArticle on malformed input', () => {
  it('says there is no article for an empty string', () => expectNoArticle(''));

  it('says there is no article for binary junk', () => {
    const bytes = new Uint8Array(64 * 1024);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    expectNoArticle(Buffer.from(bytes).toString('latin1'));
  });

  it('says there is no article for a page of only navigation links', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/s/${i}">Section number ${i} of the site</a></li>`,
    ).join('');
    expectNoArticle(
      `<html><body><nav><ul>${links}</ul></nav><div class="menu"><ul>${links}</ul></div></body></html>`,
    );
  });

  it('says there is no article for a page without text', () => {
    expectNoArticle(
      '<html><head><title></title></head><body><div><img src="a.png"><div></div></div></body></html>',
    );
  });

  it('reads an article buried under 5 MB of nested divs without overflowing the stack', () => {
    const depth = (5 * 1024 * 1024) / '<div>'.length / 2;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const article = extractArticle(html);
    expect(article.paragraphs).toEqual([PARAGRAPH, PARAGRAPH]);
  });

  it('says there is no article for tag soup that never closes a tag', () => {
    expectNoArticle('<a "'.repeat(200_000));
  });

  it('reads a bare fragment of paragraphs without <html> or <body>', () => {
    expect(extractArticle(`<p>${PARAGRAPH}</p><p>Second: ${PARAGRAPH}</p>`).paragraphs).toEqual([
      PARAGRAPH,
      `Second: ${PARAGRAPH}`,
    ]);
  });

  it('survives unclosed tags and stray markup', () => {
    const article = extractArticle(
      `<html><body><article><h1>Harbour reopens<p>${PARAGRAPH}<p>${PARAGRAPH}</b></i><table><tr><td>`,
    );
    expect(article.paragraphs).toContain(PARAGRAPH);
  });
});

describe('extractArticle paragraphs', () => {
  it('splits on <br><br>, collapses whitespace and decodes entities', () => {
    const html = `<html><body><div class="story-body">Fish &amp; chips   stalls\n reopened, and crowds, finally, returned to the harbour on Monday.<br><br>${PARAGRAPH}<br>Still the same paragraph.<br><br>${PARAGRAPH}</div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([
      'Fish & chips stalls reopened, and crowds, finally, returned to the harbour on Monday.',
      `${PARAGRAPH} Still the same paragraph.`,
      PARAGRAPH,
    ]);
  });

  it('keeps lists that belong to the article', () => {
    const html = `<html><body><article><p>${PARAGRAPH}</p><ul><li>Ferries run hourly from the north pier</li><li>Cargo ships berth at night</li></ul><p>${PARAGRAPH}</p></article></body></html>`;
    expect(extractArticle(html).paragraphs).toContain('Ferries run hourly from the north pier');
  });

  it('joins an article split across sibling containers', () => {
    const part = (n: number): string =>
      `<div class="article-content"><p>Part ${n}: ${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
    const html = `<html><body><main>${part(1)}<div class="ad-slot"></div>${part(2)}</main><footer><p>Copyright, all rights reserved, and so on, for this site.</p></footer></body></html>`;
    const body = extractArticle(html).paragraphs.join('\n');
    expect(body).toContain('Part 1:');
    expect(body).toContain('Part 2:');
    expect(body).not.toContain('Copyright');
  });

  it('records the page URL and site host when the page names no site', () => {
    const article = extractArticle(
      `<html><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`,
      {
        url: 'https://www.harbour.example/news/1',
      },
    );
    expect(article.url).toBe('https://www.harbour.example/news/1');
    expect(article.siteName).toBe('harbour.example');
    expect(article.keyPoints).toEqual([]);
  });
});
