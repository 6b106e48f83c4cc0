import type { Case } from '../../cases/schema.js';
import { analyze, type Analysis } from '../../text/analyze.js';
import { factNumbersIn, numbersOfFacts } from '../case-facts.js';
import type { GradingModels } from '../models.js';
import { ownCaseLead } from '../relevance.js';
import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * A template that would fit any case: across the whole answer set, hardly a word, number or
 * entity particular to this problem, and no closer to this case's domain than to the others.
 * Judged on the set, so a short general step inside an otherwise specific answer is not generic.
 * Its criteria are held to "named". So are those of a template in lists that names a few of this
 * case's facts but little for its length, and hardly ever says why (thinTemplate).
 */

export function specificTerms(c: Case, analyses: Analysis[], models: GradingModels): number {
  const vocabulary = new Set(models.problem.get(c.id) ?? []);
  const stems = new Set<string>();
  for (const a of analyses) for (const t of a.tokens) if (t.stem.length >= 4 && vocabulary.has(t.stem)) stems.add(t.stem);
  const numbers = numbersOfFacts(c);
  const quoted = new Set<string>();
  for (const a of analyses) for (const n of factNumbersIn(a.text, numbers)) quoted.add(n);
  return stems.size + quoted.size;
}

/** How much of its own case a text names: distinct words, numbers and entities of this problem, over so many words. */
export interface Grounding {
  terms: number;
  words: number;
}

const referenceGroundings = new WeakMap<Case, Grounding>();

/** The case's own talking points, measured like an answer: what grounding in this case looks like. */
export function referenceGrounding(c: Case, models: GradingModels): Grounding {
  let reference = referenceGroundings.get(c);
  if (!reference) {
    const analyses = c.steps.map((s) => analyze(s.talkingPoints.join(' ')));
    reference = { terms: specificTerms(c, analyses, models), words: analyses.reduce((n, a) => n + a.wordCount, 0) };
    referenceGroundings.set(c, reference);
  }
  return reference;
}

/** A grading pack carries the reference measured at build time, so grading need not analyse the talking points. */
export function seedReferenceGrounding(c: Case, reference: Grounding): void {
  referenceGroundings.set(c, reference);
}

/**
 * How densely an answer set names this case's own words and numbers, against the case's talking
 * points: 1 is as grounded as they are. A shorter text is expected to name fewer, by the square root
 * of its share of their length (a note a quarter as long, half as many): on the calibration set,
 * dense notes of 20-45 words a step measure 0.8 and more, superficial template write-ups 0.36-0.98.
 */
export function groundingOf(c: Case, analyses: Analysis[], models: GradingModels): number {
  const reference = referenceGrounding(c, models);
  const words = analyses.reduce((n, a) => n + a.wordCount, 0);
  if (words === 0 || reference.terms === 0 || reference.words === 0) return 0;
  return specificTerms(c, analyses, models) / reference.terms / Math.sqrt(words / reference.words);
}

/**
 * `writing` gives the set's shares of reasoned and listed words (shape.ts writingShares), asked only
 * of a set that names some of this case's facts.
 */
export function genericCheck(
  c: Case,
  analyses: Analysis[],
  models: GradingModels,
  writing: () => { reasoned: number; listed: number } = () => ({ reasoned: 1, listed: 0 }),
): CheckResult | undefined {
  const words = analyses.reduce((n, a) => n + a.wordCount, 0);
  if (words < TUNING.generic.minWords) return undefined;
  if (specificTerms(c, analyses, models) > TUNING.generic.maxSpecific) return thinTemplate(c, analyses, models, writing);
  // No fact of this problem, but plainly about its domain ("videos", "watch time", "the home page"):
  // it would not fit any case.
  const lead = ownCaseLead(models.relevance, c.id, analyses);
  if (lead !== undefined && lead >= TUNING.generic.minLead) return undefined;
  // Nearly as close, and about this problem's world rather than its techniques ("posts from
  // friends", "the chronological feed"): a textbook answer to this problem, not a template.
  const problemLead = ownCaseLead(models.problemRelevance, c.id, analyses);
  if (lead !== undefined && lead >= TUNING.generic.minLeadBesideProblem && problemLead !== undefined && problemLead >= TUNING.generic.minProblemLead) return undefined;
  return {
    kind: 'generic',
    message: `Nothing here is specific to ${c.title}: no fact, number or constraint of this problem, so the same text would fit any case; held to "named". Tie each choice to this problem.`,
    maxLevel: 1,
    cap: TUNING.caps.generic,
  };
}

/**
 * A template in lists: named techniques, hardly a reason anywhere, and few of this problem's own
 * words and numbers for its length. It names the case, but says little a template would not.
 * With almost no reason at all, a bare list is a template even in a case whose own words any
 * answer uses.
 */
function thinTemplate(c: Case, analyses: Analysis[], models: GradingModels, writing: () => { reasoned: number; listed: number }): CheckResult | undefined {
  const { templateReasons, templateListed, templateGrounding, bareReasons, bareListed, bareGrounding } = TUNING.generic;
  const shares = writing();
  const bare = shares.reasoned < bareReasons && shares.listed >= bareListed;
  const thin = shares.reasoned < templateReasons && shares.listed >= templateListed;
  if (!bare && !thin) return undefined;
  if (groundingOf(c, analyses, models) >= (bare ? bareGrounding : templateGrounding)) return undefined;
  return {
    kind: 'generic',
    message: bare
      ? `A template in lists: named techniques with hardly a reason anywhere; held to "named". Tie each choice to ${c.title} and say why.`
      : `A template in lists: named techniques, hardly a reason anywhere and, for its length, little that is particular to ${c.title}; held to "named". Tie each choice to this problem and say why.`,
    maxLevel: 1,
    cap: TUNING.caps.generic,
  };
}
