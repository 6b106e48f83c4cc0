import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../src/cases/schema.js';
import { calibrateProbes } from '../src/calibration/probes.js';
import { loadCalibrationSet, type ProbePair } from '../src/calibration/set.js';
import { OfflineGrader } from '../src/grading/offline.js';
import type { Grader, StepGradeRequest, StepResult } from '../src/grading/types.js';
import { bundledCases } from './helpers/library.js';

let cases: Map<string, Case>;
beforeAll(async () => {
  cases = new Map((await bundledCases()).map((c) => [c.id, c]));
});

/** A grader that scores each answer by a table, and flags the answers it is told to. */
function scripted(scores: Record<string, number>, flagged: string[] = []): Grader {
  return {
    gradeStep: async (r: StepGradeRequest) =>
      ({ score: scores[r.answer] ?? 0, flags: flagged.includes(r.answer) ? [{ kind: 'mistake', message: 'x' }] : [] }) as unknown as StepResult,
  } as unknown as Grader;
}

const probe = (kind: ProbePair['kind'], sound: string, unsound: string): ProbePair => ({ id: `${kind}-${sound}`, case: 'fraud-detection', step: 'data', kind, sound, unsound, set: 'test' });

describe('probe pairs', () => {
  it('holds each kind to what it expects', async () => {
    const grader = scripted({ a: 60, b: 40, c: 55, d: 70 }, ['b']);
    const report = await calibrateProbes(grader, cases, [probe('dismissal', 'a', 'b'), probe('dismissal', 'b', 'a'), probe('contrast', 'a', 'b'), probe('leakage', 'b', 'a'), probe('form', 'a', 'c'), probe('form', 'a', 'b')], 2);
    expect(report.rows.map((r) => r.pass)).toEqual([true, false, true, false, true, false]);
    expect(report.byKind).toMatchObject({ dismissal: { passed: 1, total: 2 }, contrast: { passed: 1, total: 1 }, leakage: { passed: 0, total: 1 }, form: { passed: 1, total: 2 } });
  });

  it('grades the bundled blind probes: the rejected mistake and the signal used safely are never flagged, and most stated ones are', async () => {
    const set = loadCalibrationSet();
    expect(set.probes.length).toBeGreaterThanOrEqual(16160);
    const report = await calibrateProbes(new OfflineGrader([...cases.values()]), cases, set.probes, 4);
    const of = (kind: string) => report.rows.filter((r) => r.kind === kind);
    for (const kind of ['contrast', 'leakage']) expect(of(kind).filter((r) => r.soundFlagged)).toEqual([]);
    // Measured when the sets were written, before anyone read them (sets 1-4 on 534031a, sets 5-7
    // on 466b954, sets 8 and 9 on 48073cd, set 10 on 2424b0a): leakage 4, 3, 6, 3, 8 and 7 of 16,
    // 13, 19, 15 and 17 of 32, contrast 11, 7, 7, 5, 10 and 12 of 20, 25 of 48, 20, 25 and 24 of 44,
    // dismissal 20, 21, 22, 22, 20, 22, 23, 20 and 22 of 24, form 16, 15, 15, 14, 15, 17, 15, 15 and
    // 14 of 20 (set 7 asks for mistakes only; sets 8-11 have a third part that does); set 11 on
    // 2424b0a: leakage 16 of 32, contrast 31 of 44, dismissal 22 of 24, form 14 of 20; set 12 on
    // 2337119: leakage 20 of 32, contrast 23 of 44, dismissal 22 of 24, form 15 of 20; set 13 on
    // e5eb8d5: leakage 19 of 32, contrast 26 of 44, dismissal 20 of 24, form 15 of 20; set 14 on
    // cd74f18: leakage 20 of 32, contrast 28 of 44, dismissal 23 of 24, form 14 of 20; set 15 on
    // cd74f18: leakage 19 of 32, contrast 27 of 44, dismissal 22 of 24, form 14 of 20; set 16 on
    // 96912a6: leakage 22 of 32, contrast 32 of 44, dismissal 20 of 24, form 13 of 20; set 17 on
    // 96912a6: leakage 24 of 32, contrast 30 of 44, dismissal 21 of 24, form 14 of 20; set 18 on
    // 5109900: leakage 24 of 32, contrast 26 of 44, dismissal 24 of 24, form 18 of 20; set 19 on
    // 5109900: leakage 22 of 32, contrast 26 of 44, dismissal 23 of 24, form 15 of 20; set 20 on
    // 2eb6e30: leakage 19 of 32, contrast 22 of 44, dismissal 20 of 24, form 13 of 20; set 21 on
    // 32e4a39: leakage 24 of 32, contrast 32 of 44, dismissal 23 of 24, form 16 of 20; set 22 on
    // 26ffeff: leakage 19 of 32, contrast 30 of 44, dismissal 24 of 24, form 16 of 20; set 23 on
    // b9cb0d1: leakage 20 of 32, contrast 31 of 44, dismissal 23 of 24, form 17 of 20; set 24 on
    // 63283dd: leakage 16 of 32, contrast 34 of 44, dismissal 20 of 24, form 15 of 20; set 25 on
    // 67db3c2: leakage 22 of 32, contrast 34 of 44, dismissal 24 of 24, form 13 of 20; set 26 on
    // 2a418eb: leakage 24 of 32, contrast 35 of 44, dismissal 22 of 24, form 16 of 20 (30 and 39
    // with the learned mistake reading trained on sets 1-25, at 0.85/0.7); set 27 on 2a418eb: leakage
    // 23 of 32, contrast 35 of 44, dismissal 20 of 24, form 17 of 20 (26 and 38 on c6bd690); set 28 on
    // c6bd690: leakage 27 of 32, contrast 37 of 44, dismissal 24 of 24, form 11 of 20; set 29 on
    // 928cb03: leakage 31 of 32, contrast 35 of 44, dismissal 19 of 24, form 13 of 20; set 30 on
    // d8ec71c: leakage 29 of 32, contrast 35 of 44, dismissal 22 of 24, form 16 of 20; set 31 on
    // 754cff7: leakage 28 of 32, contrast 39 of 44, dismissal 21 of 24, form 14 of 20; set 32 on
    // b377dc4: leakage 30 of 32, contrast 38 of 44, dismissal 23 of 24, form 16 of 20; set 33 on
    // 32c345a: leakage 26 of 32, contrast 36 of 44, dismissal 24 of 24, form 12 of 20; set 34 on
    // d07e544: leakage 27 of 32, contrast 38 of 44, dismissal 23 of 24, form 14 of 20; set 35 on
    // df4dfbc: leakage 28 of 32, contrast 40 of 44, dismissal 20 of 24, form 15 of 20; set 36 on
    // ac30800: leakage 26 of 32, contrast 34 of 44, dismissal 22 of 24, form 16 of 20; set 37 on
    // ac30800: leakage 30 of 32, contrast 40 of 44, dismissal 23 of 24, form 13 of 20; set 38 on
    // 5b1580b: leakage 29 of 32, contrast 36 of 44, dismissal 23 of 24, form 15 of 20; set 39 on
    // 8641e74: leakage 29 of 32, contrast 38 of 44, dismissal 23 of 24, form 17 of 20; set 40 on
    // 4a551b3: leakage 28 of 32, contrast 34 of 44, dismissal 20 of 24, form 12 of 20; set 41 on
    // 4a551b3: leakage 30 of 32, contrast 38 of 44, dismissal 20 of 24, form 18 of 20; set 42 on
    // 7135263: leakage 31 of 32, contrast 38 of 44, dismissal 21 of 24, form 14 of 20; set 43 on
    // 8fb82b6: leakage 26 of 32, contrast 37 of 44, dismissal 22 of 24, form 13 of 20; set 44 on
    // 2a797ab: leakage 30 of 32, contrast 42 of 44, dismissal 23 of 24, form 16 of 20; set 45 on
    // 72712f2: leakage 32 of 32, contrast 39 of 44, dismissal 16 of 24, form 15 of 20; set 46 on
    // 72712f2: leakage 31 of 32, contrast 39 of 44, dismissal 21 of 24, form 14 of 20; set 47 on
    // 4bee3e0: leakage 24 of 32, contrast 37 of 44, dismissal 22 of 24, form 15 of 20; set 48 on
    // 4bee3e0: leakage 30 of 32, contrast 40 of 44, dismissal 21 of 24, form 16 of 20; set 49 on
    // 284cc86: leakage 30 of 32, contrast 39 of 44, dismissal 23 of 24, form 15 of 20; set 50 on
    // d300c59: leakage 28 of 32, contrast 38 of 44, dismissal 22 of 24, form 10 of 20; set 51 on
    // f85f393: leakage 28 of 32, contrast 39 of 44, dismissal 23 of 24, form 14 of 20; set 52 on
    // 7e3416e: leakage 29 of 32, contrast 41 of 44, dismissal 23 of 24, form 13 of 20; set 53 on
    // 6355a76: leakage 29 of 32, contrast 41 of 44, dismissal 22 of 24, form 15 of 20; set 54 on
    // 44b81bd: leakage 30 of 32, contrast 41 of 44, dismissal 23 of 24, form 12 of 20; set 55 on
    // 7fa89df: leakage 27 of 32, contrast 37 of 44, dismissal 23 of 24, form 10 of 20; set 56 on
    // 3b93a6b: leakage 30 of 32, contrast 35 of 44, dismissal 23 of 24, form 15 of 20; set 57 on
    // bcb9b52: leakage 28 of 32, contrast 39 of 44, dismissal 24 of 24, form 16 of 20; set 58 on
    // 022917b: leakage 30 of 32, contrast 42 of 44, dismissal 21 of 24, form 14 of 20; set 59 on
    // 7948742: leakage 29 of 32, contrast 42 of 44, dismissal 22 of 24, form 14 of 20; set 60 on
    // 6c66955: leakage 30 of 32, contrast 39 of 44, dismissal 22 of 24, form 17 of 20; set 61 on
    // 92b45c8: leakage 30 of 32, contrast 38 of 44, dismissal 20 of 24, form 15 of 20; set 62 on
    // 58b7247: leakage 31 of 32, contrast 41 of 44, dismissal 23 of 24, form 16 of 20; set 63 on
    // ac10ad6: leakage 28 of 32, contrast 39 of 44, dismissal 22 of 24, form 18 of 20; set 64 on
    // 40ee33f: leakage 32 of 32, contrast 37 of 44, dismissal 22 of 24, form 17 of 20; set 65 on
    // c07428c: leakage 31 of 32, contrast 38 of 44, dismissal 20 of 24, form 12 of 20; set 66 on
    // e2d5407: leakage 24 of 32, contrast 39 of 44, dismissal 24 of 24, form 16 of 20; set 67 on
    // 74ce8ea: leakage 31 of 32, contrast 40 of 44, dismissal 23 of 24, form 17 of 20; set 68 on
    // e19552d: leakage 29 of 32, contrast 40 of 44, dismissal 20 of 24, form 18 of 20; set 69 on
    // 4c7260b: leakage 29 of 32, contrast 39 of 44, dismissal 24 of 24, form 14 of 20; set 70 on
    // 4596bb7: leakage 31 of 32, contrast 41 of 44, dismissal 24 of 24, form 12 of 20; set 71 on
    // f51d9b3: leakage 30 of 32, contrast 39 of 44, dismissal 20 of 24, form 18 of 20; set 72 on
    // 4f3237d: leakage 29 of 32, contrast 35 of 44, dismissal 23 of 24, form 13 of 20; set 73 on
    // 42c28ea: leakage 28 of 32, contrast 42 of 44, dismissal 19 of 24, form 13 of 20; set 74 on
    // 13daf1e: leakage 30 of 32, contrast 43 of 44, dismissal 23 of 24, form 15 of 20; set 75 on
    // d61a0d3: leakage 32 of 32, contrast 38 of 44, dismissal 22 of 24, form 15 of 20; set 76 on
    // 2342762: leakage 31 of 32, contrast 39 of 44, dismissal 21 of 24, form 13 of 20; set 77 on
    // b49b03a: leakage 29 of 32, contrast 40 of 44, dismissal 23 of 24, form 12 of 20; set 78 on
    // a3cc8d0: leakage 32 of 32, contrast 39 of 44, dismissal 22 of 24, form 15 of 20; set 79 on
    // 7fd0199: leakage 28 of 32, contrast 42 of 44, dismissal 21 of 24, form 15 of 20; set 80 on
    // 7cf1ff8: leakage 32 of 32, contrast 41 of 44, dismissal 22 of 24, form 16 of 20; set 81 on
    // dd779e1: leakage 29 of 32, contrast 38 of 44, dismissal 22 of 24, form 16 of 20; set 82 on
    // 3603d44: leakage 31 of 32, contrast 37 of 44, dismissal 20 of 24, form 16 of 20; set 83 on
    // 3d9e9ea: leakage 31 of 32, contrast 40 of 44, dismissal 21 of 24, form 16 of 20; set 84 on
    // 2f040e2: leakage 31 of 32, contrast 38 of 44, dismissal 21 of 24, form 15 of 20; set 85 on
    // bfd467b: leakage 29 of 32, contrast 38 of 44, dismissal 23 of 24, form 17 of 20; set 86 on
    // 29aa8fa: leakage 29 of 32, contrast 42 of 44, dismissal 22 of 24, form 12 of 20; set 87 on
    // 225d656: leakage 26 of 32, contrast 41 of 44, dismissal 22 of 24, form 15 of 20; set 88 on
    // 804f04b: leakage 27 of 32, contrast 40 of 44, dismissal 24 of 24, form 13 of 20; set 89 on
    // 72deeb9: leakage 30 of 32, contrast 38 of 44, dismissal 23 of 24, form 16 of 20; set 90 on
    // 35d1b47: leakage 29 of 32, contrast 36 of 44, dismissal 22 of 24, form 15 of 20; set 91 on
    // 1e46ce1 (35d1b47's grading): leakage 30 of 32, contrast 43 of 44, dismissal 23 of 24, form 19 of 20; set 92
    // on fa3a2a0: leakage 29 of 32, contrast 41 of 44, dismissal 23 of 24, form 16 of 20; set 93 on 2ca68ae:
    // leakage 28 of 32, contrast 42 of 44, dismissal 24 of 24, form 14 of 20; set 94 on ef22a2b:
    // leakage 30 of 32, contrast 41 of 44, dismissal 19 of 24, form 17 of 20; set 95 on 10be514
    // (8c0c17f's grading): leakage 31 of 32, contrast 43 of 44, dismissal 21 of 24, form 16 of 20; set 96
    // on 3a6c5cf and 5760306: leakage 30 of 32, contrast 39 of 44, dismissal 20 of 24, form 16 of 20; set
    // 97 on 5760306: leakage 30 of 32, contrast 40 of 44, dismissal 22 of 24, form 17 of 20; set 98 on
    // 42024b2: leakage 27 of 32, contrast 43 of 44, dismissal 22 of 24, form 18 of 20; set 99 on
    // 42024b2: leakage 30 of 32, contrast 37 of 44, dismissal 24 of 24, form 11 of 20; set 100 on
    // 42024b2: leakage 29 of 32, contrast 41 of 44, dismissal 23 of 24, form 16 of 20; set 101 on
    // 0826072: leakage 27 of 32, contrast 41 of 44, dismissal 22 of 24, form 18 of 20; set 102 on
    // 2d85bf8: leakage 30 of 32, contrast 42 of 44, dismissal 23 of 24, form 16 of 20; set 103 on
    // df04d8d: leakage 32 of 32, contrast 40 of 44, dismissal 20 of 24, form 17 of 20; set 104 on
    // e038291: leakage 30 of 32, contrast 42 of 44, dismissal 23 of 24, form 17 of 20; set 105 on
    // dbc2ca2: leakage 30 of 32, contrast 40 of 44, dismissal 21 of 24, form 16 of 20; set 106 on
    // f08d804: leakage 31 of 32, contrast 41 of 44, dismissal 24 of 24, form 17 of 20; set 107 on
    // 31d6db2: leakage 30 of 32, contrast 38 of 44, dismissal 24 of 24, form 14 of 20; set 108 on
    // d184fc9: leakage 26 of 32, contrast 43 of 44, dismissal 22 of 24, form 12 of 20; set 109 on
    // 15241fd: leakage 31 of 32, contrast 41 of 44, dismissal 23 of 24, form 16 of 20; set 110 on
    // 2fa5477: leakage 31 of 32, contrast 40 of 44, dismissal 22 of 24, form 16 of 20; sets 111 and 112
    // on a011141: leakage 31 and 32 of 32, contrast 41 and 42 of 44, dismissal 24 and 21 of 24, form 17
    // and 15 of 20; set 113 on a011141: leakage 26 of 32, contrast 39 of 44, dismissal 20 of 24, form 16
    // of 20; sets 114 and 115 on ddb2013: leakage 30 and 26 of 32, contrast 40 and 38 of 44, dismissal 21
    // and 23 of 24, form 17 and 14 of 20; set 116 on ddb2013: leakage 30 of 32, contrast 44 of 44,
    // dismissal 22 of 24, form 13 of 20; set 117 on 4dab2fe: leakage 29 of 32, contrast 36 of 44,
    // dismissal 23 of 24, form 17 of 20; set 118 on 4dab2fe: leakage 31 of 32, contrast 43 of 44,
    // dismissal 23 of 24, form 16 of 20; set 119 on 4dab2fe: leakage 30 of 32, contrast 42 of 44,
    // dismissal 22 of 24, form 14 of 20; sets 120 and 121 on 65885f7: leakage 30 and 31 of 32, contrast
    // 43 and 41 of 44, dismissal 22 and 23 of 24, form 15 and 16 of 20; set 122 on 2313bd4: leakage 30
    // of 32, contrast 40 of 44, dismissal 24 of 24, form 14 of 20; set 123 on a66660b: leakage 29 of 32,
    // contrast 40 of 44, dismissal 24 of 24, form 17 of 20; set 124 on a66660b: leakage 29 of 32, contrast 39
    // of 44, dismissal 23 of 24, form 16 of 20; set 125 on 1ab8b09: leakage 32 of 32, contrast 41 of 44,
    // dismissal 23 of 24, form 19 of 20; set 126 on 408bc75: leakage 30 of 32, contrast 42 of 44,
    // dismissal 24 of 24, form 16 of 20; set 127 on 408bc75: leakage 29 of 32, contrast 42 of 44,
    // dismissal 20 of 24, form 15 of 20; set 128 on 408bc75: leakage 30 of 32, contrast 41 of 44,
    // dismissal 24 of 24, form 13 of 20; sets 129 and 130 on 3525f63: leakage 31 and 32 of 32, contrast
    // 42 and 42 of 44, dismissal 22 and 24 of 24, form 16 and 13 of 20; set 131 on 3525f63: leakage 30
    // of 32, contrast 42 of 44, dismissal 24 of 24, form 16 of 20; set 132 on b273bfc: leakage 27 of 32,
    // contrast 42 of 44, dismissal 23 of 24, form 14 of 20; set 133 on 48cf369: leakage 31 of 32,
    // contrast 43 of 44, dismissal 21 of 24, form 14 of 20; set 134 on 48cf369: leakage 32 of 32,
    // contrast 41 of 44, dismissal 22 of 24, form 18 of 20; set 135 on cd57adc: leakage 28 of 32,
    // contrast 43 of 44, dismissal 24 of 24, form 11 of 20; set 136 on 87d8d3b: leakage 30 of 32,
    // contrast 41 of 44, dismissal 21 of 24, form 14 of 20; set 137 on 67a2c07: leakage 30 of 32,
    // contrast 37 of 44, dismissal 22 of 24, form 19 of 20.
    expect(report.byKind.leakage.passed).toBeGreaterThanOrEqual(4283);
    expect(report.byKind.contrast.passed).toBeGreaterThanOrEqual(5876);
    expect(report.byKind.dismissal.passed).toBeGreaterThanOrEqual(3158);
    expect(report.byKind.form.passed).toBeGreaterThanOrEqual(2205);
  }, 240_000);
});
