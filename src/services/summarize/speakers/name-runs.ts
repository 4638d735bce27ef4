/**
 * Capitalised runs of words, the raw material of names: finding them in a paragraph, and what a
 * run tells by itself (titles and roles, the name left after them).
 */
import { isWhitespaceCode } from '../../text/whitespace.ts';
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export function normalizeRole(word: string, lex: Lexicon): string {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ-]/g, '');
  return lex.roleSynonyms.get(w) ?? w;
}

export function looksLikeOrganisation(name: string, lex: Lexicon): boolean {
  const words = name.toLowerCase().split(' ');
  // "Stability AI", "Lumen AI": companies, as "… Labs" is; checked in capitals, so a name ending "Ai" stays a person.
  return words.some((w) => lex.organisationWords.has(w)) || /^[A-Z]{2,}$/.test(name) || /\sAI$/u.test(name);
}

/**
 * Capitalised runs: up to five words (`name`), or seven for a title-led run (`long`, "US State
 * Department Spokesman Matthew Miller"), joined by spaces and the lower-case words that join names
 * ("de", "van", "of"). A suffix keeps its period ("Kennedy Jr."), an initial too.
 */
export function nameRunPatterns(lex: Lexicon) {
  const word = `(?:[A-Z]\\.|(?:${alternation(lex.abbreviatedSuffixes)})\\.|[A-ZÀ-ÖØ-ÞĀ-ſ][\\p{L}'’-]*)`;
  const join = `\\s+(?:(?:${alternation(lex.nameJoiners)})\\s+){0,2}`;
  // A run starts a word: the capital inside "9to5Mac" or "iPad" is no name. The lookahead for a
  // capital first lets the engine skip ahead to candidates (a leading lookbehind alone made it 4x slower).
  const start = '(?=[A-ZÀ-ÖØ-ÞĀ-ſ])(?<![\\p{L}\\p{N}])';
  return {
    name: new RegExp(`${start}${word}(?:${join}${word}){0,4}`, 'gu'),
    /** Its own instance for an exec loop (matchAll on a shared one would inherit a lastIndex). */
    long: new RegExp(`${start}${word}(?:${join}${word}){0,6}`, 'gu'),
    /** A token that keeps its period: an initial or an abbreviated suffix ("Rachel E. Petherbridge"). */
    dotted: new RegExp(`^(?:\\p{Lu}|${alternation(lex.abbreviatedSuffixes)})\\.$`, 'u'),
    /** Joiners that never end a run ("Department of" before a lower-case word). */
    trailingJoiner: new RegExp(`^(?:${alternation(lex.nameJoiners)})$`, 'u'),
    /** "Fifty-one percent say …": a number opening a sentence. */
    numberWord: new RegExp(
      `^(?:(?:${alternation(lex.numberTens)})(?:-\\p{L}+)?|(?:${alternation(lex.numberLarge)})s?)$`,
      'u',
    ),
  };
}

/** Capitalised runs of a text: long runs only when a title inside them says where the name starts. */
export function nameRuns(text: string, lex: Lexicon): Array<{ run: string; index: number }> {
  const runs: Array<{ run: string; index: number }> = [];
  const patterns = lex.compile(nameRunPatterns);
  const scan = patterns.long;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const index = m.index;
    const run = m[0];
    if (gluedToSymbol(text, index, index + run.length)) continue;
    if (writtenInCapitals(run)) continue;
    if (wordCount(run) <= 5 || stripTitles(run, lex).roles.length > 0) {
      runs.push(withoutAbbreviationTail(text, run, index));
      continue;
    }
    for (const sub of run.matchAll(patterns.name))
      runs.push(withoutAbbreviationTail(text, sub[0], index + (sub.index ?? 0)));
  }
  return withNicknames(text, runs);
}

/** A one-word nickname in quotes between two runs: `Juan “Chico” Manriquez`. */
const NICKNAME_GAP = /^\s+["“'‘]\p{Lu}[\p{L}.’'-]{0,15}["”'’]\s+$/u;

/**
 * `Robert “Bobby” Delgado`: a given name, a quoted nickname and a surname are one name, not a
 * one-word name followed by a quote; the run keeps the nickname (stripTitles leaves it out of the name).
 */
function withNicknames(
  text: string,
  runs: Array<{ run: string; index: number }>,
): Array<{ run: string; index: number }> {
  const out: Array<{ run: string; index: number }> = [];
  for (let i = 0; i < runs.length; i++) {
    const current = runs[i]!;
    const end = current.index + current.run.length;
    // The nickname may itself have been read as a run of its own.
    const skip = [1, 2].find((k) => {
      const next = runs[i + k];
      return next && next.index - end <= 20 && NICKNAME_GAP.test(text.slice(end, next.index));
    });
    const next = skip === undefined ? undefined : runs[i + skip];
    if (skip !== undefined && next) {
      out.push({ run: text.slice(current.index, next.index + next.run.length), index: current.index });
      i += skip;
    } else out.push(current);
  }
  return out;
}

/** A token that is a quoted nickname (`“Bobby”`): part of how a name is written, not of the name. */
const QUOTED_TOKEN = /^["“'‘]\p{Lu}[\p{L}.’'-]*["”'’]$/u;

/**
 * "RED STATES OUTNUMBER BLUE STATES", "JUST TOO EARLY": three or more words in capitals are a heading
 * or a shout, not a name; an organisation's acronym ("NATO", "U.S. FDA") has fewer.
 */
export function writtenInCapitals(run: string): boolean {
  let words = 0;
  for (const word of run.split(/\s+/u)) if (/^\p{Lu}{2,}$/u.test(word.replace(/[’'.,:;-]/gu, ''))) words++;
  return words >= 3;
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

function cleanToken(token: string, lex: Lexicon): string {
  // Only a token ending in s or . , ; : has anything to strip.
  if (!/[s.,;:]$/u.test(token)) return token;
  // A middle initial or "Jr." keeps its period ("Rachel E. Petherbridge"): that is how the name is written.
  if (lex.compile(nameRunPatterns).dotted.test(token)) return token;
  return token.replace(/[’']s$/u, '').replace(/[.,;:]+$/u, '');
}

const HYPHENATED_ROLE = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;

/**
 * Titles that are also first names ("Dean Benzaken"): a title only inside a run, after what they
 * head ("GSAS Dean Emma Dench").
 */

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

/** Splits a capitalised run into (title/role words, name). "President Joe Biden" -> (["president"], "Joe Biden"). */
export function stripTitles(run: string, lex: Lexicon): { roles: string[]; name: string } {
  const raw = run.split(/\s+/);
  // "Newsguard’s Jack Brewster", "Actors’ Equity’s Stefanie Frey": after a possessive comes the
  // name; "McDonald’s Corp" stays whole, an organisation.
  const owner = raw.slice(0, -1).findLastIndex((t) => /\p{L}[’']s?$/u.test(t));
  // "Rosaly Lopes of NASA’s Jet Propulsion Laboratory": an owner after "of" is where the person works.
  const owned = owner === -1 || raw[owner - 1] === 'of' ? raw : raw.slice(owner + 1);
  let tokens = (owned.some((t) => lex.organisationWords.has(t.toLowerCase())) ? raw : owned)
    .filter((t) => !QUOTED_TOKEN.test(t))
    .map((t) => cleanToken(t, lex))
    .filter(Boolean);
  // "Browns DL Sheldon Richardson", "NBA Commissioner Adam Silver": an acronym heads the two-word name after it.
  const acronym = tokens.findLastIndex((t) => /^\p{Lu}{2,4}$/u.test(t));
  if (
    acronym !== -1 &&
    tokens[acronym - 1] !== 'of' &&
    tokens.length - acronym - 1 === 2 &&
    !lex.organisationWords.has(tokens[tokens.length - 1]!.toLowerCase())
  )
    tokens = tokens.slice(acronym + 1);
  // "Prince Andrew", "Queen Rania": a royal goes by title and given name, which is their name.
  const royal = tokens.length === 2 ? (tokens[0] as string).toLowerCase() : '';
  if (lex.royalTitles.has(royal)) return { roles: [royal], name: tokens.join(' ') };
  const roles: string[] = [];
  while (tokens.length > 1) {
    const first = (tokens[0] ?? '').toLowerCase().replace(/\.$/, '');
    // "LA Times": an acronym is no function word ("la"), whatever it spells.
    if (lex.notName.has(first) && !/^\p{Lu}{2,}$/u.test(tokens[0] ?? '')) {
      // "If I Can’t Have Love", "I Want Power": capitals after the pronoun I are a title's words.
      if (tokens[0] === 'I') return { roles, name: '' };
      tokens.shift();
      continue;
    }
    // "Co-owner David Beckham", "Ex-escort-turned-hairdresser Nikkie Brass": a capitalised word
    // with lower-case parts after a hyphen is a role written at the start of a sentence; names
    // capitalise every part ("Thomas-Greenfield").
    // "Artist Eric Rieger": an occupation capitalised at the head of a name of two more words.
    const occupation = lex.occupations.has(first) && tokens.length > 2;
    if (lex.titles.has(first) || occupation || HYPHENATED_ROLE.test(tokens[0] ?? '')) {
      roles.push(normalizeRole(first, lex));
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
    if (lex.titles.has(word) || lex.innerTitles.has(word)) {
      roles.push(...tokens.slice(0, i + 1).map((t) => normalizeRole(t, lex)));
      tokens.splice(0, i + 1);
      // "US Secretary of State Mike Pompeo".
      const name = nameAfterDomain(tokens);
      if (name !== null) return { roles, name };
      break;
    }
  }
  // A run never ends with a connector ("Department of" before a lowercase word).
  const trailingJoiner = lex.compile(nameRunPatterns).trailingJoiner;
  while (tokens.length > 1 && trailingJoiner.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  // "in Hudson, New Hampshire Monday", "told CNN Tuesday": a day name ends the run, not the name.
  while (tokens.length > 1 && lex.weekdays.has((tokens[tokens.length - 1] ?? '').toLowerCase())) tokens.pop();
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

/** A whole run that is no name: a sentence opener, a month, a greeting ("Merry Christmas"), a nationality ("Canadian", "Americans") or a number ("Fifty-one"). */
export function isNotName(run: string, lex: Lexicon): boolean {
  const lower = run.toLowerCase();
  // "D-N.Y.", "R-Texas": a party and a state after a lawmaker's name.
  return (
    lex.notName.has(lower) ||
    // "On Dec. 19": a month's abbreviation alone ("Jan Brewer" keeps her given name).
    lex.months.has(lower) ||
    lex.greetings.has(lower) ||
    lex.demonyms.has(lower) ||
    lex.compile(nameRunPatterns).numberWord.test(lower) ||
    /^[dri]-\p{L}/u.test(lower)
  );
}

/** An article, demonstrative or possessive ending a text, in either case ("the ", "Eine "). */
function determinerAtEnd(lex: Lexicon): RegExp {
  const words = [...lex.determiners, ...lex.determiners.map((w) => w.charAt(0).toUpperCase() + w.slice(1))];
  return new RegExp(`(?:^|\\s)(?:${alternation(words)})\\s+$`, 'u');
}

/**
 * "die Sprecherin", "Eine Sprecherin des Ministeriums", "the President": a title standing alone after
 * a determiner is the noun for the office, not someone's name (German writes every noun with a capital).
 */
export function isTitleNoun(name: string, textBefore: string, lex: Lexicon): boolean {
  return (
    !name.includes(' ') && lex.titles.has(name.toLowerCase()) && lex.compile(determinerAtEnd).test(textBefore)
  );
}

/** "Greek Foreign Minister", "United Nations High Commissioner": an office, no one's name. */
export function endsInOffice(name: string, lex: Lexicon): boolean {
  const space = name.lastIndexOf(' ');
  if (space === -1) return false;
  const last = name.endsWith('.') ? name.slice(space + 1, -1) : name.slice(space + 1);
  return lex.officeEndings.has(last.toLowerCase());
}

export function factsOfRun(run: string, lex: Lexicon): RunFacts {
  const { roles, name } = stripTitles(run, lex);
  return {
    roles,
    name,
    // "the Greek Foreign Minister, Giorgos Gerapetritis": a run ending in an office is a description.
    notName: !name || isNotName(name, lex) || endsInOffice(name, lex),
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
