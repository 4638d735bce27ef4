/** Words two people gave together, and "the brand" for the organisation a passage keeps naming. */
import { describe, expect, it } from 'vitest';
import { speakers, suggestions } from '../../../support/quotes.ts';

describe('joint attributions', () => {
  it('gives the words of "Smith and Jones said" to the first named', () => {
    expect(
      speakers(
        'Anna Smith and Bob Jones run the bakery on Elm Street.',
        'Smith and Jones said the new oven would “double what we can bake every single morning.”',
      ),
    ).toEqual(['Anna Smith']);
  });

  it('gives the words of two full names to the first', () => {
    expect(
      speakers(
        'The council met the owners of the ferry company on Monday.',
        'Clara Diaz and Peter Wolfe wrote that the fares were “the lowest we can offer while still paying the crew.”',
      ),
    ).toEqual(['Clara Diaz']);
  });

  it('reads a shared surname as the one introduced beside the other of the pair (the rule on its own)', () => {
    // The model weighs this suggestion against the article's topic (Henry Lane), and picks him: a known limit.
    expect(
      suggestions(
        'Dr. Henry Lane founded the clinic in 1980. Henry Lane retired in 2015 and his son Tom Lane took over.',
        'Nora Pike and her cousin Eva Lane run the gift shop next door.',
        'Lane and Pike replied that the clinic had “never once asked us about the parking plans.”',
      )[0],
    ).toMatchObject({ 'before:name': 'Eva Lane' });
  });

  it('leaves a firm named with "and" alone when neither word is anyone introduced', () => {
    expect(
      speakers(
        'The chain has 300 stores across the north.',
        'Hobbs and Carver said it would “keep every one of our stores open through the winter.”',
      ),
    ).toEqual(['Carver']);
  });
});

describe('"the brand"', () => {
  it('means the brand the passage names again, not a capitalised word opening a sentence', () => {
    expect(
      speakers(
        'Lumo makes this serum in small batches, and Lumo ships every jar within a day.',
        'Apply it each night before bed. The brand claims that it will “leave your skin brighter after only one week of use.”',
      ),
    ).toEqual(['Lumo']);
  });
});
