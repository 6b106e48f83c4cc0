import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../cases/schema.js';
import { packageRoot } from '../paths.js';
import { buildRelevanceModel, type RelevanceModel } from './relevance.js';
import { buildSoftModel, type SoftModel } from './soft.js';

/**
 * The offline grader's library-wide statistics (TF-IDF vectors per case, word weights per
 * criterion). Building them reads every case's text, which takes about a tenth of a second, so
 * the build step stores them for the bundled library, keyed by a hash of the cases.
 */
export interface GradingModels {
  relevance: RelevanceModel;
  soft: SoftModel;
}

export const PREBUILT_MODELS = ['dist', 'grading-models.json'] as const;

type Entries<V> = [string, V][];
interface SerializedModels {
  key: string;
  relevance: { idf: Entries<number>; vectors: Entries<Entries<number>> };
  soft: { idf: Entries<number>; documents: number; cases: Entries<Entries<Entries<number>>> };
}

export function libraryKey(cases: Case[]): string {
  return createHash('sha1').update(JSON.stringify(cases)).digest('hex');
}

export function serializeModels(key: string, m: GradingModels): string {
  const data: SerializedModels = {
    key,
    relevance: { idf: [...m.relevance.idf], vectors: [...m.relevance.vectors].map(([id, v]) => [id, [...v]]) },
    soft: {
      idf: [...m.soft.idf],
      documents: m.soft.documents,
      cases: [...m.soft.cases].map(([id, byCriterion]) => [id, [...byCriterion].map(([k, v]) => [k, [...v]])]),
    },
  };
  return JSON.stringify(data);
}

function deserialize(data: SerializedModels): GradingModels {
  return {
    relevance: { idf: new Map(data.relevance.idf), vectors: new Map(data.relevance.vectors.map(([id, v]) => [id, new Map(v)])) },
    soft: {
      idf: new Map(data.soft.idf),
      documents: data.soft.documents,
      cases: new Map(data.soft.cases.map(([id, byCriterion]) => [id, new Map(byCriterion.map(([k, v]) => [k, new Map(v)]))])),
    },
  };
}

export function buildModels(cases: Case[]): GradingModels {
  return { relevance: buildRelevanceModel(cases), soft: buildSoftModel(cases) };
}

const memo = new Map<string, GradingModels>();

export function gradingModels(cases: Case[]): GradingModels {
  const key = libraryKey(cases);
  let models = memo.get(key);
  if (models) return models;
  try {
    const data = JSON.parse(readFileSync(join(packageRoot(), ...PREBUILT_MODELS), 'utf8')) as SerializedModels;
    if (data.key === key) models = deserialize(data);
  } catch {
    // No prebuilt models (a source checkout before its first build): build them below.
  }
  models ??= buildModels(cases);
  memo.set(key, models);
  return models;
}
