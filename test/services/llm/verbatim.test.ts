import { describe, expect, it } from 'vitest';
import { checkBulletQuotes, normaliseForQuoteCheck } from '../../../src/services/llm/verbatim.ts';

const article = normaliseForQuoteCheck(
  'The mayor said: “We will rebuild the bridge by June,” adding that the\u00A0money   was ready. It’s a start, she said.',
);

describe('quoted text in a model’s bullet', () => {
  it('keeps a quotation found in the article whatever its quote marks, spaces or Unicode forms', () => {
    for (const bullet of [
      'The mayor promised "We will rebuild the bridge by June".',
      'The mayor promised «We will rebuild the bridge by June».',
      'She said „the money was ready“ for the work.',
      'The mayor said “We  will rebuild\nthe bridge by June,” in her speech.',
      'Ｔhe mayor called it “It’s a start” on Monday.',
    ]) {
      const checked = checkBulletQuotes(bullet, article);
      expect(checked.removed).toEqual([]);
      expect(checked.text).toBe(bullet);
    }
  });

  it('removes a quotation that is not in the article word for word, and keeps the rest of the bullet', () => {
    const checked = checkBulletQuotes(
      'The mayor said “we will never give up” as the bridge plan was announced.',
      article,
    );
    expect(checked.removed).toEqual(['“we will never give up”']);
    expect(checked.text).toBe('The mayor said as the bridge plan was announced.');
  });

  it('drops a bullet that is little more than an invented quotation', () => {
    expect(checkBulletQuotes('Mayor: “Bridges are our future.”', article).text).toBeNull();
  });

  it('does not read apostrophes as quotation marks', () => {
    const checked = checkBulletQuotes(
      'The town’s mayor said it’s the council’s plan to fix it by June.',
      article,
    );
    expect(checked).toEqual({
      text: 'The town’s mayor said it’s the council’s plan to fix it by June.',
      removed: [],
      kept: [],
    });
  });

  it('is case-sensitive: a changed word is not the article’s quotation', () => {
    expect(
      checkBulletQuotes('She said “we will rebuild the bridge by July” in the end.', article).removed,
    ).toHaveLength(1);
  });
});
