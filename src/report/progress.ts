import { dimensionScores } from '../grading/score.js';
import type { CriterionResult } from '../grading/types.js';
import type { Session } from '../interview/session.js';

/**
 * Scores per dimension over time, one point per graded session, the weakest dimension on recent
 * answers, and the drill that would help most with it.
 */
export interface DimensionTrend {
  dimension: string;
  scores: number[];
  latest: number;
  mean: number;
}

export interface Progress {
  points: number;
  since: string | null;
  dimensions: DimensionTrend[];
  /** The weakest dimension on recent answers, and the criterion of it where most was lost. */
  weakest: { dimension: string; recent: number; worst: { caseId: string; step: string; criterion: string } | null } | null;
}

const RECENT = 3;

interface Located extends CriterionResult {
  caseId: string;
  step: string;
}

function criteriaOf(session: Session): Located[] {
  const latest = session.grades[session.grades.length - 1];
  if (latest) {
    return latest.grade.steps.filter((s) => s.answered).flatMap((s) => s.criteria.map((k) => ({ ...k, caseId: latest.caseId, step: s.step })));
  }
  return session.items.filter((i) => i.result).flatMap((i) => i.result!.criteria.map((k) => ({ ...k, caseId: i.caseId, step: i.step })));
}

export function progressOf(sessions: Session[]): Progress {
  const graded = sessions
    .map((s) => ({ s, criteria: criteriaOf(s) }))
    .filter((x) => x.criteria.length > 0)
    .sort((a, b) => a.s.createdAt.localeCompare(b.s.createdAt));
  const series = new Map<string, number[]>();
  const recentCriteria: Located[] = [];
  graded.forEach(({ criteria }, i) => {
    for (const [d, score] of Object.entries(dimensionScores(criteria))) {
      const list = series.get(d) ?? [];
      list.push(score);
      series.set(d, list);
    }
    if (i >= graded.length - RECENT) recentCriteria.push(...criteria);
  });
  const dimensions = [...series]
    .map(([dimension, scores]) => ({
      dimension,
      scores,
      latest: scores[scores.length - 1]!,
      mean: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    }))
    .sort((a, b) => a.dimension.localeCompare(b.dimension));

  let weakest: Progress['weakest'] = null;
  const ranked = dimensions.map((d) => ({ d, recent: Math.round(d.scores.slice(-RECENT).reduce((a, b) => a + b, 0) / Math.min(RECENT, d.scores.length)) })).sort((a, b) => a.recent - b.recent);
  if (ranked[0]) {
    const dimension = ranked[0].d.dimension;
    const worst = recentCriteria.filter((k) => k.dimension === dimension).sort((a, b) => a.score / a.max - b.score / b.max)[0];
    weakest = {
      dimension,
      recent: ranked[0].recent,
      worst: worst ? { caseId: worst.caseId, step: worst.step, criterion: worst.id } : null,
    };
  }
  return { points: graded.length, since: graded[0]?.s.createdAt ?? null, dimensions, weakest };
}
