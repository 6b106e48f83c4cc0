import type { Case, Criterion, StepId } from '../cases/schema.js';
import type { CriterionResult, StepResult } from '../grading/types.js';

/** The criterion with the most points left on the table; heavier criteria win ties. */
export function weakestGap(c: Case, result: StepResult): { criterion: Criterion; result: CriterionResult } | undefined {
  const step = c.steps.find((s) => s.id === result.step)!;
  let best: { criterion: Criterion; result: CriterionResult; gap: number } | undefined;
  for (const r of result.criteria) {
    const criterion = step.criteria.find((k) => k.id === r.id);
    if (!criterion) continue;
    const gap = r.max - r.score;
    if (gap <= 0.05) continue;
    if (!best || gap > best.gap || (gap === best.gap && criterion.weight > best.criterion.weight)) best = { criterion, result: r, gap };
  }
  return best && { criterion: best.criterion, result: best.result };
}

/** Steps whose criteria cover a dimension, for drills focused across cases. */
export function stepsForDimension(c: Case, dimension: string): StepId[] {
  return c.steps.filter((s) => s.criteria.some((k) => k.dimension === dimension)).map((s) => s.id);
}
