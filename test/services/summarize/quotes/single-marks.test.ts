import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { findQuoteRuns } from '../../../../src/services/summarize/quotes/spans.ts';
import { makeArticle } from '../../../support/article.ts';

const quotes = (...paragraphs: string[]) => extractQuotes(makeArticle(paragraphs));
const texts = (...paragraphs: string[]) => findQuoteRuns(paragraphs).map((r) => r.text);

describe('extractQuotes: British style, single marks as the quote marks', () => {
  it('reads an attribution before the quote, after a colon', () => {
    expect(
      quotes(
        'Martin Hale, the council leader, spoke at the meeting on Tuesday evening.',
        "He told the meeting: 'The new bridge will open before the end of the summer, whatever the weather.'",
        "He added: 'We don't want the town's traders to wait another year for it.'",
      ),
    ).toEqual([
      {
        text: 'The new bridge will open before the end of the summer, whatever the weather.',
        speaker: 'Martin Hale',
      },
      { text: "We don't want the town's traders to wait another year for it.", speaker: 'Martin Hale' },
    ]);
  });

  it("reads an attribution after the quote ('…,' he said) and curly marks", () => {
    expect(
      quotes(
        'Sarah Pike runs the bakery on the high street.',
        "'It's been the busiest week we've had since the bakery opened,' Ms Pike said.",
        '‘The queue went right round the corner and past the Smiths’ shop,’ she added.',
      ),
    ).toEqual([
      { text: "It's been the busiest week we've had since the bakery opened", speaker: 'Sarah Pike' },
      { text: 'The queue went right round the corner and past the Smiths’ shop', speaker: 'Sarah Pike' },
    ]);
  });

  it("ends a sentence at a full stop inside a closing single mark (…too much.' A spokesman said:)", () => {
    const found = quotes(
      "After the meeting the chairman Peter Vale said: 'I am patient, but playing music until four in the morning is too much.' A Riverside Council spokesman said: 'As the chairman said, the rules say that music must stop at midnight.'",
    );
    expect(found.map((q) => q.text.slice(0, 12))).toEqual(['I am patient', 'As the chair']);
    expect(found[0]?.speaker).toBe('Peter Vale');
    expect(found[1]?.speaker).not.toBe('Peter Vale');
  });

  it('joins a quote left open at the end of a paragraph with the next paragraph that reopens it', () => {
    expect(
      quotes(
        "Tom Reed, 52, said: 'He was the kindest man you could ever meet. He loved his garden.",
        "'He would spend hours out there with the boys' bikes and the dogs.",
        "'We will miss him every single day.'",
      ),
    ).toEqual([
      {
        text:
          'He was the kindest man you could ever meet. He loved his garden. ' +
          "He would spend hours out there with the boys' bikes and the dogs. We will miss him every single day.",
        speaker: 'Tom Reed',
      },
    ]);
  });

  it('keeps double marks and a nested single-mark quote inside the outer quote', () => {
    expect(
      texts(
        "Jo Lane said: 'My son came in and told me \"Dad's hurt\". I couldn't believe it.'",
        "She added: 'He said 'I want to go home.' We all cried that night, every one of us.'",
      ),
    ).toEqual([
      'My son came in and told me "Dad\'s hurt". I couldn\'t believe it.',
      "He said 'I want to go home.' We all cried that night, every one of us.",
    ]);
  });

  it('never opens or closes a quote at an apostrophe', () => {
    expect(
      texts(
        "Ann Cole said: 'We danced to rock 'n' roll in the '90s at my parents' club, didn't we?'",
        "'The Smiths' house is where it all started,' she said.",
        "She called it 'the best years' and said 'I'd do it all again tomorrow if I could.'",
      ),
    ).toEqual([
      "We danced to rock 'n' roll in the '90s at my parents' club, didn't we?",
      "The Smiths' house is where it all started,",
      'the best years',
      "I'd do it all again tomorrow if I could.",
    ]);
  });

  it('leaves an article quoting with double marks as it was, stray single-marked words included', () => {
    const paragraphs = [
      '"We are not giving up on the plan," said Lisa Grant, the mayor.',
      "Grant called the vote 'premature' and the council's report 'a rushed job'.",
      '"The town deserves better than this," she said.',
    ];
    expect(texts(...paragraphs)).toEqual([
      'We are not giving up on the plan,',
      'The town deserves better than this,',
    ]);
    expect(quotes(...paragraphs).map((q) => q.speaker)).toEqual(['Lisa Grant', 'Lisa Grant']);
  });
});
