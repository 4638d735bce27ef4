import { describe, expect, it } from 'vitest';
import { TermIds } from '../../../../src/services/summarize/bullets/similarity.ts';

/** The words TermIds reads by character code, as the pattern it stands for finds them. */
function wordsByPattern(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('TermIds', () => {
  it('numbers content words in the order they are first seen, skipping function words', () => {
    const ids = new TermIds();
    expect(ids.of('The mayor said the budget passed.')).toEqual([0, 1, 2]);
    expect(ids.of('Budget talks: the Mayor wins 7-2')).toEqual([1, 3, 0, 4, 5, 6]);
    expect(ids.size).toBe(7);
  });

  it('cuts words where letters and digits end, in every script and outside the BMP', () => {
    // No function words here, so every word the pattern finds (but one-letter ones) is numbered.
    const texts = [
      'Zoë Ødegaard’s café—“naïve” façade, ½ ② 𝐁𝐨𝐥𝐝 math 😀emoji😀 inside',
      'xx\ud83dyy lone\udc00surrogates \ud835\udc00\ud835 end 7',
      'Σίσυφος ΣΊΣΥΦΟΣ İstanbul straße ǅemal Ⅻ²',
    ];
    for (const text of texts) {
      const numbers = new Map<string, number>();
      const expected = wordsByPattern(text)
        .filter((word) => word.length > 1 || /^\d$/.test(word))
        .map((word) => numbers.get(word) ?? numbers.set(word, numbers.size).size - 1);
      expect(new TermIds().of(text)).toEqual(expected);
    }
  });

  it('compares Japanese and Chinese by character pairs', () => {
    const ids = new TermIds();
    expect(ids.of('東京都知事')).toEqual([0, 1, 2, 3]);
    expect(ids.of('知事')).toEqual([3]);
  });
});
