import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { trainStanceModels } from '../scripts/train-stance.js';
import { loadCalibrationSet, type CalibrationSet } from '../src/calibration/set.js';
import type { Case, StepId } from '../src/cases/schema.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { packageRoot } from '../src/paths.js';
import { analyze } from '../src/text/analyze.js';
import { STANCE_MODEL_FILE, featureHash, packStanceModels, probability, readsDismissive, sentenceFeatureHashes, sentenceFeatures, stanceModels, useStanceModels, type StanceModels } from '../src/text/stance-model.js';
import { bundledCases } from './helpers/library.js';

let cases: Case[];
let set: CalibrationSet;
const byId = (id: string) => cases.find((c) => c.id === id)!;
const read = (text: string) => {
  const analysis = analyze(text);
  return analysis.sentences.map((s) => readsDismissive(analysis, s.index));
};

beforeAll(async () => {
  cases = await bundledCases();
  set = loadCalibrationSet();
});

afterEach(() => useStanceModels(undefined));

describe('sentence features', () => {
  it('are the words, the pairs of adjacent words, and exclaiming, but neither asking nor trailing off', () => {
    expect(sentenceFeatures('Cold start... fine!', ['cold', 'start', 'fine'])).toEqual(['cold', 'cold_start', 'start', 'start_fine', 'fine', '<!>']);
    // A note's clarifying questions are no sneer: a question mark is not a feature.
    expect(sentenceFeatures('success = clicks or bookings?', ['success', 'clicks'])).toEqual(['success', 'success_clicks', 'clicks']);
  });

  it('score as a logistic model: the bias plus the weights of the features present', () => {
    const model = { bias: -1, weights: { done: 3, fine: 0.5 } };
    expect(probability(model, [])).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(probability(model, ['done', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  it('are looked up by a 32-bit FNV-1a hash, worked out without building the features', () => {
    expect(featureHash('')).toBe(0x811c9dc5);
    expect(featureHash('a')).toBe(0xe40c292c);
    expect(featureHash('foobar')).toBe(0xbf9cf968);
    const words = ['cold', 'start', 'cold', 'start', 'fine'];
    const expected = [...new Set(sentenceFeatures('Cold start, cold start... fine!', words).map(featureHash))].sort((a, b) => a - b);
    expect(sentenceFeatureHashes('Cold start, cold start... fine!', words)).toEqual(expected);
  });
});

describe('reading a sentence as dismissive', () => {
  const toy = (stanceWeight: number): StanceModels => ({
    trainedOn: 'test',
    all: { bias: -2, weights: { done: 6, position: 6 } },
    stanceWords: { bias: -2, weights: { done: stanceWeight } },
  });

  it('needs both models to agree: a sentence scored high only for the concept it names is not a sneer', () => {
    useStanceModels(toy(6));
    expect(read("Cosine similarity and we're done. Position weighting.")).toEqual([true, false]);
    useStanceModels(toy(0));
    expect(read("Cosine similarity and we're done.")).toEqual([false]);
  });

  it('never reads a point kept in practice as waved away: "..., though we\'d still track it"', () => {
    useStanceModels(toy(6));
    expect(read("Per-country slices and we're done.")).toEqual([true]);
    expect(read("Per-country slices and we're done, though we'd still track them.")).toEqual([false]);
  });

  it('never reads an objective written as a product of probabilities as waved away', () => {
    useStanceModels(toy(6));
    expect(read("Rank by P(book) and we're done.")).toEqual([true]);
    expect(read("Rank by P(click) x P(book) and we're done.")).toEqual([false]);
  });

  it('never reads a trade-off weighed as waved away: "... just trades a privacy miss for a business complaint"', () => {
    useStanceModels(toy(6));
    expect(read("Lower the threshold and we're done.")).toEqual([true]);
    expect(read("Lowering the threshold just trades a privacy miss for a business complaint, and we're done.")).toEqual([false]);
  });

  it('reads nothing without models: the hand-written reading stands alone', () => {
    useStanceModels(null);
    expect(read("Honestly, that's all ceremony and we're done.")).toEqual([false]);
  });
});

describe('the shipped models', () => {
  const grade = (caseId: string, step: StepId, answer: string) => new OfflineGrader(cases).gradeStepSync({ case: byId(caseId), step, answer });
  const level = (r: ReturnType<typeof grade>, criterion: string) => r.criteria.find((k) => k.id === criterion)!.level;

  it('take away the credit of points named only to be waved away in words no rule lists', () => {
    const said = 'NDCG offline, then interleaving against the current ranker, with guardrail lists and per-language slices.';
    const sneered = "Interleaving, guardrail lists, per-language slices, honestly that's all ceremony and we're done once NDCG goes up.";
    expect(level(grade('video-search', 'evaluation', said), 'online-experiment')).toBeGreaterThan(1);
    useStanceModels(null);
    expect(level(grade('video-search', 'evaluation', sneered), 'online-experiment')).toBeGreaterThan(1);
    useStanceModels(undefined);
    const r = grade('video-search', 'evaluation', sneered);
    expect(level(r, 'online-experiment')).toBe(0);
    expect(r.flags.map((f) => f.kind)).toContain('dismissed');
  });

  it('also read the answer to a question the candidate asks and waves away', () => {
    const notes = "- baseline: rules + LR on velocity feats\n- new cards/merchants? honestly that's all ceremony, the model figures it out";
    useStanceModels(null);
    expect(level(grade('fraud-detection', 'model', notes), 'new-cards-and-merchants')).toBeGreaterThan(0);
    useStanceModels(undefined);
    expect(level(grade('fraud-detection', 'model', notes), 'new-cards-and-merchants')).toBe(0);
  });

  it('read no sentence of a labelled strong answer, nor of a held-out dense or mid-level one, as dismissive', () => {
    const texts = [
      ...set.labelled.filter((a) => a.label === 'strong').map((a) => a.text),
      ...set.heldOut.filter((h) => h.kind === 'dense' || h.kind === 'mid').flatMap((h) => Object.values(h.answers) as string[]),
    ];
    const misread = texts.flatMap((t) => {
      const analysis = analyze(t);
      return analysis.sentences.filter((s) => readsDismissive(analysis, s.index)).map((s) => s.text);
    });
    expect(texts.length).toBeGreaterThan(1000);
    expect(misread).toEqual([]);
  }, 300_000);

  it('are what `npm run train-stance` makes of the calibration set today (retrain after editing it)', () => {
    const shipped = JSON.parse(readFileSync(join(packageRoot(), ...STANCE_MODEL_FILE), 'utf8')) as StanceModels;
    // The build's packed file holds the same weights, looked up by hash.
    expect(stanceModels()).toEqual(packStanceModels(shipped));
    const fresh = trainStanceModels(set, cases);
    for (const which of ['all', 'stanceWords'] as const) {
      expect(fresh[which].bias).toBeCloseTo(shipped[which].bias, 2);
      // Weights are rounded to hundredths and the smallest dropped: allow a hair either side of both.
      const keys = new Set([...Object.keys(fresh[which].weights), ...Object.keys(shipped[which].weights)]);
      const apart = [...keys].filter((k) => Math.abs((fresh[which].weights[k] ?? 0) - (shipped[which].weights[k] ?? 0)) > (k in fresh[which].weights && k in shipped[which].weights ? 0.011 : 0.52));
      expect(apart).toEqual([]);
    }
    // Training on some 110,000 sentences takes 10-20 s alone, more while the calibration tests share the cores
    // (90 s on a slow 2-core machine, past 120 s there with a build beside it).
  }, 300_000);
});
