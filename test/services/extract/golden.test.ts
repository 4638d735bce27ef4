import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';
import type { Article } from '../../../src/services/types.ts';

/**
 * Golden fixtures, one folder per class of extraction error: input.html + expected.json. expected.json
 * lists the Article fields to compare exactly, plus `paragraphsInclude` / `paragraphsExclude`
 * (substrings that must / must not appear in the body), and `url` (the page's address, if any).
 */
const root = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');

interface Expected extends Partial<Article> {
  paragraphsInclude?: string[];
  paragraphsExclude?: string[];
}

describe('extractArticle golden fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const html = readFileSync(join(root, name, 'input.html'), 'utf8');
      const { paragraphsInclude, paragraphsExclude, url, ...fields } = JSON.parse(
        readFileSync(join(root, name, 'expected.json'), 'utf8'),
      ) as Expected;
      const article = extractArticle(html, { url: url ?? null });
      for (const [field, value] of Object.entries(fields)) {
        expect(article[field as keyof Article], field).toEqual(value);
      }
      const body = article.paragraphs.join('\n');
      for (const text of paragraphsInclude ?? []) expect(article.paragraphs).toContain(text);
      for (const text of paragraphsExclude ?? []) expect(body).not.toContain(text);
    });
  }
});
