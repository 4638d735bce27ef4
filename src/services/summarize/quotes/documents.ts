/** Documents and posts as the subject of an attribution ("the letter said"): their speaker is their author. */
import { DOCUMENT_NOUNS } from '../lexicon/lists.ts';

const DOCUMENT = new RegExp(
  `^(?:the|a|an|this|that|its|his|her|their|la|el|le|die|der|das|su|sus|son|sa|seu|sua|sein|seine|ihr|ihre)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENT_NOUNS.join('|')})\\b`,
  'iu',
);

/** Whether a subject phrase is a document or post ("the letter", "la publicación en TikTok"), not a person. */
export function isDocument(phrase: string): boolean {
  return DOCUMENT.test(phrase.trim());
}
