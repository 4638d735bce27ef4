/**
 * The writer's bio closing the story ("Jane Doe is a reporter covering…", "Jane Doe joined the
 * paper in 2019") is page furniture: one of the last paragraphs opening with a byline name and a
 * verb that introduces a person, with whatever short lines follow it.
 */

// How far from the end a closing bio is looked for, and how long it and what follows it may be.
const BIO_TAIL = 4;
const MAX_PROMO = 200;
const MAX_BIO = 1000;
const BIO_VERB = /^,?\s+(?:is|was|has|covers|writes|reports|joined|edits|leads|serves)\b/;

export function dropAuthorBio(paragraphs: string[], byline: string | null): string[] {
  if (!byline || paragraphs.length < 3) return paragraphs;
  const names = byline.split(', ').filter((n) => n.length > 3);
  const isBio = (text: string): boolean =>
    text.length < MAX_BIO && names.some((n) => text.startsWith(n) && BIO_VERB.test(text.slice(n.length)));
  // The bio may be followed by a short promo or two (a video teaser): they go with it.
  let end = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= paragraphs.length - BIO_TAIL && i > 0; i--) {
    const text = paragraphs[i] as string;
    if (isBio(text)) end = i;
    else if (text.length > MAX_PROMO) break;
  }
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}
