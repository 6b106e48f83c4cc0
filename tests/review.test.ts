import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../src/cases/schema.js';
import { planNext } from '../src/commands/next.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { commitAnswer, createSession, recordItemGrade } from '../src/interview/session.js';
import { SessionStore } from '../src/interview/store.js';
import { dueCards, dueOf, emptySchedule, reviewStep, syncCards } from '../src/review/schedule.js';
import { isolatedEnv, runMain } from './helpers/cli.js';
import { bundledCases, tempDir } from './helpers/library.js';

// Spaced review: a missed criterion becomes a card; `mlsd next` names it when due; answering it reschedules it.

const tmp = tempDir();
afterAll(() => tmp.remove());
let cases: Case[];
let grader: OfflineGrader;
beforeAll(async () => {
  cases = await bundledCases();
  grader = new OfflineGrader(cases);
});

const THIN = 'I would use a gradient boosted tree model on the transaction features.';
const FULL =
  'Baseline first: the existing rules plus a logistic regression on amount, merchant category and card velocity, because it is cheap, explainable and sets the bar. ' +
  'Then gradient-boosted trees, since they handle mixed tabular features; fraud is 0.12%, so I downsample legitimate payments and reweight, and new cards and merchants back off to BIN and merchant-category priors.';

function drilled(answer: string, at: Date) {
  const c = cases.find((x) => x.id === 'fraud-detection')!;
  let s = createSession('drill', [{ caseId: c.id, step: 'model' }], at);
  s = commitAnswer(s, 0, answer, 1000);
  return recordItemGrade(s, 0, grader.gradeStepSync({ case: c, step: 'model', answer }), grader.info);
}

describe('spaced review of what was missed', () => {
  it('makes a card for every criterion missed or only named, due at once', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const schedule = syncCards(emptySchedule(), [drilled(THIN, now)], now);
    const keys = schedule.cards.map((c) => c.key);
    expect(keys).toContain('fraud-detection/model/rules-and-linear-baseline');
    expect(dueCards(schedule, now).map((c) => c.key)).toEqual(expect.arrayContaining(keys));
    // Syncing again adds nothing.
    expect(syncCards(schedule, [drilled(THIN, now)], now).cards).toHaveLength(schedule.cards.length);
  });

  it('names a due card in the plan, with the drill that reviews it', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const schedule = syncCards(emptySchedule(), [drilled(THIN, now)], now);
    const plan = planNext(cases, [drilled(THIN, now)], schedule.cards, now);
    const card = plan.due.find((d) => d.criterion === 'rules-and-linear-baseline')!;
    expect(card.command).toBe('mlsd drill fraud-detection --step model');
    expect(card.name).not.toBe('rules-and-linear-baseline');
  });

  it('reschedules a card when the step is answered again: far when it is now explained, soon when still missed', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const schedule = syncCards(emptySchedule(), [drilled(THIN, now)], now);
    const c = cases.find((x) => x.id === 'fraud-detection')!;
    const later = new Date('2026-12-01T11:00:00Z');
    const good = reviewStep(schedule, c.id, grader.gradeStepSync({ case: c, step: 'model', answer: FULL }), later);
    const again = reviewStep(schedule, c.id, grader.gradeStepSync({ case: c, step: 'model', answer: THIN }), later);
    const key = 'fraud-detection/model/rules-and-linear-baseline';
    const dueGood = dueOf(good.cards.find((k) => k.key === key)!);
    const dueAgain = dueOf(again.cards.find((k) => k.key === key)!);
    expect(dueGood.getTime()).toBeGreaterThan(dueAgain.getTime());
    expect(dueAgain.getTime() - later.getTime()).toBeLessThan(60 * 60 * 1000);
    expect(dueCards(good, later).map((k) => k.key)).not.toContain(key);
    expect(good.cards.find((k) => k.key === key)!.reviews).toBe(1);
  });

  it('mlsd next reads the sessions, saves the schedule and lists what is due', async () => {
    const env = isolatedEnv(join(tmp.dir, 'next'));
    new SessionStore(env).save(drilled(THIN, new Date()));
    const r = await runMain(['next', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.due.map((d: { criterion: string }) => d.criterion)).toContain('rules-and-linear-baseline');
    const text = await runMain(['next'], env);
    expect(text.stdout).toMatch(/Due for review: \d+ points? you missed/);
    expect(text.stdout).toMatch(/→ mlsd drill fraud-detection --step model/);
  });
});
