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
// per line, sorted, so nothing is built from its 67,000 lines. It is searched as bytes: decoding
// its 680 KB to a string (some names are not ASCII) took five times as long as reading it, and
// UTF-8 sorts as the code points it encodes, so the byte order is the list's order.
const LIST = new URL('./given-names.tsv', import.meta.url);
const NEWLINE = 0x0a;
let list: Buffer | undefined;

/** The line at `start` against `key` ("name\t"): negative when it sorts before, 0 when it is the key's line. */
function compareLine(bytes: Buffer, start: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    // Past the end, the line (the last, without its line break) sorts before the key.
    if (start + i >= bytes.length) return -1;
    const difference = bytes[start + i]! - key[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** 'm' or 'f' when every list that has the name agrees, 'x' when they differ, undefined when none has it. */
function genderOf(name: string): 'm' | 'f' | 'x' | undefined {
  // A tab or line break would let the key match across lines.
  if (name === '' || name.includes('\t') || name.includes('\n')) return undefined;
  const bytes = (list ??= readFileSync(LIST));
  const key = Buffer.from(`${name.toLowerCase()}\t`);
  // Binary search over bytes, each probe read from the start of the line it falls in: lines
  // before `low` sort before the key, lines from `high` on after it.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
    const order = compareLine(bytes, start, key);
    if (order === 0) return String.fromCharCode(bytes[start + key.length]!) as 'm' | 'f' | 'x';
    if (order > 0) high = start;
    else {
      const newline = bytes.indexOf(NEWLINE, start);
      low = newline < 0 ? bytes.length : newline + 1;
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
