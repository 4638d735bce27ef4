import type { Story } from '../types.ts';

const STOPWORDS = new Set(
  'the a an and or but of to in on at for by with from as is are was were be been being it its this that these those has have had will would could should can may might not no new says said say after before over under into about than then there their they them he she his her we our you your who what when where which while how why more most also just up out off all any some one two'.split(
    ' ',
  ),
);

/** Lower-cased content words with a crude plural/verb-ending fold, so "rates"/"rate" match. */
export function contentTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu) ?? []
  )
    .filter((word) => (word.length > 2 || /\d/.test(word)) && !STOPWORDS.has(word))
    .map(stem);
}

/** Folds plurals and verb endings ("raises", "raised", "raising", "rate", "rates") together. */
function stem(word: string): string {
  if (/\d/.test(word)) return word;
  const base = word.length > 4 ? word.replace(/ies$/, 'y').replace(/(ing|ed|es|s)$/, '') : word;
  return base.length > 3 ? base.replace(/e$/, '') : base;
}

function storyText(story: Story): { headline: string[]; content: string[] } {
  const body = story.body.split(/\s+/).slice(0, 150).join(' ');
  return {
    headline: contentTokens(story.headline),
    content: contentTokens(`${story.bullets.join(' ')} ${body}`),
  };
}

type Vector = Map<string, number>;

function tfidf(tokens: string[], idf: (token: string) => number): Vector {
  const vector: Vector = new Map();
  for (const token of tokens) vector.set(token, (vector.get(token) ?? 0) + idf(token));
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [token, weight] of a) {
    normA += weight * weight;
    const other = b.get(token);
    if (other) dot += weight * other;
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** Share of the smaller story's (idf-weighted) vocabulary found in the other: a short report inside a long one. */
function containment(a: Vector, b: Vector): number {
  let shared = 0;
  let count = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const [token, weight] of a) {
    sizeA += weight;
    if (!b.has(token)) continue;
    shared += Math.min(weight, b.get(token)!);
    count++;
  }
  if (count < MIN_SHARED_WORDS) return 0;
  for (const weight of b.values()) sizeB += weight;
  const smaller = Math.min(sizeA, sizeB);
  return smaller === 0 ? 0 : shared / smaller;
}

function jaccard(a: string[], b: string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}

export const HEADLINE_SAME = 0.5;
export const COMBINED_SAME = 0.3;
export const CONTAINED_SAME = 0.32;
/** Containment needs this many shared words, or two short items would match on a name alone. */
const MIN_SHARED_WORDS = 4;

/**
 * Groups stories about the same event (several outlets, or one outlet's update) by similarity of
 * headlines and content, weighted so that words rare across this set count most. Greedy
 * single-link clustering in the given order; returns groups of indexes into `stories`.
 */
export function clusterStories(stories: Story[]): number[][] {
  const texts = stories.map(storyText);
  const df = new Map<string, number>();
  for (const text of texts)
    for (const token of new Set([...text.headline, ...text.content])) df.set(token, (df.get(token) ?? 0) + 1);
  // Words in nearly every story (boilerplate, the day's common words) weigh close to nothing.
  const idf = (token: string) => Math.log((stories.length + 1) / (df.get(token) ?? 1));
  // The headline counts twice: it names the event; bodies drift into background.
  const vectors = texts.map((text) => tfidf([...text.headline, ...text.headline, ...text.content], idf));
  // Sets (each token once, idf-weighted) for containment: repetition should not inflate overlap.
  const sets = texts.map((text) => tfidf([...new Set([...text.headline, ...text.content])], idf));
  const sameUrl = (i: number, j: number) => stories[i]!.url !== null && stories[i]!.url === stories[j]!.url;
  const clusterOf = stories.map((_, index) => index);
  const find = (i: number): number => (clusterOf[i] === i ? i : (clusterOf[i] = find(clusterOf[i]!)));
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      if (find(i) === find(j)) continue;
      const similar =
        sameUrl(i, j) ||
        jaccard(texts[i]!.headline, texts[j]!.headline) >= HEADLINE_SAME ||
        cosine(vectors[i]!, vectors[j]!) >= COMBINED_SAME ||
        containment(sets[i]!, sets[j]!) >= CONTAINED_SAME;
      if (similar) clusterOf[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  stories.forEach((_, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  });
  return [...groups.values()];
}
