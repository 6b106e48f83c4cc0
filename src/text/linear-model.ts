import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * Logistic models over a sentence's words, as the learned readings use them (stance-model.ts,
 * mistake-model.ts): named weights as the trainers write them, and the same packed by the build,
 * looked up by the hash of each feature.
 */

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

/** A model whose features are looked up by hash: sorted hashes, and their weights in the same order. */
export interface PackedModel {
  bias: number;
  hashes: Float64Array;
  weights: Float64Array;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over `text`, carrying on from `h`: hashing "a_b" is hashing "b" after "a_". */
export function fnv(text: string, h = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** FNV-1a, 32 bits: two features of some thousands meet by chance about once in a hundred builds, and then share a weight. */
export function featureHash(feature: string): number {
  return fnv(feature);
}

export function packModel(model: LinearModel): PackedModel {
  const byHash = new Map<number, number>();
  for (const [f, w] of Object.entries(model.weights)) byHash.set(featureHash(f), (byHash.get(featureHash(f)) ?? 0) + w);
  const hashes = Float64Array.from([...byHash.keys()].sort((a, b) => a - b));
  return { bias: model.bias, hashes, weights: Float64Array.from(hashes, (h) => byHash.get(h)!) };
}

function weightOf(model: PackedModel, hash: number): number {
  const { hashes } = model;
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = hashes[mid]!;
    if (h === hash) return model.weights[mid]!;
    if (h < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

export function probability(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function packedProbability(model: PackedModel, hashes: readonly number[]): number {
  let z = model.bias;
  for (const h of hashes) z += weightOf(model, h);
  return 1 / (1 + Math.exp(-z));
}


/**
 * Shipped models, as the build packs them (`packed`, read by `unpack`), or else, in a checkout not
 * yet built, the trainer's JSON file (`json`, packed by `pack`); null when neither can be read.
 */
export function readModels<Json, Packed>(packed: readonly string[], unpack: (file: Buffer) => Packed | undefined, json: readonly string[], pack: (models: Json) => Packed): Packed | null {
  try {
    const models = unpack(readFileSync(join(packageRoot(), ...packed)));
    if (models) return models;
  } catch {
    // Not built: read the trainer's file.
  }
  try {
    return pack(JSON.parse(readFileSync(join(packageRoot(), ...json), 'utf8')) as Json);
  } catch {
    return null;
  }
}
