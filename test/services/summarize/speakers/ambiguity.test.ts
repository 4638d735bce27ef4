/**
 * When a he/she could mean more than one person: the text moving on to someone new, names that
 * are really titles of works, lists of names, and a pronoun resolved to someone named far back.
 */
import { describe, expect, it } from 'vitest';
import { collectMentions } from '../../../../src/services/summarize/speakers/mentions.ts';
import { extractAttributedQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from '../../../support/article.ts';
import { speakers } from '../../../support/quotes.ts';

describe('capitalised words after the pronoun I', () => {
  it('are the words of a title, not a name ("the album If You Go, I Hold Fire")', () => {
    const names = collectMentions([
      'Nina Ortiz sang on the album If You Go, I Hold Fire, which came out in May.',
    ]).map((m) => m.name);
    expect(names).toContain('Nina Ortiz');
    expect(names).not.toContain('Hold Fire');
  });

  it('do not become the person a later "she" means', () => {
    expect(
      speakers(
        'Nina Ortiz is a singer from Leeds. She toured all summer.',
        'Her new single samples the album If You Go, I Hold Fire, a record she loved as a child.',
        '“It was a thrill to hear those old songs again,” she said.',
      ),
    ).toEqual(['Nina Ortiz']);
  });
});

describe('the person an article is about', () => {
  it('is never an item of a list of names', () => {
    expect(
      speakers(
        'The album features guests including Ana Ruiz, Ben Cole, Carl Diaz and Dan Fox.',
        'Later, Tom Hart released a solo album of his own.',
        'The record came out in May.',
        'The video was filmed at night.',
        '“This is my first time walking this road alone,” he says in the clip.',
      ),
    ).toEqual(['Tom Hart']);
  });
});

describe('a whole paragraph about someone else', () => {
  it('moves "she" on from the last speaker to the person it introduces', () => {
    expect(
      speakers(
        '“Planning ahead pays off for every family,” says Dr. Lena Ortiz, a family therapist.',
        'The idea has been embraced by famous athletes like Maria Stone, who kept a notebook of goals before her first title.',
        '“I wrote down every goal I had,” she told a radio show in 2010.',
      ),
    ).toEqual(['Lena Ortiz', 'Maria Stone']);
  });

  it('does not when that paragraph still quotes the last speaker', () => {
    expect(
      speakers(
        'Rita Gomez, a nurse from Leeds, hid the treatments from her family for years.',
        '“It was hard to keep it quiet,” she says. Once she was left looking like Dr Spock.',
        '“I could not leave a trail of receipts,” she explains.',
      ),
    ).toEqual(['Rita Gomez', 'Rita Gomez']);
  });
});

describe('a pronoun resolved to someone named far back', () => {
  const article = (middle: string) =>
    makeArticle([
      'Ella Brook founded the label in 2001 with two friends.',
      'The label grew quickly in its first years.',
      middle,
      'Sales doubled by 2005.',
      '“We never expected this kind of success for a small label,” she said.',
    ]);

  it('is less sure than one named in the two paragraphs before', () => {
    const [far] = extractAttributedQuotes(article('Its first records sold well abroad.'));
    const [near] = extractAttributedQuotes(article('Brook hired ten people that year.'));
    expect(far?.quote.speaker).toBe('Ella Brook');
    expect(near?.quote.speaker).toBe('Ella Brook');
    expect(far!.confidence).toBeLessThan(near!.confidence);
  });
});
