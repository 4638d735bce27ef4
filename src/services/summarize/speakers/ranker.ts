/**
 * A conditional-logit ranker (a maximum-entropy ranker): each candidate speaker of a quote gets a
 * score, the weighted sum of its named features, and the candidates of one quote compete through a
 * softmax. It is trained on quotes whose right candidates are known, by full-batch Adam on the
 * negative log-likelihood of the right ones with an L2 penalty: no sampling and a fixed feature
 * order, so the same examples always give the same weights.
 */

/** A candidate's features by name; most are 0/1 indicators. */
export type Features = ReadonlyMap<string, number>;

/** Weights by feature name; a feature with no weight counts 0. */
export type Weights = Readonly<Record<string, number>>;

/** One quote's candidates and which of them are right (any of them counts). */
export interface RankingExample {
  candidates: Features[];
  positives: number[];
  /** How much the example counts (default 1). */
  weight?: number;
}

export interface TrainOptions {
  iterations: number;
  l2: number;
  learningRate: number;
  /** Decimal places the weights are rounded to, so the saved file is stable and small. */
  decimals: number;
}

const DEFAULTS: TrainOptions = { iterations: 1500, l2: 0.001, learningRate: 0.05, decimals: 4 };

export function score(weights: Weights, features: Features): number {
  let sum = 0;
  for (const [name, value] of features) sum += (weights[name] ?? 0) * value;
  return sum;
}

export function softmax(scores: readonly number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exps = scores.map((s) => Math.exp(s - max));
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}

/** The probability of each candidate. */
export function probabilities(weights: Weights, candidates: readonly Features[]): number[] {
  return softmax(candidates.map((c) => score(weights, c)));
}

/** Weights that rank the right candidates of `examples` first (see the module comment). */
export function train(examples: readonly RankingExample[], options: Partial<TrainOptions> = {}): Weights {
  const { iterations, l2, learningRate, decimals } = { ...DEFAULTS, ...options };
  // A fixed feature order (sorted names) keeps the sums, and so the weights, the same on every run.
  const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((c) => [...c.keys()])))].sort();
  const index = new Map(names.map((name, i) => [name, i] as const));
  const dense = examples
    .filter((e) => e.positives.length > 0 && e.candidates.length > 0)
    .map((e) => ({
      candidates: e.candidates.map((c) => [...c].map(([name, value]) => [index.get(name)!, value] as const)),
      positive: new Set(e.positives),
      weight: e.weight ?? 1,
    }));
  const total = dense.reduce((sum, e) => sum + e.weight, 0);
  const n = names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= iterations; t++) {
    for (let i = 0; i < n; i++) grad[i] = l2 * w[i]!;
    for (const e of dense) {
      const p = softmax(e.candidates.map((c) => c.reduce((s, [k, x]) => s + w[k]! * x, 0)));
      let right = 0;
      p.forEach((pi, i) => {
        if (e.positive.has(i)) right += pi;
      });
      e.candidates.forEach((c, i) => {
        // d(-log Σ_right p)/d score_i = p_i - [i right] p_i / Σ_right p
        const g = ((p[i]! - (e.positive.has(i) ? p[i]! / right : 0)) * e.weight) / total;
        if (g !== 0) for (const [k, x] of c) grad[k] = grad[k]! + g * x;
      });
    }
    for (let i = 0; i < n; i++) {
      m[i] = beta1 * m[i]! + (1 - beta1) * grad[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * grad[i]! * grad[i]!;
      const mHat = m[i]! / (1 - beta1 ** t);
      const vHat = v[i]! / (1 - beta2 ** t);
      w[i] = w[i]! - (learningRate * mHat) / (Math.sqrt(vHat) + epsilon);
    }
  }
  const scale = 10 ** decimals;
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const rounded = Math.round(w[i]! * scale) / scale;
    if (rounded !== 0) weights[name] = rounded;
  });
  return weights;
}

/** Mean negative log-likelihood of the right candidates: what training lowers. */
export function logLoss(weights: Weights, examples: readonly RankingExample[]): number {
  let loss = 0;
  let counted = 0;
  for (const e of examples) {
    if (e.positives.length === 0) continue;
    const p = probabilities(weights, e.candidates);
    loss -= Math.log(
      Math.max(
        1e-12,
        e.positives.reduce((s, i) => s + (p[i] ?? 0), 0),
      ),
    );
    counted++;
  }
  return loss / Math.max(1, counted);
}
