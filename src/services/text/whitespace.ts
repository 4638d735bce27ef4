/** Any whitespace other than a lone space: what collapsing runs of whitespace would change. */
const NOT_A_LONE_SPACE = /[^\S ]| \s/;

/**
 * text.replace(/\s+/g, ' '): every run of whitespace as one space. Most text already has only
 * single spaces, and then the replace (which matches at every space) is skipped.
 */
export function collapseWhitespace(text: string): string {
  return NOT_A_LONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
