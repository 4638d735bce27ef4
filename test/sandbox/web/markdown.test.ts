/** The sandbox page shows Discord Markdown as Discord does, and never lets text become markup. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/discord/limits.ts';
import { formatTimestamp, renderMarkdown } from '../../../src/sandbox/web/markdown.js';

const context = {
  user: (id: string) => (id === '21' ? 'Ada' : undefined),
  channel: (id: string) => (id === '12' ? 'digest' : undefined),
  now: Date.UTC(2025, 4, 6, 12, 0, 0),
  timeZone: 'UTC',
};
const md = (text: string) => renderMarkdown(text, context);

describe('renderMarkdown', () => {
  it('escapes HTML from articles and members, in text, links and code alike', () => {
    expect(md('<img src=x onerror=alert(1)>')).toBe(
      '<span class="md-lines">&lt;img src=x onerror=alert(1)&gt;</span>',
    );
    expect(md('[<b>x</b>](https://a.test/"onmouseover=alert(1))')).not.toMatch(/<b>|"onmouseover/);
    expect(md('`<script>`')).toContain('<code>&lt;script&gt;</code>');
  });

  it('keeps only http(s) links', () => {
    expect(md('[click](javascript:alert(1))')).not.toContain('<a ');
    expect(md('[Story](https://news.test/a?b=1&c=2)')).toContain(
      '<a href="https://news.test/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow">Story</a>',
    );
    expect(md('see https://news.test/a.')).toContain('>https://news.test/a</a>.');
  });

  it('draws emphasis, quotes and lists', () => {
    expect(md('**bold** *it* __under__ ~~gone~~')).toContain(
      '<strong>bold</strong> <em>it</em> <u>under</u> <s>gone</s>',
    );
    expect(md('> quoted\n- one\n- two')).toBe(
      '<blockquote>quoted</blockquote><ul><li>one</li><li>two</li></ul>',
    );
  });

  it('shows what the bot escaped as plain characters', () => {
    const headline = '*Breaking* 2. [update] file_name';
    expect(md(escapeMarkdown(headline))).toBe(`<span class="md-lines">${headline}</span>`);
  });

  it('turns mentions and timestamps into names and readable times', () => {
    expect(md('asked by <@21> in <#12>')).toContain(
      '<span class="mention">@Ada</span> in <span class="mention">#digest</span>',
    );
    const inTwoMinutes = Math.floor(context.now / 1000) + 120;
    expect(md(`next <t:${inTwoMinutes}:R>`)).toContain('>in 2 minutes</time>');
    expect(formatTimestamp(inTwoMinutes, 't', context)).toBe('12:02');
  });
});
