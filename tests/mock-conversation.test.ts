import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, StepId } from '../src/cases/schema.js';
import { STEP_IDS } from '../src/cases/steps.js';
import { InterruptedError } from '../src/errors.js';
import { estimateCheck } from '../src/grading/checks/estimates.js';
import { discountPrompted, levelVerdicts } from '../src/grading/conversation.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { gradeAnswers } from '../src/grading/run.js';
import { gradeMockSession } from '../src/interview/grade-session.js';
import { chooseProbe } from '../src/interview/probe.js';
import { createSession, type Session } from '../src/interview/session.js';
import { SessionStore } from '../src/interview/store.js';
import { mockBudgetsMs } from '../src/interview/timer.js';
import { SessionHandle } from '../src/practice/answering.js';
import type { PracticeContext } from '../src/practice/context.js';
import { runMock } from '../src/practice/mock.js';
import { analyze } from '../src/text/analyze.js';
import { checkCaseFigures } from '../src/text/estimates.js';
import type { AnswerPromptConfig } from '../src/ui/answer-prompt.js';
import type { Prompter } from '../src/ui/prompts.js';
import { bundledCases, tempDir } from './helpers/library.js';
import { captureIO, ScriptedPrompter } from './helpers/scripted.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
let cases: Case[];
let fraud: Case;

// The flows are tested on a case whose conversation is written here, so that they do not move
// with the bundled content; the bundled content is checked by `cases validate` and calibration.
const concept = (id: string, aliases: string[]) => ({ id, name: id, aliases, paraphrases: [], shorthand: [] });
beforeAll(async () => {
  const bundled = await bundledCases();
  const base = bundled.find((c) => c.id === 'fraud-detection')!;
  fraud = {
    ...base,
    twists: [
      {
        id: 'labels-later',
        step: 'data',
        change: 'Chargebacks now arrive up to 120 days after the payment. What changes?',
        criteria: [
          { id: 'early-proxies', kind: 'change', description: 'Uses early proxy labels.', concepts: [concept('proxy', ['proxy labels', 'early signals'])] },
          { id: 'censoring', kind: 'change', description: 'Treats recent payments as not yet labelled.', concepts: [concept('censor', ['censored', 'label maturity'])] },
          { id: 'same-features', kind: 'keep', description: 'Keeps the features.', concepts: [concept('features', ['features stay the same'])] },
        ],
      },
    ],
    deepDives: [
      {
        id: 'thresholds',
        step: 'model',
        topic: 'decision thresholds',
        questions: ['How do you set the decline threshold?', 'What if the cost of friction doubles?', 'How do you keep it right as fraud shifts?'],
        criteria: [
          { id: 'cost-threshold', kind: 'change', description: 'Sets the threshold from costs.', concepts: [concept('cost', ['expected cost', 'cost of a false positive'])] },
          { id: 'recalibrate', kind: 'change', description: 'Recalibrates as fraud shifts.', concepts: [concept('recal', ['recalibrate', 'calibration drift'])] },
        ],
      },
    ],
    estimates: [
      { id: 'daily-payments', name: 'payments a day', aliases: ['authorisations a day', 'payments a day'], value: 40e6, given: true, dependsOn: [], derivation: 'stated' },
      { id: 'peak-tps', name: 'peak transactions per second', aliases: ['peak tps', 'transactions per second', 'peak QPS'], value: 2500, given: false, dependsOn: ['daily-payments'], derivation: '40M a day, peaks of 2,500 a second' },
    ],
  };
  cases = bundled.map((c) => (c.id === fraud.id ? fraud : c));
});

function context(prompter: Prompter, store: SessionStore, io = captureIO()): PracticeContext & { io: ReturnType<typeof captureIO> } {
  const grader = new OfflineGrader(cases);
  return { io, prompter, store, cases, width: 80, now: Date.now, grader: async () => ({ grader, notice: 'offline' }), spinner: async () => ({ update() {}, stop() {} }) };
}

function mockSession(level: 'mid' | 'senior' | 'staff' = 'senior', id?: string): Session {
  const budgets = mockBudgetsMs(45, { twist: true, deepDive: true });
  const s = createSession('mock', STEP_IDS.map((step) => ({ caseId: fraud.id, step, budgetMs: budgets.steps[step] })), new Date(), 45);
  return { ...s, ...(id ? { id } : {}), level, exchanges: [], transcript: [] };
}

// Answers with a known gap: accuracy as the headline metric under evaluation, nothing on cold start.
const FIRST: Record<StepId, string> = {
  requirements: 'What latency do we have for a decision? How many payments a day? Peak QPS is about 2.5k, 40M payments a day.',
  framing: 'Binary classification: fraud or not per payment, label from chargebacks, decline or review or approve by score.',
  data: 'Features: card velocity over 1h and 24h, merchant fraud rate, device and IP, amount vs the card history. Labels from chargebacks.',
  model: 'Start with rules plus logistic regression as the baseline because it is fast and explainable, then gradient-boosted trees on the velocity features.',
  evaluation: 'Accuracy is our main metric; we report 99% accuracy on the test set.',
  serving: 'Score in the authorisation path within 40 ms, features from an online store, fallback rules on timeout.',
  monitoring: 'Watch the score distribution, decline rate and chargeback rate per week, alert on drift.',
};

/** Whether the interviewer's last words on screen are a step's question, rather than a probe, twist or deep dive. */
function atStepQuestion(out: string): boolean {
  const header = out.lastIndexOf('/7 ');
  return ['Answer on the same clock', 'A changed requirement', 'Deep dive:'].every((marker) => out.lastIndexOf(marker) < header);
}

describe('the mock interviewer', () => {
  it('probes a gap, pushes back on a mistake, brings in the twist after its step, digs deeper at the end, and scores the conversation', async () => {
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/conversation` });
    const shown: string[] = [];
    const prompter = new ScriptedPrompter({ line: [''] });
    // Each step's first answer from FIRST; probes, the twist and deep-dive questions get short answers.
    let step = 0;
    prompter.answer = async (config: AnswerPromptConfig) => {
      prompter.asked.push(config);
      if (prompter.asked.length > 40) throw new Error('the interview did not end');
      const out = io.output();
      shown.push(out);
      const text = atStepQuestion(out) && step < 7 ? FIRST[STEP_IDS[step++]!] : 'We would use proxy labels from early signals and treat payments from the last 120 days as censored until label maturity; the expected cost of a false positive sets the threshold.';
      return { text, action: 'submit', elapsedMs: (config.timer?.elapsedBeforeMs ?? 0) + 20_000 };
    };
    const io = captureIO();
    const ctx = context(prompter, store, io);
    const handle = new SessionHandle(ctx, mockSession('senior'));
    await runMock(ctx, handle);
    const out = io.output();
    const saved = store.load(handle.session.id);

    // A pushback on the accuracy claim, in the interviewer's words, after the evaluation step.
    expect(out).toMatch(/You said "Accuracy is our main metric[^"]*"\. Positives are a small share/);
    // Probes are never repeated in one interview.
    const probes = saved.items.flatMap((i) => i.followUps.map((f) => f.probe));
    expect(probes.length).toBeGreaterThan(0);
    expect(new Set(probes).size).toBe(probes.length);
    // The twist arrives right after the data step, before the model step's question.
    const twistAt = out.indexOf('Chargebacks now arrive up to 120 days');
    expect(twistAt).toBeGreaterThan(out.indexOf('3/7 Data'));
    expect(twistAt).toBeLessThan(out.indexOf('4/7 Model'));
    // The deep dive follows the last step: three questions, each after the last answer.
    expect(out.indexOf('Deep dive: decision thresholds')).toBeGreaterThan(out.indexOf('7/7 Monitoring'));
    expect(out).toMatch(/You said: "We would use proxy labels[^"]*"\. What if the cost of friction doubles\?/);
    // The scorecard reads the conversation.
    expect(out).toMatch(/At your target level \(senior\): (strong hire|hire|lean no hire|no hire)/);
    expect(out).toMatch(/Raised unprompted: \d+% of the rubric/);
    expect(out).toMatch(/Changed requirement \(after Data and features\): \d+\/100/);
    expect(out).toMatch(/Deep dive: decision thresholds: \d+\/100/);
    expect(out).toMatch(/Estimates checked: \d+/);
    // The steps' time is read against the steps' budget; the rest belongs to the conversation.
    expect(out.replace(/\s+/g, ' ')).toMatch(/Pacing: [\d:]+ used of the steps' [\d:]+ \(the rest of the time is for the changed requirement and the deep dive\)/);
    expect(saved.conversation!.twist!.score).toBeGreaterThan(50);
    expect(saved.conversation!.verdicts.map((v) => v.level)).toEqual(['mid', 'senior', 'staff']);
    // The whole dialogue is saved, in order.
    const kinds = saved.transcript!.map((t) => t.kind);
    expect(kinds[0]).toBe('question');
    expect(kinds).toContain('probe');
    expect(kinds.indexOf('twist')).toBeGreaterThan(kinds.indexOf('question'));
    expect(kinds.filter((k) => k === 'deep-dive')).toHaveLength(3);
    expect(saved.status).toBe('finished');
    // Grading the saved session again (mlsd grade --session) reads it the same way.
    const again = await gradeMockSession(new OfflineGrader(cases), saved, fraud);
    expect(again.grade.score).toBe(saved.grades[0]!.grade.score);
    expect(again.summary).toEqual(saved.conversation);
    // No line wider than the terminal, and the report command on one line, whole.
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(out.split('\n').some((line) => line.includes(`mlsd report ${saved.id}`))).toBe(true);
  });

  it('never quotes a skipped answer back, and grades nothing of it', async () => {
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/skipping` });
    const prompter = new ScriptedPrompter({ line: [''] });
    let step = 0;
    prompter.answer = async (config: AnswerPromptConfig) => {
      prompter.asked.push(config);
      if (prompter.asked.length > 40) throw new Error('the interview did not end');
      const text = atStepQuestion(io.output()) && step < 7 ? FIRST[STEP_IDS[step++]!] : 'skip';
      return { text, action: 'submit', elapsedMs: (config.timer?.elapsedBeforeMs ?? 0) + 20_000 };
    };
    const io = captureIO();
    const handle = new SessionHandle(context(prompter, store, io), mockSession('senior'));
    await runMock(context(prompter, store, io), handle);
    const out = io.output();
    expect(out).toMatch(/Deep dive: /);
    expect(out).not.toMatch(/You said: "skip"/i);
    const saved = store.load(handle.session.id);
    expect(saved.conversation!.prompted).toEqual([]);
    // The transcript says the candidate passed, not that they answered "skip".
    const answers = saved.transcript!.filter((t) => t.who === 'candidate' && t.kind === 'answer').map((t) => t.text);
    expect(answers).toContain('(passed)');
    expect(answers).not.toContain('skip');
    // With a target level, the headline's band is the score's alone.
    expect(out).toMatch(/Overall \d+\/100 +by the score alone: /);
  });

  it('lets the candidate skip a probe, and keeps the transcript across an interruption and resume', async () => {
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/resume` });
    let step = 0;
    let interrupted = false;
    let calls = 0;
    const prompter1 = new ScriptedPrompter({ line: [''] });
    prompter1.answer = async (config: AnswerPromptConfig) => {
      if (++calls > 40) throw new Error('the interview did not end');
      if (io1.output().includes('Chargebacks now arrive') && !interrupted) {
        interrupted = true;
        config.onDraft!('Proxy labels from early', 3_000);
        throw new InterruptedError();
      }
      return { text: atStepQuestion(io1.output()) ? FIRST[STEP_IDS[step++]!] : '', action: 'submit', elapsedMs: (config.timer?.elapsedBeforeMs ?? 0) + 10_000 };
    };
    const io1 = captureIO();
    const ctx1 = context(prompter1, store, io1);
    const handle = new SessionHandle(ctx1, mockSession('mid'));
    const error = await runMock(ctx1, handle).catch((e) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    const mid = store.load(handle.session.id);
    const skipped = mid.items.flatMap((i) => i.followUps).filter((f) => f.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    expect(mid.exchanges).toMatchObject([{ kind: 'twist', state: 'asked', draft: 'Proxy labels from early' }]);
    const before = mid.transcript!.length;

    const io2 = captureIO();
    const prompter2 = new ScriptedPrompter({});
    const initials: string[] = [];
    prompter2.answer = async (config: AnswerPromptConfig) => {
      if (++calls > 80) throw new Error('the interview did not end');
      initials.push(config.initial ?? '');
      return { text: atStepQuestion(io2.output()) && step < 7 ? FIRST[STEP_IDS[step++]!] : 'Proxy labels and censored recent payments; the expected cost sets the threshold.', action: 'submit', elapsedMs: (config.timer?.elapsedBeforeMs ?? 0) + 10_000 };
    };
    const ctx2 = context(prompter2, store, io2);
    await runMock(ctx2, new SessionHandle(ctx2, store.load(handle.session.id)));
    // The open twist comes back with its draft; it is not replaced by a new one.
    expect(initials[0]).toBe('Proxy labels from early');
    const done = store.load(handle.session.id);
    expect(done.exchanges!.filter((e) => e.kind === 'twist')).toHaveLength(1);
    expect(done.transcript!.slice(0, before)).toEqual(mid.transcript);
    expect(done.transcript!.length).toBeGreaterThan(before);
    expect(done.status).toBe('finished');
  });
});

describe('prompted and unprompted credit', () => {
  const coldStart = 'For new cards with no history, back off to BIN, issuer and merchant fraud rates, and route them to step-up checks.';
  it('counts a criterion met only after a probe for less than one met unprompted', async () => {
    const grader = new OfflineGrader(cases);
    const first = { model: FIRST.model };
    const withProbe = { model: `${FIRST.model}\n\n${coldStart}` };
    const unprompted = await gradeAnswers(grader, fraud, first);
    const full = await gradeAnswers(grader, fraud, withProbe);
    const discounted = discountPrompted(fraud, unprompted, full);
    const said = await gradeAnswers(grader, fraud, withProbe);
    const raised = (g: typeof full) => g.steps.find((s) => s.step === 'model')!;
    expect(raised(full).score).toBeGreaterThan(raised(unprompted).score);
    expect(raised(discounted).score).toBeLessThan(raised(said).score);
    expect(raised(discounted).score).toBeGreaterThan(raised(unprompted).score);
    expect(raised(discounted).criteria.some((k) => k.prompted)).toBe(true);
    expect(raised(said).criteria.some((k) => k.prompted)).toBe(false);
  });

  it('does not count a rise whose every quote comes from the first answer as drawn out by a probe', async () => {
    const grader = new OfflineGrader(cases);
    const first = { model: FIRST.model };
    const unprompted = await gradeAnswers(grader, fraud, first);
    const full = await gradeAnswers(grader, fraud, { model: `${FIRST.model}\n\n${coldStart}` });
    const model = (g: typeof full) => g.steps.find((s) => s.step === 'model')!;
    const rose = model(full).criteria.filter((k) => k.score > model(unprompted).criteria.find((b) => b.id === k.id)!.score).map((k) => k.id);
    const quotedFirst = FIRST.model!.split(/(?<=\.)\s/)[0]!;
    const fromFirst = { ...full, steps: full.steps.map((s) => (s.step === 'model' ? { ...s, criteria: s.criteria.map((k) => (rose.includes(k.id) ? { ...k, evidence: [quotedFirst] } : k)) } : s)) };
    for (const k of model(discountPrompted(fraud, unprompted, fromFirst, first)).criteria.filter((x) => rose.includes(x.id))) expect(k.prompted).toBeUndefined();
    // Quotes from the probe's answer still count as drawn out.
    expect(model(discountPrompted(fraud, unprompted, full, first)).criteria.some((k) => k.prompted)).toBe(true);
  });

  it('does not count a rise from loose word overlap alone as drawn out by a probe', async () => {
    const grader = new OfflineGrader(cases);
    const unprompted = await gradeAnswers(grader, fraud, { model: FIRST.model });
    const full = await gradeAnswers(grader, fraud, { model: `${FIRST.model}\n\n${coldStart}` });
    const model = (g: typeof full) => g.steps.find((s) => s.step === 'model')!;
    const rose = model(full).criteria.filter((k) => k.score > model(unprompted).criteria.find((b) => b.id === k.id)!.score).map((k) => k.id);
    expect(rose.length).toBeGreaterThan(0);
    const looseOnly = { ...full, steps: full.steps.map((s) => (s.step === 'model' ? { ...s, criteria: s.criteria.map((k) => (rose.includes(k.id) ? { ...k, loose: true, evidence: [] } : k)) } : s)) };
    const discounted = model(discountPrompted(fraud, unprompted, looseOnly));
    for (const id of rose) {
      expect(discounted.criteria.find((k) => k.id === id)!.prompted).toBeUndefined();
      expect(discounted.criteria.find((k) => k.id === id)!.score).toBe(model(unprompted).criteria.find((k) => k.id === id)!.score);
    }
  });

  it('reads the interview at each level: staff needs more raised unprompted than mid', () => {
    const [mid, senior, staff] = levelVerdicts(70, 0.5, 70, 70);
    expect(mid!.hire).toBe('hire');
    expect(senior!.hire).toBe('lean no hire');
    expect(senior!.reasons[0]).toMatch(/raised 50% of the rubric unprompted; senior needs 60%/);
    expect(staff!.hire).toBe('no hire');
    // A twist handled badly costs the level that expects it, not the one that does not.
    const [midTwist, seniorTwist] = levelVerdicts(70, 0.7, 20, 70);
    expect(midTwist!.hire).toBe('hire');
    expect(seniorTwist!.reasons).toEqual(['adapted to the changed requirement at 20; senior needs 40']);
  });

  it('aims a probe at the weakest criterion the level expects, and never repeats it', async () => {
    const grader = new OfflineGrader(cases);
    const result = await grader.gradeStep({ case: fraud, step: 'model', answer: FIRST.model });
    const probe = chooseProbe(fraud, result, 'senior', [])!;
    expect(probe.criterion).not.toBe('pushback');
    expect(fraud.steps.find((s) => s.id === 'model')!.criteria.find((k) => k.id === probe.criterion)!.probe).toBe(probe.text);
    const next = chooseProbe(fraud, result, 'senior', [{ criterion: probe.criterion, probe: probe.text }]);
    expect(next?.criterion).not.toBe(probe.criterion);
  });
});

describe('estimates against the case facts', () => {
  const input = (text: string) => {
    const analysis = analyze(text);
    return { case: fraud, step: fraud.steps[0]!, analysis, shapes: [], criteria: [], models: new OfflineGrader(cases).models, removed: [] };
  };
  it('flags a figure more than 3x off with the right magnitude, and leaves a right one alone', () => {
    const wrong = estimateCheck(input('Peak TPS around 300k, so we need a big cluster.'));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).toMatch(/peak transactions per second: 300k is off by 120x; from the case's facts it is about 2\.5k/);
    expect(estimateCheck(input('Peak TPS around 3k, fine for a few machines.'))).toEqual([]);
  });
  it('reads byte units, a figure that ends a sentence, and leaves worked arithmetic to the arithmetic check', () => {
    const memory = [{ id: 'embedding-memory', name: 'embedding memory', aliases: ['embedding memory'], value: 2.56e12, given: false, dependsOn: [], derivation: '5B x 128 x 4 bytes' }];
    expect(checkCaseFigures('Embedding memory is about 2.5 TB, so it must be sharded.', memory)).toMatchObject([{ ok: true }]);
    expect(checkCaseFigures('Embedding memory is about 900 MB.', memory)).toMatchObject([{ ok: false, stated: 9e8 }]);
    expect(checkCaseFigures('Peak TPS is 300k.', fraud.estimates)).toMatchObject([{ ok: false, stated: 3e5 }]);
    expect(checkCaseFigures('Peak TPS: 40M payments a day x 3 / 86,400 = about 1.4k.', fraud.estimates)).toEqual([]);
  });
  it('ignores what it cannot parse, and figures derived from the candidate\'s own assumption', () => {
    expect(checkCaseFigures('Peak TPS is high, lots of transactions per second.', fraud.estimates)).toEqual([]);
    // Numbers that are not the figure: part of a token (p99), or a time (30 days).
    expect(checkCaseFigures('peak QPS, p99 split, CPU ranking', fraud.estimates)).toEqual([]);
    expect(checkCaseFigures('read peak TPS for 30 days after launch', fraud.estimates)).toEqual([]);
    expect(checkCaseFigures('Assume 400M payments a day. Peak TPS about 25k.', fraud.estimates)).toEqual([]);
  });
});
