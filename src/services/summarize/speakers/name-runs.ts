/**
 * Capitalised runs of words, the raw material of names: finding them in a paragraph, and what a
 * run tells by itself (titles and roles, the name left after them).
 */
import { isWhitespaceCode } from '../../text/whitespace.ts';
import { DEMONYMS, NOT_NAME, OCCUPATIONS, ORG_WORDS, ROLE_SYNONYMS, TITLES } from '../lexicon/lists.ts';

export function normalizeRole(word: string): string {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ-]/g, '');
  return ROLE_SYNONYMS[w] ?? w;
}

export function looksLikeOrganisation(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  // "Stability AI", "Lumen AI": companies, as "… Labs" is; checked in capitals, so a name ending "Ai" stays a person.
  return words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,}$/.test(name) || /\sAI$/u.test(name);
}

const CAP_WORD = "(?:[A-Z]\\.|(?:Jr|Sr)\\.|[A-ZÀ-ÖØ-ÞĀ-ſ][\\p{L}'’-]*)";
const JOIN = '\\s+(?:(?:de|da|del|der|den|van|von|bin|al|la|le|di|dos|du|of|for)\\s+){0,2}';
// A run starts a word: the capital inside "9to5Mac" or "iPad" is no name. The lookahead for a
// capital first lets the engine skip ahead to candidates (a leading lookbehind alone made it 4x slower).
const WORD_START = '(?=[A-ZÀ-ÖØ-ÞĀ-ſ])(?<![\\p{L}\\p{N}])';
export const NAME_RUN = new RegExp(`${WORD_START}${CAP_WORD}(?:${JOIN}${CAP_WORD}){0,4}`, 'gu');
/** Up to seven words, for a title-led run ("US State Department Spokesman Matthew Miller"). */
const LONG_RUN = new RegExp(`${WORD_START}${CAP_WORD}(?:${JOIN}${CAP_WORD}){0,6}`, 'gu');

/** LONG_RUN's own instance for an exec loop (matchAll on the shared ones would inherit a lastIndex). */
const LONG_RUN_SCAN = new RegExp(LONG_RUN.source, 'gu');

/** Capitalised runs of a text: long runs only when a title inside them says where the name starts. */
export function nameRuns(text: string): Array<{ run: string; index: number }> {
  const runs: Array<{ run: string; index: number }> = [];
  LONG_RUN_SCAN.lastIndex = 0;
  for (let m = LONG_RUN_SCAN.exec(text); m; m = LONG_RUN_SCAN.exec(text)) {
    const index = m.index;
    const run = m[0];
    if (gluedToSymbol(text, index, index + run.length)) continue;
    if (wordCount(run) <= 5 || stripTitles(run).roles.length > 0) {
      runs.push(withoutAbbreviationTail(text, run, index));
      continue;
    }
    for (const sub of run.matchAll(NAME_RUN))
      runs.push(withoutAbbreviationTail(text, sub[0], index + (sub.index ?? 0)));
  }
  return runs;
}

/** "G/O Media", "Investing.com": a run glued to a slash or a domain is part of a name it cannot stand for. */
export function gluedToSymbol(text: string, start: number, end: number): boolean {
  return (
    text[start - 1] === '/' || text[end] === '/' || (text[end] === '.' && /\p{Ll}/u.test(text[end + 1] ?? ''))
  );
}

/**
 * "the U.N. Linda Thomas-Greenfield": a run can start at the last letter of a dotted abbreviation
 * ("N."), which is not an initial of the name after it; that letter is dropped.
 */
function withoutAbbreviationTail(text: string, run: string, index: number): { run: string; index: number } {
  const glued = index >= 2 && text[index - 1] === '.' && /\p{L}/u.test(text[index - 2] ?? '');
  const tail = glued ? /^[A-Z]\.\s+(?=\S)/u.exec(run) : null;
  return tail ? { run: run.slice(tail[0].length), index: index + tail[0].length } : { run, index };
}

/** run.split(/\s+/).length for a run that neither starts nor ends with whitespace: its gaps plus one. */
function wordCount(run: string): number {
  let words = 1;
  for (let i = 1; i < run.length; i++)
    if (isWhitespaceCode(run.charCodeAt(i)) && !isWhitespaceCode(run.charCodeAt(i - 1))) words++;
  return words;
}

function cleanToken(token: string): string {
  // Only a token ending in s or . , ; : has anything to strip.
  if (!/[s.,;:]$/u.test(token)) return token;
  // A middle initial or "Jr." keeps its period ("Rachel E. Petherbridge"): that is how the name is written.
  if (/^(?:\p{Lu}|Jr|Sr)\.$/u.test(token)) return token;
  return token.replace(/[’']s$/u, '').replace(/[.,;:]+$/u, '');
}

const HYPHENATED_ROLE = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;

/**
 * Titles that are also first names ("Dean Benzaken"): a title only inside a run, after what they
 * head ("GSAS Dean Emma Dench").
 */
const INNER_TITLES = new Set(['dean', 'provost', 'rector']);

/**
 * "Queen of Jordan", "Secretary of State Antony Blinken": after a title, the word after "of" is
 * its domain and a name, if any, is the two words after that ('' when there is none). Null when
 * the words after the title are no "of"/"for" domain.
 */
function nameAfterDomain(tokens: string[]): string | null {
  if (!/^(?:of|for)$/u.test(tokens[0] ?? '')) return null;
  const after = tokens.slice(2);
  return after.length >= 2 ? after.slice(-2).join(' ') : '';
}

const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen']);

/** Splits a capitalised run into (title/role words, name). "President Joe Biden" -> (["president"], "Joe Biden"). */
export function stripTitles(run: string): { roles: string[]; name: string } {
  const raw = run.split(/\s+/);
  // "Newsguard’s Jack Brewster", "Actors’ Equity’s Stefanie Frey": after a possessive comes the
  // name; "McDonald’s Corp" stays whole, an organisation.
  const owner = raw.slice(0, -1).findLastIndex((t) => /\p{L}[’']s?$/u.test(t));
  // "Rosaly Lopes of NASA’s Jet Propulsion Laboratory": an owner after "of" is where the person works.
  const owned = owner === -1 || raw[owner - 1] === 'of' ? raw : raw.slice(owner + 1);
  let tokens = (owned.some((t) => ORG_WORDS.has(t.toLowerCase())) ? raw : owned)
    .map(cleanToken)
    .filter(Boolean);
  // "Browns DL Sheldon Richardson", "NBA Commissioner Adam Silver": an acronym heads the two-word name after it.
  const acronym = tokens.findLastIndex((t) => /^\p{Lu}{2,4}$/u.test(t));
  if (
    acronym !== -1 &&
    tokens[acronym - 1] !== 'of' &&
    tokens.length - acronym - 1 === 2 &&
    !ORG_WORDS.has(tokens[tokens.length - 1]!.toLowerCase())
  )
    tokens = tokens.slice(acronym + 1);
  // "Prince Andrew", "Queen Rania": a royal goes by title and given name, which is their name.
  const royal = tokens.length === 2 ? (tokens[0] as string).toLowerCase() : '';
  if (ROYAL_TITLES.has(royal)) return { roles: [royal], name: tokens.join(' ') };
  const roles: string[] = [];
  while (tokens.length > 1) {
    const first = (tokens[0] ?? '').toLowerCase().replace(/\.$/, '');
    // "LA Times": an acronym is no function word ("la"), whatever it spells.
    if (NOT_NAME.has(first) && !/^\p{Lu}{2,}$/u.test(tokens[0] ?? '')) {
      // "If I Can’t Have Love", "I Want Power": capitals after the pronoun I are a title's words.
      if (tokens[0] === 'I') return { roles, name: '' };
      tokens.shift();
      continue;
    }
    // "Co-owner David Beckham", "Ex-escort-turned-hairdresser Nikkie Brass": a capitalised word
    // with lower-case parts after a hyphen is a role written at the start of a sentence; names
    // capitalise every part ("Thomas-Greenfield").
    // "Artist Eric Rieger": an occupation capitalised at the head of a name of two more words.
    const occupation = OCCUPATIONS.has(first) && tokens.length > 2;
    if (TITLES.has(first) || occupation || HYPHENATED_ROLE.test(tokens[0] ?? '')) {
      roles.push(normalizeRole(first));
      tokens.shift();
      const name = nameAfterDomain(tokens);
      if (name !== null) return { roles, name };
      continue;
    }
    break;
  }
  // "Alaska Sen Dan Sullivan", "Former President Trump": the name starts after the last title word.
  for (let i = tokens.length - 2; i >= 1; i--) {
    const word = (tokens[i] ?? '').toLowerCase();
    if (TITLES.has(word) || INNER_TITLES.has(word)) {
      roles.push(...tokens.slice(0, i + 1).map(normalizeRole));
      tokens.splice(0, i + 1);
      // "US Secretary of State Mike Pompeo".
      const name = nameAfterDomain(tokens);
      if (name !== null) return { roles, name };
      break;
    }
  }
  // A run never ends with a connector ("Department of" before a lowercase word).
  while (tokens.length > 1 && /^(?:of|for|de|van|von|bin|al)$/.test(tokens[tokens.length - 1] ?? ''))
    tokens.pop();
  return { roles, name: tokens.join(' ') };
}

/** What a capitalised run tells by itself, the same wherever it is written. */
export interface RunFacts {
  roles: string[];
  name: string;
  /** Not a name at all ("The", "Monday"). */
  notName: boolean;
  opensWithThe: boolean;
  /** Ends in ’s, 's or a bare apostrophe. */
  endsPossessive: boolean;
}

/** Offices that end a description ("Greek Foreign Minister") and are no one's surname (unlike King, Major). */
const OFFICE_ENDINGS = new Set(
  (
    'minister secretary president senator governor mayor spokesman spokeswoman spokesperson ambassador ' +
    'commissioner chairman chairwoman director ceo cfo superintendent lawmaker congressman congresswoman ' +
    'gov sen rep'
  ).split(' '),
);

// "Fifty-one percent say that …": a number opening a sentence.
const NUMBER_WORD =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|hundreds?|thousands?|millions?)$/u;

/** A whole run that is no name: a sentence opener, a nationality ("Canadian", "Americans") or a number ("Fifty-one"). */
export function isNotName(run: string): boolean {
  const lower = run.toLowerCase();
  // "D-N.Y.", "R-Texas": a party and a state after a lawmaker's name.
  return NOT_NAME.has(lower) || DEMONYMS.has(lower) || NUMBER_WORD.test(lower) || /^[dri]-\p{L}/u.test(lower);
}

/** "Greek Foreign Minister", "United Nations High Commissioner": an office, no one's name. */
export function endsInOffice(name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space === -1) return false;
  const last = name.endsWith('.') ? name.slice(space + 1, -1) : name.slice(space + 1);
  return OFFICE_ENDINGS.has(last.toLowerCase());
}

export function factsOfRun(run: string): RunFacts {
  const { roles, name } = stripTitles(run);
  return {
    roles,
    name,
    // "the Greek Foreign Minister, Giorgos Gerapetritis": a run ending in an office is a description.
    notName: !name || isNotName(name) || endsInOffice(name),
    opensWithThe: /^The\s/u.test(run),
    endsPossessive: /[’']s?$/u.test(run),
  };
}

/**
 * "Ira Katz of Little Five Points Pharmacy": "he" is the person, not their affiliation. Runs of
 * one word before "of" are titles or organisations ("Duke of Sussex", "Bank of America").
 */
export function personOf(full: string): string {
  const m = / of \p{Lu}/u.exec(full);
  return m && full.slice(0, m.index).includes(' ') ? full.slice(0, m.index) : full;
}
