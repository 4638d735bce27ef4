import { isGivenName, isGivenNameAndSurname } from '../lexicon/given-names.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Mention } from './types.ts';
import { personOf } from './name-runs.ts';
import { offsetOf, paragraphOf } from '../position.ts';

/**
 * How an article writes one person's name in several forms, mended after the names are collected:
 * a capitalised sentence opener that is not part of the name ("Even Kitaev"), a surname shared by
 * a pair ("Melody and Nariman Tashakor"), a nickname between the names ("Jonny “JonnyCakes”
 * Manganello") and a stage name ("known by his stage name Bnxn").
 */
export function fixNameForms(mentions: Mention[], paragraphs: string[], lex: Lexicon): void {
  dropCapitalisedOpeners(mentions, paragraphs);
  dropPlacesAroundNames(mentions, paragraphs, lex);
  joinNicknamed(mentions, paragraphs);
  shareSurnames(mentions, paragraphs);
  followAliases(mentions, paragraphs);
}

// A preposition, then perhaps more capitalised words ("at Actors’ Equity Stefanie Frey").
const PLACE_LEAD = /\b(?:to|at|of|from|for|in|with)\s+(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u;

/**
 * "envoy to Ukraine Kurt Volker", "at Actors’ Equity Stefanie Frey": a place or an organisation
 * written right before a given name and surname is not part of the name. `before` is the text
 * up to the name (its last 80 characters are enough).
 */
export function withoutPlaceBefore(name: string, before: string, lex: Lexicon): string {
  const words = name.split(' ');
  if (
    words.length < 3 ||
    words.length > 4 ||
    lex.organisationWords.has(words[words.length - 1]!.toLowerCase())
  )
    return name;
  const rest = words.slice(1).join(' ');
  // A country is never the start of a name; any other word only before a given name and surname.
  const placeFirst =
    lex.countries.has(words[0]!.toLowerCase()) ||
    (!isGivenNameAndSurname(name) && isGivenNameAndSurname(rest));
  return placeFirst && PLACE_LEAD.test(before.slice(-80)) ? rest : name;
}

/**
 * Around a given name and surname, what is not part of it: a place or organisation before it (see
 * withoutPlaceBefore) and one after "of" ("Rosaly Lopes of NASA", "Martin Taylor of Aberdeenshire").
 */
function dropPlacesAroundNames(mentions: Mention[], paragraphs: string[], lex: Lexicon): void {
  for (const m of mentions) {
    const person = personOf(m.name);
    if (person !== m.name && isGivenNameAndSurname(person)) m.name = person;
    const offset = offsetOf(m.at);
    const name = withoutPlaceBefore(
      m.name,
      (paragraphs[paragraphOf(m.at)] ?? '').slice(Math.max(0, offset - 80), offset),
      lex,
    );
    if (name === m.name) continue;
    m.at += m.name.length - name.length;
    m.name = name;
  }
}

const KNOWN_AS =
  /^,?\s+(?:(?:better|professionally|also|now)\s+)?known\s+(?:as|by\s+(?:his|her|their)\s+(?:stage\s+|professional\s+|ring\s+)?name)\s+$/u;

/**
 * "Daniel Benson, known by his stage name Bnxn", "better known as Bnxn": every later "Bnxn" is
 * the person introduced by full name.
 */
function followAliases(mentions: Mention[], paragraphs: string[]): void {
  const aliases = new Map<string, string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    const p = paragraphOf(m.at);
    if (!m.name.includes(' ') || next.name.includes(' ') || paragraphOf(next.at) !== p) continue;
    const between = (paragraphs[p] ?? '').slice(offsetOf(m.at) + m.name.length, offsetOf(next.at));
    if (KNOWN_AS.test(between)) aliases.set(next.name, m.name);
  }
  if (aliases.size === 0) return;
  for (const m of mentions) {
    const full = aliases.get(m.name);
    if (full) [m.alias, m.name] = [m.name, full];
  }
}

/**
 * "Melody and Nariman Tashakor", "Sara and Sameer Ahmed": a first name joined by "and" to a full
 * name shares its surname. Not at the end of a list ("Jimin, V and Jung Kook"): there "and" joins
 * the last item, and its surname is that person's alone.
 */
function shareSurnames(mentions: Mention[], paragraphs: string[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    const p = paragraphOf(m.at);
    if (m.name.includes(' ') || paragraphOf(next.at) !== p) continue;
    const words = next.name.split(' ');
    if (words.length !== 2) continue;
    const text = paragraphs[p] ?? '';
    const between = text.slice(offsetOf(m.at) + m.name.length, offsetOf(next.at));
    if (!/^\s+(?:and|&)\s+$/u.test(between) || followsListItem(mentions[i - 1], m, text)) continue;
    m.name = `${m.name} ${words[1]}`;
  }
}

/**
 * Whether `m` comes right after a comma and a list item `prev`: a name that itself follows a
 * comma ("J-Hope, Jimin, V"), or a given name opening the sentence ("Ben, Kai and …"). A name
 * after a preposition ("In Paris, Anna and Piotr Nowak") opens a phrase, not a list.
 */
function followsListItem(prev: Mention | undefined, m: Mention, text: string): boolean {
  if (!prev || paragraphOf(prev.at) !== paragraphOf(m.at)) return false;
  const start = offsetOf(prev.at);
  if (!/^\s*,\s*$/u.test(text.slice(start + prev.name.length, offsetOf(m.at)))) return false;
  const afterComma = /,\s*$/u.test(text.slice(Math.max(0, start - 3), start));
  return afterComma || (isGivenName(prev.name) && /(?:^|[.!?:;]["”’]?\s+)$/u.test(text.slice(0, start)));
}

/**
 * "Even Kitaev, the pioneer, has grown cynical": the first word of a sentence is capitalised
 * whatever it is. When the article writes that word in lower case elsewhere and names the rest
 * with another first name ("Alexei Kitaev"), the word is not part of the name. "Bill Gates" keeps
 * its first name: no other mention ends in "Gates".
 */
function dropCapitalisedOpeners(mentions: Mention[], paragraphs: string[]): void {
  // Both lookups are built on first need: most sentence openers are names or single words.
  let byLastWord: Map<string, string[]> | undefined;
  let text: string | undefined;
  const writtenLower = new Map<string, boolean>();
  for (const m of mentions) {
    if (!m.opensSentence) continue;
    const space = m.name.indexOf(' ');
    if (space === -1) continue;
    const first = m.name.slice(0, space);
    const rest = m.name.slice(space + 1);
    // "Student Daniel Broz said …": what is left is a full name by itself.
    if (!rest.includes(' ')) {
      if (!byLastWord) {
        byLastWord = new Map();
        for (const o of mentions) {
          const last = o.name.lastIndexOf(' ');
          if (last === -1) continue;
          const key = o.name.slice(last + 1);
          const list = byLastWord.get(key);
          if (list) list.push(o.name);
          else byLastWord.set(key, [o.name]);
        }
      }
      const named = (byLastWord.get(rest) ?? []).some((n) => !n.startsWith(`${first} `));
      if (!named) continue;
    }
    const word = first.toLowerCase();
    // "Hosting Cook at the summit, …": a participle is no first name when the surname has one.
    if (!rest.includes(' ') && /^\p{Lu}\p{Ll}{3,}ing$/u.test(first)) {
      m.name = rest;
      continue;
    }
    let lower = writtenLower.get(word);
    if (lower === undefined) {
      text ??= paragraphs.join('\n');
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      lower = new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-])`, 'u').test(text);
      writtenLower.set(word, lower);
    }
    if (lower) m.name = rest;
  }
}

/**
 * "Jonny “JonnyCakes” Manganello": a nickname in quotes between a first name and a surname; the
 * surname's mention is the full name without it.
 */
function joinNicknamed(mentions: Mention[], paragraphs: string[]): void {
  for (let i = 0; i + 2 < mentions.length; i++) {
    const [first, nick, last] = [mentions[i]!, mentions[i + 1]!, mentions[i + 2]!];
    if (!nick.inQuote || first.name.includes(' ') || last.name.includes(' ')) continue;
    const p = paragraphOf(first.at);
    if (paragraphOf(last.at) !== p) continue;
    const between = (paragraphs[p] ?? '').slice(offsetOf(first.at) + first.name.length, offsetOf(last.at));
    if (/^\s+["“][^"”]{1,30}["”]\s+$/u.test(between)) last.name = `${first.name} ${last.name}`;
  }
}
