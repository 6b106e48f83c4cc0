import { checkEstimates, formatQuantity } from '../../text/estimates.js';
import { TUNING } from '../tuning.js';
import type { CheckResult, StepCheck } from './types.js';

/**
 * Back-of-envelope arithmetic that does not add up: a stated result more than 3x from what its own
 * figures give is flagged with the right order of magnitude, and costs the step a little. Figures
 * the code cannot reconstruct are left alone.
 */
export const estimateCheck: StepCheck = ({ analysis }) => {
  const out: CheckResult[] = [];
  for (const check of checkEstimates(analysis.text)) {
    if (check.ok) continue;
    out.push({
      kind: 'estimate',
      message: `"${check.text}" does not add up: its own figures give about ${formatQuantity(check.computed)}, not ${formatQuantity(check.stated)} (off by ${Math.round(check.factor)}x)`,
      quote: check.text,
      penalty: out.length === 0 ? TUNING.estimatePenalty : 0,
    });
  }
  return out;
};
