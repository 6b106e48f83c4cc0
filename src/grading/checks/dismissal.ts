import type { Match } from '../../text/matcher.js';
import { isDismissed } from '../../text/negation.js';
import { compiledCriteria, conceptMatches } from '../concept-evidence.js';
import { quoteAround } from '../quote.js';
import { TUNING } from '../tuning.js';
import type { CheckResult, StepCheck } from './types.js';

/**
 * Waving away what the interviewer is listening for ("no need for a baseline", "cold start doesn't
 * matter here", "skip monitoring beyond uptime") is a judgement, and a wrong one: the criterion earns
 * nothing from it (negation does that), and each point waved away costs the step as well. A plain
 * choice against something ("instead of clicks", "we would not use accuracy") is not a dismissal.
 */
export const dismissalCheck: StepCheck = ({ step, analysis }) => {
  const out: CheckResult[] = [];
  for (const { criterion, concepts } of compiledCriteria(step)) {
    let hit: Match | undefined;
    for (const concept of concepts) {
      hit ??= concept.patterns.flatMap((p) => conceptMatches(p, analysis)).find((m) => isDismissed(analysis, m));
    }
    if (!hit) continue;
    const quote = quoteAround(analysis, hit, 140);
    out.push({
      kind: 'dismissed',
      criterion: criterion.id,
      ...(out.length + 1 === TUNING.dismissalsForCap ? { cap: TUNING.caps.dismissive } : {}),
      message: `Waves away what interviewers listen for here (${criterion.description.split(/[.:;]/)[0]!.trim().toLowerCase()}): "${quote}"`,
      quote,
      penalty: out.length < TUNING.dismissalMax ? TUNING.dismissalPenalty : 0,
    });
  }
  return out;
};
