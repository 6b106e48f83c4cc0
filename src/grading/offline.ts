import type { CaseSet } from '../cases/library.js';
import type { Case } from '../cases/schema.js';
import { compiledCriteria, conceptHits, criterionEvidence } from './concept-evidence.js';
import { gradingModels, prepareCase, type GradingModels } from './models.js';
import { finishStep, gradeStep, prepareStep, type PreparedStep } from './pipeline.js';
import { softEvidence } from './soft.js';
import { TUNING } from './tuning.js';
import type { Grader, GraderInfo, StepGradeRequest, StepJudgement, StepResult } from './types.js';

/**
 * The offline grader: deterministic, no network. It judges evidence by reading words: each
 * criterion's concepts found in the answer and how they are used, and plain-language explanations
 * that share the criterion's rarer words. The pipeline's checks do the rest.
 */

export const OFFLINE_VERSION = 'offline-2';

/** Step score caps, for callers that show or test them. */
export const CAPS = TUNING.caps;

export class OfflineGrader implements Grader {
  readonly info: GraderInfo = { kind: 'offline', model: null, promptVersion: OFFLINE_VERSION };
  readonly models: GradingModels;

  /** `library` is every case the user has: relevance compares an answer against all of them. */
  constructor(library: Case[] | CaseSet) {
    this.models = gradingModels(library);
  }

  gradeStep(request: StepGradeRequest): Promise<StepResult> {
    return gradeStep(this, request);
  }

  /** The same as `gradeStep`, without a promise: the offline grader never waits. */
  gradeStepSync(request: StepGradeRequest): StepResult {
    prepareCase(this.models, request.case);
    const prepared = prepareStep(request.case, request.step, request.answer);
    return finishStep(this, prepared, this.judgeStepSync(prepared));
  }

  async judgeStep(prepared: PreparedStep): Promise<StepJudgement> {
    return this.judgeStepSync(prepared);
  }

  judgeStepSync(prepared: PreparedStep): StepJudgement {
    const { case: c } = prepared;
    const step = c.steps.find((s) => s.id === prepared.step)!;
    const compiled = compiledCriteria(step);
    const hits = conceptHits(compiled, prepared);
    const criteria = compiled.map((k, i) => criterionEvidence(k, hits[i]!, prepared, softEvidence(this.models.soft, c, k.criterion.id, prepared.analysis, prepared.shapes)));
    return { criteria, flags: [] };
  }
}
