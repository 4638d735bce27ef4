/**
 * Chooses the byline from the ranked sources (byline-sources.ts): the first that names a person
 * wins. A later source may add co-authors it names beside all of the chosen ones; a visible source
 * only names it can confirm (it never replaces structured data). Without any person, the first
 * source naming anyone.
 */
import type { BylineSource } from '../types.ts';
import { namesPerson } from './byline.ts';
import type { BylinePage, BylineText, VisibleByline } from './byline-sources.ts';
import {
  confirmedNames,
  byLineText,
  bylineElements,
  jsonLdOrganization,
  jsonLdPersons,
  metaAuthors,
} from './byline-sources.ts';

export interface ChosenByline {
  byline: string | null;
  source: BylineSource | null;
}

interface Candidate {
  source: BylineSource;
  byline: string | null;
  /** The texts a visible source read, whose confirmed names it may add; null for structured sources, whose names all count. */
  texts: readonly BylineText[] | null;
}

const names = (byline: string): string[] => byline.toLowerCase().split(', ');

/** `chosen` plus the names `other` adds, when `other` names every chosen person and adds only what it may. */
function extend(chosen: string, other: Candidate, publisher: string | null, site: string | null): string {
  if (!other.byline) return chosen;
  const chosenNames = names(chosen);
  const otherNames = names(other.byline);
  if (!chosenNames.every((n) => otherNames.includes(n))) return chosen;
  const extra = otherNames.filter((n) => !chosenNames.includes(n));
  // An extra that runs into a known name ("Jeff PassanESPN") is that name with page furniture.
  const runOn = extra.some((e) => chosenNames.some((n) => e.includes(n) || n.includes(e)));
  if (extra.length === 0) return chosen;
  const confirmed = other.texts === null ? null : confirmedNames(other.texts, site);
  const allowed = extra.every((e) => confirmed === null || confirmed.includes(e));
  const org = (publisher ?? '').toLowerCase();
  return extra.length > 0 && !runOn && allowed && !extra.includes(org) ? other.byline : chosen;
}

export function chooseByline(page: BylinePage): ChosenByline {
  const visible = (source: BylineSource, found: VisibleByline): Candidate => ({
    source,
    byline: found.byline,
    texts: found.texts,
  });
  const candidates: Candidate[] = [
    { source: 'json-ld', byline: jsonLdPersons(page), texts: null },
    { source: 'meta', byline: metaAuthors(page), texts: null },
    visible('byline-element', bylineElements(page)),
    // A JSON-LD author typed as an organisation may still name a person; else the publisher's default.
    { source: 'json-ld', byline: jsonLdOrganization(page), texts: null },
  ];
  const isPerson = (c: Candidate) => namesPerson(c.byline, page.site);
  // The "By …" line by the headline is read only when no marked-up source names a person.
  if (!candidates.some(isPerson)) candidates.splice(3, 0, visible('by-line-text', byLineText(page)));
  const people = candidates.filter(isPerson);
  const first = people[0];
  if (first?.byline) {
    let byline = first.byline;
    for (const other of people.slice(1))
      byline = extend(byline, other, page.jsonLd?.publisher ?? null, page.site);
    return { byline, source: first.source };
  }
  const named = candidates.find((c) => c.byline !== null);
  return named ? { byline: named.byline, source: named.source } : { byline: null, source: null };
}
