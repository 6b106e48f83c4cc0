import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, StepId } from '../src/cases/schema.js';
import type { Prompter } from '../src/ui/prompts.js';
import { InterruptedError } from '../src/errors.js';
import { OfflineGrader } from '../src/grading/offline.js';
import type { IO } from '../src/io.js';
import { createSession } from '../src/interview/session.js';
import { SessionStore } from '../src/interview/store.js';
import { stepBudgetsMs } from '../src/interview/timer.js';
import { SessionHandle } from '../src/practice/answering.js';
import type { PracticeContext } from '../src/practice/context.js';
import { runDrill } from '../src/practice/drill.js';
import { runMock } from '../src/practice/mock.js';
import type { AnswerPromptConfig, AnswerResult } from '../src/ui/answer-prompt.js';
import { bundledCases, tempDir } from './helpers/library.js';
import { captureIO, ScriptedPrompter, submit } from './helpers/scripted.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
let cases: Case[];
beforeAll(async () => {
  cases = await bundledCases();
});

function context(prompter: Prompter, io: IO, store: SessionStore, now = Date.now): PracticeContext {
  const grader = new OfflineGrader(cases);
  return {
    io,
    prompter,
    store,
    cases,
    width: 100,
    now,
    grader: async () => ({ grader, notice: 'offline' }),
    spinner: async () => ({ update() {}, stop() {} }),
  };
}

describe('drill flow', () => {
  it('grades an answer, shows the talking points only afterwards, probes the weakest gap and regrades with the follow-up', async () => {
    const io = captureIO();
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/drill` });
    const prompter = new ScriptedPrompter({
      answer: [
        (config) => {
          expect(io.output()).not.toMatch(/What a strong answer says/);
          expect(config.message).toMatch(/model/i);
          return submit('I would train a deep neural network on all the payment data and pick the best one.')();
        },
        submit('First a rules baseline and a logistic regression on velocity features, because they are fast and explainable; then gradient-boosted trees. For new cards with no history, back off to BIN and issuer fraud rates.'),
      ],
      choose: ['strong', 'details', 'answer', 'next'],
    });
    const ctx = context(prompter, io, store);
    const handle = new SessionHandle(ctx, createSession('drill', [{ caseId: 'fraud-detection', step: 'model' }]));
    await runDrill(ctx, handle);
    const out = io.output();
    expect(out).toMatch(/What a strong answer says/);
    expect(out).toMatch(/Interviewer: /);
    // The case's title and its tags read apart.
    expect(out).toContain('Real-time card payment fraud detection · payments and fintech · ');
    const saved = store.load(handle.session.id);
    expect(saved.status).toBe('finished');
    const item = saved.items[0]!;
    expect(item.followUps).toHaveLength(1);
    expect(item.followUps[0]!.answer).toMatch(/rules baseline/);
    // The follow-up is graded for what it adds: the delta once, on the probed criterion only.
    const [, before, after] = /With your follow-up: (\d+) -> (\d+) \(\+\d+\)/.exec(out)!;
    expect(Number(after)).toBeGreaterThan(Number(before));
    // The report shows the follow-up's before and after.
    expect(item.followUps[0]!.scores).toEqual({ before: Number(before), after: Number(after) });
    const { markdownReport } = await import('../src/report/session-report.js');
    expect(markdownReport(saved, new Map(cases.map((c) => [c.id, c])))).toContain(`**Follow-up (step ${before} → ${after}):**`);
    // The step's score: once in the summary, once in the full list asked for; not again after the follow-up.
    expect(out.match(/Model development\s+\d+\/100/g)).toHaveLength(2);
    expect(out.match(/With your follow-up/g)).toHaveLength(1);
    const probed = item.followUps[0]!.criterion;
    const firstGrade = saved.items[0]!.result!;
    expect(firstGrade.criteria.find((k) => k.id === probed)!.evidence.join(' ')).toMatch(/rules baseline|logistic regression|BIN/);
  });

  it('lets a follow-up raise only the criterion it probed, and never asks the same probe twice', async () => {
    const { mergeFollowUp, weakestGap } = await import('../src/interview/followup.js');
    const cases = await bundledCases();
    const c = cases.find((x) => x.id === 'fraud-detection')!;
    const grader = new OfflineGrader(cases);
    const answer = 'I would train a deep neural network on all the payment data and pick the best one.';
    const first = grader.gradeStepSync({ case: c, step: 'model', answer });
    const gap = weakestGap(c, first)!;
    // The follow-up answers the probe and also says things about other criteria.
    const followUp = 'For new cards with no history, back off to BIN and issuer fraud rates and device signals; also rules plus a logistic regression baseline, then gradient-boosted trees with class weights.';
    const after = grader.gradeStepSync({ case: c, step: 'model', answer: `${answer}\n\n${followUp}` });
    // Graded whole, the follow-up would lift other criteria too; merged, it lifts only the probed one.
    expect(after.criteria.filter((k) => k.id !== gap.criterion.id && k.score > first.criteria.find((x) => x.id === k.id)!.score).length).toBeGreaterThan(0);
    const merged = mergeFollowUp(first, after, gap.criterion.id, followUp);
    for (const k of merged.result.criteria) {
      if (k.id === gap.criterion.id) continue;
      expect(k, k.id).toEqual(first.criteria.find((x) => x.id === k.id));
    }
    expect(weakestGap(c, merged.result, [gap.criterion.id])?.criterion.id).not.toBe(gap.criterion.id);
  });

  it('saves what was typed when Ctrl-C interrupts, and resumes with the draft', async () => {
    const io = captureIO();
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/interrupt` });
    const prompter = new ScriptedPrompter({
      answer: [
        (config) => {
          config.onDraft!('Half of my answer about calibr', 2_000);
          config.onDraft!('Half of my answer about calibration', 2_500);
          throw new InterruptedError();
        },
      ],
    });
    const ctx = context(prompter, io, store);
    const handle = new SessionHandle(ctx, createSession('drill', [{ caseId: 'ad-click-prediction', step: 'evaluation' }]));
    const error = await runDrill(ctx, handle).catch((e) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    expect(error.message).toContain(`mlsd resume ${handle.session.id}`);
    const saved = store.load(handle.session.id);
    expect(saved.items[0]).toMatchObject({ state: 'drafting', draft: 'Half of my answer about calibration', elapsedMs: 2_500 });

    const resumed = new ScriptedPrompter({ answer: [submit('Normalized cross-entropy and calibration offline; CTR and revenue in an A/B test.')], choose: ['next'] });
    const ctx2 = context(resumed, io, store);
    await runDrill(ctx2, new SessionHandle(ctx2, store.load(handle.session.id)));
    expect(resumed.asked[0]!.initial).toBe('Half of my answer about calibration');
    expect(store.load(handle.session.id).status).toBe('finished');
  });

  it('hands the text to the editor and back on "/edit"', async () => {
    const io = captureIO();
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/editor` });
    const prompter = new ScriptedPrompter({
      answer: [() => ({ text: 'my draft', action: 'editor', elapsedMs: 1000 }), (config) => ({ text: config.initial!, action: 'submit', elapsedMs: 2000 })],
      choose: ['next'],
    });
    const ctx = context(prompter, io, store);
    const handle = new SessionHandle(ctx, createSession('drill', [{ caseId: 'news-feed', step: 'data' }]));
    await runDrill(ctx, handle);
    expect(store.load(handle.session.id).items[0]!.answer).toBe('my draft (edited)');
  });
});

describe('mock interview flow', () => {
  it('answers clarifying questions from the facts, keeps time, moves on at time-up, and ends with a scorecard', async () => {
    const io = captureIO();
    const store = new SessionStore({ MLSD_DATA_DIR: `${tmp.dir}/mock` });
    const budgets = stepBudgetsMs(45);
    const steps = Object.keys(budgets) as StepId[];
    const c = cases.find((x) => x.id === 'fraud-detection')!;
    const volume = c.facts.find((f) => f.topic === 'scale')!;
    const answers = steps.map((step, i) => (config: AnswerPromptConfig): AnswerResult => {
      expect(config.timer!.budgetMs).toBe(budgets[step]);
      expect(config.timer!.hardLimitMs).toBe(budgets[step] * 1.5);
      return { text: `My ${step} answer with gradient-boosted trees and recall at a fixed false-positive rate.`, action: i === 2 ? 'time-up' : 'submit', elapsedMs: budgets[step] * (i === 2 ? 1.5 : 0.8) };
    });
    const prompter = new ScriptedPrompter({ line: [volume.question, 'What is your favourite colour?', ''], answer: answers });
    const ctx = context(prompter, io, store);
    const session = createSession('mock', steps.map((step) => ({ caseId: c.id, step, budgetMs: budgets[step] })), new Date(), 45);
    const handle = new SessionHandle(ctx, session);
    await runMock(ctx, handle);
    const out = io.output();
    expect(out).toContain(volume.answer.slice(0, 40));
    expect(out).toMatch(/That's your call/);
    expect(out).toMatch(/Time's up for this step/);
    expect(out).toMatch(/Scorecard: /);
    expect(out).toMatch(/hire signal: /);
    expect(out).toMatch(/Three changes that would raise your score most\n\s+1\./);
    expect(out).toMatch(/Data and features\s+\d+\/100 .* 12:00 \/ 8:00 over/);
    const saved = store.load(handle.session.id);
    expect(saved.status).toBe('finished');
    expect(saved.grades).toHaveLength(1);
    expect(saved.items[0]!.questions.map((q) => q.factId)).toEqual([volume.id, null]);
    // The step's clock shows while clarifying questions are asked.
    expect(prompter.clocks[0]).toMatchObject({ budgetMs: budgets.requirements, hardLimitMs: budgets.requirements * 1.5 });
    // Time spent asking counts: the second question starts where the first left the clock.
    expect(prompter.clocks[1]!.elapsedBeforeMs).toBeGreaterThanOrEqual(prompter.clocks[0]!.elapsedBeforeMs);
  });
});
