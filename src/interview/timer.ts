import type { StepId } from '../cases/schema.js';
import { STEP_IDS } from '../cases/steps.js';

/** Minutes of a 45-minute interview per step; other lengths scale these. */
export const STEP_MINUTES: Record<StepId, number> = {
  requirements: 5,
  framing: 5,
  data: 8,
  model: 10,
  evaluation: 7,
  serving: 7,
  monitoring: 3,
};

/** A step over budget gets a nudge; at this multiple of its budget the interview moves on. */
export const HARD_LIMIT_FACTOR = 1.5;

/** Minutes of a 45-minute interview for the conversation beyond the steps: a changed requirement, a deep dive. */
export const CONVERSATION_MINUTES = { twist: 3, deepDive: 6 } as const;

/**
 * Budgets when the interview also has a changed requirement and a deep dive: the steps share
 * what is left once those have their part.
 */
export function mockBudgetsMs(totalMinutes: number, conversation: { twist: boolean; deepDive: boolean }): { steps: Record<StepId, number>; twist: number; deepDive: number } {
  const stepUnits = STEP_IDS.reduce((sum, id) => sum + STEP_MINUTES[id], 0);
  const twist = conversation.twist ? CONVERSATION_MINUTES.twist : 0;
  const deepDive = conversation.deepDive ? CONVERSATION_MINUTES.deepDive : 0;
  const scale = totalMinutes / (stepUnits + twist + deepDive);
  return {
    steps: stepBudgetsMs((stepUnits * scale)),
    twist: Math.round(twist * scale * 60_000),
    deepDive: Math.round(deepDive * scale * 60_000),
  };
}

export function stepBudgetsMs(totalMinutes: number): Record<StepId, number> {
  const total = STEP_IDS.reduce((sum, id) => sum + STEP_MINUTES[id], 0);
  return Object.fromEntries(STEP_IDS.map((id) => [id, Math.round((STEP_MINUTES[id] / total) * totalMinutes * 60_000)])) as Record<StepId, number>;
}

export function hardLimitMs(budgetMs: number): number {
  return Math.round(budgetMs * HARD_LIMIT_FACTOR);
}

export interface Pacing {
  step: StepId;
  usedMs: number;
  budgetMs: number;
  /** used / budget. */
  ratio: number;
}

export function pacingOf(items: { step: StepId; elapsedMs: number; budgetMs: number | null }[]): Pacing[] {
  return items
    .filter((i) => i.budgetMs)
    .map((i) => ({ step: i.step, usedMs: i.elapsedMs, budgetMs: i.budgetMs!, ratio: i.elapsedMs / i.budgetMs! }));
}
