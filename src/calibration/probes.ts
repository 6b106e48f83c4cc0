import type { Case } from '../cases/schema.js';
import type { Grader, StepResult } from '../grading/types.js';
import { mapLimit } from '../util/pool.js';
import { PROBE_KINDS, type ProbeKind, type ProbePair } from './set.js';

/**
 * Probe pairs graded as drill steps, each answer alone, against what its kind expects. The flag
 * kinds that say "this is wrong" are a shared mistake and a case red flag.
 */
const WRONG_KINDS: ReadonlySet<string> = new Set(['mistake', 'red-flag']);

/** What each kind expects, as the report says it. */
export const PROBE_EXPECTATIONS: Record<ProbeKind, string> = {
  dismissal: 'waved away scores below adopted',
  contrast: 'mistake stated is flagged, rejected is not',
  leakage: 'input known after the outcome flagged, safe use not',
  form: 'sentences and terse note within 10 points',
};

const FORM_GAP = 10;

export interface ProbeRow {
  id: string;
  caseId: string;
  step: string;
  kind: ProbeKind;
  set: string;
  sound: number;
  unsound: number;
  soundFlagged: boolean;
  unsoundFlagged: boolean;
  pass: boolean;
}

export interface ProbeReport {
  rows: ProbeRow[];
  byKind: Record<ProbeKind, { passed: number; total: number }>;
}

const flaggedWrong = (r: StepResult) => r.flags.some((f) => WRONG_KINDS.has(f.kind));

function passes(kind: ProbeKind, sound: StepResult, unsound: StepResult): boolean {
  switch (kind) {
    case 'dismissal':
      return unsound.score < sound.score;
    case 'contrast':
    case 'leakage':
      return flaggedWrong(unsound) && !flaggedWrong(sound);
    case 'form':
      return Math.abs(sound.score - unsound.score) <= FORM_GAP;
  }
}

export async function calibrateProbes(grader: Grader, cases: Map<string, Case>, probes: ProbePair[], concurrency: number): Promise<ProbeReport> {
  for (const p of probes) if (!cases.has(p.case)) throw new Error(`the probe set names case "${p.case}", which is not in the library`);
  const rows = await mapLimit(probes, concurrency, async (p): Promise<ProbeRow> => {
    const c = cases.get(p.case)!;
    const sound = await grader.gradeStep({ case: c, step: p.step, answer: p.sound });
    const unsound = await grader.gradeStep({ case: c, step: p.step, answer: p.unsound });
    return {
      id: p.id,
      caseId: p.case,
      step: p.step,
      kind: p.kind,
      set: p.set,
      sound: sound.score,
      unsound: unsound.score,
      soundFlagged: flaggedWrong(sound),
      unsoundFlagged: flaggedWrong(unsound),
      pass: passes(p.kind, sound, unsound),
    };
  });
  const byKind = Object.fromEntries(
    PROBE_KINDS.map((kind) => {
      const of = rows.filter((r) => r.kind === kind);
      return [kind, { passed: of.filter((r) => r.pass).length, total: of.length }];
    }),
  ) as ProbeReport['byKind'];
  return { rows, byKind };
}
