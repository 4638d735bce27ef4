/**
 * The extractor's last resort, as in Readability: when the careful passes find too little prose,
 * the block of the page holding the most prose, then every prose paragraph of the page. Only a page
 * with less prose than MIN_ARTICLE_WORDS is refused, and the refusal says what the page is instead.
 */
import type { Element } from './dom.ts';
import { classAndId, rawTextOf } from './dom.ts';
import type { MetaMap } from './meta-tags.ts';
import { first } from './meta-tags.ts';
import type { PageLayout, Paragraph } from './paragraphs.ts';
import { textsOf } from './paragraphs.ts';

/** Fewer words of prose than this is not an article: a video page, a link list, a login wall. */
export const MIN_ARTICLE_WORDS = 40;

// Scripts written without spaces between words: two characters count as a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words in a text; in Chinese, Japanese and Thai, every two characters. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').match(WORD)?.length ?? 0;
  return spaced + Math.ceil(unspaced / 2);
}

/** Words in paragraphs, stopping once `enough` are counted. */
export function proseWords(paragraphs: readonly string[], enough = Infinity): number {
  let words = 0;
  for (const p of paragraphs) {
    // Only the start of a long paragraph is counted: words run far shorter than 40 characters.
    words += countWords(enough === Infinity ? p : p.slice(0, 40 * (enough - words)));
    if (words >= enough) break;
  }
  return words;
}

/** A paragraph that is prose, not a link, a list of links or the headline. */
function isProse(p: Paragraph): boolean {
  return p.owner >= 0 && p.ownerTag !== 'h1' && p.linkChars < p.text.length * 0.5;
}

/**
 * The block holding the most prose (the paragraphs sharing one parent box, furniture left out),
 * else, when that holds too little, every prose paragraph of the page in order.
 */
export function fallbackBody(layout: PageLayout): string[] {
  const prose = layout.paragraphs.filter(isProse);
  const byBox = new Map<number, Paragraph[]>();
  for (const p of prose) {
    if (p.furniture) continue;
    const box = p.ownerTag === 'p' ? (layout.parent[p.owner] as number) : p.owner;
    const list = byBox.get(box);
    if (list) list.push(p);
    else byBox.set(box, [p]);
  }
  let best: Paragraph[] = [];
  let bestLength = 0;
  for (const list of byBox.values()) {
    const length = list.reduce((sum, p) => sum + p.text.length - p.linkChars, 0);
    if (length > bestLength) {
      best = list;
      bestLength = length;
    }
  }
  const block = textsOf(best);
  if (proseWords(block, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS) return block;
  return textsOf(prose);
}

/** What a page with too little prose is instead, said for people. */
export function refusalMessage(layout: PageLayout, meta: MetaMap): string {
  const elements = layout.allElements;
  const few = `fewer than ${MIN_ARTICLE_WORDS} words of text`;
  if (elements.some(isLoginField))
    return `That page asks you to log in or subscribe before it shows anything: it holds ${few}, so there is no article to summarize.`;
  if (isVideoPage(elements, meta))
    return `That page is a video with ${few} around it, so there is no article to summarize.`;
  const body = layout.elements.findIndex((e) => e.name === 'body');
  const text = body >= 0 ? (layout.textLen[body] as number) : 0;
  const links = body >= 0 ? (layout.linkLen[body] as number) : 0;
  if (text > 0 && links / text > 0.5)
    return `That page is a list of links (a front page or an index) with ${few} of its own, not an article.`;
  if (elements.some((e) => e.name === 'img') && text < 200)
    return `That page holds pictures and ${few}, so there is no article to summarize.`;
  return `That page holds ${few}, so there is no article to summarize.`;
}

function isLoginField(element: Element): boolean {
  if (element.name !== 'input') return false;
  const type = (element.attribs['type'] ?? '').toLowerCase();
  return type === 'password' || /(^|[\s_-])(login|signin|sign-in|password)/.test(classAndId(element));
}

const VIDEO_TYPE = /"@type"\s*:\s*"VideoObject"/;

function isVideoPage(elements: readonly Element[], meta: MetaMap): boolean {
  if (/^video/i.test(first(meta, 'og:type') ?? '')) return true;
  return elements.some(
    (e) =>
      e.name === 'video' ||
      (e.name === 'iframe' && /youtube|vimeo|dailymotion/i.test(e.attribs['src'] ?? '')) ||
      (e.name === 'script' && /ld\+json/i.test(e.attribs['type'] ?? '') && VIDEO_TYPE.test(rawTextOf(e))),
  );
}
