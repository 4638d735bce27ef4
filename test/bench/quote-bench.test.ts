/** The quote bench's "articles all right" count on fixture-style sets, which annotate no one-word quote. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureSet } from '../../bench/lib/quote-bench.ts';
import { fixtureSet } from '../../bench/lib/quote-sets.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fixture set of one article, its paragraphs and its annotated quotes. */
function oneArticle(paragraphs: string[], quotes: Array<{ text: string; speaker: string | null }>) {
  const dir = mkdtempSync(join(tmpdir(), 'quote-bench-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'input.json'), JSON.stringify({ id: 'a', title: 'Town hall', paragraphs }));
  writeFileSync(join(dir, 'a', 'expected.json'), JSON.stringify({ quotes }));
  return measureSet(fixtureSet(dir));
}

const opening = 'The town hall opened a new office for residents on Monday, the mayor announced.';
const annotated = [
  { text: 'too many residents never hear about the help that is there for them.', speaker: 'Jane Roe' },
];
/** The quote's opening piece, then the attribution and the part the fixture annotates. */
const splitQuote = (piece: string) =>
  `“${piece},” said Mayor Jane Roe, “too many residents never hear about the help that is there for them.”`;

describe('quote bench: top 3 articles all right', () => {
  it('does not judge the one-word opening of a quote broken by its attribution', () => {
    const r = oneArticle([opening, splitQuote('Sadly')], annotated);
    expect(r.articlesWithQuotes).toBe(1);
    expect(r.topAllRight).toBe(1);
  });

  it('still counts an article wrong when a longer unannotated piece is shown', () => {
    const r = oneArticle([opening, splitQuote('Sadly, very sadly')], annotated);
    expect(r.topAllRight).toBe(0);
  });
});
