/**
 * Finds the article body: Readability-style scoring of containers by the paragraphs they hold,
 * the best container plus the siblings that belong with it, then furniture and boilerplate lines
 * removed. Linear in the size of the page.
 */
import type { Element } from './dom.ts';
import { classWeight, tagWeight } from './hints.ts';
import type { PageLayout, Paragraph } from './paragraphs.ts';
import { contains, textsOf } from './paragraphs.ts';
import { dropTitledBoxes } from './titled-boxes.ts';
import { isBoilerplateLine } from './boilerplate.ts';
import { dropLooseText } from './loose-text.ts';

// Paragraph owners that are not body prose (lists and headings are kept, but do not vote).
const NON_VOTING = new Set([
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'th',
  'caption',
  'figcaption',
  'summary',
  'legend',
]);
const MIN_VOTING_LENGTH = 25;
const ROOT_TAGS = new Set(['body', 'html']);
// Below this much text the careful pass is retried with fewer class names trusted.
const THIN_BODY = 250;
const MAX_LEVELS = 5;
// A box inside the body holding at least this share of the body's text is a wrapper of it.
const WRAPPER_SHARE = 0.9;

interface Scores {
  score: Float64Array;
  scored: Uint8Array;
}

function linkDensity(layout: PageLayout, index: number): number {
  const text = layout.textLen[index] as number;
  return text > 0 ? (layout.linkLen[index] as number) / text : 0;
}

function countCommas(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) count++;
  }
  return count;
}

function scoreContainers(layout: PageLayout, furniture: readonly boolean[]): Scores {
  const n = layout.elements.length;
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  for (const paragraph of layout.paragraphs) {
    if (paragraph.owner < 0 || furniture[paragraph.owner]) continue;
    if (NON_VOTING.has(paragraph.ownerTag) || paragraph.text.length < MIN_VOTING_LENGTH) continue;
    // Text directly in a div counts as a paragraph of that div (Readability turns such divs into <p>).
    const points = 1 + countCommas(paragraph.text) + Math.min(Math.floor(paragraph.text.length / 100), 3);
    let ancestor = paragraph.ownerTag === 'p' ? (layout.parent[paragraph.owner] as number) : paragraph.owner;
    // A wrapper around this one paragraph only ("<div class=text><p>…</p></div>") is part of the
    // paragraph, not a container: the votes go to what holds the paragraphs.
    const ownText = layout.textLen[paragraph.owner] as number;
    while (
      paragraph.ownerTag === 'p' &&
      ancestor >= 0 &&
      !ROOT_TAGS.has((layout.elements[ancestor] as Element).name) &&
      (layout.textLen[ancestor] as number) <= ownText + 2
    ) {
      ancestor = layout.parent[ancestor] as number;
    }
    for (let level = 0; ancestor >= 0 && level < MAX_LEVELS; level++) {
      const element = layout.elements[ancestor] as Element;
      if (element.name === 'html') break;
      if (!scored[ancestor]) {
        scored[ancestor] = 1;
        // A content-like class name is weak evidence for a box with hardly any text in it.
        const prose = (layout.textLen[ancestor] as number) - (layout.linkLen[ancestor] as number);
        score[ancestor] = tagWeight(element.name) + classWeight(element) * Math.min(1, prose / 300);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score[ancestor] = (score[ancestor] as number) + points / divider;
      ancestor = layout.parent[ancestor] as number;
    }
  }
  for (let i = 0; i < n; i++) if (scored[i]) score[i] = (score[i] as number) * (1 - linkDensity(layout, i));
  return { score, scored };
}

function elementChildren(layout: PageLayout, index: number): number[] {
  const out: number[] = [];
  for (let i = index + 1; i <= (layout.end[index] as number); i = (layout.end[i] as number) + 1) out.push(i);
  return out;
}

/** Picks the top container, moving up when the evidence says the article spans a larger one. */
function pickTop(layout: PageLayout, { score, scored }: Scores): number {
  const ranked: number[] = [];
  for (let i = 0; i < score.length; i++) if (scored[i]) ranked.push(i);
  if (ranked.length === 0) return -1;
  ranked.sort((a, b) => (score[b] as number) - (score[a] as number));
  let top = ranked[0] as number;
  const topScore = score[top] as number;
  const isRoot = (i: number): boolean => i < 0 || (layout.elements[i] as Element).name === 'body';

  // Several near-equal candidates under one ancestor: the article is split across them.
  const alternatives = ranked.slice(1, 6).filter((i) => (score[i] as number) / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let up = layout.parent[top] as number; !isRoot(up); up = layout.parent[up] as number) {
      if (alternatives.filter((i) => contains(layout, up, i)).length >= 3) {
        top = up;
        break;
      }
    }
  }
  let up = layout.parent[top] as number;
  let lastScore = score[top] as number;
  const threshold = lastScore / 3;
  while (!isRoot(up)) {
    if (scored[up]) {
      const upScore = score[up] as number;
      if (upScore < threshold) break;
      if (upScore > lastScore) {
        top = up;
        break;
      }
      lastScore = upScore;
    }
    up = layout.parent[up] as number;
  }
  for (let p = layout.parent[top] as number; !isRoot(p) && elementChildren(layout, p).length === 1; ) {
    top = p;
    p = layout.parent[p] as number;
  }
  return joinSplitBody(layout, ranked, score, top);
}

const MAX_SPLIT_LEVELS = 4;
// A runner-up this close to the pick is another part of the same body, whatever its class.
const STRONG_PART = 0.8;

/**
 * Bodies split into chunks between ads ("body__inner-container" … ad … "body__inner-container"
 * under separate grid rows) or into parts (a slideshow's intro, then its slides): a well-scored
 * box with the same class as the pick, or one scoring nearly as high, not inside it, joins it
 * under their nearest common ancestor a few levels up.
 */
function joinSplitBody(
  layout: PageLayout,
  ranked: readonly number[],
  score: Float64Array,
  top: number,
): number {
  const className = (layout.elements[top] as Element).attribs['class'];
  const threshold = (score[top] as number) * 0.3;
  // Measured against the best candidate: `top` may be a wrapper reached by walking up from it.
  const strong = (score[ranked[0] as number] as number) * STRONG_PART;
  let joined = top;
  for (const other of ranked) {
    if ((score[other] as number) < threshold) break;
    if (contains(layout, joined, other) || contains(layout, other, joined)) continue;
    const sameClass = !!className && (layout.elements[other] as Element).attribs['class'] === className;
    if (!sameClass && (score[other] as number) < strong) continue;
    let up = layout.parent[joined] as number;
    for (let level = 0; up >= 0 && level < MAX_SPLIT_LEVELS && !contains(layout, up, other); level++) {
      up = layout.parent[up] as number;
    }
    if (up >= 0 && contains(layout, up, other) && (layout.elements[up] as Element).name !== 'body')
      joined = up;
  }
  return joined;
}

/**
 * Infinite-scroll pages stack several complete stories (each an <article> with its own <h1>);
 * when the pick is one of them or holds them, the first is the page's own story.
 */
function firstOfStackedStories(layout: PageLayout, top: number): number {
  const headings: number[] = [];
  for (let i = 0; i < layout.elements.length; i++)
    if ((layout.elements[i] as Element).name === 'h1') headings.push(i);
  if (headings.length < 2) return top;
  const stories: number[] = [];
  for (let i = 0; i < layout.elements.length; i++) {
    if ((layout.elements[i] as Element).name !== 'article' || (layout.textLen[i] as number) < 300) continue;
    const end = layout.end[i] as number;
    const inside = headings.filter((h) => h > i && h <= end).length;
    // An <article> holding several headlines is the feed itself: look inside it.
    if (inside === 1) {
      stories.push(i);
      i = end;
    }
  }
  if (stories.length < 2) return top;
  const related = stories.some((s) => contains(layout, s, top) || contains(layout, top, s));
  return related ? (stories[0] as number) : top;
}

/** The top container and its siblings that score well enough or read like article paragraphs. */
function pickContainers(
  layout: PageLayout,
  scores: Scores,
  top: number,
  furniture: readonly boolean[],
): number[] {
  const up = layout.parent[top] as number;
  if (up < 0) return [top];
  const topScore = scores.score[top] as number;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = (layout.elements[top] as Element).attribs['class'] ?? '';
  const chosen: number[] = [];
  for (const sibling of elementChildren(layout, up)) {
    if (sibling === top) {
      chosen.push(sibling);
      continue;
    }
    if (furniture[sibling]) continue;
    const element = layout.elements[sibling] as Element;
    const bonus = topClass && element.attribs['class'] === topClass ? topScore * 0.2 : 0;
    if (scores.scored[sibling] && (scores.score[sibling] as number) + bonus >= threshold) {
      chosen.push(sibling);
      continue;
    }
    if (element.name !== 'p') continue;
    const length = layout.textLen[sibling] as number;
    const density = linkDensity(layout, sibling);
    if (length > 80 && density < 0.25) chosen.push(sibling);
    else if (length > 0 && length <= 80 && density === 0) chosen.push(sibling);
  }
  return chosen;
}

/**
 * Whether element `index` is inside one of `containers`. A function of the module, not a closure
 * made per page: optimized code is kept only while a function object using it lives, so the code
 * of a closure made per page is dropped by the next full collection (an idle worker's) and
 * compiled again on every page.
 */
function insideAny(layout: PageLayout, containers: readonly number[], index: number): boolean {
  for (const container of containers) if (contains(layout, container, index)) return true;
  return false;
}

/** Boxes inside the article that are mostly links (related lists, tag clouds, share rows). */
function isLinkBox(layout: PageLayout, index: number): boolean {
  const element = layout.elements[index] as Element;
  if (!/^(div|section|ul|ol|table|dl|p)$/.test(element.name)) return false;
  const density = linkDensity(layout, index);
  if (element.name === 'p') return density > 0.8 && (layout.textLen[index] as number) < 200;
  // The class names only matter between the two densities: most boxes are read for no more.
  return density > 0.6 || (density > 0.35 && classWeight(element) < 25);
}

export function selectBody(layout: PageLayout): string[] {
  const result = selectWith(layout, layout.furniture);
  // Like Readability: when the careful pass finds little, retry trusting fewer class names.
  if (result.join('').length >= THIN_BODY) return result;
  const retry = selectWith(layout, layout.strongFurniture);
  return retry.join('').length > result.join('').length * 1.5 ? retry : result;
}

function selectWith(layout: PageLayout, furniture: readonly boolean[]): string[] {
  const scores = scoreContainers(layout, furniture);
  const picked = pickTop(layout, scores);
  if (picked < 0) return [];
  const top = firstOfStackedStories(layout, picked);
  // Sibling stories of a stacked feed are other articles, not parts of this one.
  const containers = top === picked ? pickContainers(layout, scores, top, furniture) : [top];
  const dropped = new Uint8Array(layout.elements.length);
  for (const container of containers) {
    const last = layout.end[container] as number;
    // The container and wrappers holding nearly all of its text are the article itself, not
    // boxes inside it: a deals roundup is mostly links and is still the story.
    const wrapperText = (layout.textLen[container] as number) * WRAPPER_SHARE;
    for (let i = container + 1; i <= last; i++) {
      const up = layout.parent[i] as number;
      if (dropped[up]) dropped[i] = 1;
      else if (furniture[i]) dropped[i] = 1;
      else if ((layout.textLen[i] as number) < wrapperText && isLinkBox(layout, i)) dropped[i] = 1;
    }
  }
  dropTitledBoxes(layout, containers, dropped, (p) => insideAny(layout, containers, p.owner));
  const kept: Paragraph[] = [];
  for (const paragraph of layout.paragraphs) {
    if (paragraph.owner < 0 || dropped[paragraph.owner] || !insideAny(layout, containers, paragraph.owner))
      continue;
    if (paragraph.ownerTag === 'h1') continue;
    if (isBoilerplateLine(paragraph.text)) continue;
    kept.push(paragraph);
  }
  return textsOf(dropLooseText(kept));
}
