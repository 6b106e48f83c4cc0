// Grades blind held-out answer sets (dense, mid, dismissive and wrong interviews per case) and
// counts them against the targets: dense notes at 50 or more and above the same case's mid-level
// interview, dismissive at 20 or less, wrong at 25 or less and below mid.
// Usage (after `npm run build`): node scripts/measure/held-out.mjs FILE_OR_DIR... [--summary]
// --summary prints only the counts, for a set nobody has read yet.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { gradeAnswers } from '../../dist/src/grading/run.js';
import { offlineGrader } from './offline-grader.mjs';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const files = args.filter((a) => a !== '--summary').flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.yaml')).map((f) => join(p, f)) : [p]));
const { cases, grader } = await offlineGrader();
const rows = [];
for (const file of files) {
  for (const entry of jsYaml.load(readFileSync(file, 'utf8'))) {
    const grade = await gradeAnswers(grader, cases.get(entry.case), entry.answers);
    rows.push({ id: entry.id, case: entry.case, kind: entry.kind, score: grade.score, flags: [...new Set(grade.flags.map((f) => f.kind))].join(',') });
  }
}
const mid = new Map(rows.filter((r) => r.kind === 'mid').map((r) => [r.case, r.score]));
const meets = {
  dense: (r) => r.score >= 50 && r.score > mid.get(r.case),
  dismissive: (r) => r.score <= 20,
  wrong: (r) => r.score <= 25 && r.score < mid.get(r.case),
};
if (!summary) {
  for (const r of rows) {
    const verdict = meets[r.kind] ? (meets[r.kind](r) ? 'ok  ' : 'MISS') : '    ';
    console.log(`${r.kind.padEnd(10)} ${String(r.score).padStart(3)} mid ${String(mid.get(r.case)).padStart(3)} ${verdict} ${r.id} ${r.flags}`);
  }
}
const mean = (xs) => (xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(1);
for (const kind of ['dense', 'dismissive', 'wrong']) {
  const of = rows.filter((r) => r.kind === kind);
  console.log(`${kind}: ${of.filter(meets[kind]).length}/${of.length} mean ${mean(of.map((r) => r.score))}`);
}
console.log(`mid mean ${mean(rows.filter((r) => r.kind === 'mid').map((r) => r.score))}`);
