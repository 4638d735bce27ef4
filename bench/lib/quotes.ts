/**
 * Quote extraction measured on the hand-annotated fixtures in test/fixtures/quotes (see bench/quotes.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Quote } from '../../src/services/types.ts';
import {
  extractAttributedQuotes,
  extractQuotes,
  topQuotes,
} from '../../src/services/summarize/quote-pipeline.ts';

const root = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'quotes');

interface Case {
  id: string;
  article: Article;
  expected: Quote[];
}

/** The annotated cases in `dir` (default: the fixture set); another folder lets unseen articles be scored. */
export function loadCases(dir = root): Case[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const input = JSON.parse(readFileSync(join(dir, d.name, 'input.json'), 'utf8')) as {
        id: string;
        title: string;
        paragraphs: string[];
      };
      const expected = JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8')) as {
        quotes: Quote[];
      };
      const article: Article = {
        url: null,
        canonicalUrl: null,
        headline: input.title,
        byline: null,
        publishedAt: null,
        siteName: null,
        lang: null,
        imageUrl: null,
        paragraphs: input.paragraphs,
        keyPoints: [],
      };
      return { id: input.id, article, expected: expected.quotes };
    });
}

function tokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return common / Math.min(ta.length, tb.length);
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s === null ? '' : tokens(s.replace(/[’']s\b/gu, '')).join(' '));
  return norm(a) === norm(b);
}

/** The regex anchor: 6+ word double-quoted text, speaker = capitalised name nearest a "said". */
export function regexExtract(article: Article): Quote[] {
  const out: Quote[] = [];
  for (const p of article.paragraphs) {
    for (const m of p.matchAll(/["“]([^"”]+)["”]/gu)) {
      const text = (m[1] ?? '').trim();
      if (text.split(/\s+/).length < 6) continue;
      const said =
        /([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+said|said\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)/u.exec(p);
      out.push({ text, speaker: said ? (said[1] ?? said[2] ?? null) : null });
    }
  }
  return out;
}

export interface Score {
  found: number;
  truePositive: number;
  expected: number;
  recalled: number;
  speakerRight: number;
  top3Ok: number;
  articlesWithQuotes: number;
  misses: string[];
}

export function evaluate(cases: Case[], extract: (a: Article) => Quote[], verbose: boolean): Score {
  const s: Score = {
    found: 0,
    truePositive: 0,
    expected: 0,
    recalled: 0,
    speakerRight: 0,
    top3Ok: 0,
    articlesWithQuotes: 0,
    misses: [],
  };
  for (const c of cases) {
    const found = extract(c.article);
    s.found += found.length;
    s.expected += c.expected.length;
    const best = (text: string, pool: Quote[]) => {
      let pick: Quote | undefined;
      let score = 0;
      for (const x of pool) {
        const o = overlap(text, x.text);
        const s = o - Math.abs(x.text.length - text.length) / 10000;
        if (o >= 0.8 && s > score) [pick, score] = [x, s];
      }
      return pick;
    };
    const matchOf = (q: Quote) => best(q.text, c.expected);
    for (const q of found) {
      const e = matchOf(q);
      if (e) s.truePositive++;
      else if (verbose) s.misses.push(`${c.id} EXTRA  ${q.text.slice(0, 70)}`);
    }
    for (const e of c.expected) {
      const q = best(e.text, found);
      if (!q) {
        if (verbose) s.misses.push(`${c.id} MISSED ${e.text.slice(0, 70)}`);
        continue;
      }
      s.recalled++;
      if (sameSpeaker(q.speaker, e.speaker)) s.speakerRight++;
      else if (verbose) s.misses.push(`${c.id} SPEAKER ${q.speaker} != ${e.speaker}: ${e.text.slice(0, 40)}`);
    }
    if (c.expected.length > 0) {
      s.articlesWithQuotes++;
      // The quotes the default summary shows (summarizeArticle), picked from this extractor's.
      const top = topQuotes(found, extractAttributedQuotes(c.article), 3);
      const ok =
        top.length > 0 &&
        top.every((q) => {
          const e = matchOf(q);
          return e !== undefined && sameSpeaker(q.speaker, e.speaker);
        });
      if (ok) s.top3Ok++;
      else if (verbose)
        for (const q of top) s.misses.push(`${c.id} TOP3   ${q.speaker} | ${q.text.slice(0, 60)}`);
    }
  }
  return s;
}

/** Our extractor and the regex anchor, scored by the same code in the same run. */
export function measureQuotes(verbose = false, dir?: string) {
  const cases = loadCases(dir);
  return {
    articles: cases.length,
    ours: evaluate(cases, extractQuotes, verbose),
    anchor: evaluate(cases, regexExtract, false),
  };
}
