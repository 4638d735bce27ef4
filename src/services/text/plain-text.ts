import { UserFacingError } from '../errors.ts';
import type { Article } from '../types.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';

/** Pasted articles longer than this are cut: nobody pastes more, and it bounds the work. */
const MAX_INPUT_CHARS = 200_000;
/** Bulleted lines count as the article's own key points only this close to the top. */
const KEY_POINT_ZONE_LINES = 12;

/** Page furniture that comes along when people copy an article out of a browser. */
const CHROME_LINE =
  /^(short url|share( this( article| story)?)?|follow|advertisement|read more|related|tweet|email|print|comments?|subscribe|sign up|click here|copy link|listen to (this )?article|scroll (down )?to continue|more from [\w .'&-]{1,40})\s*:?$/i;

/** Credits that mark a line as a photo caption: "(AFP/File)", "(Reuters)", "Photo: …", "Getty Images". */
const CAPTION_CREDIT =
  /\((?:[A-Z][\w.&' -]*\/)?(?:AFP|Reuters|AP|EPA|Getty(?: Images)?|File|Supplied|Handout|Xinhua|Anadolu|Bloomberg|Shutterstock)(?:\/[\w.&' -]+)?\)\s*$|^(?:photo|image|picture|pictured|file photo|credit)\s*[:|-]|\b(?:Getty Images|Shutterstock)\s*$/i;

/** "…addresses journalists in Washington on October 01, 2024." — a photo described with its date. */
const PHOTO_DESCRIPTION =
  /\b(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\.?\s*$/;
const PRESENT_TENSE_PHOTO_VERB =
  /\b(?:addresses|speaks|gestures|looks|walks|arrives|poses|attends|waves|stands|sits|holds)\b/;

/** Captions are a line or two; anything longer is body text. */
const MAX_CAPTION_CHARS = 220;

const BULLET = /^\s*[•*\-–·▪●]\s+/;

/** A first line longer than this is prose, not a title. */
const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 28;
/** A derived headline is the text's first sentence, cut to about this length at a word. */
const DERIVED_HEADLINE_CHARS = 120;

/**
 * A first line that reads as a title: short, not ending in a full stop (an ellipsis or a closing
 * abbreviation such as "U.S." is not one), and not a bulleted line. Case does not matter:
 * lower-case and all-caps titles count. The caller checks that a line break follows it.
 */
export function isPlausibleHeadline(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS || BULLET.test(line)) return false;
  if (line.split(' ').length > MAX_HEADLINE_WORDS) return false;
  if (!/\.["'”’)\]]*$/.test(line)) return true;
  return /(?:\.\.\.|…|\b(?:\p{Lu}\.){2,})["'”’)\]]*$/u.test(line);
}

/** The text's first sentence as its headline, cut at a word when long. */
export function deriveHeadline(paragraphs: readonly string[], lang: string | null): string {
  const first = paragraphs[0] ?? '';
  const sentence = splitSentences(first, lang)[0] ?? first;
  if (sentence.length <= DERIVED_HEADLINE_CHARS) return sentence;
  const cut = sentence.slice(0, DERIVED_HEADLINE_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DERIVED_HEADLINE_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, -1)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Reads an article a member pasted as plain text. A first line that reads as a title (see
 * isPlausibleHeadline) with more text under it is the headline; otherwise the whole text is the
 * body and the headline is derived from it. Bulleted lines near the top are key points, captions
 * and page chrome are dropped, and every other line (or blank-line-separated block) is a paragraph.
 */
export function articleFromText(text: string): Article {
  const input = text.slice(0, MAX_INPUT_CHARS).replace(/\r\n?/g, '\n');
  if (looksBinary(input))
    throw new UserFacingError('no_article', 'That looks like a binary file, not article text.');
  const lines = input.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const firstIndex = lines.findIndex((line) => line !== '');
  const firstLine = lines[firstIndex];
  if (firstLine === undefined)
    throw new UserFacingError('no_article', 'That text is empty: there is no article to read.');

  const rest = lines.slice(firstIndex + 1);
  let titled = isPlausibleHeadline(firstLine) && rest.some((line) => line !== '');
  let body = readBody(titled ? rest : lines.slice(firstIndex));
  // Under a title line there was only page chrome: the title line is all the text there is.
  if (body.paragraphs.length === 0 && body.keyPoints.length === 0) {
    titled = false;
    body = { paragraphs: [firstLine.replace(BULLET, '')], keyPoints: [] };
  }
  const { paragraphs, keyPoints } = body;
  const lang = detectLanguage([titled ? firstLine : '', ...paragraphs.slice(0, 5)].join(' ').trim());
  return {
    url: null,
    canonicalUrl: null,
    headline: titled ? firstLine : deriveHeadline(paragraphs.length > 0 ? paragraphs : keyPoints, lang),
    headlineSource: titled ? 'first-line' : 'derived',
    byline: null,
    publishedAt: null,
    siteName: null,
    lang,
    imageUrl: null,
    paragraphs,
    keyPoints,
  };
}

/** Paragraphs and key points of the lines under the headline (or of the whole text). */
function readBody(lines: readonly string[]): { paragraphs: string[]; keyPoints: string[] } {
  const paragraphs: string[] = [];
  const keyPoints: string[] = [];
  let lineNumber = 0;
  for (const line of lines) {
    if (line === '') continue;
    lineNumber += 1;
    if (BULLET.test(line)) {
      const point = line.replace(BULLET, '').trim();
      if (point === '') continue;
      if (lineNumber <= KEY_POINT_ZONE_LINES && paragraphs.length <= 1) keyPoints.push(point);
      else paragraphs.push(point);
      continue;
    }
    if (isChrome(line) || isCaption(line)) continue;
    paragraphs.push(line);
  }
  return { paragraphs, keyPoints };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd)
      control += 1;
  }
  return control > sample.length * 0.05;
}

function isChrome(line: string): boolean {
  if (CHROME_LINE.test(line)) return true;
  return /^[\d\s,.:/|·•-]+$/.test(line); // lone numbers: share counts, page numbers, timestamps
}

function isCaption(line: string): boolean {
  if (line.length > MAX_CAPTION_CHARS) return false; // a full paragraph that happens to end with a credit
  if (CAPTION_CREDIT.test(line)) return true;
  return PHOTO_DESCRIPTION.test(line) && PRESENT_TENSE_PHOTO_VERB.test(line);
}

/** A guess from the script alone; Latin-script text is left unknown rather than guessed wrong. */
