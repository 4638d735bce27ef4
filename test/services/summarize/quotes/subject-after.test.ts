/** The subject of an attribution after a quote (quotes/subject-after.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import { extractAttributedQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { subjectAfter } from '../../../../src/services/summarize/quotes/subject-after.ts';
import { makeArticle } from '../../../support/article.ts';
import { speakers } from '../../../support/quotes.ts';

const en = lexiconFor('en');

describe('a participle after a comma', () => {
  it('finds no subject where the quote’s own sentence goes on with its predicate', () => {
    expect(
      subjectAfter(' also approved money for 12 new officers, arguing that the old plan had', true, en),
    ).toBeNull();
  });

  it('still finds the subject of a clause written after the quote ("Benioff weighed in, telling")', () => {
    expect(subjectAfter(' Benioff weighed in, telling Cook,', true, en)).toMatch(/^Benioff\b/);
  });

  it('leaves the subject before the quote as the only one of "the mayor, … “…,” also approved …, arguing"', () => {
    const subjects: string[][] = [];
    extractAttributedQuotes(
      makeArticle([
        'Ana Ruiz opened a police station on Friday. The Daily Ledger reported that the mayor, in an effort to make the “promise of safer streets a reality,” also approved money for 12 new officers, arguing that the old plan had “left whole districts of the city without a patrol.”',
      ]),
      { onCandidates: (entry, q) => (subjects[entry] = q.subjects.map((s) => s.phrase)) },
    );
    expect(subjects[0]).toEqual(['the mayor']);
  });
});

describe('a quote signed with a hyphen', () => {
  it('is given to the name on the line after it ("- Ana Ruiz.") as to one signed with a dash', () => {
    expect(
      speakers(
        'The debate turned to taxes late in the evening.',
        '"I will look into it. I do not know the status, but I will certainly look into it."',
        '- Ana Ruiz.',
        '"Big companies and other multinationals pay zero taxes."',
        '—Tom Reed.',
      ),
    ).toEqual(['Ana Ruiz', 'Tom Reed']);
  });

  it('reads no name from a hyphen that goes on in lower case', () => {
    expect(subjectAfter(' - which is why it failed', false, en)).toBeNull();
  });
});
