/** Boxes inside the article whose heading announces other stories ("Editors' Recommendations"). */
import type { PageLayout, Paragraph } from './paragraphs.ts';
import { contains } from './paragraphs.ts';

// Headings that introduce boxes of other stories inside an article container.
const RELATED_HEADING =
  /^(related( articles| stories| coverage| reading| content)?|recommended( for you| stories| reading)?|editors?['’]? (recommendations|picks)|more (from|on|in|about)\b.*|more stories|you (may|might) also like|read (more|next|also)|also read|most (popular|read)|trending( now)?|don['’]t miss|latest (news|stories)|further reading|see also|what to read next|popular (now|stories))\s*:?$/i;

/** Drops a box inside the article whose heading announces other stories ("Editors' Recommendations"). */
export function dropTitledBoxes(
  layout: PageLayout,
  containers: readonly number[],
  dropped: Uint8Array,
  inside: (p: Paragraph) => boolean,
): void {
  const containerText = containers.reduce((sum, c) => sum + (layout.textLen[c] as number), 0);
  for (const paragraph of layout.paragraphs) {
    if (paragraph.text.length > 60 || !RELATED_HEADING.test(paragraph.text) || !inside(paragraph)) continue;
    const box = paragraph.ownerTag.startsWith('h')
      ? (layout.parent[paragraph.owner] as number)
      : paragraph.owner;
    if (box < 0 || containers.some((c) => contains(layout, box, c))) continue;
    if ((layout.textLen[box] as number) > containerText * 0.4) continue;
    dropped.fill(1, box, (layout.end[box] as number) + 1);
  }
}
