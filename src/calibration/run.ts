import { calibrateConversation, type ConversationReport } from './conversation.js';
import type { Case, StepId } from '../cases/schema.js';
import { gradeAnswers } from '../grading/run.js';
import { gradeStep, type PreparedStep } from '../grading/pipeline.js';
import type { Answers, Grade, Grader, GraderInfo, StepGradeRequest, StepJudgement, StepResult } from '../grading/types.js';
import { mapLimit } from '../util/pool.js';
import { levelOfScore, mean, pairwiseAccuracy, quadraticWeightedKappa, stddev, type Pair } from './metrics.js';
import { LABELS, STYLES, type Attack, type CalibrationSet, type Label, type Style } from './set.js';
import { calibrateProbes, type ProbeReport } from './probes.js';
import { wholeInterviewChecks, type WholeInterviewReport } from './whole.js';

/** What a grader must reach on the bundled set to be called fit to grade. */
export const THRESHOLDS = {
  pairwise: 0.9,
  kappa: 0.75,
  /** Mean standard deviation of one answer's score over repeated runs, in points. */
  spread: 5,
  /** Below this standard deviation across all answers, the grader is not grading at all. */
  constant: 3,
  /** The same content in bullets and in sentences: mean gap in points, per step and per interview. */
  formatGap: 10,
} as const;

/**
 * Attacks every grader must hold under their caps for the verdict. Dismissive and fluent-but-wrong
 * answers are reported beside them (how many are held, how many score below mid-level), but they
 * ask a grader to read meaning, which keyword matching does only in part.
 */
export const GUARDED_ATTACKS: ReadonlySet<Attack> = new Set<Attack>(['stuffing', 'injection', 'rambling', 'off-topic']);

/** Scores below the first cut read as weak, from the second as strong: the middle of the band overlaps. */
export const LEVEL_CUTS: [number, number] = [37.5, 67.5];

export interface Accuracy {
  accuracy: number;
  pairs: number;
}

export interface AnswerOutcome {
  id: string;
  caseId: string;
  step: StepId;
  label: Label;
  style: Style;
  sameAs?: string;
  band: [number, number];
  /** Mean over runs. */
  score: number;
  scores: number[];
}

export interface AttackOutcome {
  id: string;
  caseId: string;
  step: StepId;
  attack: Attack;
  note: string;
  cap: number;
  score: number;
  /** The same step's mid-level answer, which an attack must not beat. */
  midScore: number | null;
  capped: boolean;
}

export interface CalibrationReport {
  grader: GraderInfo;
  runs: number;
  answers: AnswerOutcome[];
  pairwise: { steps: Accuracy; overall: Accuracy; dimensions: Accuracy; dense: Accuracy; byStep: Record<string, Accuracy> };
  kappa: number;
  bias: number;
  inBand: number;
  spread: { mean: number; max: number };
  constant: boolean;
  attacks: AttackOutcome[];
  /** Mean score per label and style of writing. */
  styles: { label: Label; style: Style; n: number; mean: number }[];
  /** Bullets against sentences of the same content, answer by answer. */
  formatGap: { pairs: number; mean: number; worst: number; worstId: string | null };
  whole: WholeInterviewReport;
  /** Answers to changed requirements and deep dives, in order strong > mid > weak. */
  conversation: ConversationReport;
  /** Probe pairs written blind: two short answers to one step that differ in one thing (reported, not part of the verdict). */
  probes: ProbeReport;
  verdict: { fit: boolean; reasons: string[] };
}

export interface CalibrationOptions {
  runs: number;
  concurrency: number;
  onProgress?: (done: number, total: number) => void;
}

const RANK: Record<Label, number> = { weak: 0, mid: 1, strong: 2 };

function accuracyOf(pairs: Pair[]): Accuracy {
  return { accuracy: pairwiseAccuracy(pairs), pairs: pairs.length };
}

/**
 * The grader as calibration uses it: the first run of every answer is remembered, so whole
 * interviews built from the same answers reuse those judgements instead of asking an LLM again.
 */
function remembering(inner: Grader): Grader & { firstRun: boolean } {
  const memo = new Map<string, StepJudgement>();
  const key = (p: PreparedStep) => `${p.case.id}\u0000${p.step}\u0000${p.text}`;
  const wrapper = {
    info: inner.info,
    models: inner.models,
    firstRun: true,
    async judgeStep(p: PreparedStep): Promise<StepJudgement> {
      const known = wrapper.firstRun ? memo.get(key(p)) : undefined;
      if (known) return known;
      const judgement = await inner.judgeStep(p);
      if (wrapper.firstRun) memo.set(key(p), judgement);
      return judgement;
    },
    gradeStep: (request: StepGradeRequest) => gradeStep(wrapper, request),
  };
  return wrapper;
}

export async function calibrate(base: Grader, cases: Map<string, Case>, set: CalibrationSet, options: CalibrationOptions): Promise<CalibrationReport> {
  const grader = remembering(base);
  const jobs = [
    ...set.labelled.map((a) => ({ id: a.id, caseId: a.caseId, step: a.step, text: a.text })),
    ...set.adversarial.map((a) => ({ id: a.id, caseId: a.caseId, step: a.step, text: a.text })),
  ].flatMap((job) => Array.from({ length: options.runs }, (_, run) => ({ ...job, run })));
  for (const job of jobs) {
    if (!cases.has(job.caseId)) throw new Error(`the labelled set names case "${job.caseId}", which is not in the library`);
  }
  let done = 0;
  // First runs first, so that later runs ask afresh and whole interviews reuse the first.
  jobs.sort((a, b) => a.run - b.run);
  const results: { job: (typeof jobs)[number]; result: StepResult }[] = [];
  for (let run = 0; run < options.runs; run++) {
    grader.firstRun = run === 0;
    results.push(...(await gradeRun(jobs.filter((j) => j.run === run))));
  }
  grader.firstRun = true;
  async function gradeRun(runJobs: typeof jobs) {
    return mapLimit(runJobs, options.concurrency, async (job) => {
      const result = await grader.gradeStep({ case: cases.get(job.caseId)!, step: job.step, answer: job.text });
      options.onProgress?.(++done, jobs.length);
      return { job, result };
    });
  }
  const byAnswer = new Map<string, StepResult[]>();
  for (const { job, result } of results) {
    const list = byAnswer.get(job.id) ?? [];
    list.push(result);
    byAnswer.set(job.id, list);
  }
  const meanScore = (id: string) => mean(byAnswer.get(id)!.map((r) => r.score));

  const answers: AnswerOutcome[] = set.labelled.map((a) => ({
    id: a.id,
    caseId: a.caseId,
    step: a.step,
    label: a.label,
    style: a.style,
    ...(a.sameAs ? { sameAs: a.sameAs } : {}),
    band: a.band,
    score: meanScore(a.id),
    scores: byAnswer.get(a.id)!.map((r) => r.score),
  }));

  // Pairs of answers to the same step of the same case at different levels. A 20-30 word note is
  // strong in substance but short by design (its band overlaps the mid band), so its pairs are
  // counted on their own: above mid, and above weak.
  const stepPairs: Pair[] = [];
  const densePairs: Pair[] = [];
  const byStep: Record<string, Pair[]> = {};
  for (const a of answers) {
    for (const b of answers) {
      if (a.caseId !== b.caseId || a.step !== b.step || RANK[a.label] <= RANK[b.label]) continue;
      const pair = { higher: a.score, lower: b.score };
      if (a.style === 'dense') {
        densePairs.push(pair);
        continue;
      }
      stepPairs.push(pair);
      (byStep[a.step] ??= []).push(pair);
    }
  }

  // Whole answer sets per case, level and style, graded as whole interviews, for overall and per-dimension pairs.
  const setGrades = new Map<string, { label: Label; style: Style; grade: Grade }[]>();
  for (const [caseId, c] of cases) {
    const grades: { label: Label; style: Style; grade: Grade }[] = [];
    for (const label of LABELS) {
      for (const style of STYLES) {
        const chosen = set.labelled.filter((a) => a.caseId === caseId && a.label === label && a.style === style);
        if (new Set(chosen.map((a) => a.step)).size < c.steps.length) continue;
        const answersOf: Answers = Object.fromEntries(c.steps.map((s) => [s.id, chosen.find((a) => a.step === s.id)!.text]));
        grades.push({ label, style, grade: await gradeAnswers(grader, c, answersOf, { concurrency: options.concurrency }) });
      }
    }
    if (grades.length > 1) setGrades.set(caseId, grades);
  }
  const overallPairs: Pair[] = [];
  const dimensionPairs: Pair[] = [];
  for (const grades of setGrades.values()) {
    for (const hi of grades) {
      for (const lo of grades) {
        // Dense notes are held to their own targets (whole.dense), as in the step pairs.
        if (RANK[hi.label] <= RANK[lo.label] || hi.style === 'dense') continue;
        overallPairs.push({ higher: hi.grade.score, lower: lo.grade.score });
        for (const d of Object.keys(hi.grade.dimensions)) dimensionPairs.push({ higher: hi.grade.dimensions[d]!, lower: lo.grade.dimensions[d] ?? 0 });
      }
    }
  }

  // A 20-30 word note is strong in substance but short by design: its band starts lower, so it is
  // held to its band and to the pairs, not read against the strong cut.
  const rated = answers.filter((a) => a.style !== 'dense');
  const kappa = quadraticWeightedKappa(
    rated.map((a) => RANK[a.label]),
    rated.map((a) => levelOfScore(a.score, LEVEL_CUTS)),
    3,
  );
  const bias = mean(answers.map((a) => a.score - (a.band[0] + a.band[1]) / 2));
  const inBand = answers.filter((a) => a.score >= a.band[0] && a.score <= a.band[1]).length / Math.max(1, answers.length);
  const spreads = [...byAnswer.values()].map((rs) => stddev(rs.map((r) => r.score)));
  const allScores = answers.map((a) => a.score);
  const constant = stddev(allScores) < THRESHOLDS.constant;

  const attacks: AttackOutcome[] = set.adversarial.map((a) => {
    const score = meanScore(a.id);
    const mid = answers.find((x) => x.caseId === a.caseId && x.step === a.step && x.label === 'mid');
    const midScore = mid ? mid.score : null;
    return {
      id: a.id,
      caseId: a.caseId,
      step: a.step,
      attack: a.attack,
      note: a.note,
      cap: a.cap,
      score,
      midScore,
      capped: score <= a.cap && (midScore === null || score < midScore || constant),
    };
  });

  const styles = LABELS.flatMap((label) =>
    STYLES.map((style) => {
      const xs = answers.filter((a) => a.label === label && a.style === style).map((a) => a.score);
      return { label, style, n: xs.length, mean: mean(xs) };
    }),
  ).filter((x) => x.n > 0);
  const gaps = answers
    .filter((a) => a.sameAs)
    .map((a) => ({ id: a.id, gap: Math.abs(a.score - answers.find((b) => b.id === a.sameAs)!.score) }));
  const worst = gaps.reduce<{ id: string; gap: number } | null>((w, g) => (!w || g.gap > w.gap ? g : w), null);
  const formatGap = { pairs: gaps.length, mean: mean(gaps.map((g) => g.gap)), worst: worst?.gap ?? 0, worstId: worst?.id ?? null };
  const whole = await wholeInterviewChecks(grader, cases, set, setGrades, options.concurrency);
  const conversation = await calibrateConversation(grader, cases, set.conversation, options.concurrency);
  const probes = await calibrateProbes(grader, cases, set.probes, options.concurrency);

  const report: Omit<CalibrationReport, 'verdict'> = {
    grader: grader.info,
    runs: options.runs,
    answers,
    pairwise: {
      steps: accuracyOf(stepPairs),
      overall: accuracyOf(overallPairs),
      dimensions: accuracyOf(dimensionPairs),
      dense: accuracyOf(densePairs),
      byStep: Object.fromEntries(Object.entries(byStep).map(([k, v]) => [k, accuracyOf(v)])),
    },
    kappa,
    bias,
    inBand,
    spread: { mean: mean(spreads), max: Math.max(0, ...spreads) },
    constant,
    attacks,
    styles,
    formatGap,
    whole,
    conversation,
    probes,
  };
  return { ...report, verdict: verdictOf(report) };
}

export function verdictOf(r: Omit<CalibrationReport, 'verdict'>): { fit: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (r.constant) reasons.push('it gives (nearly) the same score to every answer, so it is not grading');
  if (!(r.pairwise.steps.accuracy >= THRESHOLDS.pairwise)) {
    reasons.push(`it orders only ${pct(r.pairwise.steps.accuracy)} of answer pairs right (needs ${pct(THRESHOLDS.pairwise)})`);
  }
  if (r.pairwise.overall.pairs > 0 && !(r.pairwise.overall.accuracy >= THRESHOLDS.pairwise)) {
    reasons.push(`it orders only ${pct(r.pairwise.overall.accuracy)} of whole interviews right (needs ${pct(THRESHOLDS.pairwise)})`);
  }
  if (!(r.kappa >= THRESHOLDS.kappa)) reasons.push(`its agreement with the labels is low (quadratic weighted kappa ${r.kappa.toFixed(2)}, needs ${THRESHOLDS.kappa})`);
  const failed = r.attacks.filter((a) => !a.capped && GUARDED_ATTACKS.has(a.attack));
  if (failed.length > 0) reasons.push(`${failed.length} adversarial answer(s) scored above their cap: ${failed.map((a) => `${a.id} (${a.attack}, ${Math.round(a.score)})`).join(', ')}`);
  if (r.formatGap.pairs > 0 && r.formatGap.mean > THRESHOLDS.formatGap) {
    reasons.push(`the same content scores differently in bullets and in sentences (mean gap ${r.formatGap.mean.toFixed(1)} points, allowed ${THRESHOLDS.formatGap})`);
  }
  reasons.push(...r.whole.failures);
  if (r.conversation.pairs > 0 && !(r.conversation.ordered / r.conversation.pairs >= THRESHOLDS.pairwise)) {
    reasons.push(`it orders only ${pct(r.conversation.ordered / r.conversation.pairs)} of twist and deep-dive answer pairs right (needs ${pct(THRESHOLDS.pairwise)})`);
  }
  if (r.runs > 1 && r.spread.mean > THRESHOLDS.spread) {
    reasons.push(`its scores vary between runs (mean spread ${r.spread.mean.toFixed(1)} points, allowed ${THRESHOLDS.spread})`);
  }
  return { fit: reasons.length === 0, reasons };
}
