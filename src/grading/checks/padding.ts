import { concreteCount, listShare } from '../../text/shape.js';
import { distinctiveTerms } from '../relevance.js';
import { TUNING } from '../tuning.js';
import type { StepCheck } from './types.js';

/** Long and empty: many words that name almost no concrete technique, metric, number or fact of the case. */
export const paddingCheck: StepCheck = ({ case: c, analysis, shapes, criteria, models }) => {
  const { minWords, concretePer100, technicalPer100 } = TUNING.rambling;
  if (analysis.wordCount < minWords) return [];
  // A keyword list is the stuffing check's business.
  if (listShare(analysis, shapes) >= TUNING.stuffing.share) return [];
  const technical = concreteCount(analysis);
  const concrete = 2 * technical + distinctiveTerms(models.relevance, c.id, analysis);
  const named = criteria.reduce((n, k) => n + k.covered.length, 0);
  const per100 = (n: number) => (100 * n) / Math.max(1, analysis.wordCount);
  if (per100(concrete) >= concretePer100 && !(named === 0 && per100(technical) < technicalPer100)) return [];
  return [
    {
      kind: 'rambling',
      message: `${analysis.wordCount} words that name almost no concrete technique, metric or number; capped. Be specific.`,
      cap: TUNING.caps.rambling,
    },
  ];
};
