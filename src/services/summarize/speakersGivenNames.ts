/**
 * Whether a speaker reads as a person's full name: a first word that is a known given name and at
 * least one more word. On the annotated quotes a speaker like that is right far more often (95%)
 * than a single word or a phrase ("Americans", "Microsoft To Do": 63–69%), so the summary's
 * top quotes prefer them. The names are gender-detection-from-name's lists (English, Italian,
 * Spanish, French, German, Turkish); only whether a word is on them is used here.
 */
import { getGender } from 'gender-detection-from-name';

export function isGivenNameAndSurname(speaker: string): boolean {
  const words = speaker.split(' ');
  if (words.length < 2) return false;
  // "Jean-Pierre Raffarin": the first part of a hyphenated given name is enough.
  const given = (words[0] as string).split('-')[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  return given.length > 1 && getGender(given) !== 'unknown';
}
