import type { Case, Criterion, DeepDive, FollowCriterion, StepId, Twist } from '../cases/schema.js';
import type { TargetLevel } from '../interview/session.js';
import { checkCaseFigures, checkEstimates, formatQuantity } from '../text/estimates.js';
import { dismissalCheck } from './checks/dismissal.js';
import { injectionCheck } from './checks/injection.js';
import { stuffingCheck } from './checks/stuffing.js';
import { keepTrapHold } from './checks/traps.js';
import { prepareStep } from './pipeline.js';
import { aggregate, applyChecks, pointsFor, stepScore } from './score.js';
import { TUNING } from './tuning.js';
import type { Answers, CriterionResult, Grade, Grader, HireSignal } from './types.js';

/**
 * Grading the mock's conversation: answers to a changed requirement or a deep dive against their
 * own criteria, credit a probe drew out worth less than credit raised unprompted, and what the
 * whole interview signals at each target level.
 */

export interface FollowCriterionResult extends CriterionResult {
  kind: 'change' | 'keep';
}

export interface ConversationResult {
  kind: 'twist' | 'deep-dive';
  id: string;
  step: StepId;
  /** 0-100 over the entry's criteria. */
  score: number;
  criteria: FollowCriterionResult[];
}

function asCriterion(k: FollowCriterion): Criterion {
  return {
    id: k.id,
    dimension: 'trade-offs',
    weight: 1,
    description: k.description,
    levels: { absent: 'Not addressed.', named: 'Mentioned, without saying how.', explained: k.description, justified: `${k.description} With the reason and its cost.` },
    concepts: k.concepts,
    probe: k.description,
  };
}

// One rubric object per entry, so that compiled patterns and word weights are computed once.
const rubrics = new WeakMap<Twist | DeepDive, Case>();

/** The entry's criteria as a one-step rubric of the case, for the graders to judge like any step. */
export function rubricOf(c: Case, entry: Twist | DeepDive): Case {
  let rubric = rubrics.get(entry);
  if (!rubric) {
    const step = c.steps.find((s) => s.id === entry.step)!;
    rubric = {
      ...c,
      id: `${c.id}--${entry.id}`,
      steps: c.steps.map((s) => (s === step ? { ...s, criteria: entry.criteria.map(asCriterion), redFlags: [], talkingPoints: [] } : s)),
    };
    rubrics.set(entry, rubric);
  }
  return rubric;
}

/** Judges an answer to a twist or deep dive against the entry's own criteria. */
export async function gradeConversation(grader: Grader, c: Case, kind: 'twist' | 'deep-dive', entry: Twist | DeepDive, answer: string): Promise<ConversationResult> {
  const rubric = rubricOf(c, entry);
  const step = rubric.steps.find((s) => s.id === entry.step)!;
  const prepared = prepareStep(rubric, entry.step, answer);
  const judgement = await grader.judgeStep(prepared);
  const input = { case: rubric, step, analysis: prepared.analysis, shapes: prepared.shapes, criteria: judgement.criteria, models: grader.models, removed: prepared.removed };
  const checks = [...prepared.mistakes, injectionCheck(input), stuffingCheck(input), dismissalCheck(input)].flat();
  const criteria = applyChecks(step, judgement.criteria, checks).map((r) => ({ ...r, kind: entry.criteria.find((k) => k.id === r.id)!.kind }));
  return { kind, id: entry.id, step: entry.step, score: answer.trim() ? stepScore(criteria) : 0, criteria };
}

/**
 * The grade with probes counted for less: each criterion keeps what the first answers earned,
 * plus `promptedShare` of what the probes added, and is marked prompted when it rose.
 */
export function discountPrompted(c: Case, unprompted: Grade, full: Grade, firstAnswers?: Answers): Grade {
  const first = new Map(unprompted.steps.flatMap((s) => s.criteria.map((k) => [k.id, k] as const)));
  const steps = full.steps.map((s) => {
    if (!s.answered) return s;
    const step = c.steps.find((x) => x.id === s.step)!;
    const criteria = s.criteria.map((k) => {
      const before = first.get(k.id);
      if (!before || k.score <= before.score) return k;
      // Loose word overlap is not something the candidate was drawn into saying, and neither is
      // credit whose every quote comes from the first answer.
      if (k.loose) return before;
      const said = firstAnswers?.[s.step];
      if (said && k.evidence.length > 0 && k.evidence.every((q) => said.includes(q.replace(/\.\.\.$/, '')))) return before;
      const criterion = step.criteria.find((x) => x.id === k.id)!;
      const level = before.level + (k.level - before.level) * TUNING.conversation.promptedShare;
      return { ...k, level: Math.round(level * 10) / 10, score: pointsFor(level, criterion), prompted: true };
    });
    return { ...s, criteria, score: stepScore(criteria) };
  });
  return keepTrapHold(full, aggregate(c, full.grader, steps));
}

/** Share of the rubric's criteria explained or better in the first answers, before any probe. */
export function unpromptedShare(unprompted: Grade): number {
  const all = unprompted.steps.flatMap((s) => s.criteria);
  if (all.length === 0) return 0;
  return all.filter((k) => k.level >= TUNING.conversation.unpromptedLevel).length / all.length;
}

export interface LevelVerdict {
  level: TargetLevel;
  hire: HireSignal;
  /** Why the signal is lower than the score alone would give. */
  reasons: string[];
}

const BANDS: HireSignal[] = ['no hire', 'lean no hire', 'hire', 'strong hire'];

/** What the interview signals at each level: the level's score thresholds, then its expectations. */
export function levelVerdicts(score: number, unprompted: number, twist: number | undefined, deepDive: number | undefined): LevelVerdict[] {
  return (['mid', 'senior', 'staff'] as const).map((level) => {
    const bar = TUNING.conversation.levels[level];
    let band = score >= bar.strongHire ? 3 : score >= bar.hire ? 2 : score >= bar.hire - 20 ? 1 : 0;
    const reasons: string[] = [];
    if (unprompted < bar.unprompted) reasons.push(`raised ${Math.round(unprompted * 100)}% of the rubric unprompted; ${level} needs ${Math.round(bar.unprompted * 100)}%`);
    if (twist !== undefined && twist < bar.twist) reasons.push(`adapted to the changed requirement at ${twist}; ${level} needs ${bar.twist}`);
    if (deepDive !== undefined && deepDive < bar.deepDive) reasons.push(`deep dive at ${deepDive}; ${level} needs ${bar.deepDive}`);
    band = Math.max(0, band - reasons.length);
    return { level, hire: BANDS[band]!, reasons };
  });
}


export interface EstimateOutcome {
  step: StepId;
  claim: string;
  ok: boolean;
  /** For a figure that is off: what it should be about, and why. */
  note?: string;
}

/** Every back-of-envelope figure the code could check, right or wrong, for the scorecard. */
export function estimateOutcomes(c: Case, answers: Partial<Record<StepId, string>>): EstimateOutcome[] {
  const out: EstimateOutcome[] = [];
  for (const step of c.steps) {
    const text = answers[step.id];
    if (!text) continue;
    for (const e of checkEstimates(text)) {
      out.push({ step: step.id, claim: e.text, ok: e.ok, ...(e.ok ? {} : { note: `its own figures give about ${formatQuantity(e.computed)}` }) });
    }
    for (const f of checkCaseFigures(text, c.estimates)) {
      out.push({ step: step.id, claim: `${f.name}: ${formatQuantity(f.stated)}`, ok: f.ok, ...(f.ok ? {} : { note: `about ${formatQuantity(f.expected)} from the case's facts (${f.derivation})` }) });
    }
  }
  return out;
}

/** What the mock's conversation adds to its grade, saved with the session and shown on the scorecard. */
export interface ConversationSummary {
  level: TargetLevel;
  /** Share (0-1) of the rubric explained or better before any probe. */
  unprompted: number;
  /** Criteria met only after a probe. */
  prompted: string[];
  twist?: ConversationResult;
  deepDive?: ConversationResult;
  estimates: EstimateOutcome[];
  verdicts: LevelVerdict[];
}
