import type { StepId } from '../../cases/schema.js';
import { STEP_TITLES } from '../../cases/steps.js';
import { compileConceptPattern, type Match } from '../../text/matcher.js';
import { isDismissed, stanceDismisses } from '../../text/negation.js';
import { compiledCriteria, conceptMatches, type CompiledCriterion } from '../concept-evidence.js';
import { quoteAround } from '../quote.js';
import { TUNING } from '../tuning.js';
import type { CheckResult, StepCheck } from './types.js';

/**
 * Waving away what the interviewer is listening for ("no need for a baseline", "cold start doesn't
 * matter here", "skip monitoring beyond uptime") is a judgement, and a wrong one: the criterion earns
 * nothing from it (negation does that), and each point waved away costs the step as well. A plain
 * choice against something ("instead of clicks", "we would not use accuracy") is not a dismissal.
 */
// "so no special cold-start handling needed": the name of the problem waves away every plan for it,
// though the name alone earns nothing.
const COLD_START = { id: 'cold-start', name: 'Cold start', patterns: [compileConceptPattern('(cold start|cold starts)')] };
const withItsName = (criterion: CompiledCriterion['criterion'], concepts: CompiledCriterion['concepts']) =>
  criterion.dimension === 'cold-start' ? [...concepts, COLD_START] : concepts;

const RESHAPED = /^\s*(?:[-*•+]\s*)?(?:so|instead|rather|hence|therefore|which is why|that'?s why),?\s/i;

export const dismissalCheck: StepCheck = ({ case: c, step, analysis }) => {
  const out: CheckResult[] = [];
  // "A classic A/B test is awkward, because we won't leave harm up for a control group. So the control
  // is the current system, compared on randomised traffic slices": the point reshaped, not waved away.
  const takenUpNext = (concept: CompiledCriterion['concepts'][number], m: Match) => {
    const next = analysis.sentences[m.sentence + 1];
    if (!next || !RESHAPED.test(next.text)) return false;
    return concept.patterns.some((p) => conceptMatches(p, analysis).some((n) => n.sentence === m.sentence + 1 && !isDismissed(analysis, n)));
  };
  const waved = (concepts: CompiledCriterion['concepts'], dismissed: (m: Match, concept: CompiledCriterion['concepts'][number]) => boolean) => {
    let hit: Match | undefined;
    for (const concept of concepts) hit ??= concept.patterns.flatMap((p) => conceptMatches(p, analysis)).find((m) => dismissed(m, concept));
    return hit;
  };
  const add = (hit: Match, criterion: CompiledCriterion['criterion'], elsewhere?: StepId) => {
    const quote = quoteAround(analysis, hit, 140);
    const what = criterion.description.split(/[.:;]/)[0]!.trim().toLowerCase();
    out.push({
      kind: 'dismissed',
      // Only the step's own criterion earns nothing for it; another step's is graded where it belongs.
      ...(elsewhere ? {} : { criterion: criterion.id }),
      ...(!elsewhere && out.length + 1 === TUNING.dismissalsForCap ? { cap: TUNING.caps.dismissive } : {}),
      message: `Waves away what interviewers listen for ${elsewhere ? `under ${STEP_TITLES[elsewhere]}` : 'here'} (${what}): "${quote}"`,
      quote,
      penalty: out.length < TUNING.dismissalMax ? TUNING.dismissalPenalty : 0,
    });
  };
  for (const { criterion, concepts } of compiledCriteria(step)) {
    const hit = waved(withItsName(criterion, concepts), (m, concept) => isDismissed(analysis, m) && !takenUpNext(concept, m));
    if (hit) add(hit, criterion);
  }
  // "An abstain path feels like overkill" under the model step waves away what clarifying asks for:
  // a point of the case is no less waved away for being said in another step. Other steps' phrases
  // were not written to be read here, so only where the phrase is dismissed in a sentence that says in
  // so many words that it waves something away, once a step, as a penalty: no cap, and not counted
  // as a pattern.
  const dismissing = new Set(analysis.sentences.map((_, i) => i).filter((i) => stanceDismisses(analysis, i)));
  if (dismissing.size === 0) return out;
  const quoted = new Set(out.map((r) => r.quote));
  for (const other of c.steps) {
    if (other === step) continue;
    for (const { criterion, concepts } of compiledCriteria(other)) {
      const hit = waved(withItsName(criterion, concepts), (m) => dismissing.has(m.sentence) && isDismissed(analysis, m));
      if (!hit || quoted.has(quoteAround(analysis, hit, 140))) continue;
      add(hit, criterion, other.id);
      return out;
    }
  }
  return out;
};
