/** A speech verb joined to an earlier one by "and"/"but" shares its subject (quotes/cues.ts, subject-before.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../../src/services/summarize/quotes/subject-before.ts';
import { lexiconFor } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import { extractAttributedQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from '../../../support/article.ts';
import { speakers } from '../../../support/quotes.ts';

const en = lexiconFor('en');

describe('joined speech verbs', () => {
  it('reads the subject of the first speech verb, not of the clause it reported', () => {
    expect(subjectBefore('He said that Polk is playing the “safety card” and said that Minden is', en)).toBe(
      'He',
    );
  });

  it('never takes the conjunction for the subject of "… and said"', () => {
    const subjects: string[][] = [];
    extractAttributedQuotes(
      makeArticle([
        'Mayor Tom Reddick attacked his two rivals, Anna Polk and Gary Minden, during the long rally on Friday.',
        'He said that Polk is playing “the safety card all day long” and said that Minden is “as weak as a kitten.”',
      ]),
      { onCandidates: (entry, q) => (subjects[entry] = q.subjects.map((s) => s.phrase)) },
    );
    expect(subjects.flat()).not.toContain('and');
    expect(subjects.flat()).toContain('He');
  });

  it('gives the second quote of "X said that A … and said that B is “…”" to X', () => {
    expect(
      speakers(
        'Mayor Tom Reddick spoke for an hour at the rally on Friday, and named his rivals one by one.',
        'He said that Anna Polk had run the budget into the ground, and said that Gary Minden is “as weak as a newborn kitten in a storm.”',
      ),
    ).toEqual(['Tom Reddick']);
  });
});

describe('"so" after a quote', () => {
  const subjectsOf = (...paragraphs: string[]) => {
    const subjects: string[] = [];
    extractAttributedQuotes(makeArticle(paragraphs), {
      onCandidates: (_entry, q) => subjects.push(...q.subjects.map((s) => `${s.side}:${s.phrase}`)),
    });
    return subjects;
  };

  it('never reads "so far" or "so long as" as an inverted attribution', () => {
    expect(
      subjectsOf(
        'Campaign spokesman Tom Reddick called the adviser “a deeply valued member of the whole team” so far.',
      ),
    ).toEqual(['before:Campaign spokesman Tom Reddick']);
    expect(
      subjectsOf(
        'In the ruling, she wrote that residents “may say what they like about the old house” so long as they do not paint it.',
      ),
    ).toEqual(['before:she']);
  });
});
