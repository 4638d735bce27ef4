/**
 * Lines a page prints inside or after the story that address the reader about something else:
 * follow/contact/podcast prompts, affiliate disclosures, photo credits, production credits, video
 * player labels and "Read more:" teasers (English). Each is a whole line, judged alone.
 */
import { PHOTO_AGENCIES, PLAYER_PROMPTS, PODCAST_APPS, SOCIAL_NETWORKS } from './page-note-words.ts';

const alternation = (words: readonly string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const NETWORK = `(?:${alternation(SOCIAL_NETWORKS)})`;
const PODCAST_APP = new RegExp(`\\b(?:${alternation(PODCAST_APPS)})\\b`, 'i');
const PLAYER = new Set(PLAYER_PROMPTS);

// "Follow the Mirror US News page on Facebook", "* Follow us on Instagram, TikTok and X".
const FOLLOW = new RegExp(`^\\W{0,2}(?:and\\s+)?follow\\b.{0,80}?\\bon\\s+${NETWORK}\\b`, 'i');
// An e-mail address or a social handle.
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.-]+|(?:^|\s)@\w{2,}/;
// "… can be reached at", "Contact Jane Doe at", "Email us at", "Got a news tip?".
const CONTACT =
  /\bcan be reached\b|\breach (?:him|her|them|us|me)\b|^\W{0,2}(?:contact|e-?mail|write to|send)\b|\b(?:contact|e-?mail|write to) (?:us|him|her|them|me)\b|\bnews tips?\b|\bgot a (?:news )?tip\b/i;
// "Listen to Short Wave on Spotify…", "Also available on Apple Podcasts", "wherever you get your podcasts".
const LISTEN = /\b(?:listen|subscribe|available|follow|download|hear)\b/i;
const ANY_PODCAST_APP = /\bwherever you (?:get|listen to) (?:your )?podcasts\b/i;
// Affiliate and editorial-independence disclosures: money from links or purchases, or editors' picks.
const AFFILIATE_MONEY = /\b(?:commissions?|compensation|share of (?:the )?(?:revenue|sales)|affiliate (?:links?|partnerships?|commissions?))\b/i;
const AFFILIATE_CONTEXT = /\b(?:links?|purchases?|purchased|buy|shop)\b/i;
const EDITORS_PICK = /\bindependently (?:chosen|selected|reviewed|researched) by (?:our )?editors\b/i;
// "Gallery Credit: Jane Doe", "Lead image: …", "Photo courtesy of …".
const CREDIT_LABEL =
  /^(?:(?:lead|top|cover|header|featured) )?(?:photos?|images?|pictures?|gallery|video|illustrations?|artwork)\s*(?:credits?|courtesy(?: of)?|by|source)?\s*:|^(?:photos?|images?) (?:courtesy of|by)\b/i;
// "Jane Doe/NPR", "Instagram/Jane Doe", "Jane Doe/Getty Images for Vogue": names joined by slashes.
const SLASH_CREDIT =
  /^\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,5}(?:\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,6}){1,4}$/u;
const AGENCY_CAPTION = new RegExp(`\\((?:${alternation(PHOTO_AGENCIES)})(?:\\s*(?:photo)?\\s*/[^)]{1,60})?\\)\\.?$`, 'i');
// "This episode was produced by …", "Interview produced by …", "Contributing: …".
const PRODUCTION_CREDIT =
  /^(?:this|the) (?:episode|segment|interview|podcast|audio story|radio story|video|story|report)(?: was)? (?:produced|edited|engineered|fact[- ]checked)\b|^(?:interview|audio|video|episode|segment|podcast)\b.{0,60}\b(?:produced|edited) by\b|^(?:contributing|additional reporting|reporting)\s*:|^includes (?:information|reporting) from\b|^\p{Lu}[^.!?]{0,150}\bcontributed(?: (?:reporting|research))?\.?$/iu;
// "Watch: …", "WATCH | …", "Listen: …": a teaser for a clip beside the story.
const CLIP_TEASER = /^(?:watch|listen|watch this|watch now|listen now|video)\s*[:|]\s*\S/i;
// "Read more: …", "RELATED: …", "See also: …": a teaser for other stories.
const STORY_TEASER =
  /^(?:read more|read also|also read|see also|read next|related(?: (?:stories|story|articles?|coverage|content|reading))?|recommended(?: reading)?|more (?:from|on) [^:|]{1,40}|more|most read|don['’]t miss|trending)\s*[:|]\s*\S/i;
// A newsletter ask anywhere in a short line ("…featured in the Daily newsletter. Sign up for it here.").
const NEWSLETTER = /\bnewsletters?\b.{0,100}\bsign[ -]?up\b|\bsign[ -]?up\b.{0,100}\bnewsletters?\b/i;

const SHORT = 200;
const DISCLOSURE = 500;
const CAPTION = 300;

/** True when a whole line is one of the page's notes to the reader rather than the story. */
export function isPageNote(text: string): boolean {
  const length = text.length;
  if (length <= 80 && PLAYER.has(text.toLowerCase().replace(/[.…!:]+$/, '').replace(/\s+/g, ' ').trim()))
    return true;
  if (length <= DISCLOSURE && ((AFFILIATE_MONEY.test(text) && AFFILIATE_CONTEXT.test(text)) || EDITORS_PICK.test(text)))
    return true;
  if (length <= CAPTION && AGENCY_CAPTION.test(text)) return true;
  if (length > SHORT) return false;
  if (FOLLOW.test(text) || NEWSLETTER.test(text)) return true;
  if (ADDRESS.test(text) && CONTACT.test(text)) return true;
  if ((PODCAST_APP.test(text) && LISTEN.test(text)) || ANY_PODCAST_APP.test(text)) return true;
  if (CREDIT_LABEL.test(text) || PRODUCTION_CREDIT.test(text)) return true;
  if (CLIP_TEASER.test(text) || STORY_TEASER.test(text)) return true;
  return length <= 80 && isSlashCredit(text);
}

/** "Jane Doe/Courier": a credit has a multi-word name, no sentence end and hardly any lower-case words. */
function isSlashCredit(text: string): boolean {
  if (!text.includes(' ') || /[.!?]$/.test(text) || !SLASH_CREDIT.test(text)) return false;
  return text.split(/[\s/]+/).filter((word) => /^\p{Ll}/u.test(word)).length <= 1;
}
