/** Chooses the headline and strips site names ("… | Reuters", "… - BBC News", "Site: …"). */
import { collapse } from './dom.ts';

const SUFFIX_SEPARATOR = /\s+[|\-–—:·•»~/]\s+|\s*\|\s*/;

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

/** The title with site segments removed, most likely variant first. */
export function headlineVariants(title: string, siteName: string | null): string[] {
  const full = collapse(title);
  const variants = [full];
  const segments = full
    .split(SUFFIX_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length > 1) {
    // Drop trailing/leading short segments (site names are short); keep the longest run otherwise.
    let start = 0;
    let end = segments.length;
    const site = siteName ? key(siteName) : '';
    const isSite = (s: string): boolean =>
      (site !== '' && (key(s).includes(site) || site.includes(key(s)))) || s.split(/\s+/).length <= 3;
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
 * Picks the headline. The visible <h1> is what readers see, so it wins when a title variant
 * confirms it or when no title matches it (meta titles are often SEO rewrites or site-wide);
 * otherwise the cleaned JSON-LD headline / og:title, then the cleaned <title>.
 */
export function chooseHeadline(
  titles: readonly (string | null)[],
  h1s: readonly string[],
  siteName: string | null,
): string {
  const site = siteName ? key(siteName) : '';
  const headings = h1s.filter((h) => key(h) !== site && h.length >= 8 && h.split(/\s+/).length <= 40);
  const h1ByKey = new Map(headings.map((h) => [key(h), h]));
  const available = titles.filter((t): t is string => !!t && collapse(t).length > 0);
  for (const title of available) {
    for (const variant of headlineVariants(title, siteName)) {
      const h1 = h1ByKey.get(key(variant));
      if (h1) return h1;
    }
  }
  // An h1 with a kicker or label around the title ("Opinion …", "Politics | …", "… [Watch]").
  for (const title of available) {
    for (const variant of headlineVariants(title, siteName)) {
      const v = key(variant);
      for (const h1 of headings) {
        const h = key(h1);
        const at = h.indexOf(v);
        if (at < 0 || v.length < h.length * 0.6) continue;
        return h.length === h1.length ? h1.slice(at, at + v.length) : variant;
      }
    }
  }
  const firstHeading = headings[0];
  if (firstHeading && firstHeading.split(/\s+/).length >= 3) return firstHeading;
  const first = available[0];
  if (first) {
    const variants = headlineVariants(first, siteName);
    return (variants.length > 1 ? variants[1] : variants[0]) ?? first;
  }
  return headings[0] ?? h1s[0] ?? '';
}
