import type { Case, Step, StepId } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { analyze } from '../text/analyze.js';
import { sentenceShape, writingShares } from '../text/shape.js';
import { expandPlainLanguage } from '../text/thesaurus.js';
import { mapLimit } from '../util/pool.js';
import { numbersOfFacts } from './case-facts.js';
import { compiledCriteria, conceptHits, curved, levelOfHits, quotesOf, type StepText } from './concept-evidence.js';
import { copyCheck } from './checks/copy.js';
import { dismissalCheck } from './checks/dismissal.js';
import { estimateCheck } from './checks/estimates.js';
import { genericCheck, groundingOf } from './checks/generic.js';
import { holdToTraps, readTraps } from './checks/traps.js';
import { injectionCheck, screenInjection } from './checks/injection.js';
import { findLearnedMistakes } from './checks/learned-mistakes.js';
import { findMistakes } from './checks/mistakes.js';
import { offTopicCheck } from './checks/off-topic.js';
import { paddingCheck } from './checks/padding.js';
import { patternCheck } from './checks/pattern.js';
import { findRedFlags } from './checks/red-flags.js';
import { stuffingCheck } from './checks/stuffing.js';
import type { CheckResult, StepCheck } from './checks/types.js';
import { criterionFeedback, stepImprovement } from './feedback.js';
import { prepareCase } from './models.js';
import { answersFitCase } from './relevance.js';
import { aggregate, applyChecks, pointsFor, stepScore } from './score.js';
import { TUNING } from './tuning.js';
import type { Answers, Flag, Grade, Grader, GradeProgress, StepGradeRequest, StepJudgement, StepResult } from './types.js';

/**
 * One pipeline for both graders: analyse the text once; the grader finds evidence for each
 * criterion (offline: concept matching; LLM: the model's levels with verified quotes); in a whole
 * interview, a concept explained under another step earns its criterion too; then the checks run
 * in code, each returning the same shape; the score is summed in one place.
 */

export interface PreparedStep extends StepText {
  case: Case;
  step: StepId;
  /** The answer with text aimed at the grader set aside. */
  text: string;
  removed: string[];
  /** Shared mistakes and the case's red flags found in the text (their sentences are in `voided`), and the learned reading's (theirs are not). */
  mistakes: CheckResult[];
}

export function prepareStep(c: Case, step: StepId, answer: string): PreparedStep {
  const screened = screenInjection(answer);
  const analysis = analyze(screened.text);
  expandPlainLanguage(analysis);
  const shapes = analysis.sentences.map((s) => sentenceShape(analysis, s));
  const mistakes = findMistakes(c, step, analysis);
  // A red flag that repeats a shared mistake is not raised on the sentence the mistake already voided.
  const redFlags = findRedFlags(c.steps.find((s) => s.id === step)!, analysis, mistakes.sentences);
  const voided = new Set([...mistakes.sentences, ...redFlags.sentences]);
  // A learned reading is less sure than a written rule, and a terse note often holds a whole design
  // in one sentence of semicolons: it holds the step, but the sound parts of its sentence keep their credit.
  const learned = findLearnedMistakes(analysis, voided);
  return { case: c, step, text: screened.text, removed: screened.removed, analysis, shapes, voided, facts: numbersOfFacts(c), mistakes: [...mistakes.results, ...redFlags.results, ...learned] };
}

const STEP_CHECKS: StepCheck[] = [injectionCheck, stuffingCheck, offTopicCheck, paddingCheck, copyCheck, dismissalCheck, estimateCheck];

function runChecks(grader: Grader, prepared: PreparedStep, judgement: StepJudgement, inOnTopicInterview = false): CheckResult[] {
  const step = prepared.case.steps.find((s) => s.id === prepared.step)!;
  const input = { case: prepared.case, step, analysis: prepared.analysis, shapes: prepared.shapes, criteria: judgement.criteria, models: grader.models, removed: prepared.removed, inOnTopicInterview };
  return [...prepared.mistakes, ...STEP_CHECKS.flatMap((check) => check(input))];
}

function effectOf(r: CheckResult): string | undefined {
  const parts: string[] = [];
  if (r.maxLevel !== undefined) parts.push(r.maxLevel <= 1 ? 'held to "named"' : `held to level ${r.maxLevel}`);
  if (r.cap !== undefined) parts.push(`capped at ${r.cap}`);
  if (r.keep !== undefined) parts.push(`keeps at most ${Math.round(r.keep * 100)}%`);
  if (r.penalty) parts.push(r.floor === undefined ? `-${r.penalty} points` : `-${r.penalty} points (not below ${r.floor})`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function finish(prepared: PreparedStep, judgement: StepJudgement, checks: CheckResult[]): StepResult {
  const step = prepared.case.steps.find((s) => s.id === prepared.step)!;
  const criteria = withDismissals(step, applyChecks(step, judgement.criteria, checks), checks);
  const flags: Flag[] = [
    ...judgement.flags,
    ...checks.map((r) => {
      const effect = effectOf(r);
      return { kind: r.kind, step: prepared.step, message: r.message, ...(effect ? { effect } : {}) };
    }),
  ];
  return {
    step: prepared.step,
    answered: true,
    score: stepScore(criteria),
    criteria,
    improvement: judgement.improvement ?? stepImprovement(step, criteria),
    flags,
  };
}

/** A criterion the answer waved away is not "not found": the feedback says where it was dismissed. */
function withDismissals(step: Step, criteria: StepResult['criteria'], checks: CheckResult[]): StepResult['criteria'] {
  const dismissed = new Map(checks.filter((r) => r.kind === 'dismissed' && r.criterion).map((r) => [r.criterion!, r.quote ?? '']));
  if (dismissed.size === 0) return criteria;
  return criteria.map((k) => {
    const quote = dismissed.get(k.id);
    // Loose word overlap elsewhere in the step does not outweigh the point being waved away.
    if (quote === undefined || (k.level > 0 && !k.loose)) return k;
    const criterion = step.criteria.find((x) => x.id === k.id)!;
    return { ...k, level: 0, score: 0, loose: undefined, covered: [], evidence: [], feedback: `Waved away ("${quote}"), so it earns nothing. A strong answer: ${criterion.levels.explained}` };
  });
}

/** A step graded alone, as in a drill. */
export async function gradeStep(grader: Grader, request: StepGradeRequest): Promise<StepResult> {
  prepareCase(grader.models, request.case);
  const prepared = prepareStep(request.case, request.step, request.answer);
  return finishStep(grader, prepared, await grader.judgeStep(prepared));
}

/** Checks and scores a judged step graded alone. */
export function finishStep(grader: Grader, prepared: PreparedStep, judgement: StepJudgement): StepResult {
  return finish(prepared, judgement, runChecks(grader, prepared, judgement));
}

/** Checks whose verdict makes a step's text unfit to lend credit to other steps. */
const UNFIT: Set<string> = new Set(['injection', 'stuffing', 'off-topic', 'rambling', 'copy']);

/**
 * Credit across steps: a criterion the grader did not find explained in its own step earns, up to
 * "explained", what another step of the same interview explains, and says where it was found.
 * Clarifying requirements borrows nothing (it is graded on what was asked) and lends nothing.
 */
function creditAcrossSteps(c: Case, prepared: PreparedStep[], judgements: StepJudgement[], checks: CheckResult[][]): void {
  // Clarifying restates the problem's facts: "250 ms p99" asked about is not a design that meets it.
  const lenders = prepared.filter((p, i) => p.step !== 'requirements' && !checks[i]!.some((r) => UNFIT.has(r.kind)));
  prepared.forEach((p, i) => {
    // Clarifying is asking: knowing the peak rate under serving is not having asked for it.
    if (p.step === 'requirements') return;
    const step = c.steps.find((s) => s.id === p.step)!;
    const compiled = compiledCriteria(step);
    // What the candidate waved away here is not made up for by what they said elsewhere.
    const dismissed = new Set(checks[i]!.map((r) => r.criterion).filter(Boolean));
    judgements[i]!.criteria = judgements[i]!.criteria.map((result, k) => {
      if (result.level >= TUNING.crossStepLevel || dismissed.has(result.id)) return result;
      let best: { level: number; from: PreparedStep; quotes: string[]; covered: string[] } | undefined;
      for (const lender of lenders) {
        if (lender === p) continue;
        const hits = conceptHits([compiled[k]!], lender)[0]!;
        if (!hits.some((h) => h.depth >= 2)) continue;
        const level = Math.min(TUNING.crossStepLevel, curved(levelOfHits(hits, compiled[k]!.concepts.length)));
        if (level > (best?.level ?? result.level)) best = { level, from: lender, quotes: quotesOf(hits, lender.analysis), covered: hits.map((h) => h.name) };
      }
      if (!best) return result;
      const criterion = compiled[k]!.criterion;
      const covered = [...new Set([...result.covered, ...best.covered])];
      const missing = criterion.concepts.map((x) => x.name).filter((n) => !covered.includes(n));
      return {
        ...result,
        level: best.level,
        score: pointsFor(best.level, criterion),
        evidence: best.quotes,
        covered,
        missing,
        foundIn: best.from.step,
        feedback: `Said under ${STEP_TITLES[best.from.step]}. ${criterionFeedback(criterion, Math.round(best.level), missing)}`,
      };
    });
  });
}

export interface InterviewOptions {
  concurrency?: number;
  /** Grade these steps only (a drill): the grade is over them, not the whole interview. */
  only?: readonly StepId[];
  onProgress?: (event: GradeProgress) => void;
}

/**
 * A whole answer set: every answered step judged (concurrently, bounded), credit across steps,
 * the checks of each step and of the set, then the grade summed in code. A step the grader cannot
 * grade fails the whole run: there is no fallback score.
 */
export async function gradeInterview(grader: Grader, c: Case, answers: Answers, options: InterviewOptions = {}): Promise<Grade> {
  const answered = c.steps.map((s) => s.id).filter((id): id is StepId => Boolean(answers[id]?.trim()));
  prepareCase(grader.models, c);
  const prepared = answered.map((id) => prepareStep(c, id, answers[id]!));
  const judgements = await mapLimit(prepared, options.concurrency ?? 8, async (p) => {
    options.onProgress?.({ step: p.step, state: 'started' });
    const judgement = await grader.judgeStep(p);
    options.onProgress?.({ step: p.step, state: 'done' });
    return judgement;
  });
  const onTopic = prepared.length > 1 && answersFitCase(grader.models.relevance, c.id, prepared.map((p) => p.analysis));
  const checks = prepared.map((p, i) => runChecks(grader, p, judgements[i]!, onTopic));
  creditAcrossSteps(c, prepared, judgements, checks);
  let shares: ReturnType<typeof writingShares> | undefined;
  const writing = () => (shares ??= writingShares(prepared));
  const generic = genericCheck(
    c,
    prepared.map((p) => p.analysis),
    grader.models,
    writing,
  );
  const pattern = options.only
    ? undefined
    : patternCheck(
        checks,
        writing,
        () => groundingOf(c, prepared.map((p) => p.analysis), grader.models),
      );
  const setChecks = [generic, pattern].filter((r): r is CheckResult => r !== undefined);
  const results = prepared.map((p, i) => finish(p, judgements[i]!, [...checks[i]!, ...setChecks]));
  const grade = aggregate(c, grader.info, results, options.only);
  // A drill grades steps alone; what the case turns on is asked of a whole interview, and measured
  // for the offline grader (an LLM judge reads meaning, and has not been measured against it).
  return options.only || grader.info.kind !== 'offline' ? grade : holdToTraps(grade, readTraps(c, prepared));
}
