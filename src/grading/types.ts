import type { Case, StepId } from '../cases/schema.js';
import type { GradingModels } from './models.js';
import type { PreparedStep } from './pipeline.js';

/** What a candidate wrote, by step. A step left out is unanswered. */
export type Answers = Partial<Record<StepId, string>>;

export type FlagKind =
  | 'injection'
  | 'stuffing'
  | 'off-topic'
  | 'rambling'
  | 'red-flag'
  | 'mistake'
  | 'dismissed'
  | 'estimate'
  | 'copy'
  | 'generic'
  | 'pattern'
  | 'traps'
  | 'unverified-evidence'
  | 'unanswered'
  | 'grader';

export interface Flag {
  kind: FlagKind;
  message: string;
  step?: StepId;
  /** What the check did to the step: "capped at 25", "-5 points", "held to named". */
  effect?: string;
  /** A traps flag's hold: the interview's ceiling and the traps it left out (checks/traps.ts). */
  traps?: { ceiling: number; leftOut: string[]; general?: string[] };
}

export interface CriterionResult {
  id: string;
  dimension: string;
  /** 0 absent, 1 named, 2 explained, 3 justified. */
  level: number;
  /** Points earned: the level scaled by the criterion's weight. */
  score: number;
  max: number;
  /** Verbatim quotes from the answer that show the criterion. */
  evidence: string[];
  feedback: string;
  /** Names of the criterion's concepts the answer covered, and those it did not. */
  covered: string[];
  missing: string[];
  /** Credit from loose word overlap only: the offline grader reads words, not meaning. */
  loose?: boolean;
  /** Credit earned by what was said under another step of the same interview. */
  foundIn?: StepId;
  /** Met only after the interviewer probed for it: worth less than raised unprompted. */
  prompted?: boolean;
}

export interface StepResult {
  step: StepId;
  answered: boolean;
  /** 0 to 100. */
  score: number;
  criteria: CriterionResult[];
  /** The one change that would raise this step's score most. */
  improvement: string;
  flags: Flag[];
}

export interface GraderInfo {
  kind: 'offline' | 'llm';
  model: string | null;
  promptVersion: string | null;
}

export type HireSignal = 'strong hire' | 'hire' | 'lean no hire' | 'no hire';

export interface Grade {
  case: string;
  grader: GraderInfo;
  score: number;
  hire: HireSignal;
  steps: StepResult[];
  dimensions: Record<string, number>;
  flags: Flag[];
}

export interface StepGradeRequest {
  case: Case;
  step: StepId;
  answer: string;
}

/** What a grader finds for one step: each criterion's level with its evidence, before any check. */
export interface StepJudgement {
  criteria: CriterionResult[];
  /** The grader's own flags (a quote it cited that is not in the answer). */
  flags: Flag[];
  /** The grader's suggestion; without one, the biggest gap after checks is named. */
  improvement?: string;
}

/**
 * Both graders implement this: they judge the evidence; checks, credit across steps and scores are
 * applied in code by the pipeline (pipeline.ts), the same way for both.
 */
export interface Grader {
  readonly info: GraderInfo;
  /** Library statistics the checks use (relevance to the case, words particular to it). */
  readonly models: GradingModels;
  judgeStep(step: PreparedStep): Promise<StepJudgement>;
  /** A step graded alone (a drill): judged, checked and scored. */
  gradeStep(request: StepGradeRequest): Promise<StepResult>;
}

export interface GradeProgress {
  step: StepId;
  state: 'started' | 'done' | 'cached';
}
