/**
 * The three annotated quote sets, read the same way and scored by the shared README's rules
 * (../shared/bench/quotes/README.md):
 * - `fixtures`: test/fixtures/quotes, 204 articles from many sites, annotated one quoted piece per
 *   entry (a quote broken by its attribution is two entries there), speakers by full name;
 * - `polnear-dev` and `polnear-train`: PolNeAR's hand-annotated US political news (polnear.ts).
 * A predicted quote matches a gold quote when token F1 >= 0.6 against the whole gold quote or one of
 * its parts, one to one, best first. For the fixtures, each part of a predicted quote is matched on
 * its own, as the fixtures annotate parts. Speaker right: titles aside, the same last name, or token
 * F1 >= 0.5; accuracy over matched quotes whose gold speaker is a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Quote } from '../../src/services/types.ts';
import { benchRoot } from './datasets.ts';
import { readPolnear, sameSpeaker, tokenF1, tokens, toCase } from './polnear.ts';

/** A gold quote: its parts, its speaker, and why there is none when there is none. */
export interface GoldQuote {
  parts: string[];
  speaker: string | null;
  /** For a null speaker: `unnamed` (annotated as nobody named), `unknown` (a pronoun with no name found). */
  noSpeaker?: 'unnamed' | 'unknown';
  /** The source was a pronoun (its name comes from automatic coreference, so it is noisier). */
  pronoun?: boolean;
}

export interface QuoteCase {
  id: string;
  article: Article;
  gold: GoldQuote[];
  /** Quoted phrases of paraphrases: right when predicted, not counted toward recall (PolNeAR). */
  paraphrased: string[];
}

export interface QuoteSet {
  name: 'fixtures' | 'polnear-dev' | 'polnear-train';
  cases: QuoteCase[];
  /** Predicted quotes are matched part by part (the fixtures annotate parts). */
  byParts: boolean;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'quotes');

export function fixtureSet(dir = FIXTURES): QuoteSet {
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d): QuoteCase => {
      const input = JSON.parse(readFileSync(join(dir, d.name, 'input.json'), 'utf8')) as {
        id: string;
        title: string;
        paragraphs: string[];
      };
      const expected = JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8')) as {
        quotes: Quote[];
      };
      return {
        id: input.id,
        article: article(input.title, input.paragraphs, null),
        gold: expected.quotes.map((q) =>
          q.speaker === null
            ? { parts: [q.text], speaker: null, noSpeaker: 'unnamed' }
            : { parts: [q.text], speaker: q.speaker },
        ),
        paraphrased: [],
      };
    });
  return { name: 'fixtures', cases, byParts: true };
}

const PRONOUN_SOURCE = /^(?:he|she|they|it|we|i|him|her|them)$/iu;

export function polnearSet(split: 'dev' | 'train', root = benchRoot(), file?: string): QuoteSet {
  const path = file ?? join(root, 'quotes', `polnear-${split}.jsonl.gz`);
  const cases = readPolnear(path).map((doc): QuoteCase => {
    const c = toCase(doc);
    return {
      id: c.id,
      article: c.article,
      gold: c.gold.map((g) => {
        const pronoun = PRONOUN_SOURCE.test((g.attribution.sourceText ?? '').trim());
        if (g.speaker !== null) return { parts: g.parts, speaker: g.speaker, pronoun };
        // Only a source introduced as unnamed ("a senior aide", "one official", "critics") is known to
        // name nobody; a pronoun or a definite description ("the company") whose coreference found
        // no name may still refer to someone the article names.
        const source = (g.attribution.sourceText ?? '').trim();
        const unnamed =
          source !== '' &&
          !pronoun &&
          !/^(?:the|his|her|their|its|this|that)\s/iu.test(source) &&
          !/[’']s\s/u.test(source);
        return { parts: g.parts, speaker: null, noSpeaker: unnamed ? 'unnamed' : 'unknown' };
      }),
      paraphrased: c.paraphrased,
    };
  });
  return { name: split === 'dev' ? 'polnear-dev' : 'polnear-train', cases, byParts: false };
}

export function article(headline: string, paragraphs: string[], lang: string | null): Article {
  return {
    url: null,
    canonicalUrl: null,
    headline,
    byline: null,
    publishedAt: null,
    siteName: null,
    lang,
    imageUrl: null,
    paragraphs,
    keyPoints: [],
  };
}

/** A predicted quote as the scorer sees it: its parts and speaker, and which entry it came from. */
export interface PredictedQuote {
  text: string;
  parts: string[];
  speaker: string | null;
}

export interface Match {
  /** Index of the predicted entry. */
  entry: number;
  gold: GoldQuote;
}

export interface QuoteScore {
  /** Predicted units (entries, or parts for a set matched by parts). */
  predicted: number;
  /** Predicted units that match a gold quote or a paraphrase's quoted phrase. */
  right: number;
  gold: number;
  recalled: number;
  /** Matched quotes whose gold speaker is a name, of them right, and of them with no speaker. */
  named: number;
  speakerRight: number;
  noSpeaker: number;
}

export function emptyScore(): QuoteScore {
  return { predicted: 0, right: 0, gold: 0, recalled: 0, named: 0, speakerRight: 0, noSpeaker: 0 };
}

/**
 * Matches one article's predicted quotes to its gold, one to one, best F1 first, and adds to `score`.
 * `countRecall` false for a top-3 list, whose recall means nothing.
 */
export function matchArticle(
  c: QuoteCase,
  predicted: readonly PredictedQuote[],
  byParts: boolean,
  score?: QuoteScore,
  countRecall = true,
): { matches: Match[]; unmatched: number[]; missed: GoldQuote[]; matchedUnits: Set<number> } {
  const units = predicted.flatMap((q, entry) =>
    (byParts ? q.parts : [q.text]).map((text) => ({ entry, words: tokens(text) })),
  );
  const options: Array<{ unit: number; gold: number; f1: number }> = [];
  c.gold.forEach((g, gi) => {
    const whole = tokens(g.parts.join(' '));
    const parts = g.parts.map(tokens);
    units.forEach((u, ui) => {
      const f1 = Math.max(tokenF1(u.words, whole), ...parts.map((p) => tokenF1(u.words, p)));
      if (f1 >= 0.6) options.push({ unit: ui, gold: gi, f1 });
    });
  });
  options.sort((a, b) => b.f1 - a.f1 || a.unit - b.unit || a.gold - b.gold);
  const usedUnit = new Set<number>();
  const usedGold = new Set<number>();
  const matches: Match[] = [];
  for (const o of options) {
    if (usedUnit.has(o.unit) || usedGold.has(o.gold)) continue;
    usedUnit.add(o.unit);
    usedGold.add(o.gold);
    matches.push({ entry: units[o.unit]!.entry, gold: c.gold[o.gold]! });
  }
  const paraphrase = c.paraphrased.map(tokens);
  const unmatched: number[] = [];
  let paraphraseRight = 0;
  units.forEach((u, ui) => {
    if (usedUnit.has(ui)) return;
    if (paraphrase.some((p) => tokenF1(u.words, p) >= 0.6)) paraphraseRight++;
    else unmatched.push(u.entry);
  });
  if (score) {
    score.predicted += units.length;
    score.right += matches.length + paraphraseRight;
    if (countRecall) {
      score.gold += c.gold.length;
      score.recalled += matches.length;
    }
    for (const { entry, gold } of matches) {
      if (gold.speaker === null) continue;
      const speaker = predicted[entry]!.speaker;
      score.named++;
      if (speaker === null) score.noSpeaker++;
      if (sameSpeaker(speaker, gold.speaker)) score.speakerRight++;
    }
  }
  return { matches, unmatched, missed: c.gold.filter((_, gi) => !usedGold.has(gi)), matchedUnits: usedUnit };
}
