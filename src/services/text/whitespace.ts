/** Any whitespace other than a lone space: what collapsing runs of whitespace would change. */
const NOT_A_LONE_SPACE = /[^\S ]| \s/;

/**
 * text.replace(/\s+/g, ' '): every run of whitespace as one space. Most text already has only
 * single spaces, and then the replace (which matches at every space) is skipped.
 */
export function collapseWhitespace(text: string): string {
  return NOT_A_LONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * Whether a UTF-16 code unit is what /\s/ matches: ECMAScript white space (tab, vertical tab, form
 * feed, space, no-break space, BOM and the Zs spaces) and line terminators. Tested by code, so
 * scanning loops need not build a one-character string per step.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** data.trim().length, without making the trimmed copy (the layout asks it of every text node). */
export function trimmedLength(data: string): number {
  let start = 0;
  let end = data.length;
  while (start < end && isWhitespaceCode(data.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(data.charCodeAt(end - 1))) end--;
  return end - start;
}
