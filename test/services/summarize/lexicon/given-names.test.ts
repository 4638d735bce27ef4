/** The given-name list the lexicon searches (given-names.tsv) answers as gender-detection-from-name does. */
import { readFileSync } from 'node:fs';
import { getGender } from 'gender-detection-from-name';
import { describe, expect, it } from 'vitest';
import {
  givenNameGender,
  isGivenName,
  isGivenNameAndSurname,
} from '../../../../src/services/summarize/lexicon/given-names.ts';
import { givenNameLines } from '../../../../scripts/given-names/lines.ts';

const LIST = new URL('../../../../src/services/summarize/lexicon/given-names.tsv', import.meta.url);
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/** The gender as the package's lists give it: the same in every list that has the name, else undefined. */
function packageGender(given: string): 'm' | 'f' | undefined {
  const genders = new Set(LANGUAGES.map((lang) => getGender(given, lang)));
  if (genders.size !== 1) return undefined;
  const [gender] = genders;
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : undefined;
}

describe('given-names.tsv', () => {
  it('is what npm run data:given-names writes from the installed package, sorted', () => {
    const lines = givenNameLines();
    expect(readFileSync(LIST, 'utf8')).toBe(lines.join(''));
    expect(lines.every((line, i) => i === 0 || (lines[i - 1] as string) < line)).toBe(true);
    // The lookup searches the file's bytes: their order must be the lines' order too.
    const bytes = lines.map((line) => Buffer.from(line));
    expect(bytes.every((line, i) => i === 0 || Buffer.compare(bytes[i - 1]!, line) < 0)).toBe(true);
  });

  it('knows every name on the package’s lists, with the gender they agree on', () => {
    const names = givenNameLines().map((line) => line.slice(0, line.indexOf('\t')));
    const wrong = names.filter((name) => {
      const word = name.charAt(0).toUpperCase() + name.slice(1);
      const full = `${word} Doe`;
      return (
        isGivenName(word) !== (name.length > 1 && getGender(word) !== 'unknown') ||
        (/^\p{L}+$/u.test(name) &&
          name.length > 1 &&
          (isGivenNameAndSurname(full) !== (getGender(word) !== 'unknown') ||
            givenNameGender(full) !== packageGender(word)))
      );
    });
    expect(wrong).toEqual([]);
  });
});

describe('looking a name up', () => {
  it('finds given names in any case, and not other words', () => {
    expect(isGivenName('Lauren')).toBe(true);
    expect(isGivenName('LAUREN')).toBe(true);
    expect(isGivenName('Microsoft')).toBe(false);
    expect(isGivenName('Zzqx')).toBe(false);
    expect(isGivenName('')).toBe(false);
  });

  it('needs a surname after the given name, and reads a hyphenated given name by its first part', () => {
    expect(isGivenNameAndSurname('Neil Armstrong')).toBe(true);
    expect(isGivenNameAndSurname('Neil')).toBe(false);
    expect(isGivenNameAndSurname('Jean-Pierre Raffarin')).toBe(true);
    expect(isGivenNameAndSurname('Americans say')).toBe(false);
  });

  it('gives a gender only where the lists agree', () => {
    expect(givenNameGender('John Smith')).toBe('m');
    expect(givenNameGender('Neil Armstrong')).toBeUndefined(); // a woman's name on the French list
    expect(givenNameGender('Mary Smith')).toBe('f');
    expect(givenNameGender('Andrea Rossi')).toBeUndefined();
    expect(givenNameGender('Zzqx Smith')).toBeUndefined();
  });

  it('does not match across lines of the list', () => {
    expect(isGivenName('lauren\tf\nneil')).toBe(false);
    expect(isGivenName('neil\n')).toBe(false);
  });
});
