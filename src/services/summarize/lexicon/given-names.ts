/**
 * Whether a speaker reads as a person's full name: a first word that is a known given name and at
 * least one more word. On the annotated quotes a speaker like that is right far more often (95%)
 * than a single word or a phrase ("Americans", "Microsoft To Do": 63–69%), so the summary's
 * top quotes prefer them. The names are gender-detection-from-name's lists (English, Italian,
 * Spanish, French, German, Turkish); only whether a word is on them is used here.
 */
import { createRequire } from 'node:module';
import type { getGender as GetGender } from 'gender-detection-from-name';

// The lists are 2 MB of names: loaded on the first question, not when the lexicon is (extraction needs none).
const load = createRequire(import.meta.url);
let lookup: typeof GetGender | undefined;
const getGender: typeof GetGender = (name, lang) =>
  (lookup ??= (load('gender-detection-from-name') as { getGender: typeof GetGender }).getGender)(name, lang);

/** The first word of a name of two words or more, letters only ('' when there is none). */
function givenNameOf(full: string): string {
  const space = full.indexOf(' ');
  if (space === -1) return '';
  // "Jean-Pierre Raffarin": the first part of a hyphenated given name is enough.
  const given =
    full
      .slice(0, space)
      .split('-')[0]
      ?.replace(/[^\p{L}]/gu, '') ?? '';
  return given.length > 1 ? given : '';
}

/** Whether one word is on the given-name lists ("Orion", "Lauren"). */
export function isGivenName(word: string): boolean {
  return word.length > 1 && getGender(word) !== 'unknown';
}

export function isGivenNameAndSurname(speaker: string): boolean {
  const given = givenNameOf(speaker);
  return given !== '' && getGender(given) !== 'unknown';
}

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/**
 * The gender a full name's given name has in every language of the lists ("Neil": m), else
 * undefined ("Andrea" is a woman's name in English and a man's in Italian; "Ali" likewise).
 */
export function givenNameGender(full: string): 'f' | 'm' | undefined {
  const given = givenNameOf(full);
  if (given === '') return undefined;
  const genders = new Set(LANGUAGES.map((lang) => getGender(given, lang)));
  if (genders.size !== 1) return undefined;
  const [gender] = genders;
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : undefined;
}
