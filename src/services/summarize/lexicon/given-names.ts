/**
 * Whether a speaker reads as a person's full name: a first word that is a known given name and at
 * least one more word. On the annotated quotes a speaker like that is right far more often (95%)
 * than a single word or a phrase ("Americans", "Microsoft To Do": 63–69%), so the summary's
 * top quotes prefer them. The names are gender-detection-from-name's lists (English, Italian,
 * Spanish, French, German, Turkish), in given-names.tsv (`npm run data:given-names` writes it).
 */
import { readFileSync } from 'node:fs';

// The build copies the list beside the compiled code and the CLI bundle. It is read on the first
// question, not when the lexicon loads (pasted text needs none), and searched as it is: one name
// per line, sorted, so nothing is built from its 67,000 lines.
const LIST = new URL('./given-names.tsv', import.meta.url);
let list: string | undefined;

/** The line at `start` against `key` ("name\t"): negative when it sorts before, 0 when it is the key's line. */
function compareLine(text: string, start: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const difference = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** 'm' or 'f' when every list that has the name agrees, 'x' when they differ, undefined when none has it. */
function genderOf(name: string): 'm' | 'f' | 'x' | undefined {
  // A tab or line break would let the key match across lines.
  if (name === '' || name.includes('\t') || name.includes('\n')) return undefined;
  const text = (list ??= readFileSync(LIST, 'utf8'));
  const key = `${name.toLowerCase()}\t`;
  // Binary search over characters, each probe read from the start of the line it falls in: lines
  // before `low` sort before the key, lines from `high` on after it.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle - 1) + 1;
    const order = compareLine(text, start, key);
    if (order === 0) return text[start + key.length] as 'm' | 'f' | 'x';
    if (order > 0) high = start;
    else {
      const newline = text.indexOf('\n', start);
      low = newline < 0 ? text.length : newline + 1;
    }
  }
  return undefined;
}

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
  return word.length > 1 && genderOf(word) !== undefined;
}

export function isGivenNameAndSurname(speaker: string): boolean {
  const given = givenNameOf(speaker);
  return given !== '' && genderOf(given) !== undefined;
}

/**
 * The gender a full name's given name has in every list that has it ("John": m), else undefined
 * ("Andrea" is a woman's name in English and a man's in Italian; "Ali" likewise).
 */
export function givenNameGender(full: string): 'f' | 'm' | undefined {
  const gender = genderOf(givenNameOf(full));
  return gender === 'x' ? undefined : gender;
}
