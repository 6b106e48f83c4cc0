// How the offline grader reads one answer: a step ("CASE STEP TEXT_OR_FILE") graded alone, or an
// answer set ("CASE --set FILE.yaml ID" with FILE a list of {id, case, answers}) graded whole:
// each step's score, its flags and each criterion's level with the quotes that earned it.
// Usage (after `npm run build`): node scripts/measure/explain.mjs fraud-detection evaluation "Accuracy is our main metric."
import { existsSync, readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { gradeStep } from '../../dist/src/grading/pipeline.js';
import { gradeAnswers } from '../../dist/src/grading/run.js';
import { offlineGrader } from './offline-grader.mjs';

const [caseId, stepOrFlag, arg, id] = process.argv.slice(2);
const { cases, grader } = await offlineGrader();
const c = cases.get(caseId);
if (!c) throw new Error(`unknown case ${caseId}`);
function show(result) {
  console.log(`== ${result.step} ${result.score}`);
  for (const f of result.flags) console.log(`   FLAG ${f.kind} ${f.effect ?? ''} | ${f.message}`);
  for (const k of result.criteria) console.log(`   ${k.id} ${k.level} ${(k.evidence ?? []).map((e) => e.quote ?? e).join(' // ')}`);
}
if (stepOrFlag === '--set') {
  const entry = jsYaml.load(readFileSync(arg, 'utf8')).find((e) => e.id === id);
  const grade = await gradeAnswers(grader, c, entry.answers);
  console.log(`overall ${grade.score} (${grade.hire})`);
  grade.steps.forEach(show);
} else {
  const answer = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
  show(await gradeStep(grader, { case: c, step: stepOrFlag, answer }));
}
