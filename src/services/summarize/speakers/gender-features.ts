/**
 * Gender agreement between a quote's he/she and its candidates, as speaker-model features: the gender
 * the text tells for a name (or its given name's) agrees, clashes or is unknown; the only candidate
 * that agrees, and the latest named one that does; and the given name's own gender, apart from what
 * a nearby pronoun tells (a he/she written next to a name is sometimes someone else's).
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import type { SpeakerResolver } from './resolver.ts';
import type { Gender } from './types.ts';

/** Who of the candidates in view agrees with the pronoun's gender. */
export class GenderAgreement {
  private readonly agreeing: string[];
  private readonly latest: string | undefined;

  /** `recency`: each candidate's rank by its latest mention before the quote (0: the latest). */
  constructor(
    private readonly wanted: Gender,
    names: Iterable<string>,
    recency: ReadonlyMap<string, number>,
    private readonly resolver: SpeakerResolver,
  ) {
    this.agreeing = [...names].filter(
      (name) => !resolver.isOrganisation(name) && resolver.genderOf(name) === wanted,
    );
    this.latest = this.agreeing
      .filter((name) => recency.has(name))
      .sort((a, b) => recency.get(a)! - recency.get(b)!)[0];
  }

  /** Adds the gender features of candidate `name`; `organisation`: a name read or described as one. */
  features(name: string, organisation: boolean, on: (key: string) => void): void {
    const wanted = this.wanted;
    const gender = organisation ? 'org' : (this.resolver.genderOf(name) ?? 'unknown');
    on(`gender=${gender === wanted ? 'agree' : gender === 'unknown' ? 'unknown' : 'clash'}`);
    if (this.agreeing.length === 1 && this.agreeing[0] === name) on('gender=soleAgreeing');
    const given = organisation ? undefined : givenNameGender(name);
    if (given) on(`givenGender=${given === wanted ? 'agree' : 'clash'}`);
    if (name === this.latest) on('gender=latestAgreeing');
  }
}
