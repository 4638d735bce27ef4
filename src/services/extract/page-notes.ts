/**
 * Lines a page prints inside or after the story that address the reader about something else:
 * affiliate disclosures, photo credits, newsletter asks, "Read more:" teasers and corrections
 * (English). Each is a whole line, judged alone.
 */

// Affiliate disclosures: money from links or purchases.
const AFFILIATE_MONEY =
  /\b(?:commissions?|compensation|share of (?:the )?(?:revenue|sales)|affiliate (?:links?|partnerships?|commissions?))\b/i;
const AFFILIATE_CONTEXT = /\b(?:links?|purchases?|purchased|buy|shop)\b/i;
// "Gallery Credit: Jane Doe", "Lead image: …", "Photo courtesy of …".
const CREDIT_LABEL =
  /^(?:(?:lead|top|cover|header|featured) )?(?:photos?|images?|pictures?|gallery|video|illustrations?|artwork)\s*(?:credits?|courtesy(?: of)?|by|source)?\s*:|^(?:photos?|images?) (?:courtesy of|by)\b/i;
// "Jane Doe/NPR", "Instagram/Jane Doe", "Jane Doe/Getty Images for Vogue": names joined by slashes.
const SLASH_CREDIT =
  /^\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,5}(?:\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,6}){1,4}$/u;
// "Read more: …", "RELATED: …", "See also: …": a teaser for other stories.
const STORY_TEASER =
  /^(?:read more|read also|also read|see also|read next|related(?: (?:stories|story|articles?|coverage|content|reading))?|recommended(?: reading)?|more (?:from|on) [^:|]{1,40}|more|most read|don['’]t miss|trending)\s*[:|]\s*\S/i;
// A newsletter ask anywhere in a short line ("…featured in the Daily newsletter. Sign up for it here.").
const NEWSLETTER = /\bnewsletters?\b.{0,100}\bsign[ -]?up\b|\bsign[ -]?up\b.{0,100}\bnewsletters?\b/i;
// Corrections and editor's notes are notes about the story, not the story.
const CORRECTION =
  /^(?:correction|clarification|editor['’]s note)s?\b[^.:]{0,40}:|^(?:a previous|an earlier) version of this (?:article|story|report|post)\b/i;

const SHORT = 200;
const NOTE = 600;
const DISCLOSURE = 500;
const SLASH_LINE = 80;

/** True when a whole line is one of the page's notes to the reader rather than the story. */
export function isPageNote(text: string): boolean {
  const length = text.length;
  if (length <= DISCLOSURE && AFFILIATE_MONEY.test(text) && AFFILIATE_CONTEXT.test(text)) return true;
  if (length <= NOTE && CORRECTION.test(text)) return true;
  if (length > SHORT) return false;
  if (NEWSLETTER.test(text) || CREDIT_LABEL.test(text) || STORY_TEASER.test(text)) return true;
  return length <= SLASH_LINE && isSlashCredit(text);
}

/** "Jane Doe/Courier": a credit has a multi-word name, no sentence end and hardly any lower-case words. */
function isSlashCredit(text: string): boolean {
  // The slash first: the pattern, with its runs of optional words, is slow to fail on a line without one.
  if (!text.includes('/') || !text.includes(' ') || /[.!?]$/.test(text) || !SLASH_CREDIT.test(text))
    return false;
  return text.split(/[\s/]+/).filter((word) => /^\p{Ll}/u.test(word)).length <= 1;
}
