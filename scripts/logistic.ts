// Logistic regression by stochastic gradient descent, as the learned readings' trainers use it
// (train-stance.ts, train-mistakes.ts). Deterministic: the same examples in the same order give the
// same weights.
import type { LinearModel } from '../src/text/linear-model.js';

export interface TrainingParams {
  /** Features seen in fewer examples than this are left out. */
  minCount: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Smaller weights are dropped from the model written. */
  keepWeight: number;
}

/** Negatives are weighed down to balance the classes. */
export function trainLogistic(examples: readonly { features: readonly string[]; positive: boolean }[], params: TrainingParams): LinearModel {
  const { minCount, epochs, rate, l2, keepWeight } = params;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.positive ? 1 : 0 }));
  const positives = rows.filter((r) => r.y === 1).length;
  const balance = positives / (rows.length - positives);
  const w = new Float64Array(index.size);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { x, y } of rows) {
      let z = bias;
      for (const i of x) z += w[i]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y ? 1 : balance);
      bias -= rate * g * 0.1;
      for (const i of x) w[i]! -= rate * (g + l2 * w[i]!);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w[i]!) >= keepWeight) weights[f] = Math.round(w[i]! * 100) / 100;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}
