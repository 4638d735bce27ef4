import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/services/extract/index.ts';
import { Utf8Page } from '../../../src/services/extract/utf8-page.ts';
import type { Article } from '../../../src/services/types.ts';

/**
 * Golden fixtures, one folder per class of extraction error: input.html + expected.json. expected.json
 * lists the Article fields to compare exactly, plus `paragraphsInclude` / `paragraphsExclude`
 * (substrings that must / must not appear in the body), and `url` (the page's address, if any).
 * Each page is read twice: as text, and from its bytes (as the CLI reads .html files).
 */
const root = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');

interface Expected extends Partial<Article> {
  paragraphsInclude?: string[];
  paragraphsExclude?: string[];
}

const forms = {
  text: (bytes: Buffer) => bytes.toString('utf8'),
  bytes: (bytes: Buffer) => Utf8Page.of(bytes) ?? bytes.toString('utf8'),
};

describe.each(Object.entries(forms))('extractArticle golden fixtures, page read as %s', (_, form) => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const html = form(readFileSync(join(root, name, 'input.html')));
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
