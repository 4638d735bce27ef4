import { describe, expect, it } from 'vitest';
import {
  logLoss,
  probabilities,
  type RankingExample,
  softmax,
  train,
} from '../../../../src/services/summarize/speakers/ranker.ts';

/** Quotes with three candidates: the one "named in the attribution" is right 9 times in 10. */
function examples(count: number): RankingExample[] {
  const out: RankingExample[] = [];
  for (let i = 0; i < count; i++) {
    const named = i % 3;
    const right = i % 10 === 0 ? (named + 1) % 3 : named;
    out.push({
      candidates: [0, 1, 2].map(
        (c) =>
          new Map([
            ['namedInAttribution', c === named ? 1 : 0],
            // Noise: the same for right and wrong candidates.
            ['mentionedTwice', (i + c) % 2],
          ]),
      ),
      positives: [right],
    });
  }
  return out;
}

describe('speaker ranker', () => {
  it('learns that the feature marking the right candidate matters and a noise feature does not', () => {
    const weights = train(examples(200), { iterations: 400 });
    expect(weights['namedInAttribution']).toBeGreaterThan(1);
    expect(Math.abs(weights['mentionedTwice'] ?? 0)).toBeLessThan(0.3);
  });

  it('ranks the right candidate first on quotes it was not trained on', () => {
    const weights = train(examples(200), { iterations: 400 });
    const held = examples(50).map((e, i) => ({ ...e, positives: [i % 3] }));
    const right = held.filter((e) => {
      const p = probabilities(weights, e.candidates);
      return p.indexOf(Math.max(...p)) === e.positives[0];
    });
    expect(right).toHaveLength(50);
  });

  it('lowers the loss below that of no weights, and gives the same weights every time', () => {
    const data = examples(120);
    const first = train(data, { iterations: 300 });
    expect(logLoss(first, data)).toBeLessThan(logLoss({}, data));
    expect(train(data, { iterations: 300 })).toEqual(first);
  });

  it('turns scores into probabilities that sum to one, whatever their size', () => {
    const p = softmax([1000, 1000, 998]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[0]).toBeCloseTo(p[1]!, 10);
    expect(p[2]).toBeLessThan(p[0]!);
  });
});
