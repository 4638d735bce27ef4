/**
 * Pages that bot-protection services answer instead of the article ("Just a moment…", "checking
 * your browser", a CAPTCHA wall). Markers are data: each is a string such a page carries and an
 * article page does not. Only small pages are checked: a challenge is a stub, an article is not.
 */
const CHALLENGE_MARKERS = [
  'cf-browser-verification',
  'challenge-platform',
  '_cf_chl_opt',
  'cf-challenge',
  '<title>just a moment...</title>',
  '<title>attention required! | cloudflare</title>',
  'checking your browser before accessing',
  'captcha-delivery.com',
  'px-captcha',
  'perimeterx',
  'please verify you are a human',
  'access to this page has been denied',
  'enable javascript and cookies to continue',
] as const;

/** Challenge pages are small; an article page with a stray marker in its scripts is not one. */
const MAX_CHALLENGE_PAGE_CHARS = 60_000;

export function looksLikeBotChallenge(html: string): boolean {
  if (html.length > MAX_CHALLENGE_PAGE_CHARS) return false;
  const lower = html.toLowerCase();
  return CHALLENGE_MARKERS.some((marker) => lower.includes(marker));
}

/** Cloudflare says so in a header on its challenge answers. */
export const isChallengeHeader = (value: string | null) => value?.toLowerCase() === 'challenge';
