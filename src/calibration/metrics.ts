/**
 * Agreement statistics between a grader's scores and ordinal labels, as pure functions.
 */

export interface Pair {
  higher: number;
  lower: number;
}

/** Share of pairs the grader orders as the labels do. A tie counts as wrong: it orders nothing. */
export function pairwiseAccuracy(pairs: Pair[]): number {
  if (pairs.length === 0) return Number.NaN;
  return pairs.filter((p) => p.higher > p.lower).length / pairs.length;
}

/** Quadratic weighted kappa between two ratings on 0..k-1. */
export function quadraticWeightedKappa(a: number[], b: number[], k: number): number {
  if (a.length !== b.length || a.length === 0) return Number.NaN;
  const n = a.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    observed[a[i]!]![b[i]!]!++;
    histA[a[i]!]!++;
    histB[b[i]!]!++;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * observed[i]![j]!;
      den += (w * histA[i]! * histB[j]!) / n;
    }
  }
  return den === 0 ? (num === 0 ? 1 : 0) : 1 - num / den;
}

export function mean(xs: number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function stddev(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Maps a 0-100 score to weak (0), mid (1) or strong (2) by cut points between the bands. */
export function levelOfScore(score: number, cuts: [number, number]): number {
  return score < cuts[0] ? 0 : score < cuts[1] ? 1 : 2;
}
