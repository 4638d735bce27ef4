/** Turns raw author strings ("By Jane Doe and John Roe, Reuters") into names only ("Jane Doe, John Roe"). */
import { isGivenName } from '../summarize/lexicon/given-names.ts';
import { collapse } from './dom.ts';
import { lettersAndDigits } from '../text/letters-and-digits.ts';

const EMAIL = /\S+@\S+\.\S+/g;
const URL_LIKE = /https?:\/\/\S+|www\.\S+/gi;
const HANDLE = /(^|\s)@\w+/g;
// "By Jane", "Author: Jane", and "ByJane" (text of "By" and a name element run together).
const LEAD =
  /^(?:(?:by|written by|words by|reporting by|text by|story by|author|authors|posted by|von|par|por|di)\s*:?\s+|By(?=\p{Lu}))/iu;
// Anything from these words on is a timestamp or a label, not a name.
const TAIL =
  /\s*(\b(updated|published|posted|last modified|modified)\b|\||\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}).*$/i;
// Photo credits that share the byline element ("Image: Instagram").
const CREDIT = /^(image|images|photo|photos|photograph|picture|illustration|video|credit|source)s?\b/i;
// Profile-link labels that share the byline element ("View All", "Full Bio").
const UI_LABEL =
  /^(?:(?:view|see|read|show)\s+(?:all|more|bio|profile)|full\s+bio|bio|profile|follow|more)$/i;
const SEPARATORS = /\s*(?:,|;|\/|·|•|\band\b|\bund\b|\bet\b|\by\b|&|\n)\s*/i;
const ROLE =
  /\b(times|post|journal|daily|magazine|herald|tribune|gazette|review|network|report|institute|university|school|college|council|writer|editor|editors|reporter|correspondent|contributor|contributing|columnist|staff|producer|publisher|photographer|photos?|news|press|associated|agency|team|desk|bureau|service|wire|media|group|inc|ltd|llc|senior|chief|editorial|newsroom|analyst|journalist|for|in|at|the|of)\b/i;

// A job title after a name ("Jane Doe Columnist", "Jane Doe - Contributing Writer", "… Senior
// Editor / Advice"): cut from the title on when what is left opens with a known given name, so
// that an outlet before a title ("Tech Digest Correspondent", "AP Auto Writer") is not made a name.
export const ROLE_WORDS =
  'senior|staff|chief|contributing|special|deputy|associate|assistant|executive|managing|political|sports|news|business|opinion|tv|showbiz|features?|digital|investigative|national|foreign|local|health|science|technology|tech|wellness|culture|entertainment|recruiting|and|&';
const ROLE_TAIL = new RegExp(
  `^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){1,3}?)(?:\\s*[-–—,|:]\\s*|\\s+)(?:(?:${ROLE_WORDS})\\s+)*(?:writer|reporter|columnist|correspondent|editor|producer|photographer|journalist|contributor|analyst|critic)s?\\b.*$`,
  'iu',
);

/** Whether a name opens with a given name on gender-detection-from-name's lists ("Jane Doe"). */
export function opensWithGivenName(name: string): boolean {
  const given = name.split(/[\s-]/)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  return isGivenName(given);
}

function cleanPart(part: string): string {
  return (
    part
      .replace(LEAD, '')
      .replace(ROLE_TAIL, (whole, name: string) =>
        !ROLE.test(name) && opensWithGivenName(name) ? name : whole,
      )
      .replace(/\s+[Tt]he\s+\p{Lu}.*$/u, '')
      // A name run into an upper-case outlet name ("Kayla Jimenez USA TODAY").
      .replace(
        /^(\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*)+)\s+(?!(?:II|III|IV|JR|SR)\b)\p{Lu}{2,}(\s+\p{Lu}{2,})*$/u,
        '$1',
      )
      .replace(/^[\s"'“”‘’([-]+|[\s"'“”‘’)\]:-]+$/g, '')
      .trim()
  );
}

/** Splits and cleans one raw author string into candidate names (persons and organisations). */
export function splitAuthors(raw: string): string[] {
  let text = collapse(raw.replace(EMAIL, ' ').replace(URL_LIKE, ' ').replace(HANDLE, ' '));
  text = text.replace(LEAD, '').replace(TAIL, '');
  return text
    .split(SEPARATORS)
    .map(cleanPart)
    .filter(
      (part) =>
        part.length > 1 &&
        part.length <= 60 &&
        !/\d/.test(part) &&
        !CREDIT.test(part) &&
        !UI_LABEL.test(part),
    );
}

function looksLikePerson(name: string, site: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (ROLE.test(name) || /^the\s/i.test(name) || /\.(com|org|net|co|uk)\b/i.test(name)) return false;
  if (site && name.toLowerCase().replace(/\W/g, '') === site) return false;
  // Names are capitalised words (allowing particles like "van", "de", "bin").
  return words.every(
    (w) =>
      /^[\p{Lu}\p{Lo}]/u.test(w) ||
      /^(van|von|de|der|den|da|di|del|la|le|bin|al|el|du|dos|das|ibn|y)$/i.test(w),
  );
}

// Words that, alone, name a newsroom function rather than a writer ("Staff", "News Desk").
const GENERIC_ORG =
  /^(?:(?:the|news|staff|reporters?|writers?|editors?|editorial|team|desk|newsroom|board|wire|services?|agency|web|online|digital|admin(?:istrator)?|correspondents?|contributors?|producers?|report|bureau)\s*)+$/i;

/** Lower-case letters and digits only, with a leading "the" and a web suffix dropped. */
export function orgKey(name: string): string {
  return lettersAndDigits(
    name
      .toLowerCase()
      .replace(/\.(?:com|org|net|co|news|info)(?:\.[a-z]{2})?$/, '')
      .replace(/^the\s+/, ''),
  );
}

/**
 * True when a candidate names the publication itself (or a newsroom function), not a writer:
 * it equals or contains the site/publisher name or host brand, or is generic ("Staff").
 */
function isHouse(part: string, house: readonly string[]): boolean {
  const key = orgKey(part);
  if (!key) return true;
  if (GENERIC_ORG.test(part)) return true;
  return house.some((brand) => brand === key || (brand.length >= 4 && key.includes(brand)));
}

/**
 * Normalises author names from one source into "Jane Doe, John Roe". Organisations and roles are
 * dropped when a person is named; duplicates are removed. Without a person, a bare newsroom word
 * ("Staff") is no byline, nor is the publication's own name when `house` (site, publisher and
 * host-brand keys from orgKey) is given for a source that only defaults to the publisher.
 */
export function normaliseByline(
  raws: readonly string[],
  siteName: string | null = null,
  house: readonly string[] = [],
): string | null {
  const site = (siteName ?? '').toLowerCase().replace(/\W/g, '');
  const parts = raws.flatMap(splitAuthors);
  let people = parts.filter((p) => looksLikePerson(p, site));
  // People's names in one byline share a case style: an all-caps part beside mixed-case names
  // ("Kayla Jimenez" · "USA TODAY") is an outlet.
  if (people.some((p) => p !== p.toUpperCase())) people = people.filter((p) => p !== p.toUpperCase());
  const chosen =
    people.length > 0 ? people : parts.filter((p) => p.split(/\s+/).length <= 6 && !isHouse(p, house));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of chosen) {
    const key = name.toLowerCase();
    // "Jim Walsh Cherry Hill Courier-Post" next to "Jim Walsh": keep the bare name.
    if (seen.has(key) || chosen.some((other) => other !== name && key.startsWith(`${other.toLowerCase()} `)))
      continue;
    seen.add(key);
    out.push(name);
  }
  return out.length > 0 ? out.join(', ') : null;
}

/** True when a normalised byline names at least one person (not only a site or organisation). */
export function namesPerson(byline: string | null, siteName: string | null = null): boolean {
  if (!byline) return false;
  const site = (siteName ?? '').toLowerCase().replace(/\W/g, '');
  return byline.split(', ').some((name) => looksLikePerson(name, site));
}
