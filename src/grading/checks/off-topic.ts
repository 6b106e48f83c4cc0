import { judgeRelevance } from '../relevance.js';
import { TUNING } from '../tuning.js';
import type { StepCheck } from './types.js';

/**
 * An answer written for another problem: another case in the library explains its words far better.
 * Inside an interview that as a whole answers this case, a step must be much further off to count:
 * a harmful-content model step about multilingual encoders and video keyframes shares words with
 * video search without being an answer to it.
 */
export const offTopicCheck: StepCheck = ({ case: c, analysis, models, inOnTopicInterview }) => {
  // A short note says too little to tell which problem it answers; the interview it sits in does.
  if (inOnTopicInterview && analysis.wordCount < TUNING.relevance.minWordsInInterview) return [];
  const relevance = judgeRelevance(models.relevance, c.id, analysis, inOnTopicInterview ? TUNING.relevance.ratioInOnTopicInterview : TUNING.relevance.ratio);
  if (!relevance.offTopic) return [];
  return [
    {
      kind: 'off-topic',
      message: `This reads like an answer to another problem ("${relevance.best.id}"), not to ${c.title}; capped.`,
      cap: TUNING.caps.offTopic,
    },
  ];
};
