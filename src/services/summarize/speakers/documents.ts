/** Who the text says wrote or sent a document that "says" something ("the letter said"). */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { position } from '../position.ts';

const NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’.-]*){0,5}";

/** The ways a text names who wrote or sent a document, with the lexicon's verbs and document nouns. */
function authoredPatterns(lex: Lexicon): RegExp[] {
  const documents = alternation(lex.documentNouns);
  return [
    // "the Congressional Black Caucus have written to …", "X sent a letter"; released, issued or
    // published want a document after them ("Jimin has released the songs" authors none).
    new RegExp(
      `(${NAME}),?\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${alternation(lex.authorVerbs)}|(?:${alternation(lex.publishVerbs)})(?=\\s+(?:\\S+\\s+){0,6}?(?:${documents})\\b))\\b`,
      'gu',
    ),
    // "Kohberger's defense wrote in court filings": a legal team nobody names; the capture stands for it.
    new RegExp(
      `(?:\\p{Lu}[\\p{L}-]*['’]s?|\\b[Tt]he|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir)\\s+(defen[cs]e)\\s+(?:team\\s+)?(?:(?:has|have|had)\\s+)?(?:written|wrote|filed|submitted|argued)\\b`,
      'gu',
    ),
    // "In a security notification issued on Saturday, UKMTO said", "In a Nov. 5 letter, the doctors pleaded"
    new RegExp(
      `\\b[Ii]n\\s+(?:a|an|its|their)\\s+(?:[^,;:]*?\\s)?(?:${documents})\\b[^,;:]*,\\s+(?:the\\s+(\\p{Ll}+)|(?:the\\s+)?(${NAME}))\\s+\\p{Ll}{2,}\\b`,
      'gu',
    ),
    // "a letter from X", "a report by X"
    new RegExp(`\\b(?:${documents})\\s+(?:from|by|signed by|issued by)\\s+(?:the\\s+)?(${NAME})`, 'giu'),
  ];
}

/** Someone named writing or sending a document, and where. */
export interface DocumentAuthor {
  name: string;
  where: number;
}

/** Every place the paragraphs name someone writing or sending a document, in the order they are read. */
export function documentAuthors(paragraphs: string[], lex: Lexicon): DocumentAuthor[] {
  const authors: DocumentAuthor[] = [];
  const authored = lex.compile(authoredPatterns);
  paragraphs.forEach((text, p) => {
    for (const re of authored) {
      for (const m of text.matchAll(re)) {
        const name = m[1] ?? m[2];
        if (name)
          authors.push({
            name: /^\p{Ll}/u.test(name) ? `the ${name}` : name,
            where: position(p, m.index ?? 0),
          });
      }
    }
  });
  return authors;
}

/** The last of `authors` named before `pos` (the later one read wins a tie). */
export function authorBefore(authors: DocumentAuthor[], pos: number): string | null {
  let found: DocumentAuthor | null = null;
  for (const author of authors)
    if (author.where < pos && (!found || author.where >= found.where)) found = author;
  return found?.name ?? null;
}
