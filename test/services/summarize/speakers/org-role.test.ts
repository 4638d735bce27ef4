/** A name the text describes with an organisation noun ("website Hugo Gloss") is scored as one (speakers/candidates.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../support/quotes.ts';

describe('organisation described by a noun', () => {
  it('marks "entertainment website Mira Caldwell" as an organisation that "she" cannot mean', () => {
    const [features] = featuresOf(
      'Mira Caldwell',
      'The singer Dana Ruiz came back on stage at midnight.',
      'In a video shared by the entertainment website Mira Caldwell, she tells the crowd, “Everybody on mute, this one is for you all.”',
    );
    expect(features).toContain('orgRole');
    expect(features).toContain('gender=clash');
    expect(features).not.toContain('gender=agree');
  });

  it('leaves a person described by a role alone', () => {
    const [features] = featuresOf(
      'Mira Caldwell',
      'The singer Mira Caldwell came back on stage at midnight.',
      '“Everybody on mute, this one is for you all,” she told the crowd.',
    );
    expect(features).not.toContain('orgRole');
  });
});
