import { describe, expect, it } from 'vitest';
import type { AttributedQuote } from '../../../src/services/summarize/attributed-quote.ts';
import { SHOWN, SURE_TIERS, topQuotes } from '../../../src/services/summarize/top-quotes.ts';

function attributed(text: string, speaker: string | null, confidence: number): AttributedQuote {
  return { quote: { text, speaker }, parts: [text], confidence, spoken: true };
}

const top = (list: AttributedQuote[]) =>
  topQuotes(
    list.map((a) => a.quote),
    list,
    3,
  ).map((q) => `${q.speaker}: ${q.text}`);

describe('topQuotes', () => {
  it('shows only quotes whose speaker the model is sure of when there are any', () => {
    const list = [
      attributed('We will cut the budget for roads by a third next year.', 'Maria Lopez', 0.7),
      attributed(
        'The council has not yet seen the final figures from the audit.',
        'Tom Reed',
        SURE_TIERS[0]! + 0.01,
      ),
    ];
    expect(top(list)).toEqual(['Tom Reed: The council has not yet seen the final figures from the audit.']);
  });

  it('leaves out a quote whose named speaker is as likely wrong as right, but keeps likelier ones', () => {
    const list = [
      attributed('We will cut the budget for roads by a third next year.', 'Maria Lopez', SHOWN - 0.1),
      attributed('The council has not yet seen the final figures from the audit.', 'Tom Reed', SHOWN + 0.1),
    ];
    expect(top(list)).toEqual(['Tom Reed: The council has not yet seen the final figures from the audit.']);
  });

  it('shows a quote the page prints twice only once, beside the other quotes', () => {
    const said = 'We will cut the budget for roads by a third next year.';
    const list = [
      attributed(said, 'Maria Lopez', 0.97),
      attributed('The council has not yet seen the final figures from the audit.', 'Tom Reed', 0.97),
      // The same paragraph again further down, its marks and spacing a little different.
      attributed(` ${said.replace('.', '')} `, 'Maria Lopez', 0.97),
    ];
    expect(top(list).sort()).toEqual([
      'Maria Lopez: We will cut the budget for roads by a third next year.',
      'Tom Reed: The council has not yet seen the final figures from the audit.',
    ]);
  });

  it('shows nothing rather than a doubtful name when every named speaker is doubtful', () => {
    const list = [attributed('We will cut the budget for roads by a third next year.', 'Maria Lopez', 0.3)];
    expect(top(list)).toEqual([]);
  });

  it('with only short quotes, shows words said on their own before a phrase inside the writer’s sentence', () => {
    const list = [attributed('It really works', null, 0.8), attributed('so handy to carry', null, 0.8)];
    expect(top(list)).toEqual(['null: It really works']);
  });

  it('still shows a short phrase when nothing else was quoted', () => {
    const list = [attributed('so handy to carry', null, 0.8)];
    expect(top(list)).toEqual(['null: so handy to carry']);
  });

  it('shows the quotes of the highest sureness tier any quote reaches, not a less sure one beside them', () => {
    const [highest, next] = [SURE_TIERS[0]!, SURE_TIERS[1]!];
    const list = [
      attributed(
        'We will cut the budget for roads by a third next year.',
        'Maria Lopez',
        (highest + next) / 2,
      ),
      attributed('The council has not yet seen the final figures from the audit.', 'Tom Reed', next + 0.001),
      attributed('Nobody on the board asked us about the new office.', 'Ann Hill', SHOWN + 0.01),
    ];
    expect(top(list).sort()).toEqual([
      'Maria Lopez: We will cut the budget for roads by a third next year.',
      'Tom Reed: The council has not yet seen the final figures from the audit.',
    ]);
    const surest = attributed(
      'Every resident will get a letter about the office.',
      'Raj Patel',
      highest + 0.01,
    );
    expect(top([...list, surest])).toEqual(['Raj Patel: Every resident will get a letter about the office.']);
  });
});
