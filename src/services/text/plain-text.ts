import { UserFacingError } from '../errors.ts';
import type { Article } from '../types.ts';
import { detectLanguage } from './language.ts';

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

/**
 * Reads an article a member pasted as plain text: the first line is the headline, bulleted lines
 * near the top are its key points, captions and page chrome are dropped, and every other line
 * (or blank-line-separated block) is a paragraph.
 */
export function articleFromText(text: string): Article {
  const input = text.slice(0, MAX_INPUT_CHARS).replace(/\r\n?/g, '\n');
  if (looksBinary(input))
    throw new UserFacingError('no_article', 'That looks like a binary file, not article text.');
  const lines = input.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const headlineIndex = lines.findIndex((line) => line !== '');
  const headline = lines[headlineIndex];
  if (headline === undefined)
    throw new UserFacingError('no_article', 'That text is empty: there is no article to read.');

  const paragraphs: string[] = [];
  const keyPoints: string[] = [];
  let sinceHeadline = 0;
  for (const line of lines.slice(headlineIndex + 1)) {
    if (line === '') continue;
    sinceHeadline += 1;
    if (BULLET.test(line)) {
      const point = line.replace(BULLET, '').trim();
      if (point === '') continue;
      if (sinceHeadline <= KEY_POINT_ZONE_LINES && paragraphs.length <= 1) keyPoints.push(point);
      else paragraphs.push(point);
      continue;
    }
    if (isChrome(line) || isCaption(line)) continue;
    paragraphs.push(line);
  }
  if (paragraphs.length === 0 && keyPoints.length === 0) {
    throw new UserFacingError('no_article', 'I found a headline but no article text under it.');
  }
  return {
    url: null,
    canonicalUrl: null,
    headline: headline.replace(BULLET, ''),
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: detectLanguage([headline, ...paragraphs.slice(0, 5)].join(' ')),
    imageUrl: null,
    paragraphs,
    keyPoints,
  };
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
