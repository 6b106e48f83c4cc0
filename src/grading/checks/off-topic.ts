import { judgeRelevance } from '../relevance.js';
import { TUNING } from '../tuning.js';
import type { StepCheck } from './types.js';

/** An answer written for another problem: another case in the library explains its words far better. */
export const offTopicCheck: StepCheck = ({ case: c, analysis, models }) => {
  const relevance = judgeRelevance(models.relevance, c.id, analysis);
  if (!relevance.offTopic) return [];
  return [
    {
      kind: 'off-topic',
      message: `This reads like an answer to another problem ("${relevance.best.id}"), not to ${c.title}; capped.`,
      cap: TUNING.caps.offTopic,
    },
  ];
};
