import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';

const paragraph = (i: number) =>
  `Paragraph ${i}: the council said on Monday that the harbour bridge, closed since September, would reopen after repairs costing millions.`;
const story = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${paragraph(i + 1)}</p>`).join('');
const comment = (i: number) =>
  `<li class="comment"><div class="comment-author">reader${i}</div><div class="comment-body"><p>Comment ${i}: I have crossed that bridge every day for years, and honestly the repairs took far too long for all of us.</p></div></li>`;
const thread = (count: number) =>
  `<section class="comments"><h2>Comments</h2><ul>${Array.from({ length: count }, (_, i) => comment(i + 1)).join('')}</ul></section>`;

describe('boilerplate class names against the amount of text', () => {
  it('keeps an article whose own container carries a comment feature flag in its class', () => {
    for (const flags of ['article comments-enabled', 'story enableComments', 'post has-comments']) {
      const html = `<html><body><nav><a href="/">Home</a></nav><div class="${flags}"><h1>Bridge reopens</h1>${story(12)}</div>${thread(2)}</body></html>`;
      const article = extractArticle(html);
      expect(article.paragraphs, flags).toHaveLength(12);
      expect(article.paragraphs[0]).toBe(paragraph(1));
    }
  });

  it('still leaves out a comment thread that outweighs the article', () => {
    const html = `<html><body><article class="story"><h1>Bridge reopens</h1>${story(5)}</article>${thread(30)}</body></html>`;
    const article = extractArticle(html);
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs.join(' ')).not.toMatch(/Comment \d+:/);
  });
});

describe('metadata inside a container whose class name looks like furniture', () => {
  it('reads the byline and date of an article container flagged "comments-enabled"', () => {
    const html = `<html><body><header class="page-header"><h1>Bridge reopens</h1></header>
      <div class="story comments-enabled"><p class="byline">By Jane Doe</p><time datetime="2024-03-05">March 5, 2024</time>${story(12)}</div>
      ${thread(3)}</body></html>`;
    const article = extractArticle(html);
    expect(article.byline).toBe('Jane Doe');
    expect(article.publishedAt).toBe('2024-03-05');
  });
});

describe('boxes that embed content from elsewhere', () => {
  const post =
    'Just crossed the new harbour bridge for the first time and the view over the water at sunset is honestly worth the wait!';

  it('leaves out an embedded post inside the article container', () => {
    for (const names of [
      'social-embed',
      'embed twitter',
      'post_embedded',
      'media-embeds',
      'SocialEmbed',
      'embedContainer',
    ]) {
      const html = `<html><body><article class="story"><h1>Bridge reopens</h1>${story(4)}<div class="${names}"><p>${post}</p><p>Jane Roe, 5 March 2024</p></div>${story(3)}</article></body></html>`;
      const text = extractArticle(html).paragraphs.join(' ');
      expect(text, names).not.toContain('Just crossed the new harbour bridge');
      expect(text, names).toContain(paragraph(4));
    }
  });

  it('matches the whole word only, and never drops a heading or a paragraph', () => {
    const html = `<html><body><article class="story"><h1>Bridge reopens</h1>${story(3)}<h2 class="subhead-embed">Repairs took a year</h2><p class="videoEmbed-title">The reopening ceremony on video</p><div class="embedly-wrap"><p>${post}</p></div>${story(3)}</article></body></html>`;
    const text = extractArticle(html).paragraphs.join(' ');
    expect(text).toContain('Repairs took a year');
    expect(text).toContain('The reopening ceremony on video');
    expect(text).toContain('Just crossed the new harbour bridge');
  });
});

describe('credit boxes', () => {
  it('leaves out a box whose class names it a credit, a whole word of a class token', () => {
    const credit = 'Jane Roe took these pictures for the Harbour Times on the morning of the reopening';
    for (const names of ['image-credit', 'credits', 'media_credit wide']) {
      const html = `<html><body><article class="story"><h1>Bridge reopens</h1>${story(4)}<div class="${names}"><p>${credit}</p></div>${story(3)}</article></body></html>`;
      expect(extractArticle(html).paragraphs.join(' '), names).not.toContain(credit);
    }
    const html = `<html><body><article class="story"><h1>Bridge reopens</h1>${story(4)}<div class="creditsuisse-note"><p>${credit}</p></div>${story(3)}</article></body></html>`;
    expect(extractArticle(html).paragraphs.join(' ')).toContain(credit);
  });
});
