import { loadLibrary } from '../dist/src/cases/library.js';
import { OfflineGrader } from '../dist/src/grading/offline.js';
import { gradeAnswers } from '../dist/src/grading/run.js';
import { unpromptedShare } from '../dist/src/grading/conversation.js';
import { loadCalibrationSet } from '../dist/src/calibration/set.js';
const cases = (await loadLibrary([])).entries.map((e) => e.case);
const grader = new OfflineGrader(cases);
const set = loadCalibrationSet();
const out = {};
for (const c of cases) for (const label of ['strong', 'mid', 'weak']) for (const style of ['prose', 'bullets']) {
  const answers = {};
  for (const a of set.labelled.filter((x) => x.caseId === c.id && x.label === label && x.style === style)) answers[a.step] = a.text;
  if (Object.keys(answers).length < 7) continue;
  const g = await gradeAnswers(grader, c, answers);
  (out[`${label}/${style}`] ??= []).push([Math.round(unpromptedShare(g) * 100), g.score]);
}
for (const [k, v] of Object.entries(out)) { const s = v.map((x) => x[0]).sort((a, b) => a - b); const sc = v.map(x=>x[1]).sort((a,b)=>a-b); console.log(k.padEnd(14), 'share', s.join(' '), '| score', sc.join(' ')); }
