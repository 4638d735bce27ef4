import type { MentionIndex } from './mention-index.ts';
import { isGivenNameAndSurname } from '../lexicon/given-names.ts';
import { offsetOf, paragraphOf } from '../position.ts';

/**
 * Words two people gave together ("Ford and Fry replied", "Dale Ford and Martha Fry wrote"): the
 * speaker is the first named, as the annotation convention has it.
 */

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** Only capitalised names joined by commas and "and": "Paganini and his team" or "chief and officer X" are not pairs. */
const JOINT = new RegExp(`^${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME}$`, 'u');
/** A sentence ends between two positions of a paragraph. */
const SENTENCE_END = /[.!?]["”’']?\s+\p{Lu}/u;
/** How far apart (characters) two names may be to have been introduced together. */
const NEAR = 200;

/**
 * The first of the people a joint subject names, or null when `phrase` is not one. `names` are the
 * names the phrase writes, titles dropped (namesInPhrase). Each must stand for someone: a one-word
 * name that is nobody's surname ("Marks and Spencer", "Procter and Gamble") may be one firm's name.
 */
export function jointSpeaker(
  phrase: string,
  names: string[],
  at: number,
  index: MentionIndex,
  paragraphs: string[],
  fullName: (name: string, at: number) => string,
): string | null {
  const first = names[0];
  const second = names[names.length - 1];
  if (!first || !second || names.length < 2 || !JOINT.test(phrase)) return null;
  const stands = (name: string) => isGivenNameAndSurname(name) || fullName(name, at) !== name;
  if (!stands(first) || !stands(second)) return null;
  return besideOther(first, fullName(second, at), at, index, paragraphs) ?? fullName(first, at);
}

/**
 * A surname several people share ("Ford": the author, his brother) is the one the text introduced
 * in the same sentence as the other person of the pair ("Martha Fry and her brother Dale Ford").
 */
function besideOther(
  surname: string,
  other: string,
  at: number,
  index: MentionIndex,
  paragraphs: string[],
): string | null {
  if (surname.includes(' ')) return null;
  const forms = index.longerForms(surname, [surname]).filter((m) => m.at < at && !m.inQuote);
  if (new Set(forms.map((m) => m.name)).size < 2) return null;
  const otherWords = other.split(' ');
  const otherLast = otherWords[otherWords.length - 1] ?? other;
  const others = index
    .longerForms(otherLast, [otherLast])
    .filter((m) => m.name === other && m.at < at && !m.inQuote);
  const together = [...forms].reverse().find((m) =>
    others.some((o) => {
      if (paragraphOf(o.at) !== paragraphOf(m.at) || Math.abs(o.at - m.at) > NEAR) return false;
      const text = paragraphs[paragraphOf(m.at)] ?? '';
      const [from, to] = o.at < m.at ? [o.at + o.name.length, m.at] : [m.at + m.name.length, o.at];
      return !SENTENCE_END.test(text.slice(offsetOf(from), offsetOf(to)));
    }),
  );
  return together?.name ?? null;
}
