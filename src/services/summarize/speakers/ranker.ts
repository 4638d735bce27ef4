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

/**
 * The examples packed flat (compressed sparse rows): candidate c's features are `feature[j]`,
 * `value[j]` for j in `row[c]` … `row[c + 1]`; example e's candidates are `first[e]` … `first[e + 1]`.
 * Training reads them once per iteration, so typed arrays instead of maps make it about 3× faster.
 */
interface Packed {
  names: string[];
  first: Int32Array;
  row: Int32Array;
  feature: Int32Array;
  value: Float64Array;
  right: Uint8Array;
  weight: Float64Array;
}

function pack(examples: readonly RankingExample[]): Packed {
  // A fixed feature order (sorted names) keeps the sums, and so the weights, the same on every run.
  const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((c) => [...c.keys()])))].sort();
  const index = new Map(names.map((name, i) => [name, i] as const));
  const kept = examples.filter((e) => e.positives.length > 0 && e.candidates.length > 0);
  const first = [0];
  const row = [0];
  const feature: number[] = [];
  const value: number[] = [];
  const right: number[] = [];
  for (const e of kept) {
    const positive = new Set(e.positives);
    e.candidates.forEach((c, i) => {
      for (const [name, x] of c) {
        feature.push(index.get(name)!);
        value.push(x);
      }
      row.push(feature.length);
      right.push(positive.has(i) ? 1 : 0);
    });
    first.push(row.length - 1);
  }
  return {
    names,
    first: Int32Array.from(first),
    row: Int32Array.from(row),
    feature: Int32Array.from(feature),
    value: Float64Array.from(value),
    right: Uint8Array.from(right),
    weight: Float64Array.from(kept.map((e) => e.weight ?? 1)),
  };
}

/** Weights that rank the right candidates of `examples` first (see the module comment). */
export function train(examples: readonly RankingExample[], options: Partial<TrainOptions> = {}): Weights {
  const { iterations, l2, learningRate, decimals } = { ...DEFAULTS, ...options };
  const { names, first, row, feature, value, right, weight } = pack(examples);
  const total = weight.reduce((sum, x) => sum + x, 0);
  const n = names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const p = new Float64Array(row.length - 1);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= iterations; t++) {
    for (let i = 0; i < n; i++) grad[i] = l2 * w[i]!;
    for (let e = 0; e < weight.length; e++) {
      const [from, to] = [first[e]!, first[e + 1]!];
      // The softmax of the candidates' scores, summed in the same order as softmax() does.
      let max = -Infinity;
      for (let c = from; c < to; c++) {
        let s = 0;
        for (let j = row[c]!; j < row[c + 1]!; j++) s += w[feature[j]!]! * value[j]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = from; c < to; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      let rightMass = 0;
      for (let c = from; c < to; c++) {
        p[c] = p[c]! / sum;
        if (right[c]) rightMass += p[c]!;
      }
      for (let c = from; c < to; c++) {
        // d(-log Σ_right p)/d score_c = p_c - [c right] p_c / Σ_right p
        const g = ((p[c]! - (right[c] ? p[c]! / rightMass : 0)) * weight[e]!) / total;
        if (g === 0) continue;
        for (let j = row[c]!; j < row[c + 1]!; j++) {
          const k = feature[j]!;
          grad[k] = grad[k]! + g * value[j]!;
        }
      }
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
