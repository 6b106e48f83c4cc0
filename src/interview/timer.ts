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
