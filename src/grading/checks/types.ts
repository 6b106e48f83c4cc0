import type { Case, Step } from '../../cases/schema.js';
import type { Analysis } from '../../text/analyze.js';
import type { SentenceShape } from '../../text/shape.js';
import type { GradingModels } from '../models.js';
import type { CriterionResult, FlagKind } from '../types.js';

/** What every check reads: the step's text analysed once, and the levels the grader found. */
export interface CheckInput {
  case: Case;
  step: Step;
  analysis: Analysis;
  shapes: SentenceShape[];
  criteria: CriterionResult[];
  models: GradingModels;
  /** Passages set aside as text aimed at the grader. */
  removed: string[];
  /** The step is part of a whole interview that, taken together, reads as an answer to this case. */
  inOnTopicInterview?: boolean;
}

/**
 * One result shape for every check: a flag with the quote that triggered it, and what it does to
 * the step. Levels are held first, then penalties come off, then caps apply (see score.ts).
 */
export interface CheckResult {
  kind: FlagKind;
  message: string;
  quote?: string;
  /** The step scores at most this (0-100). */
  cap?: number;
  /** The step keeps at most this share of its score. */
  keep?: number;
  /** Points off the step. */
  penalty?: number;
  /** ...but never below this score (a slip costs its points, not the step). */
  floor?: number;
  /** Every criterion is held to this level. */
  maxLevel?: number;
  /** The criterion the result is about, when it is about one: it earns no credit from other steps. */
  criterion?: string;
  /** The case's red flag (or the shared slip) that raised it: the same one restated in another step is one slip, not a pattern. */
  id?: string;
}

export type StepCheck = (input: CheckInput) => CheckResult[];
