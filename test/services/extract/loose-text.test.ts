import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';

const sentence = (i: number) =>
  `Paragraph ${i}: the council said on Monday that the harbour bridge, closed since September, would reopen after repairs costing millions.`;

describe('loose text in a body written in <p> elements', () => {
  it('leaves out captions, credits and labels sitting directly in a <div> of the article', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i + 1)}</p>`);
    story.splice(
      3,
      0,
      '<div class="media"><img src="a.jpg"><div class="c1x">Workers on the bridge deck in March.</div></div>',
    );
    story.splice(6, 0, '<div>Explore the harbour</div>');
    const html = `<html><body><article><h1>Bridge reopens</h1>${story.join('')}</article></body></html>`;
    const article = extractArticle(html);
    expect(article.paragraphs).toEqual(Array.from({ length: 8 }, (_, i) => sentence(i + 1)));
  });

  it('keeps a story written as text in <div>s', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<div>${sentence(i + 1)}</div>`).join('');
    const html = `<html><body><article><h1>Bridge reopens</h1>${story}</article></body></html>`;
    expect(extractArticle(html).paragraphs).toHaveLength(8);
  });

  it('keeps lists and headings of a story written in <p> elements', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('');
    const html = `<html><body><article><h1>Bridge reopens</h1>${story}<h2>What changes</h2><ul><li>Two lanes each way</li><li>A cycle path</li></ul></article></body></html>`;
    const text = extractArticle(html).paragraphs.join('\n');
    expect(text).toContain('What changes');
    expect(text).toContain('A cycle path');
  });
});
