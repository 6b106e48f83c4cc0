import type { Case, StepId } from '../cases/schema.js';

/** What a candidate wrote, by step. A step left out is unanswered. */
export type Answers = Partial<Record<StepId, string>>;

export type FlagKind =
  | 'injection'
  | 'stuffing'
  | 'off-topic'
  | 'rambling'
  | 'red-flag'
  | 'mistake'
  | 'copy'
  | 'generic'
  | 'unverified-evidence'
  | 'unanswered'
  | 'grader';

export interface Flag {
  kind: FlagKind;
  message: string;
  step?: StepId;
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

/** Both graders implement this; only the step is graded here, aggregation happens in code. */
export interface Grader {
  readonly info: GraderInfo;
  gradeStep(request: StepGradeRequest): Promise<StepResult>;
}

export interface GradeProgress {
  step: StepId;
  state: 'started' | 'done' | 'cached';
}
