import { bareListShare, listShare } from '../../text/shape.js';
import { TUNING } from '../tuning.js';
import type { StepCheck } from './types.js';

/**
 * A keyword list: most of the words sit in bare terms that nothing relates ("PR-AUC, calibration,
 * A/B test"). Terse notes that relate things (arrows, `key: value`, reasons, numbers with units)
 * are explanation and are not caught here. Requirements are exempt: a list of topics to ask about
 * is how clarifying questions are written down.
 */
export const stuffingCheck: StepCheck = ({ step, analysis, shapes }) => {
  // Clarifying questions are jotted as short topics ("- LLM budget", "- peak QPS?"): each is a
  // question to the interviewer, and a bare topic already earns no more than "named".
  if (step.id === 'requirements') return [];
  if (analysis.wordCount < TUNING.stuffing.minWords || listShare(analysis, shapes) < TUNING.stuffing.share) return [];
  // A checklist whose items carry qualifiers ("zero-result (5%)", "p99 per stage") is specific: it
  // is a keyword list when the bare terms themselves are most of it, or when it runs on and on.
  const { share, pieces } = bareListShare(analysis, shapes);
  if (share < TUNING.stuffing.share && pieces < TUNING.stuffing.longList) return [];
  const firstList = analysis.sentences.find((_, i) => shapes[i]!.listLike);
  return [
    {
      kind: 'stuffing',
      message: 'Mostly a list of bare terms: named, not explained, so capped. Say what each choice does here and why (a reason, a number, a consequence).',
      quote: firstList?.text,
      maxLevel: 1,
      cap: TUNING.caps.stuffing,
    },
  ];
};
