/**
 * npm run train:speakers [-- --cv] [--data DIR]
 * Trains the speaker model (src/services/summarize/speakers/model.json) from PolNeAR's training split
 * (../shared/bench/quotes/polnear-train.jsonl.gz) and the hand-annotated fixtures (test/fixtures/quotes).
 * polnear-dev is never read here: it is what `npm run bench:quotes` measures on.
 *
 * Each matched quote is one example: its candidates (speakers/candidates.ts) and which are right (the
 * gold speaker's name; "nobody" for a quote annotated as said by nobody named). The previous quotes'
 * speakers are features, so the examples depend on the model that picked them: round 1 reads them
 * with a prior that trusts the attribution rules in their old order, round 2 with round 1's model.
 * Everything is deterministic: the same data gives the same file, byte for byte.
 * `--cv`: also prints 5-fold cross-validated figures per set (held-out articles): the model's accuracy
 * per example, and the whole pipeline's as bench:quotes scores it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameSpeaker, tokens } from '../bench/lib/polnear.ts';
import { measureSet } from '../bench/lib/quote-bench.ts';
import { fixtureSet, matchArticle, polnearSet, type QuoteSet } from '../bench/lib/quote-sets.ts';
import { extractAttributedQuotes } from '../src/services/summarize/quote-pipeline.ts';
import type { Candidate } from '../src/services/summarize/speakers/candidates.ts';
import type { SpeakerModel } from '../src/services/summarize/speakers/model.ts';
import {
  probabilities,
  type RankingExample,
  train,
  type Weights,
} from '../src/services/summarize/speakers/ranker.ts';

const OUT = join(import.meta.dirname, '..', 'src', 'services', 'summarize', 'speakers', 'model.json');
const TRAINING = { iterations: 1500, l2: 0.001, learningRate: 0.05, decimals: 4 };
/** Below this probability the pipeline names nobody (model.ts). */
const MIN_PROBABILITY = 0.2;

/** Round 1's stand-in for a model: the attribution rules, in the order the old pipeline tried them. */
const PRIOR: Weights = {
  's:after:name': 12,
  's:after:pronoun': 11,
  's:after:role': 10,
  's:after:document': 10,
  's:after:other': 9,
  's:before:name': 8,
  's:before:pronoun': 7,
  's:before:role': 7,
  's:sentence:name': 6,
  's:sentence:pronoun': 5,
  's:participle:name': 5,
  's:colonIntro': 4,
  's:leadIn': 4,
  's:asked': 3,
  's:prevColon': 3,
  's:reported': 2.5,
  's:introducedBefore': 2,
  'prev|none-inside': 1.5,
  'prev|none-opens': 1.5,
  's:prevSentence': 1,
  's:interviewee': 1,
  null: 0.5,
};

interface Example extends RankingExample {
  set: string;
  fold: number;
  /** The gold speaker came from a pronoun's automatic coreference (PolNeAR), so it is noisier. */
  pronoun: boolean;
}

const norm = (name: string) => tokens(name.replace(/[’']s\b/gu, '')).join(' ');

/** The right candidates for a gold speaker: the same name; else, for the fixtures' full names, the same surname. */
function positives(candidates: Candidate[], speaker: string | null, strict: boolean): number[] {
  if (speaker === null) return candidates.flatMap((c, i) => (c.name === null ? [i] : []));
  const exact = candidates.flatMap((c, i) => (c.name !== null && norm(c.name) === norm(speaker) ? [i] : []));
  if (strict && exact.length > 0) return exact;
  return candidates.flatMap((c, i) => (c.name !== null && sameSpeaker(c.name, speaker) ? [i] : []));
}

function examplesOf(sets: QuoteSet[], model: SpeakerModel, stats: Record<string, number>): Example[] {
  const out: Example[] = [];
  for (const set of sets) {
    set.cases.forEach((c, index) => {
      const candidates: Candidate[][] = [];
      const quotes = extractAttributedQuotes(c.article, {
        model,
        onCandidates: (entry, _q, list) => (candidates[entry] = list),
      });
      const predicted = quotes.map((a) => ({ text: a.quote.text, parts: a.parts, speaker: a.quote.speaker }));
      const seen = new Set<number>();
      for (const { entry, gold } of matchArticle(c, predicted, set.byParts).matches) {
        // A quote in parts matched twice (the fixtures annotate parts) is one example.
        if (seen.has(entry)) continue;
        seen.add(entry);
        if (gold.speaker === null && gold.noSpeaker !== 'unnamed') continue;
        const list = candidates[entry] ?? [];
        const right = positives(list, gold.speaker, set.byParts);
        const key = `${set.name}.${right.length > 0 ? 'examples' : 'uncovered'}`;
        stats[key] = (stats[key] ?? 0) + 1;
        if (right.length > 0)
          out.push({
            candidates: list.map((x) => x.features),
            positives: right,
            set: set.name,
            fold: index % 5,
            pronoun: gold.pronoun === true,
          });
      }
    });
  }
  return out;
}

/**
 * 5-fold cross-validation by article: each fold's model is trained without its articles. Prints each
 * set's held-out accuracy per example (the model's own choice among candidates), then the whole
 * pipeline on the held-out articles, scored as npm run bench:quotes scores it (every quote, and the
 * summary's top 3): what the committed model should do on news it never saw.
 */
function crossValidate(examples: Example[], sets: QuoteSet[]): void {
  // Per set: right of all its examples, and of those whose gold speaker is written as a name
  // (not a pronoun's automatic coreference), a less noisy figure to compare changes by.
  const tally = new Map<string, { right: number; all: number; namedRight: number; named: number }>();
  const folds: SpeakerModel[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const weights = train(
      examples.filter((e) => e.fold !== fold),
      TRAINING,
    );
    folds.push({ weights, minProbability: MIN_PROBABILITY });
    for (const e of examples.filter((x) => x.fold === fold)) {
      const p = probabilities(weights, e.candidates);
      const right = e.positives.includes(p.indexOf(Math.max(...p))) ? 1 : 0;
      const t = tally.get(e.set) ?? { right: 0, all: 0, namedRight: 0, named: 0 };
      tally.set(e.set, t);
      t.right += right;
      t.all += 1;
      if (!e.pronoun) {
        t.namedRight += right;
        t.named += 1;
      }
    }
  }
  for (const [set, t] of tally) {
    console.log(`5-fold held-out: ${set} ${((100 * t.right) / t.all).toFixed(1)}% of ${t.all} examples`);
    if (t.named < t.all)
      console.log(
        `5-fold held-out: ${set} (gold written as a name) ${((100 * t.namedRight) / t.named).toFixed(1)}% of ${t.named} examples`,
      );
  }
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
  for (const set of sets) {
    const r = measureSet(set, false, (index) => folds[index % 5]!);
    console.log(
      `5-fold held-out pipeline: ${set.name} all quotes speaker ${pct(r.all.speakerRight, r.all.named)}; top 3 speaker ${pct(r.top.speakerRight, r.top.named)}, precision ${pct(r.top.right, r.top.predicted)}, articles all right ${pct(r.topAllRight, r.articlesWithQuotes)}`,
    );
  }
}

const sets = [polnearSet('train'), fixtureSet()];
let model: SpeakerModel = { weights: PRIOR, minProbability: MIN_PROBABILITY };
let examples: Example[] = [];
for (const round of [1, 2]) {
  const stats: Record<string, number> = {};
  examples = examplesOf(sets, model, stats);
  console.error(`round ${round}: ${JSON.stringify(stats)}`);
  model = { weights: train(examples, TRAINING), minProbability: MIN_PROBABILITY };
}
if (process.argv.includes('--cv')) crossValidate(examples, sets);
const file = {
  about:
    'Speaker model: conditional-logit weights over candidate features (speakers/candidates.ts), written by npm run train:speakers. Do not edit by hand.',
  trainedOn: { sets: sets.map((s) => s.name), examples: examples.length, ...TRAINING },
  minProbability: MIN_PROBABILITY,
  weights: model.weights,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(model.weights).length} weights from ${examples.length} examples`);
