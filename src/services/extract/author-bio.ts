/**
 * The writer's bio closing the story ("Jane Doe is a reporter covering…") is page furniture: one
 * of the last paragraphs opening with a byline name (a pronoun note such as "(she/her)" allowed)
 * and a verb that introduces a person, with the short lines around it: the name and role printed
 * above it as the bio box's heading, and a promo or two after it.
 */

// How far from the end a closing bio is looked for, and how long what follows it may be.
const BIO_TAIL = 4;
const MAX_PROMO = 200;
const MAX_BIO = 1000;
// A bio box's heading lines: the name, then a role ("Senior Entertainment Editor").
const MAX_ROLE = 60;
const BIO_VERB = /^(?:\s*\([^)]{1,24}\))?,?\s+(?:is|was|has|covers|writes|reports|joined|edits|leads|serves|consists)\b/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function dropAuthorBio(paragraphs: string[], byline: string | null): string[] {
  if (!byline || paragraphs.length < 3) return paragraphs;
  const names = byline.split(', ').filter((n) => n.length > 3);
  if (names.length === 0) return paragraphs;
  const opening = new RegExp(`^(?:the\\s+)?(?:${names.map(escape).join('|')})`, 'i');
  const isBio = (text: string): boolean => {
    if (text.length >= MAX_BIO) return false;
    const match = opening.exec(text);
    return match !== null && BIO_VERB.test(text.slice(match[0].length));
  };
  // The bio may be followed by a short promo or two (a video teaser): they go with it.
  let end = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= paragraphs.length - BIO_TAIL && i > 0; i--) {
    const text = paragraphs[i] as string;
    if (isBio(text)) end = i;
    else if (text.length > MAX_PROMO) break;
  }
  if (end === paragraphs.length) return paragraphs;
  // The box's heading above the bio: the name alone, perhaps followed by a short role line.
  const isName = (text: string | undefined): boolean => text !== undefined && names.includes(text.trim());
  const isRole = (text: string | undefined): boolean =>
    text !== undefined && text.length <= MAX_ROLE && !/[.!?:]$/.test(text);
  if (isName(paragraphs[end - 1])) end -= 1;
  else if (isRole(paragraphs[end - 1]) && isName(paragraphs[end - 2])) end -= 2;
  return end > 0 ? paragraphs.slice(0, end) : paragraphs;
}
