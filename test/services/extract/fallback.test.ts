import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';
import { countWords } from '../../../src/services/extract/fallback.ts';

const SENTENCE =
  'The harbour bridge reopened on Monday after a week of repairs, and the ferries returned to their berths';
const prose = (sentences: number) => `${Array.from({ length: sentences }, () => SENTENCE).join('. ')}.`;

function refusal(html: string): string {
  try {
    extractArticle(html);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('no_article');
    return (error as UserFacingError).message;
  }
  throw new Error('the page was not refused');
}

describe('no refusal while a page holds prose', () => {
  it('reads an article that is only a list', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li>Step ${i + 1}: ${SENTENCE}.</li>`).join('');
    const article = extractArticle(`<html><body><ul>${items}</ul></body></html>`);
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toBe(`Step 1: ${SENTENCE}.`);
  });

  it('reads prose that sits in a header, an aside or a figure caption when the page has nothing else', () => {
    for (const [open, close] of [
      ['<header><h1>Bridge reopens</h1><p>', '</p></header>'],
      ['<aside><p>', '</p></aside>'],
      ['<figure><figcaption>', '</figcaption></figure>'],
    ] as const) {
      const article = extractArticle(`<html><body>${open}${prose(3)}${close}</body></html>`);
      expect(article.paragraphs, open).toEqual([prose(3)]);
    }
  });

  it('prefers the biggest block of prose to scattered lines as the last resort', () => {
    const html = `<html><body><div class="share"><p>Share this story with your friends and family today</p></div>
      <footer><p>${prose(1)}</p></footer><div class="sidebar widget"><p>${prose(2)}</p><p>${prose(2)}</p></div></body></html>`;
    const article = extractArticle(html);
    expect(article.paragraphs).toEqual([prose(2), prose(2)]);
  });
});

describe('refusals say what the page is instead', () => {
  it('a video page', () => {
    const html = `<html><head><meta property="og:type" content="video.other"></head><body><h1>Watch: the bridge reopens</h1><video src="clip.mp4"></video><p>Watch the moment the bridge reopened.</p></body></html>`;
    expect(refusal(html)).toMatch(/is a video/);
  });

  it('a list of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/story/${i}">Story number ${i}</a></li>`,
    );
    expect(refusal(`<html><body><ul>${links.join('')}</ul></body></html>`)).toMatch(/list of links/);
  });

  it('a login wall', () => {
    const html = `<html><body><h1>Sign in to keep reading</h1><form><input type="email" name="email"><input type="password" name="pw"></form><p>Subscribers read every story.</p></body></html>`;
    expect(refusal(html)).toMatch(/log in or subscribe/);
  });

  it('a page with a few words only', () => {
    expect(refusal('<html><body><p>Coming soon.</p></body></html>')).toMatch(/fewer than 40 words/);
  });
});

describe('countWords', () => {
  it('counts words in spaced scripts and two characters as a word in unspaced ones', () => {
    expect(countWords('The bridge, closed since 2023, reopened.')).toBe(6);
    expect(countWords('今日は大きな地震がありました')).toBe(7);
  });
});
