/**
 * The trained speaker model: the ranker's weights (model.json, written by `npm run train:speakers`)
 * applied to a quote's candidates. The most probable candidate is the speaker, unless it is "nobody
 * can be told" or the model gives it less than `minProbability`: then the speaker is null rather
 * than a guess.
 */
import model from './model.json' with { type: 'json' };
import type { Candidate } from './candidates.ts';
import { probabilities, type Weights } from './ranker.ts';

/** The committed model: its weights and how it was trained. */
export interface SpeakerModel {
  weights: Weights;
  /** Below this probability a speaker is too uncertain to name. */
  minProbability: number;
}

export const SPEAKER_MODEL: SpeakerModel = {
  weights: model.weights,
  minProbability: model.minProbability,
};

/** A candidate's score explained: its probability and the features that moved it most. */
export interface ScoredCandidate {
  name: string | null;
  probability: number;
  /** Feature name and weight × value, largest first. */
  reasons: Array<[feature: string, contribution: number]>;
}

export interface SpeakerChoice {
  speaker: string | null;
  /** The probability the model gives the speaker (for null, that nobody can be told). */
  probability: number;
}

/** The speaker the model picks among `candidates`. */
export function chooseSpeaker(candidates: readonly Candidate[], speakerModel: SpeakerModel): SpeakerChoice {
  const p = probabilities(
    speakerModel.weights,
    candidates.map((c) => c.features),
  );
  let best = -1;
  let nobody = 0;
  candidates.forEach((c, i) => {
    if (c.name === null) nobody += p[i]!;
    else if (best === -1 || p[i]! > p[best]!) best = i;
  });
  const probability = best === -1 ? 0 : p[best]!;
  const name = best === -1 ? null : (candidates[best]?.name ?? null);
  if (name === null || nobody >= probability || probability < speakerModel.minProbability)
    return { speaker: null, probability: nobody };
  return { speaker: name, probability };
}

/** Every candidate with its probability and main features, most probable first (for --explain). */
export function explainCandidates(
  candidates: readonly Candidate[],
  speakerModel: SpeakerModel,
  reasons = 5,
): ScoredCandidate[] {
  const p = probabilities(
    speakerModel.weights,
    candidates.map((c) => c.features),
  );
  return candidates
    .map((c, i) => ({
      name: c.name,
      probability: p[i] ?? 0,
      reasons: [...c.features]
        .map(([feature, value]): [string, number] => [feature, (speakerModel.weights[feature] ?? 0) * value])
        .filter(([, contribution]) => contribution !== 0)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
        .slice(0, reasons),
    }))
    .sort((a, b) => b.probability - a.probability);
}
