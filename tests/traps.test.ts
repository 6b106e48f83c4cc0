import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../src/cases/schema.js';
import { heldScore, keepTrapHold, readTraps, trapCap } from '../src/grading/checks/traps.js';
import { topChanges } from '../src/grading/feedback.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { prepareStep } from '../src/grading/pipeline.js';
import { gradeAnswers } from '../src/grading/run.js';
import { TUNING } from '../src/grading/tuning.js';
import type { Answers } from '../src/grading/types.js';
import { bundledCases } from './helpers/library.js';

// What a case turns on: a whole interview that takes up few of its traps is held below its steps' sum.

let cases: Case[];
let grader: OfflineGrader;
const byId = (id: string) => cases.find((c) => c.id === id)!;
const reading = (caseId: string, ...texts: string[]) => readTraps(byId(caseId), texts.map((t) => prepareStep(byId(caseId), 'requirements', t)))!;
const taken = (caseId: string, ...texts: string[]) => reading(caseId, ...texts).taken.length;

// A sound, textbook fraud design: right in every step, and silent on what this case turns on.
const TEXTBOOK: Answers = {
  requirements: 'About 40M authorisations a day, 2,500 TPS at peak and 6,000 on Black Friday. The fraud service gets 40 ms at p99 inside the 150 ms authorisation window. Goal: catch more fraud dollars while false declines stay under 0.5% of legitimate payments.',
  framing: 'Binary classification at authorisation time: P(fraud | payment), then thresholds map the score to approve, 3-D Secure challenge or decline, set so that false declines stay under 0.5%.',
  data: 'Labels from fraud chargebacks, matured for 90 days because the median arrives after 35 days. Features: velocity counts per card, device and merchant over 1 min, 1 h and 24 h, amount against the card average, merchant category, all computed point-in-time from the Kafka stream in Flink.',
  model: 'Baseline: the current 600 rules and a logistic regression. Main model: a GBDT on the velocity and payment features, because it handles tabular data well, fits the 40 ms budget on CPU and gives SHAP reason codes. Downsample negatives 1:20 and reweight so scores stay calibrated.',
  evaluation: 'Out-of-time split on matured months. Offline: fraud dollars caught at a 0.5% false-positive rate on legitimate payments, against the rules engine, plus PR-AUC. Online: shadow mode for two weeks, then a champion/challenger test on a share of traffic.',
  serving: 'The fraud service reads precomputed features from the key-value store (3 ms p99), scores the GBDT in-process in about 5 ms, and falls back to the rules on timeout. Every request, feature vector and score is logged for training and audit.',
  monitoring: 'Watch score distribution, decline and challenge rates by merchant and country, feature drift (PSI), p99 latency and timeouts, and fraud dollars caught once chargebacks mature. Retrain weekly on matured labels and keep the previous model for rollback.',
};
const CASE_TRAPS = 'Our target is the 7 bps merchants bear on online payments without 3-D Secure, because chip and 3DS payments shift liability to the issuer. Declined payments never get a label, so I approve a random 0.1% of would-be declines as an exploration holdout. About 20% of fraud chargebacks are friendly fraud, so I clean them out of the positives. Card testing hits small new online shops, so a velocity feature counts charges under $2 per merchant in the last 10 min.';
// The same traps in general terms: named, with reasons that would fit any payments problem.
const GENERAL_TRAPS = 'Liability matters: chip and 3DS payments shift it to the issuer. Declined payments never get a label, so some would-be declines should be let through. Friendly fraud makes chargebacks noisy. Card testing is a known attack.';

beforeAll(async () => {
  cases = await bundledCases();
  grader = new OfflineGrader(cases);
});

describe('traps: what a case turns on', () => {
  it('every case names three to five traps', () => {
    for (const c of cases) expect(c.traps.length, c.id).toBeGreaterThanOrEqual(3);
    for (const c of cases) expect(c.traps.length, c.id).toBeLessThanOrEqual(5);
  });

  it('counts a trap taken up in any step, and not one denied or waved away', () => {
    expect(taken('fraud-detection', 'Labels: chargebacks, matured.', 'About 20% of fraud chargebacks are friendly fraud, so I clean them out of the positives.')).toBe(1);
    expect(taken('fraud-detection', 'Friendly fraud is not a concern here.')).toBe(0);
    expect(taken('fraud-detection', "Friendly fraud? overkill, we'd skip it.")).toBe(0);
    expect(taken('fraud-detection', CASE_TRAPS)).toBe(4);
  });

  it('reads a trap named in a heading as deep as the sentences under it explain it', () => {
    const explained = '- **Statistical power.**\nTo claim 99% recall with a 95% lower bound you need thousands of positives per slice. With 3,000 positives and 15 misses the lower bound is still just above 99%.';
    expect(reading('street-view-blurring', explained).taken).toContain(byId('street-view-blurring').traps.find((t) => t.id === 'audit-sizing')!.name);
    expect(reading('street-view-blurring', '- **Statistical power.**').taken).toEqual([]);
    expect(reading('street-view-blurring', '- **Statistical power.**').general).toHaveLength(1);
  });

  it('counts a trap taken up only in general terms as part of one', () => {
    const general = reading('fraud-detection', GENERAL_TRAPS);
    expect(general.taken).toEqual([]);
    expect(general.general).toHaveLength(4);
    expect(general.cap).toBe(trapCap(0, 4, 4));
    expect(general.cap).toBeGreaterThan(trapCap(0, 4));
    expect(general.cap).toBeLessThan(trapCap(4, 4));
    expect(trapCap(0, 4, 4)).toBe(Math.max(TUNING.traps.floor, Math.round(100 - TUNING.traps.span * (1 - TUNING.traps.generalShare))));
  });

  it('holds a textbook interview that takes up none of them, and lets the same design with them through', async () => {
    const textbook = await gradeAnswers(grader, byId('fraud-detection'), TEXTBOOK);
    const flag = textbook.flags.find((f) => f.kind === 'traps');
    expect(flag?.message).toMatch(/^Takes up 0 of the 4 points this case turns on; left out: Who bears the loss/);
    const [, ceiling, raw] = /^ceiling (\d+): (\d+) held to (\d+)$/.exec(flag!.effect!)!.map(Number);
    expect(ceiling).toBe(trapCap(0, byId('fraud-detection').traps.length));
    expect(raw).toBeGreaterThan(ceiling!);
    expect(textbook.score).toBe(heldScore(raw!, ceiling!));
    const withTraps = await gradeAnswers(grader, byId('fraud-detection'), { ...TEXTBOOK, requirements: `${TEXTBOOK.requirements} ${CASE_TRAPS}` });
    expect(withTraps.flags.map((f) => f.kind)).not.toContain('traps');
    expect(withTraps.score).toBeGreaterThan(textbook.score);
  });

  it('puts taking up what the case turns on first among the changes worth most, when it holds the grade', async () => {
    const textbook = await gradeAnswers(grader, byId('fraud-detection'), TEXTBOOK);
    expect(topChanges(byId('fraud-detection'), textbook)[0]).toMatch(/^The whole interview: take up what this case turns on\. Left out here: Who bears the loss/);
    const withTraps = await gradeAnswers(grader, byId('fraud-detection'), { ...TEXTBOOK, requirements: `${TEXTBOOK.requirements} ${CASE_TRAPS}` });
    expect(topChanges(byId('fraud-detection'), withTraps).join('\n')).not.toMatch(/^The whole interview/);
  });

  it('leaves a drill of one step alone', async () => {
    const drill = await gradeAnswers(grader, byId('fraud-detection'), { model: TEXTBOOK.model }, { only: ['model'] });
    expect(drill.flags.map((f) => f.kind)).not.toContain('traps');
  });

  it('keeps the hold when a mock regrades the steps', async () => {
    const held = await gradeAnswers(grader, byId('fraud-detection'), TEXTBOOK);
    const regraded = { ...held, score: 90, flags: held.flags.filter((f) => f.kind !== 'traps') };
    expect(keepTrapHold(held, regraded).score).toBe(heldScore(90, trapCap(0, 4)));
    expect(keepTrapHold(held, { ...regraded, score: 40 }).score).toBe(40);
  });

  it('counts a quarter of each point above the ceiling, so held interviews keep their order', () => {
    expect(heldScore(80, 55)).toBe(Math.round(55 + TUNING.traps.keep * 25));
    expect(heldScore(50, 55)).toBe(50);
    expect(heldScore(80, 55)).toBeGreaterThan(heldScore(62, 55));
  });

  it('lowers the ceiling evenly for each trap left out, down to the floor', () => {
    expect(trapCap(4, 4)).toBe(100);
    expect(trapCap(3, 4)).toBe(Math.round(100 - TUNING.traps.span / 4));
    expect(trapCap(2, 5) - trapCap(3, 5)).toBe(-TUNING.traps.span / 5);
    expect(trapCap(0, 4)).toBe(Math.max(TUNING.traps.floor, 100 - TUNING.traps.span));
  });
});
