/**
 * Whether a page says its article is behind a paywall, from the two standard signals publishers
 * give search engines: schema.org `isAccessibleForFree: false` in JSON-LD (Google's paywalled-content
 * markup) and Open Graph's `article:content_tier` of "locked" or "metered". A page that says
 * neither is taken as free.
 */
const NOT_FREE_JSON_LD = /"isAccessibleForFree"\s*:\s*(?:false|"false")/i;
const META_TAG = /<meta\b[^>]*>/gi;
const CONTENT_TIER = /(?:property|name)\s*=\s*["']article:content_tier["']/i;
const LOCKED_TIER = /content\s*=\s*["'](?:locked|metered)["']/i;

export function isPaywalledPage(html: string): boolean {
  if (NOT_FREE_JSON_LD.test(html)) return true;
  for (const [tag] of html.matchAll(META_TAG))
    if (CONTENT_TIER.test(tag) && LOCKED_TIER.test(tag)) return true;
  return false;
}
