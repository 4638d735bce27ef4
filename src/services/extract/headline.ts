/**
 * Chooses the headline from JSON-LD `headline`, og:/twitter:title, the page's <h1> and <title>,
 * and strips site names ("… | Reuters", "BBC News - …") using the names the page itself states.
 */
import type { HeadlineSource } from '../types.ts';
import { collapse } from './dom.ts';
import { lettersAndDigits } from '../text/letters-and-digits.ts';

const SUFFIX_SEPARATOR = /\s+[|\-–—:·•»~/]\s+|\s*\|\s*/;

/** A title-like text and where it came from. */
export interface TitleCandidate {
  source: Exclude<HeadlineSource, 'h1' | 'first-line' | 'derived'>;
  text: string | null;
}

export interface ChosenHeadline {
  headline: string;
  source: HeadlineSource | null;
}

/** Comparison key: straight and curly quotes are the same, case and spacing ignored. */
function key(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only: "Port Elm News" and "PortElmNews.com" compare alike. */
function compact(text: string): string {
  return lettersAndDigits(text.toLowerCase().replace(/\.(?:com|org|net|co|news|info)(?:\.[a-z]{2})?\b/g, ''));
}

/**
 * True when a title segment names the site as the page states it (its og:site_name, publisher…):
 * equal to a name, part of one ("BBC" of "BBC News"), or a short segment holding one ("Reuters.com
 * Online"). A long segment that merely mentions the site is a headline.
 */
function isStatedSite(segment: string, siteNames: readonly string[]): boolean {
  const s = compact(segment);
  if (s.length === 0) return false;
  const short = segment.split(/\s+/).length <= 4;
  return siteNames.some((n) => s === n || n.includes(s) || (short && s.includes(n)));
}

/**
 * The title with site segments removed, most likely variant first: the full title, the title
 * with stated site names cut from its ends, then (for matching a visible <h1> only) with any
 * short end segment cut, and the longest segment.
 */
export function headlineVariants(title: string, siteNames: readonly string[], loose = true): string[] {
  const full = collapse(title);
  const variants = [full];
  const segments = full
    .split(SUFFIX_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length > 1) {
    const trim = (isSite: (s: string) => boolean): string | null => {
      let start = 0;
      let end = segments.length;
      while (end - start > 1 && isSite(segments[end - 1] as string)) end--;
      while (end - start > 1 && isSite(segments[start] as string)) start++;
      const kept = segments.slice(start, end);
      // Rejoin with the original separators by slicing the full title.
      const first = full.indexOf(kept[0] as string);
      const last = kept[kept.length - 1] as string;
      const stop = full.lastIndexOf(last) + last.length;
      return first >= 0 && stop > first ? full.slice(first, stop).trim() : null;
    };
    const stated = trim((s) => isStatedSite(s, siteNames));
    if (stated) variants.push(stated);
    if (loose) {
      const short = trim((s) => isStatedSite(s, siteNames) || s.split(/\s+/).length <= 3);
      if (short) variants.push(short);
      const longest = [...segments].sort((a, b) => b.length - a.length)[0];
      if (longest) variants.push(longest);
    }
  }
  return [...new Set(variants)].filter((v) => v.length > 0);
}

/**
 * Picks the headline. The visible <h1> is what readers see, so it wins when a title confirms it
 * (equal apart from site names), or when it holds a title inside a kicker or label; an unconfirmed
 * <h1> only when no title shares a word with it (a site, section or show heading does not).
 * Otherwise the JSON-LD headline / og:title / <title>, with the site names the page states cut.
 */
export function chooseHeadline(
  titles: readonly TitleCandidate[],
  h1s: readonly string[],
  siteNamesStated: readonly string[],
): ChosenHeadline {
  const siteNames = siteNamesStated.map(compact).filter((n) => n.length >= 2);
  const headings = h1s.filter(
    (h) => !siteNames.includes(compact(h)) && h.length >= 8 && h.split(/\s+/).length <= 40,
  );
  const h1ByKey = new Map(headings.map((h) => [key(h), h]));
  const available = titles.filter(
    (t): t is TitleCandidate & { text: string } => !!t.text && collapse(t.text).length > 0,
  );
  for (const title of available) {
    for (const variant of headlineVariants(title.text, siteNames)) {
      const h1 = h1ByKey.get(key(variant));
      if (h1) return { headline: h1, source: 'h1' };
    }
  }
  // An h1 with a kicker or label around the title ("Opinion …", "Politics | …", "… [Watch]").
  for (const title of available) {
    for (const variant of headlineVariants(title.text, siteNames)) {
      const v = key(variant);
      for (const h1 of headings) {
        const h = key(h1);
        const at = h.indexOf(v);
        if (at < 0 || v.length < h.length * 0.6) continue;
        return h.length === h1.length
          ? { headline: h1.slice(at, at + v.length), source: 'h1' }
          : { headline: variant, source: title.source };
      }
    }
  }
  const firstHeading = headings.find(
    (h) =>
      h.split(/\s+/).length >= 3 && (available.length === 0 || available.some((t) => sharesWord(h, t.text))),
  );
  if (firstHeading) return { headline: firstHeading, source: 'h1' };
  const first = available[0];
  if (first) {
    const variants = headlineVariants(first.text, siteNames, false);
    return {
      headline: (variants.length > 1 ? variants[1] : variants[0]) ?? first.text,
      source: first.source,
    };
  }
  const fallback = headings[0] ?? h1s[0];
  return fallback ? { headline: fallback, source: 'h1' } : { headline: '', source: null };
}

const WORD = /[\p{L}\p{N}]{4,}/gu;

/** Whether two texts share a word of four letters or more (a heading about the same story). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(WORD) ?? []);
  return (b.toLowerCase().match(WORD) ?? []).some((w) => words.has(w));
}
