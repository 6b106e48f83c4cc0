import { loadLibrary } from '../dist/src/cases/library.js';
import { OfflineGrader } from '../dist/src/grading/offline.js';
import { loadCalibrationSet } from '../dist/src/calibration/set.js';
const cases = (await loadLibrary([])).entries.map((e) => e.case);
const grader = new OfflineGrader(cases);
const set = loadCalibrationSet();
let n = 0;
for (const a of set.labelled) {
  const c = cases.find((x) => x.id === a.caseId);
  const r = grader.gradeStepSync({ case: c, step: a.step, answer: a.text });
  for (const f of r.flags) if (f.kind === 'estimate') { n++; console.log(a.id, '|', f.message.slice(0, 230)); }
}
console.log('estimate flags on labelled answers:', n, 'of', set.labelled.length);
