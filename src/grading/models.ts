import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseHash, libraryKeyOf } from '../cases/content-hash.js';
import type { CaseSet } from '../cases/library.js';
import type { Case } from '../cases/schema.js';
import { cacheDir, packageRoot } from '../paths.js';
import { compiledThesaurus, indexThesaurus, seedThesaurus, THESAURUS, type ThesaurusIndex, type ThesaurusNumbers } from '../text/thesaurus.js';
import { writeFileAtomic } from '../util/atomic.js';
import { packFloats, unpackFloats } from '../util/float-pack.js';
import { referenceShinglesOf, seedReferenceShingles } from './checks/copy.js';
import { referenceGrounding, seedReferenceGrounding, type Grounding } from './checks/generic.js';
import { redFlagPatterns, seedRedFlagPatterns, type RedFlagPatterns } from './checks/red-flags.js';
import { seedStepPatterns, stepPatterns, type StepPatterns } from './concept-evidence.js';
import { buildProblemVocabulary, buildRelevanceModel, problemText, type RelevanceModel } from './relevance.js';
import { buildSoftModel, caseVocabulary, type SoftModel, type SoftVocabulary } from './soft.js';

/**
 * The offline grader's statistics and compiled patterns, computed once and stored:
 * - for the library: TF-IDF vectors per case (relevance), word weights across criteria (soft
 *   evidence), and the compiled thesaurus;
 * - for each case: its compiled concept patterns, red-flag signals, reference word runs and word
 *   weights per criterion, loaded only for the case being graded.
 * The bundled library's are written by the build step into dist/grading/; a library extended with
 * your own cases is computed on its first use and kept in the cache folder, keyed by a hash of the
 * content, so from the second run it loads as fast. Every grade can name the library it used.
 */
export interface GradingModels {
  /** Hash of the library the statistics were computed from. */
  key: string;
  relevance: RelevanceModel;
  /**
   * The same, over each case's problem statement alone: what an answer about this problem's world
   * shares with it. Few grades consult it (the generic check's second look), so it is not stored:
   * it is built from the cases on first use.
   */
  readonly problemRelevance: RelevanceModel;
  soft: SoftModel;
  /** Per case, the words particular to its problem statement (see relevance.ts). */
  problem: Map<string, string[]>;
}

export const PREBUILT_DIR = ['dist', 'grading'] as const;
const FORMAT = 16;

type Entries<V> = [string, V][];
/** The library's statistics are stored as a header and, in binary, their weights (see float-pack.ts). */
interface LibraryHeader {
  format: number;
  key: string;
  relevance: { ids: string[]; terms: string[] };
  soft: { terms: string[]; documents: number };
  problem: Entries<string[]>;
  thesaurus: { key: string; index: ThesaurusIndex };
}

interface SerializedCase {
  format: number;
  key: string;
  soft: Entries<Entries<number>>;
  grounding: Grounding;
  steps: { patterns: StepPatterns; redFlags: RedFlagPatterns; shingles: string[] }[];
}


export function libraryKey(cases: Case[]): string {
  return libraryKeyOf(cases.map(caseHash));
}

/** A case's weights depend on the library around it, so its key covers both. */
const caseKey = (library: string, c: Case) => `${library}-${caseHash(c)}`;

/** The prebuilt thesaurus index is used only if it comes from this very thesaurus. */
const thesaurusKey = () => JSON.stringify(THESAURUS);

function serializeLibrary(key: string, m: StoredModels): Buffer {
  const thesaurus = indexThesaurus(compiledThesaurus());
  const header: LibraryHeader = {
    format: FORMAT,
    key,
    relevance: { ids: m.relevance.ids, terms: [...m.relevance.terms.keys()] },
    soft: { terms: [...m.soft.idf.keys()], documents: m.soft.documents },
    problem: [...m.problem],
    thesaurus: { key: thesaurusKey(), index: thesaurus.index },
  };
  return packFloats(header, [m.relevance.idf, m.relevance.weights, Float64Array.from(m.soft.idf.values()), ...thesaurus.numbers]);
}

/** Each string's position in the list, without a pair array per string. */
function positions(list: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < list.length; i++) map.set(list[i]!, i);
  return map;
}

/** The soft model's IDF is only needed for a case without a grading pack: built on first use. */
function lazySoftModel(terms: string[], idf: Float64Array, documents: number): SoftModel {
  let built: Map<string, number> | undefined;
  return {
    get idf() {
      return (built ??= new Map(terms.map((t, i) => [t, idf[i]!])));
    },
    documents,
    cases: new Map(),
  };
}

function readLibrary(file: string, key: string): StoredModels | undefined {
  let unpacked: ReturnType<typeof unpackFloats>;
  try {
    unpacked = unpackFloats(readFileSync(file));
  } catch {
    return undefined; // Not built or not cached yet.
  }
  const data = unpacked?.header as LibraryHeader | undefined;
  if (!unpacked || data?.format !== FORMAT || data.key !== key) return undefined;
  const [idf, weights, softIdf, ...thesaurus] = unpacked.arrays as [Float64Array, Float64Array, Float64Array, ...ThesaurusNumbers];
  if (data.thesaurus.key === thesaurusKey()) seedThesaurus(data.thesaurus.index, thesaurus);
  return {
    key: data.key,
    relevance: { ids: data.relevance.ids, terms: positions(data.relevance.terms), idf, weights },
    soft: lazySoftModel(data.soft.terms, softIdf, data.soft.documents),
    problem: new Map(data.problem),
  };
}

function serializeCase(key: string, models: GradingModels, c: Case): string {
  const vocabulary = caseVocabulary(models.soft, c);
  const data: SerializedCase = {
    format: FORMAT,
    key,
    soft: [...vocabulary].map(([id, v]) => [id, [...v]]),
    grounding: referenceGrounding(c, models),
    steps: c.steps.map((s) => ({
      patterns: stepPatterns(s),
      redFlags: redFlagPatterns(s),
      shingles: referenceShinglesOf(s),
    })),
  };
  return JSON.stringify(data);
}

function seedCase(models: GradingModels, c: Case, data: SerializedCase): void {
  const vocabulary: SoftVocabulary = new Map(data.soft.map(([id, v]) => [id, new Map(v)]));
  models.soft.cases.set(c.id, vocabulary);
  seedReferenceGrounding(c, data.grounding);
  c.steps.forEach((s, i) => {
    const step = data.steps[i]!;
    seedStepPatterns(s, step.patterns);
    seedRedFlagPatterns(s, step.redFlags);
    seedReferenceShingles(s, step.shingles);
  });
}

function readJson<T extends { format: number; key: string }>(file: string, key: string): T | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as T;
    return data.format === FORMAT && data.key === key ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes to the cache folder; a cache that cannot be written only costs speed. */
function remember(file: string, content: string | Buffer): void {
  try {
    writeFileAtomic(file, content, 0o644);
  } catch {
    // Read-only or missing cache folder: compute again next time.
  }
}

const prebuiltDir = () => join(packageRoot(), ...PREBUILT_DIR);
// Named by key, in the package and in the cache alike: a file is opened only when it is the one.
const libraryFile = (key: string) => `library-${key}.bin`;
// A case pack is named by its case and library: within a library, the id says which content.
const caseFile = (c: Case, key: string) => join('cases', `${c.id}-${key.slice(0, 16)}.json`);
const cachedDir = () => join(cacheDir(process.env), 'grading');

/** Everything the build step writes for the bundled library. */
export function prebuildModels(cases: Case[]): { file: string; content: string | Buffer }[] {
  const key = libraryKey(cases);
  const built = buildModels(cases, key);
  const out: { file: string; content: string | Buffer }[] = [{ file: libraryFile(key), content: serializeLibrary(key, built) }];
  for (const c of cases) out.push({ file: caseFile(c, caseKey(key, c)), content: serializeCase(caseKey(key, c), built, c) });
  return out;
}

export function buildModels(cases: Case[], key = libraryKey(cases)): GradingModels {
  return withProblemRelevance({ key, relevance: buildRelevanceModel(cases), soft: buildSoftModel(cases), problem: buildProblemVocabulary(cases) }, () => cases);
}

type StoredModels = Omit<GradingModels, 'problemRelevance'>;

function withProblemRelevance(models: StoredModels, casesOf: () => Case[]): GradingModels {
  let built: RelevanceModel | undefined;
  return Object.defineProperty(models, 'problemRelevance', { get: () => (built ??= buildRelevanceModel(casesOf(), problemText)), enumerable: true }) as GradingModels;
}

const memo = new Map<string, GradingModels>();

/** `library`: every case, or a library that knows its key without reading them all. */
export function gradingModels(library: Case[] | CaseSet): GradingModels {
  const key = Array.isArray(library) ? libraryKey(library) : library.key;
  let models = memo.get(key);
  if (models) return models;
  const casesOf = () => (Array.isArray(library) ? library : library.cases());
  const stored = readLibrary(join(prebuiltDir(), libraryFile(key)), key) ?? readLibrary(join(cachedDir(), libraryFile(key)), key);
  if (stored) models = withProblemRelevance(stored, casesOf);
  else {
    models = buildModels(casesOf(), key);
    remember(join(cachedDir(), libraryFile(key)), serializeLibrary(key, models));
  }
  memo.set(key, models);
  return models;
}

const seeded = new WeakSet<Case>();

/** Loads (or builds and keeps) the compiled patterns and word weights of the case about to be graded. */
export function prepareCase(models: GradingModels, c: Case): void {
  if (seeded.has(c)) return;
  seeded.add(c);
  const key = caseKey(models.key, c);
  const stored = readJson<SerializedCase>(join(prebuiltDir(), caseFile(c, key)), key) ?? readJson<SerializedCase>(join(cachedDir(), caseFile(c, key)), key);
  if (stored) seedCase(models, c, stored);
  else remember(join(cachedDir(), caseFile(c, key)), serializeCase(key, models, c));
}
