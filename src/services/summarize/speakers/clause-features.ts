/**
 * Features of a candidate read from the attribution's own clauses: named in the subject phrase (or
 * as its possessor, "Smith's lawyer"), in the clause before the quote, or in the clause after it.
 * The clause after a quote that closes its sentence ("… compromise.” But Beijing …") is the next
 * sentence, not an attribution: a name there is someone the text moves on to, so it counts apart.
 */
import type { FoundQuote } from '../quotes/find.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the clause after the quote is a new sentence: the quote, or the marks after it, end with
 * a full stop and the clause opens with a capital ("… the influence.” The pardon …"). A question or
 * an exclamation is left out: "“Why?” Smith asked" goes on in the same sentence.
 */
export function afterIsNextSentence(q: Pick<FoundQuote, 'text' | 'after'>): boolean {
  const lead = /^[\s”"’'»]*(\.)?[\s”"’'»]*/u.exec(q.after)!;
  const stopped = lead[1] !== undefined || /\.$/u.test(q.text);
  return stopped && /^\p{Lu}/u.test(q.after.slice(lead[0].length));
}

/** Adds the clause features of candidate `name` (see the module comment). */
export function clauseFeatures(
  name: string,
  q: FoundQuote,
  nextSentence: boolean,
  on: (key: string) => void,
  situated: (key: string) => void,
): void {
  const first = q.subjects[0];
  const surname = name.split(' ').pop() ?? name;
  if (first && surname.length > 1 && first.phrase.includes(surname))
    on(
      new RegExp(`${escape(surname)}[’']s?\\s+\\p{Ll}`, 'u').test(first.phrase)
        ? 'possessorInSubject'
        : 'inSubject',
    );
  if (q.before.includes(surname)) situated('inBeforeClause');
  if (q.after.includes(surname)) situated(nextSentence ? 'inNextSentence' : 'inAfterClause');
}
