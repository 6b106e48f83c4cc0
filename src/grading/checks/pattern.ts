import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * One wrong claim or one point waved away can be a slip; the same in step after step is how a
 * candidate thinks. When several steps of a whole interview state a mistake, raise a red flag or
 * wave away what interviewers listen for, every step is held low. Judged on the set, like the
 * generic check; measured on the labelled set, strong and mid-level interviews have at most one
 * such step.
 */
const PATTERN_KINDS: ReadonlySet<string> = new Set(['mistake', 'red-flag', 'dismissed']);

export function patternCheck(stepChecks: CheckResult[][]): CheckResult | undefined {
  const flagged = stepChecks.filter((checks) => checks.some((r) => PATTERN_KINDS.has(r.kind))).length;
  if (flagged < TUNING.pattern.minSteps) return undefined;
  return {
    kind: 'pattern',
    message: `A pattern across the interview: ${flagged} steps state a mistake, raise a red flag or wave away a point interviewers listen for (see the flags above); each step is held at ${TUNING.caps.pattern}.`,
    cap: TUNING.caps.pattern,
  };
}
