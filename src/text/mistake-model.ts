import { TUNING } from '../grading/tuning.js';
import { packFloats, unpackFloats } from '../util/float-pack.js';
import type { Analysis } from './analyze.js';
import { fnv, packModel, packedProbability, readModels, type LinearModel, type PackedModel } from './linear-model.js';

/**
 * A learned reading of wrong claims, beside the written mistake library (grading/checks/mistakes.ts).
 * Each round of blind probes showed the written patterns catching about three quarters of the
 * mistakes a new set states, whatever the rounds before had mended: the rest are paraphrases no
 * pattern holds. Three logistic models, trained on the probe pairs (scripts/train-mistakes.ts),
 * read each sentence:
 * - `all`: the sentences that state a mistake against every sentence of sound answers (the probes'
 *   sound sides, the labelled strong and mid answers, the held-out dense and mid ones, the
 *   excellent and decent write-ups): what a wrong claim looks like among ordinary answers;
 * - `pairs`: the same wrong sentences against only the sound answers of their own pairs, which
 *   reject or fix the same mistake in the same words: what tells the claim from its rejection;
 * - `leakage`: among wrong sentences, the leaks against the rest: which message to give.
 * A sentence reads as a mistake only when the first two agree.
 */

export interface MistakeModels {
  /** What the models were trained on: for the record, not used. */
  trainedOn: string;
  all: LinearModel;
  pairs: LinearModel;
  leakage: LinearModel;
}

/** The trained models as the trainer writes them: readable, reviewed, committed. */
export const MISTAKE_MODEL_FILE = ['models', 'mistakes.json'] as const;
/** The same, as the build packs them. */
export const PACKED_MISTAKE_FILE = ['dist', 'grading', 'mistakes.bin'] as const;

interface PackedMistakeModels {
  all: PackedModel;
  pairs: PackedModel;
  leakage: PackedModel;
}

/** The words a model reads: as written, lowercased, without apostrophes ("isn't" and "isnt" alike). */
export function mistakeWords(analysis: Analysis, sentence: number): string[] {
  const s = analysis.sentences[sentence]!;
  const words: string[] = [];
  for (let i = s.from; i < s.to; i++) words.push(analysis.tokens[i]!.word.replace(/'/g, ''));
  return words;
}

/**
 * A sentence's features: its words, adjacent pairs ("random_split") and pairs one word apart
 * ("split~randomly" is written "random~split" for "random 80/20 split"), which reach over the
 * number or article that so often sits between the two words of a mistake.
 */
export function mistakeFeatures(words: readonly string[]): string[] {
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]}_${words[i + 1]}`);
    if (i + 2 < words.length) features.add(`${words[i]}_${words[i + 2]}~`);
  }
  return [...features];
}

/** The hashes of `mistakeFeatures(words)`, without building their strings. */
export function mistakeFeatureHashes(words: readonly string[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const h = fnv(words[i]!);
    hashes.push(h);
    const joined = fnv('_', h);
    if (i + 1 < words.length) hashes.push(fnv(words[i + 1]!, joined));
    if (i + 2 < words.length) hashes.push(fnv('~', fnv(words[i + 2]!, joined)));
  }
  hashes.sort((a, b) => a - b);
  return hashes.filter((h, i) => i === 0 || h !== hashes[i - 1]);
}

export function packMistakeModels(models: MistakeModels): PackedMistakeModels {
  return { all: packModel(models.all), pairs: packModel(models.pairs), leakage: packModel(models.leakage) };
}

/** The packed models as a file (util/float-pack.ts). */
export function mistakeModelsFile(models: MistakeModels): Buffer {
  const p = packMistakeModels(models);
  return packFloats({ bias: [p.all.bias, p.pairs.bias, p.leakage.bias] }, [p.all.hashes, p.all.weights, p.pairs.hashes, p.pairs.weights, p.leakage.hashes, p.leakage.weights]);
}

function readPacked(file: Buffer): PackedMistakeModels | undefined {
  const unpacked = unpackFloats(file);
  const bias = (unpacked?.header as { bias?: number[] } | undefined)?.bias;
  if (!unpacked || unpacked.arrays.length !== 6 || !Array.isArray(bias) || bias.length !== 3) return undefined;
  const [h1, w1, h2, w2, h3, w3] = unpacked.arrays as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  return { all: { bias: bias[0]!, hashes: h1, weights: w1 }, pairs: { bias: bias[1]!, hashes: h2, weights: w2 }, leakage: { bias: bias[2]!, hashes: h3, weights: w3 } };
}

let loaded: PackedMistakeModels | null | undefined;

/** The shipped models, read once: packed by the build, or else from the trainer's file; none when neither is there. */
function mistakeModels(): PackedMistakeModels | null {
  if (loaded === undefined) loaded = readModels(PACKED_MISTAKE_FILE, readPacked, MISTAKE_MODEL_FILE, packMistakeModels);
  return loaded;
}

/** Tests and the trainer's cross-check swap in models of their own; `undefined` goes back to the shipped ones. */
export function useMistakeModels(models: MistakeModels | null | undefined): void {
  loaded = models ? packMistakeModels(models) : models;
}

export type LearnedMistake = 'leakage' | 'other';

/** How the models read one sentence: a mistake of which kind, or none. */
export function readsAsMistake(analysis: Analysis, sentence: number): LearnedMistake | undefined {
  const models = mistakeModels();
  if (!models) return undefined;
  const hashes = mistakeFeatureHashes(mistakeWords(analysis, sentence));
  const { all, pairs, leakage } = TUNING.learnedMistakes;
  if (packedProbability(models.pairs, hashes) <= pairs || packedProbability(models.all, hashes) <= all) return undefined;
  return packedProbability(models.leakage, hashes) > leakage ? 'leakage' : 'other';
}
