/** Chooses the headline and strips site names ("… | Reuters", "… - BBC News", "Site: …"). */
import { collapse } from './dom.ts';

const SUFFIX_SEPARATOR = /\s+[|\-–—:·•»~/]\s+|\s*\|\s*/;

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’]+/g, ' ').trim();
}

/** The title with site segments removed, most likely variant first. */
export function headlineVariants(title: string, siteName: string | null): string[] {
  const full = collapse(title);
  const variants = [full];
  const segments = full.split(SUFFIX_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segments.length > 1) {
    // Drop trailing/leading short segments (site names are short); keep the longest run otherwise.
    let start = 0;
    let end = segments.length;
    const site = siteName ? key(siteName) : '';
    const isSite = (s: string): boolean => (site !== '' && (key(s).includes(site) || site.includes(key(s)))) || s.split(/\s+/).length <= 3;
    while (end - start > 1 && isSite(segments[end - 1] as string)) end--;
    while (end - start > 1 && isSite(segments[start] as string)) start++;
    const trimmed = segments.slice(start, end);
    // Rejoin with the original separators by slicing the full title.
    const first = full.indexOf(trimmed[0] as string);
    const last = trimmed[trimmed.length - 1] as string;
    const stop = full.lastIndexOf(last) + last.length;
    if (first >= 0 && stop > first) variants.push(full.slice(first, stop).trim());
    const longest = [...segments].sort((a, b) => b.length - a.length)[0];
    if (longest) variants.push(longest);
  }
  return [...new Set(variants)].filter((v) => v.length > 0);
}

/**
 * Picks the headline: a title variant that matches an <h1> wins; otherwise the cleaned
 * JSON-LD headline / og:title, then the <h1>, then the cleaned <title>.
 */
export function chooseHeadline(titles: readonly (string | null)[], h1s: readonly string[], siteName: string | null): string {
  const h1Keys = new Set(h1s.map(key));
  const available = titles.filter((t): t is string => !!t && collapse(t).length > 0);
  for (const title of available) {
    for (const variant of headlineVariants(title, siteName)) if (h1Keys.has(key(variant))) return variant;
  }
  // An h1 that appears inside a title is the headline without its decorations.
  for (const h1 of h1s) {
    if (h1.length >= 10 && available.some((t) => key(t).includes(key(h1)))) return h1;
  }
  const first = available[0];
  if (first) {
    const variants = headlineVariants(first, siteName);
    return (variants.length > 1 ? variants[1] : variants[0]) ?? first;
  }
  return h1s[0] ?? '';
}
