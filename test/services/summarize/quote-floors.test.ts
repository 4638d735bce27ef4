/**
 * Floors on quotes and speakers, so a regression fails CI and not only a benchmark: the hand-annotated
 * fixtures (many sites) and PolNeAR's dev split (news no rule was written from), scored by the same
 * code as `npm run bench:quotes`. The floors sit a little under the figures the committed model
 * reaches (see the note in bench:quotes), so they catch a real drop, not noise.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSet } from '../../../bench/lib/quote-bench.ts';
import { fixtureSet, polnearSet } from '../../../bench/lib/quote-sets.ts';

const ratio = (n: number, d: number) => n / Math.max(1, d);

describe('quote and speaker floors', () => {
  it('the fixtures: quotes found and their speakers right', () => {
    const r = measureSet(fixtureSet());
    expect(ratio(r.all.recalled, r.all.gold)).toBeGreaterThanOrEqual(0.96);
    expect(ratio(r.all.right, r.all.predicted)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(r.all.speakerRight, r.all.named)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(r.top.speakerRight, r.top.named)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(r.topAllRight, r.articlesWithQuotes)).toBeGreaterThanOrEqual(0.95);
  });

  it('PolNeAR dev, measured on only: quotes found and their speakers right', () => {
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'polnear', 'dev.jsonl.gz');
    const r = measureSet(polnearSet('dev', undefined, file));
    expect(ratio(r.all.right, r.all.predicted)).toBeGreaterThanOrEqual(0.93);
    expect(ratio(r.all.recalled, r.all.gold)).toBeGreaterThanOrEqual(0.86);
    expect(ratio(r.all.speakerRight, r.all.named)).toBeGreaterThanOrEqual(0.89);
    expect(ratio(r.all.noSpeaker, r.all.named)).toBeLessThan(0.03);
    expect(ratio(r.top.right, r.top.predicted)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(r.top.speakerRight, r.top.named)).toBeGreaterThanOrEqual(0.96);
  });
});
