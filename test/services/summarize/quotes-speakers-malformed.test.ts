import { describe, expect, it } from 'vitest';
import { speakers } from '../../support/quotes.ts';

describe('speakers that are no whole name of a person', () => {
  it('reads "States" in "the United States" as part of a name, not a speech verb', () => {
    expect(
      speakers(
        'The Border Enforcement Agency says that the northern border “remains the main entry point for cocaine into the United States” and that “Canada remains the largest source of the drug.”',
      ),
    ).toEqual(['Border Enforcement Agency', 'Border Enforcement Agency']);
  });

  it('gives a name no role from a noun a verb stands between ("spokesperson stresses that Blue Harbor")', () => {
    expect(
      speakers(
        'A company spokesperson stresses that Blue Harbor is a separate business from the newsroom.',
        '“We are not cutting any reporters at all this year,” the spokesperson said.',
      ),
    ).toEqual([null]);
  });

  it('reads "…, Bo’s wife Emma Hale Carter shared" as the sentence’s subject, whom "she" then means', () => {
    expect(
      speakers(
        'Bo Carter has retired from acting. His daughter Ivy shared a video of them last month.',
        'As the family gathered, Bo’s wife Emma Hale Carter shared a photo of everyone, including daughters Mae, Ivy and Lou.',
        'Expressing her gratitude, she wrote: “I am so thankful to know this kind of love.”',
      ),
    ).toEqual(['Emma Hale Carter']);
  });
});
