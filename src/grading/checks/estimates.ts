import { checkCaseFigures, checkEstimates, formatQuantity } from '../../text/estimates.js';
import { TUNING } from '../tuning.js';
import type { CheckResult, StepCheck } from './types.js';

/**
 * Back-of-envelope figures that do not hold: a stated result more than 3x from what its own
 * figures give, or a figure of the case (peak requests, index size) more than 3x from what the
 * case's facts give, is flagged with the right order of magnitude and costs the step a little
 * (once). Figures the code cannot reconstruct are left alone.
 */
export const estimateCheck: StepCheck = ({ analysis, case: c }) => {
  const out: CheckResult[] = [];
  const penalty = () => (out.length === 0 ? TUNING.estimatePenalty : 0);
  for (const check of checkEstimates(analysis.text)) {
    if (check.ok) continue;
    out.push({
      kind: 'estimate',
      message: `"${check.text}" does not add up: its own figures give about ${formatQuantity(check.computed)}, not ${formatQuantity(check.stated)} (off by ${Math.round(check.factor)}x)`,
      quote: check.text,
      penalty: penalty(),
    });
  }
  for (const claim of checkCaseFigures(analysis.text, c.estimates ?? [])) {
    if (claim.ok) continue;
    out.push({
      kind: 'estimate',
      message: `${claim.name}: ${formatQuantity(claim.stated)} is off by ${Math.round(claim.factor)}x; from the case's facts it is about ${formatQuantity(claim.expected)} (${claim.derivation})`,
      quote: claim.text,
      penalty: penalty(),
    });
  }
  return out;
};
