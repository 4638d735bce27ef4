/** Cuts long sentences down to a bullet, at a clause boundary and never inside a word. */

import { collapseWhitespace } from '../../text/whitespace.ts';

const ELLIPSIS = '…';
/** Where a clause ends: semicolons, dashes, ", which/while/but/although", then plain commas. */
const STRONG_BREAKS =
  /\s*(?:;|\s--\s|\s[—–]\s|,\s+(?:which|whereas|but|although|though|amid|despite|including)\b)/g;
const WEAK_BREAKS = /,\s/g;

/** Returns `text` if it fits in `maxChars`, else its longest clause prefix that does, plus an ellipsis. */
export function trimToClause(text: string, maxChars: number): string {
  const clean = collapseWhitespace(text).trim();
  if (clean.length <= maxChars) return clean;
  const limit = maxChars - ELLIPSIS.length;
  // A clause cut is only worth it when it keeps a good part of the sentence.
  const minimum = Math.floor(limit * 0.4);
  for (const pattern of [STRONG_BREAKS, WEAK_BREAKS]) {
    const cut = lastBreakBefore(clean, pattern, limit, minimum);
    if (cut !== null) return closeCut(clean.slice(0, cut));
  }
  const wordCut = clean.slice(0, limit + 1).replace(/\s+\S*$/, '');
  return closeCut(wordCut.length >= minimum ? wordCut : clean.slice(0, limit));
}

function lastBreakBefore(text: string, pattern: RegExp, limit: number, minimum: number): number | null {
  let best: number | null = null;
  for (const match of text.matchAll(pattern)) {
    if (match.index > limit) break;
    if (match.index >= minimum) best = match.index;
  }
  return best;
}

function closeCut(prefix: string): string {
  return `${prefix.replace(/[\s,;:—–-]+$/, '')}${ELLIPSIS}`;
}
