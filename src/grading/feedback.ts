import type { Case, Criterion, Step } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import type { CriterionResult, Grade } from './types.js';

// Feedback in the rubric's own words: what the next level looks like for this criterion.

/** Lowercases a leading capital, but not an acronym's ("PR-AUC", "NDCG@10" stay as they are). */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function listNames(names: string[], max = 3): string {
  const shown = names.slice(0, max).map(lowerFirst);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/**
 * What was not found is reported as not found, with what a strong answer says; never the rubric's
 * level-0 descriptor as a verdict on the answer.
 */
export function criterionFeedback(criterion: Criterion, level: number, missing: string[], options: { loose?: boolean; mentioned?: string[] } = {}): string {
  const { levels } = criterion;
  const loose = options.loose ? ' (Credited from shared words only: the offline grader reads words, not meaning.)' : '';
  if (level <= 0) {
    const hint = missing.length > 0 ? ` For example: ${listNames(missing)}.` : '';
    // The words are there but no explanation was found: say so, rather than "not found".
    if (options.mentioned && options.mentioned.length > 0) {
      return `Your answer mentions ${listNames(options.mentioned, 2)}, but the grader found no explanation of it here: ${lowerFirst(criterion.description.trim())} A strong answer: ${levels.explained}`;
    }
    return `Not found in your answer: ${lowerFirst(criterion.description.trim())} A strong answer: ${levels.explained}${hint}`;
  }
  if (level === 1) return `Named, not explained. Next level: ${levels.explained}${loose}`;
  if (level === 2) {
    const also = missing.length > 0 ? ` Also cover ${listNames(missing, 2)}.` : '';
    return `Explained. For full marks: ${levels.justified}${also}${loose}`;
  }
  return `Justified. ${levels.justified}${loose}`;
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
  // Held by what the case turns on, better steps cannot lift the score: taking those up comes first.
  const traps = grade.flags.find((f) => f.kind === 'traps')?.traps;
  const short = traps
    ? [traps.leftOut.length > 0 ? `Left out here: ${traps.leftOut.join('; ')}.` : '', traps.general?.length ? `Taken up only in general terms (tie them to this case's facts and numbers): ${traps.general.join('; ')}.` : ''].filter(Boolean)
    : [];
  const first = traps ? [`The whole interview: take up what this case turns on. ${short.join(' ')}`] : [];
  return [
    ...first,
    ...gaps
      .filter((g) => g.gap > 0.05)
      .sort((a, b) => b.gap - a.gap)
      .map((g) => g.text),
  ].slice(0, n);
}
