import { describe, expect, it } from 'vitest';
import { articleFromContent, formatOfFile } from '../../../src/services/pipeline.ts';
import { markdownToText } from '../../../src/services/text/markdown.ts';

describe('markdownToText', () => {
  it('drops headings, emphasis, links, images and code marks but keeps the words', () => {
    const text = markdownToText(
      '# Dam opens\n\n![aerial](dam.jpg)\nThe **new** dam opened on _Monday_, said [the ministry](https://x.test) in `a statement`.',
    );
    expect(text).toBe('Dam opens\n\n\nThe new dam opened on Monday, said the ministry in a statement.');
  });

  it('keeps list markers so that key points near the top are still recognised', () => {
    expect(markdownToText('Title\n\n* first point\n1. second point')).toBe(
      'Title\n\n* first point\n- second point',
    );
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(markdownToText('rate_limit_hits rose 5 * 3 times')).toBe('rate_limit_hits rose 5 * 3 times');
  });
});

describe('Markdown files in the pipeline', () => {
  it('are recognised by extension and summarized without their markup', () => {
    expect(formatOfFile('story.md', '# x')).toBe('markdown');
    const article = articleFromContent(
      '# Dam opens on **Monday**\n\nThe new dam on the river opened on Monday after four years of work, officials said.\n\nIt will supply power to 200,000 homes.',
      'markdown',
    );
    expect(article.headline).toBe('Dam opens on Monday');
    expect(article.paragraphs.join(' ')).not.toMatch(/\*\*|#/);
  });
});
