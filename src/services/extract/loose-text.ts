/** Loose text in a body written in <p> elements: captions, credits and labels left in the article container. */
import type { Paragraph } from './paragraphs.ts';

// Containers whose own text (not inside a <p>, list or heading) is loose text: a label, a caption,
// a credit, a button, a widget's blurb.
const LOOSE_OWNERS = new Set(['div', 'section', 'article', 'main', 'center']);
// Share of the body's characters in <p> elements from which the page is said to write its story in <p>.
const PARAGRAPH_SHARE = 0.85;

/**
 * A page that writes its story in <p> elements does not put story text loose in a <div>: there,
 * such text is a caption, a credit, a label or a widget left inside the article container. Pages
 * that write the story as text in <div>s (with <br>s) fall below the share and keep it.
 */
export function dropLooseText(paragraphs: Paragraph[]): Paragraph[] {
  let all = 0;
  let inP = 0;
  for (const p of paragraphs) {
    all += p.text.length;
    if (p.ownerTag === 'p') inP += p.text.length;
  }
  if (all === 0 || inP < all * PARAGRAPH_SHARE) return paragraphs;
  return paragraphs.filter((p) => !LOOSE_OWNERS.has(p.ownerTag));
}
