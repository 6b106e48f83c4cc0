import type { Case, Criterion, StepId } from '../cases/schema.js';
import { stepScore } from '../grading/score.js';
import type { CriterionResult, StepResult } from '../grading/types.js';

/** The criterion with the most points left on the table; heavier criteria win ties. A criterion already probed is not probed again. */
export function weakestGap(c: Case, result: StepResult, alreadyProbed: readonly string[] = []): { criterion: Criterion; result: CriterionResult } | undefined {
  const step = c.steps.find((s) => s.id === result.step)!;
  let best: { criterion: Criterion; result: CriterionResult; gap: number } | undefined;
  for (const r of result.criteria) {
    const criterion = step.criteria.find((k) => k.id === r.id);
    if (!criterion || alreadyProbed.includes(r.id)) continue;
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

/**
 * A follow-up is graded for what it adds: only the criterion it probed can rise, its evidence
 * comes from the follow-up answer, and every other criterion keeps what the first answer earned.
 * Returns the merged result and the criterion that moved, if it did.
 */
export function mergeFollowUp(
  before: StepResult,
  after: StepResult,
  probed: string,
  followUpAnswer: string,
): { result: StepResult; criterion: CriterionResult | undefined; delta: number } {
  const criteria = before.criteria.map((k) => {
    if (k.id !== probed) return k;
    const moved = after.criteria.find((x) => x.id === k.id);
    if (!moved || moved.score <= k.score) return k;
    const inFollowUp = moved.evidence.filter((q) => followUpAnswer.includes(q));
    return { ...moved, evidence: inFollowUp.length > 0 ? inFollowUp : moved.evidence };
  });
  const score = stepScore(criteria);
  const criterion = criteria.find((k) => k.id === probed);
  return { result: { ...before, criteria, score }, criterion, delta: score - before.score };
}
