import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * One wrong claim or one point waved away can be a slip; the same in step after step is how a
 * candidate thinks. When several steps of a whole interview state a mistake, raise a red flag or
 * wave away what interviewers listen for, every step is held low; so are three such claims in two
 * steps, and two steps of them in an answer set of listed terms that seldom gives a reason (a
 * template of named techniques). Judged on the set, like the generic check; on the labelled set, no strong or
 * mid-level interview has flags in more than one step (see TUNING.pattern).
 */
const PATTERN_KINDS: ReadonlySet<string> = new Set(['mistake', 'red-flag', 'dismissed']);

export function patternCheck(stepChecks: CheckResult[][], writing = { reasoned: 1, listed: 0 }): CheckResult | undefined {
  const counts = stepChecks.map((checks) => checks.filter((r) => PATTERN_KINDS.has(r.kind)).length);
  const flagged = counts.filter((n) => n > 0).length;
  const flags = counts.reduce((a, b) => a + b, 0);
  const { minSteps, fewerSteps, manyFlags, fewReasons, listed } = TUNING.pattern;
  const unexplained = flagged >= fewerSteps && writing.reasoned < fewReasons && writing.listed >= listed;
  if (flagged < minSteps && !(flagged >= fewerSteps && flags >= manyFlags) && !unexplained) return undefined;
  const where = flagged < minSteps && flags >= manyFlags ? `${flags} flags in ${flagged} steps` : `${flagged} steps`;
  const context = flagged < minSteps && flags < manyFlags ? ', in an answer set that seldom says why it chooses anything' : '';
  return {
    kind: 'pattern',
    message: `A pattern across the interview: ${where} state a mistake, raise a red flag or wave away a point interviewers listen for${context} (see the flags above); each step is held at ${TUNING.caps.pattern}.`,
    cap: TUNING.caps.pattern,
  };
}
