import { STEP_TITLES, type Case, type Criterion, type Step } from '../cases/schema.js';
import type { CriterionResult, Grade } from './types.js';

// Feedback in the rubric's own words: what the next level looks like for this criterion.

function listNames(names: string[], max = 3): string {
  const shown = names.slice(0, max).map((n) => n.charAt(0).toLowerCase() + n.slice(1));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export function criterionFeedback(criterion: Criterion, level: number, missing: string[]): string {
  const { levels } = criterion;
  if (level <= 0) {
    const hint = missing.length > 0 ? ` For example: ${listNames(missing)}.` : '';
    return `Missing. ${levels.absent} To earn credit: ${levels.explained}${hint}`;
  }
  if (level === 1) return `Named, not explained. Next level: ${levels.explained}`;
  if (level === 2) {
    const also = missing.length > 0 ? ` Also cover ${listNames(missing, 2)}.` : '';
    return `Explained. For full marks: ${levels.justified}${also}`;
  }
  return `Justified. ${levels.justified}`;
}

/** The one change that would raise the step's score most: the biggest weighted gap. */
export function stepImprovement(step: Step, results: CriterionResult[]): string {
  let best: { result: CriterionResult; criterion: Criterion; gap: number } | undefined;
  for (const result of results) {
    const criterion = step.criteria.find((k) => k.id === result.id);
    if (!criterion) continue;
    const gap = result.max - result.score;
    if (!best || gap > best.gap) best = { result, criterion, gap };
  }
  if (!best || best.gap <= 0.05) return 'Strong step. Practise saying it within the time budget.';
  const { result, criterion } = best;
  const target = result.level < 1.5 ? criterion.levels.explained : criterion.levels.justified;
  return `[${criterion.dimension}] ${target}`;
}

/** The changes that would raise a whole grade most: the largest gaps in points, across steps. */
export function topChanges(c: Case, grade: Grade, n = 3): string[] {
  const gaps: { gap: number; text: string }[] = [];
  for (const stepResult of grade.steps) {
    const step = c.steps.find((s) => s.id === stepResult.step);
    if (!step) continue;
    if (!stepResult.answered) {
      const gap = stepResult.criteria.reduce((sum, k) => sum + k.max, 0);
      gaps.push({ gap, text: `${STEP_TITLES[step.id]}: answer it. ${step.question}` });
      continue;
    }
    for (const result of stepResult.criteria) {
      const criterion = step.criteria.find((k) => k.id === result.id);
      if (!criterion) continue;
      const next = result.level < 1.5 ? criterion.levels.explained : criterion.levels.justified;
      gaps.push({ gap: result.max - result.score, text: `${STEP_TITLES[step.id]}: ${next}` });
    }
  }
  return gaps
    .filter((g) => g.gap > 0.05)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, n)
    .map((g) => g.text);
}
