/**
 * The guard that keeps a model from misquoting: any text a bullet puts in quotation marks must be
 * in the article word for word (after Unicode, whitespace and curly-quote normalisation), or it is
 * removed from the bullet.
 */

/** Unicode NFKC, every kind of quotation mark as a plain one, runs of whitespace as one space. */
export function normaliseForQuoteCheck(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D\u300E\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Quoted spans: “…”, "…", «…», „…“, 「…」, and ‘…’ when the opening mark starts a word (so the
 * apostrophe in "it’s" opens nothing). Each span is [start, end) including its marks.
 */
const QUOTED =
  /“[^”]{1,600}”|"[^"]{1,600}"|«[^»]{1,600}»|„[^“”]{1,600}[“”]|「[^」]{1,600}」|(?<![\p{L}\p{N}])‘[^’]{1,600}’(?![\p{L}\p{N}])/gu;

export interface CheckedBullet {
  /** The bullet with every quotation not in the article removed; null when too little is left. */
  text: string | null;
  removed: string[];
  kept: string[];
}

/** A bullet reduced to fewer words than this after removals says nothing and is dropped. */
const MIN_WORDS_LEFT = 4;

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[.!?]|$)/g, '')
    .replace(/^[\s,;:.-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Checks every quoted span of `bullet` against `articleText` (already normalised with normaliseForQuoteCheck). */
export function checkBulletQuotes(bullet: string, normalisedArticle: string): CheckedBullet {
  const removed: string[] = [];
  const kept: string[] = [];
  const text = bullet.replace(QUOTED, (span) => {
    const inner = normaliseForQuoteCheck(span.slice(1, -1));
    if (inner !== '' && normalisedArticle.includes(inner)) {
      kept.push(span);
      return span;
    }
    removed.push(span);
    return ' ';
  });
  if (removed.length === 0) return { text: bullet, removed, kept };
  const cleaned = tidy(text);
  const words = cleaned.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { text: words >= MIN_WORDS_LEFT ? cleaned : null, removed, kept };
}
