import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * One wrong claim or one point waved away can be a slip; the same in step after step is how a
 * candidate thinks. When several steps of a whole interview state a mistake, raise a red flag or
 * wave away what interviewers listen for, every step is held low; so are three such claims in two
 * steps, and two steps of them in an answer set of listed terms that seldom gives a reason (a
 * template of named techniques), and even one such step in a template that also says little particular
 * to this problem. Judged on the set, like the generic check. On the labelled set,
 * strong interviews and dense notes have flags in one step at most, and two mid-level interviews in
 * two (see TUNING.pattern).
 */
const PATTERN_KINDS: ReadonlySet<string> = new Set(['mistake', 'red-flag', 'dismissed']);

/**
 * `writing` gives the set's shares of reasoned and listed words, `grounding` how densely it names
 * this case's own words and numbers (generic.ts groundingOf); each is asked only when a step is flagged.
 */
export function patternCheck(
  stepChecks: CheckResult[][],
  writing: () => { reasoned: number; listed: number } = () => ({ reasoned: 1, listed: 0 }),
  grounding: () => number = () => 1,
): CheckResult | undefined {
  // A point of another step waved away (dismissal.ts) carries no criterion: a penalty, never a pattern.
  // A red flag restated in a later step ("no click is a negative" in framing, again in data) counts once.
  const seen = new Set<string>();
  const counts = stepChecks.map((checks) =>
    checks.filter((r) => {
      if (!PATTERN_KINDS.has(r.kind) || (r.kind === 'dismissed' && !r.criterion)) return false;
      if (r.id === undefined) return true;
      const restated = seen.has(r.id);
      seen.add(r.id);
      return !restated;
    }).length,
  );
  const flagged = counts.filter((n) => n > 0).length;
  const flags = counts.reduce((a, b) => a + b, 0);
  const { minSteps, fewerSteps, manyFlags, fewReasons, listed, thinReasons, thinGrounding } = TUNING.pattern;
  const byCount = flagged >= minSteps || (flagged >= fewerSteps && flags >= manyFlags);
  let context = '';
  if (!byCount) {
    if (flagged === 0) return undefined;
    const shares = writing();
    if (flagged >= fewerSteps) {
      if (!(shares.reasoned < fewReasons && shares.listed >= listed)) return undefined;
      context = ', in an answer set that seldom says why it chooses anything';
    } else {
      // One wrong step in a template: named techniques, hardly a reason, hardly a fact of this problem.
      if (!(shares.reasoned < thinReasons && shares.listed >= listed && grounding() < thinGrounding)) return undefined;
      context = ', in an answer set that names techniques, seldom says why and says little particular to this problem';
    }
  }
  // One flagged step is held only as a thin template (byCount needs two steps or more).
  const where = byCount && flagged < minSteps ? `${flags} flags in ${flagged} steps` : flagged === 1 ? '1 step' : `${flagged} steps`;
  const verb = flagged === 1 ? 'states a mistake, raises a red flag or waves away' : 'state a mistake, raise a red flag or wave away';
  return {
    kind: 'pattern',
    message: `A pattern across the interview: ${where} ${verb} a point interviewers listen for${context} (see the other flags); each step is held at ${TUNING.caps.pattern}.`,
    cap: TUNING.caps.pattern,
  };
}
