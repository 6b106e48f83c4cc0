import type { Case, Criterion, Step, StepId } from '../cases/schema.js';
import type { CheckResult } from './checks/types.js';
import type { CriterionResult, Flag, Grade, GraderInfo, HireSignal, StepResult } from './types.js';

// Points are summed here, in code, never by a model: a criterion earns level x weight of 3 x weight.

export const MAX_LEVEL = 3;

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function criterionMax(criterion: Criterion): number {
  return MAX_LEVEL * criterion.weight;
}

export function pointsFor(level: number, criterion: Criterion): number {
  return round1(Math.max(0, Math.min(MAX_LEVEL, level)) * criterion.weight);
}

export function stepScore(criteria: CriterionResult[]): number {
  const max = criteria.reduce((sum, c) => sum + c.max, 0);
  const got = criteria.reduce((sum, c) => sum + c.score, 0);
  return max === 0 ? 0 : Math.round((100 * got) / max);
}

/** Scales every criterion of a step down so that the step scores at most `cap` (0-100). */
export function capStep(criteria: CriterionResult[], cap: number): CriterionResult[] {
  const current = stepScore(criteria);
  if (current <= cap || current === 0) return criteria;
  // Rounded down, so that rounding never lifts the step above its cap.
  const factor = cap / current;
  const down = (n: number) => Math.floor(n * factor * 10) / 10;
  return criteria.map((c) => ({ ...c, score: down(c.score), level: down(c.level) }));
}

/**
 * What the checks do to a step, in one order: levels are held first (a keyword list is "named" at
 * most), then penalties come off the step's score, then shares and caps bound what is left.
 */
export function applyChecks(step: Step, criteria: CriterionResult[], checks: CheckResult[]): CriterionResult[] {
  const maxLevel = Math.min(MAX_LEVEL, ...checks.map((r) => r.maxLevel ?? MAX_LEVEL));
  let out = criteria;
  if (maxLevel < MAX_LEVEL) {
    out = out.map((k) => {
      if (k.level <= maxLevel) return k;
      const criterion = step.criteria.find((x) => x.id === k.id)!;
      return { ...k, level: maxLevel, score: pointsFor(maxLevel, criterion) };
    });
  }
  const score = stepScore(out);
  let target = score - checks.reduce((sum, r) => sum + (r.floor === undefined ? (r.penalty ?? 0) : 0), 0);
  for (const r of checks) if (r.floor !== undefined && r.penalty) target = Math.max(target - r.penalty, Math.min(target, r.floor));
  for (const r of checks) {
    if (r.keep !== undefined) target = Math.min(target, Math.floor(score * r.keep));
    if (r.cap !== undefined) target = Math.min(target, r.cap);
  }
  return target < score ? capStep(out, Math.max(0, target)) : out;
}

export function hireSignal(score: number): HireSignal {
  if (score >= 80) return 'strong hire';
  if (score >= 65) return 'hire';
  if (score >= 45) return 'lean no hire';
  return 'no hire';
}

export function unansweredStep(c: Case, stepId: StepId): StepResult {
  const step = c.steps.find((s) => s.id === stepId)!;
  return {
    step: stepId,
    answered: false,
    score: 0,
    criteria: step.criteria.map((criterion) => ({
      id: criterion.id,
      dimension: criterion.dimension,
      level: 0,
      score: 0,
      max: criterionMax(criterion),
      evidence: [],
      feedback: 'Unanswered.',
      covered: [],
      missing: criterion.concepts.map((k) => k.name),
    })),
    improvement: `Answer this step: ${step.question}`,
    flags: [{ kind: 'unanswered', step: stepId, message: `The ${stepId} step was not answered.` }],
  };
}

/** 0-100 per dimension: points earned over points possible, across every criterion given. */
export function dimensionScores(criteria: Pick<CriterionResult, 'dimension' | 'score' | 'max'>[]): Record<string, number> {
  const totals = new Map<string, { got: number; max: number }>();
  for (const criterion of criteria) {
    const t = totals.get(criterion.dimension) ?? { got: 0, max: 0 };
    t.got += criterion.score;
    t.max += criterion.max;
    totals.set(criterion.dimension, t);
  }
  const dimensions: Record<string, number> = {};
  // Dimensions are slugs ([a-z0-9-]), which sort alike by code unit and by locale; comparing code
  // units spares the first grade of a process the collator's start-up (several milliseconds).
  for (const [dimension, t] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    dimensions[dimension] = t.max === 0 ? 0 : Math.round((100 * t.got) / t.max);
  }
  return dimensions;
}

/** Builds the whole grade from step results, in the case's step order. */
export function aggregate(c: Case, grader: GraderInfo, results: StepResult[], only?: readonly StepId[]): Grade {
  const byStep = new Map(results.map((r) => [r.step, r]));
  // A drill covers some steps: its grade is over those alone, not the whole interview.
  const steps = c.steps.filter((s) => !only || only.includes(s.id)).map((s) => byStep.get(s.id) ?? unansweredStep(c, s.id));
  const all = steps.flatMap((s) => s.criteria);
  const dimensions = dimensionScores(all);
  const score = stepScore(all);
  // A check judged on the whole set (generic, pattern) is said once for the interview, not per step.
  const seen = new Set<string>();
  const flags: Flag[] = steps.flatMap((s) => s.flags).flatMap((f) => {
    if (f.kind !== 'generic' && f.kind !== 'pattern') return [f];
    if (seen.has(f.kind)) return [];
    seen.add(f.kind);
    const { step: _step, ...whole } = f;
    return [whole];
  });
  return { case: c.id, grader, score, hire: hireSignal(score), steps, dimensions, flags };
}
