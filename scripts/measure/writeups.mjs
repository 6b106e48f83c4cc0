// Grades write-ups and, given the estimators' files, counts those within 15 points of their mean.
// Usage (after `npm run build`): node scripts/measure/writeups.mjs WRITEUPS.yaml... [--estimates E1.yaml,E2.yaml] [--summary]
// Without estimates it prints one JSON line per write-up (keep them to compare later);
// --summary prints only the count, for write-ups nobody has read yet.
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { gradeAnswers } from '../../dist/src/grading/run.js';
import { offlineGrader } from './offline-grader.mjs';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const at = args.indexOf('--estimates');
const estimateFiles = at >= 0 ? args[at + 1].split(',') : [];
const files = args.filter((a, i) => a !== '--summary' && (at < 0 || (i !== at && i !== at + 1)));
const estimates = estimateFiles.map((f) => new Map(jsYaml.load(readFileSync(f, 'utf8')).map((e) => [e.id, e.estimate])));
const { cases, grader } = await offlineGrader();
let within = 0;
let n = 0;
for (const file of files) {
  for (const entry of jsYaml.load(readFileSync(file, 'utf8'))) {
    const grade = await gradeAnswers(grader, cases.get(entry.case), entry.answers);
    const flags = grade.flags.filter((f) => f.kind !== 'unanswered').map((f) => `${f.step ?? 'set'}:${f.kind}`);
    if (estimates.length === 0) {
      console.log(JSON.stringify({ id: entry.id, quality: entry.quality, score: grade.score, flags }));
      continue;
    }
    const each = estimates.map((m) => m.get(entry.id));
    const estimate = each.reduce((s, x) => s + x, 0) / each.length;
    const ok = Math.abs(grade.score - estimate) <= 15;
    within += ok ? 1 : 0;
    n++;
    if (!summary) console.log(`${ok ? 'ok  ' : 'MISS'} ${String(grade.score).padStart(3)} est ${String(estimate).padStart(5)} (${each.join('/')}) ${String(entry.quality).padEnd(11)} ${entry.id} ${flags.join(' ')}`);
  }
}
if (estimates.length > 0) console.log(`${within} of ${n} within 15 points of the estimate`);
