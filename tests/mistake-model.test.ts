import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { trainMistakeModels } from '../scripts/train-mistakes.js';
import { loadCalibrationSet, type CalibrationSet } from '../src/calibration/set.js';
import type { Case, StepId } from '../src/cases/schema.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { TUNING } from '../src/grading/tuning.js';
import type { StepResult } from '../src/grading/types.js';
import { packageRoot } from '../src/paths.js';
import { analyze } from '../src/text/analyze.js';
import { featureHash } from '../src/text/linear-model.js';
import { MISTAKE_MODEL_FILE, mistakeFeatureHashes, mistakeFeatures, readsAsMistake, useMistakeModels, type MistakeModels } from '../src/text/mistake-model.js';
import { bundledCases } from './helpers/library.js';

let cases: Case[];
let set: CalibrationSet;
let grader: OfflineGrader;

beforeAll(async () => {
  cases = await bundledCases();
  set = loadCalibrationSet();
  grader = new OfflineGrader(cases);
});

afterEach(() => useMistakeModels(undefined));

const grade = (caseId: string, step: StepId, answer: string): StepResult => grader.gradeStepSync({ case: cases.find((c) => c.id === caseId)!, step, answer });
const mistakeFlags = (r: StepResult) => r.flags.filter((f) => f.kind === 'mistake').map((f) => f.message);
const LEARNED = /learned reading/;

describe('mistake features', () => {
  it('are the words, adjacent pairs and pairs one word apart, hashed without building them', () => {
    expect(mistakeFeatures(['random', '80', 'split'])).toEqual(['random', 'random_80', 'random_split~', '80', '80_split', 'split']);
    const words = ['random', '80', 'split', 'random', '80'];
    const expected = [...new Set(mistakeFeatures(words).map(featureHash))].sort((a, b) => a - b);
    expect(mistakeFeatureHashes(words)).toEqual(expected);
  });
});

describe('the learned mistake reading', () => {
  // A toy: "frobnicate" is a mistake to both models, "later" makes it a leak.
  const toy = (pairsWeight = 8): MistakeModels => ({
    trainedOn: 'test',
    all: { bias: -4, weights: { frobnicate: 8 } },
    pairs: { bias: -4, weights: { frobnicate: pairsWeight } },
    leakage: { bias: -4, weights: { later: 8 } },
  });
  const answer =
    'Baseline: logistic regression on velocity features, against the existing rules. Then GBDT (LightGBM) on velocity, device and merchant features, trained with class weights since fraud is 0.12% of payments; new cards and merchants fall back to priors by merchant category. We frobnicate the labels every night.';

  it('flags a sentence both models read as a mistake, quotes it and holds the step', () => {
    useMistakeModels(null);
    const before = grade('fraud-detection', 'model', answer);
    expect(mistakeFlags(before)).toEqual([]);
    useMistakeModels(toy());
    const r = grade('fraud-detection', 'model', answer);
    expect(mistakeFlags(r)).toEqual([expect.stringMatching(LEARNED)]);
    expect(mistakeFlags(r)[0]).toContain('We frobnicate the labels every night.');
    expect(r.score).toBeLessThanOrEqual(TUNING.caps.learnedMistake);
    expect(r.score).toBeLessThan(before.score);
  });

  it('needs both models to agree', () => {
    useMistakeModels(toy(0));
    expect(mistakeFlags(grade('fraud-detection', 'model', answer))).toEqual([]);
  });

  it('names a leak when the leakage model reads one', () => {
    useMistakeModels(toy());
    const [message] = mistakeFlags(grade('fraud-detection', 'data', 'Inputs: amount and device age; we frobnicate what the issuer reports later.'));
    expect(message).toMatch(/^A feature only known after the outcome.*learned reading/);
  });

  it('reads no question, and adds nothing to a sentence a written mistake already flagged', () => {
    useMistakeModels(toy());
    expect(mistakeFlags(grade('fraud-detection', 'model', 'Should we frobnicate the labels?'))).toEqual([]);
    const flags = mistakeFlags(grade('fraud-detection', 'evaluation', 'We frobnicate and then use a random 80/20 split of all transactions.'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).not.toMatch(LEARNED);
  });
});

describe('the shipped mistake models', () => {
  it('read no sentence of a labelled strong answer, nor of a held-out dense one, as a mistake', () => {
    const texts = [
      ...set.labelled.filter((a) => a.label === 'strong').map((a) => a.text),
      ...set.heldOut.filter((h) => h.kind === 'dense').flatMap((h) => Object.values(h.answers) as string[]),
    ];
    const misread = texts.flatMap((t) => {
      const analysis = analyze(t);
      return analysis.sentences.filter((s) => readsAsMistake(analysis, s.index)).map((s) => s.text);
    });
    expect(texts.length).toBeGreaterThan(1000);
    expect(misread).toEqual([]);
  }, 300_000);

  it('read a wrong claim that no written pattern names, and not its sound twin (probe set 26, read in the twenty-eighth session)', () => {
    const wrong = 'Detector (faces + plates) -> blur, with a per-panorama "has user report" flag fed to the re-scorer to lower the threshold where people complained.';
    const sound = 'Detector (faces + plates) -> blur. "Report a problem" hits aren\'t a model input since they arrive days to months after publishing; they feed hard-positive mining for the next retrain.';
    useMistakeModels(null);
    expect(mistakeFlags(grade('street-view-blurring', 'model', wrong))).toEqual([]);
    useMistakeModels(undefined);
    expect(mistakeFlags(grade('street-view-blurring', 'model', wrong))).toEqual([expect.stringMatching(/^A feature only known after the outcome.*learned reading/)]);
    expect(mistakeFlags(grade('street-view-blurring', 'model', sound))).toEqual([]);
  });

  it('are what `npm run train-mistakes` makes of the calibration set today (retrain after editing it)', () => {
    const shipped = JSON.parse(readFileSync(join(packageRoot(), ...MISTAKE_MODEL_FILE), 'utf8')) as MistakeModels;
    const fresh = trainMistakeModels(set);
    for (const which of ['all', 'pairs', 'leakage'] as const) {
      expect(fresh[which].bias).toBeCloseTo(shipped[which].bias, 2);
      // Weights are rounded to hundredths and the smallest dropped: allow a hair either side of both.
      const keys = new Set([...Object.keys(fresh[which].weights), ...Object.keys(shipped[which].weights)]);
      const apart = [...keys].filter((k) => Math.abs((fresh[which].weights[k] ?? 0) - (shipped[which].weights[k] ?? 0)) > (k in fresh[which].weights && k in shipped[which].weights ? 0.011 : TUNING.mistakeTraining.keepWeight + 0.011));
      expect(apart).toEqual([]);
    }
  }, 300_000);
});
