import type { Case } from '../cases/schema.js';
import { gradeAnswers } from '../grading/run.js';
import type { Answers, Grade, Grader, StepResult } from '../grading/types.js';
import { mean } from './metrics.js';
import type { CalibrationSet, Label, Style } from './set.js';

/**
 * Whole-interview measures on the labelled set: the same content in bullets and in sentences,
 * dense notes against mid-level answers, dismissive and fluent-but-wrong interviews, a generic
 * template pasted into every case, the case's own reference pasted back, and published-style
 * write-ups against an interviewer's estimate.
 */

/** What the grader must reach on whole interviews. */
export const WHOLE_TARGETS = {
  strongBullets: 65,
  dense: 50,
  dismissive: 20,
  wrong: 25,
  generic: 15,
  copy: 30,
  /** A write-up within this many points of the estimate counts as agreeing. */
  writeupWithin: 15,
  /** Share of write-ups that must agree. */
  writeupShare: 0.8,
  /**
   * Stuffing and padding caps allowed across the decent and excellent write-ups together: a cap
   * there holds sound content as a keyword list. A superficial template that is a list of bare terms
   * earns its cap, so those are not counted (the sixteenth session's first: a data step of bare
   * feature names in a superficial round-21 write-up).
   */
  writeupCaps: 3,
} as const;

export interface WholeRow {
  caseId: string;
  id: string;
  score: number;
  /** What the row is held against: a cap, a floor, or the mid-level interview. */
  target: string;
  pass: boolean;
  flags: string[];
  /** The same case's mid-level interview, where the row is held below it. */
  mid?: number;
  /** For a held-out interview, the set (file) it belongs to: each was written blind at one time. */
  set?: string;
}

export interface WholeInterviewReport {
  formatGap: { pairs: number; mean: number; worst: number };
  strongBullets: WholeRow[];
  dense: WholeRow[];
  dismissive: WholeRow[];
  wrong: WholeRow[];
  generic: WholeRow[];
  copy: WholeRow[];
  writeups: (WholeRow & { estimate: number; quality: string })[];
  /** The held-out interviews (written blind, never tuned on), against their own mid-level one. */
  heldOut: { dense: WholeRow[]; dismissive: WholeRow[]; wrong: WholeRow[] };
  /** Misses that make a grader unfit: form over substance, templates and copies rewarded. */
  failures: string[];
  /** Targets reported beside the verdict: reading dismissal and wrongness asks for meaning. */
  shortfalls: string[];
}

type SetGrades = Map<string, { label: Label; style: Style; grade: Grade }[]>;

const flagKinds = (g: Grade | StepResult) => [...new Set(g.flags.filter((f) => f.kind !== 'unanswered').map((f) => f.kind))];

/** The case's reference material for each step, pasted back as an answer. */
export function referenceAnswers(c: Case): Answers {
  return Object.fromEntries(c.steps.map((s) => [s.id, s.talkingPoints.join('\n')])) as Answers;
}

export async function wholeInterviewChecks(
  grader: Grader,
  cases: Map<string, Case>,
  set: CalibrationSet,
  setGrades: SetGrades,
  concurrency: number,
): Promise<WholeInterviewReport> {
  const grade = (c: Case, answers: Answers) => gradeAnswers(grader, c, answers, { concurrency });
  const of = (caseId: string, label: Label, style: Style) => setGrades.get(caseId)?.find((g) => g.label === label && g.style === style)?.grade;

  const gaps: number[] = [];
  const strongBullets: WholeRow[] = [];
  const dense: WholeRow[] = [];
  for (const caseId of setGrades.keys()) {
    for (const label of ['strong', 'mid'] as const) {
      const prose = of(caseId, label, 'prose');
      const bullets = of(caseId, label, 'bullets');
      if (prose && bullets) gaps.push(Math.abs(prose.score - bullets.score));
    }
    const mid = of(caseId, 'mid', 'prose');
    const sb = of(caseId, 'strong', 'bullets');
    if (sb) strongBullets.push({ caseId, id: `${caseId} strong bullets`, score: sb.score, target: `>= ${WHOLE_TARGETS.strongBullets}`, pass: sb.score >= WHOLE_TARGETS.strongBullets, flags: flagKinds(sb) });
    const d = of(caseId, 'strong', 'dense');
    if (d) {
      const pass = d.score >= WHOLE_TARGETS.dense && (!mid || d.score > mid.score);
      dense.push({ caseId, id: `${caseId} dense notes`, score: d.score, target: `>= ${WHOLE_TARGETS.dense}, > mid ${mid?.score ?? '-'}`, pass, flags: flagKinds(d) });
    }
  }

  // Dismissive and fluent-but-wrong interviews, assembled from their step answers.
  const attackSets = async (attack: 'dismissive' | 'wrong', cap: number): Promise<WholeRow[]> => {
    const rows: WholeRow[] = [];
    for (const [caseId, c] of cases) {
      const chosen = set.adversarial.filter((a) => a.caseId === caseId && a.attack === attack);
      if (new Set(chosen.map((a) => a.step)).size < c.steps.length) continue;
      const g = await grade(c, Object.fromEntries(c.steps.map((s) => [s.id, chosen.find((a) => a.step === s.id)!.text])));
      const mid = of(caseId, 'mid', 'prose');
      const pass = g.score <= cap && (!mid || g.score < mid.score);
      rows.push({ caseId, id: `${caseId} ${attack}`, score: g.score, target: `<= ${cap}, < mid ${mid?.score ?? '-'}`, pass, flags: flagKinds(g), ...(mid ? { mid: mid.score } : {}) });
    }
    return rows;
  };
  const dismissive = await attackSets('dismissive', WHOLE_TARGETS.dismissive);
  const wrong = await attackSets('wrong', WHOLE_TARGETS.wrong);

  const generic: WholeRow[] = [];
  for (const template of set.generic) {
    for (const [caseId, c] of cases) {
      const g = await grade(c, template.answers);
      const flags = flagKinds(g);
      generic.push({ caseId, id: `${template.id} -> ${caseId}`, score: g.score, target: `<= ${WHOLE_TARGETS.generic}, flagged`, pass: g.score <= WHOLE_TARGETS.generic && flags.includes('generic'), flags });
    }
  }

  const copy: WholeRow[] = [];
  for (const [caseId, c] of cases) {
    const g = await grade(c, referenceAnswers(c));
    const flags = flagKinds(g);
    copy.push({ caseId, id: `${caseId} reference pasted`, score: g.score, target: `<= ${WHOLE_TARGETS.copy}, flagged`, pass: g.score <= WHOLE_TARGETS.copy && flags.includes('copy'), flags });
  }

  const writeups: WholeInterviewReport['writeups'] = [];
  for (const w of set.writeups) {
    const c = cases.get(w.case);
    if (!c) continue;
    const g = await grade(c, w.answers);
    const pass = Math.abs(g.score - w.estimate) <= WHOLE_TARGETS.writeupWithin;
    writeups.push({ caseId: w.case, id: w.id, score: g.score, estimate: w.estimate, quality: w.quality, target: `${w.estimate} ± ${WHOLE_TARGETS.writeupWithin}`, pass, flags: flagKinds(g) });
  }

  const heldOut: WholeInterviewReport['heldOut'] = { dense: [], dismissive: [], wrong: [] };
  for (const [caseId, c] of cases) {
    for (const group of new Set(set.heldOut.map((h) => h.set))) {
      const mine = set.heldOut.filter((h) => h.case === caseId && h.set === group);
      const midOf = mine.find((h) => h.kind === 'mid');
      if (!midOf) continue;
      const mid = (await grade(c, midOf.answers)).score;
      for (const h of mine) {
        if (h.kind === 'mid') continue;
        const g = await grade(c, h.answers);
        const pass = h.kind === 'dense' ? g.score >= WHOLE_TARGETS.dense && g.score > mid : g.score <= WHOLE_TARGETS[h.kind] && g.score < mid;
        const target = h.kind === 'dense' ? `>= ${WHOLE_TARGETS.dense}, > mid ${mid}` : `<= ${WHOLE_TARGETS[h.kind]}, < mid ${mid}`;
        heldOut[h.kind].push({ caseId, id: h.id, score: g.score, target, pass, flags: flagKinds(g), mid, set: group });
      }
    }
  }

  const failures: string[] = [];
  const shortfalls: string[] = [];
  const failed = (rows: WholeRow[], what: string, into = failures) => {
    const bad = rows.filter((r) => !r.pass);
    if (bad.length > 0) into.push(`${bad.length} of ${rows.length} ${what} (${bad.slice(0, 4).map((r) => `${r.id}: ${r.score}`).join(', ')}${bad.length > 4 ? ', ...' : ''})`);
  };
  const formatGap = { pairs: gaps.length, mean: gaps.length ? mean(gaps) : 0, worst: Math.max(0, ...gaps) };
  if (formatGap.pairs > 0 && formatGap.mean > 10) failures.push(`whole interviews in bullets and in sentences differ by ${formatGap.mean.toFixed(1)} points on average (allowed 10)`);
  failed(strongBullets, `strong interviews in bullets score under ${WHOLE_TARGETS.strongBullets}`);
  failed(dense, `dense strong notes score under ${WHOLE_TARGETS.dense} or not above mid-level`, shortfalls);
  failed(dismissive, `dismissive interviews score over ${WHOLE_TARGETS.dismissive} or not below mid-level`, shortfalls);
  failed(wrong, `fluent-but-wrong interviews score over ${WHOLE_TARGETS.wrong} or not below mid-level`, shortfalls);
  failed(generic, `generic templates are not flagged or score over ${WHOLE_TARGETS.generic}`);
  failed(copy, `pasted references are not flagged or score over ${WHOLE_TARGETS.copy}`);
  if (writeups.length > 0) {
    const agree = writeups.filter((w) => w.pass).length;
    const caps = writeups.filter((w) => w.quality !== 'superficial').reduce((n, w) => n + w.flags.filter((f) => f === 'stuffing' || f === 'rambling').length, 0);
    if (agree < Math.ceil(WHOLE_TARGETS.writeupShare * writeups.length)) shortfalls.push(`only ${agree} of ${writeups.length} write-ups score within ${WHOLE_TARGETS.writeupWithin} points of the interviewer's estimate`);
    if (caps > WHOLE_TARGETS.writeupCaps) failures.push(`${caps} stuffing or padding caps among the decent and excellent write-ups (allowed ${WHOLE_TARGETS.writeupCaps})`);
  }
  failed(heldOut.dense, 'held-out dense notes score under 50 or not above their mid-level interview', shortfalls);
  failed(heldOut.dismissive, 'held-out dismissive interviews score over 20 or not below their mid-level interview', shortfalls);
  failed(heldOut.wrong, 'held-out fluent-but-wrong interviews score over 25 or not below their mid-level interview', shortfalls);
  return { formatGap, strongBullets, dense, dismissive, wrong, generic, copy, writeups, heldOut, failures, shortfalls };
}

