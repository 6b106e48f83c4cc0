import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * One wrong claim or one point waved away can be a slip; the same in step after step is how a
 * candidate thinks. When several steps of a whole interview state a mistake, raise a red flag or
 * wave away what interviewers listen for, every step is held low; so are three such claims in two
 * steps, and two steps of them in an answer set of listed terms that seldom gives a reason (a
 * template of named techniques). Judged on the set, like the generic check. On the labelled set,
 * strong interviews and dense notes have flags in one step at most, and two mid-level interviews in
 * two (see TUNING.pattern).
 */
const PATTERN_KINDS: ReadonlySet<string> = new Set(['mistake', 'red-flag', 'dismissed']);

/** `writing` gives the set's shares of reasoned and listed words; asked only when two steps are flagged. */
export function patternCheck(stepChecks: CheckResult[][], writing: () => { reasoned: number; listed: number } = () => ({ reasoned: 1, listed: 0 })): CheckResult | undefined {
  const counts = stepChecks.map((checks) => checks.filter((r) => PATTERN_KINDS.has(r.kind)).length);
  const flagged = counts.filter((n) => n > 0).length;
  const flags = counts.reduce((a, b) => a + b, 0);
  const { minSteps, fewerSteps, manyFlags, fewReasons, listed } = TUNING.pattern;
  const byCount = flagged >= minSteps || (flagged >= fewerSteps && flags >= manyFlags);
  if (!byCount) {
    if (flagged < fewerSteps) return undefined;
    const shares = writing();
    if (!(shares.reasoned < fewReasons && shares.listed >= listed)) return undefined;
  }
  const where = flagged < minSteps && byCount ? `${flags} flags in ${flagged} steps` : `${flagged} steps`;
  const context = byCount ? '' : ', in an answer set that seldom says why it chooses anything';
  return {
    kind: 'pattern',
    message: `A pattern across the interview: ${where} state a mistake, raise a red flag or wave away a point interviewers listen for${context} (see the flags above); each step is held at ${TUNING.caps.pattern}.`,
    cap: TUNING.caps.pattern,
  };
}

