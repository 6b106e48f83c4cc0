// What changed between two `mlsd calibrate --json` reports, row by row, largest moves first.
// Usage: node bin/mlsd.js calibrate --json > a.json; (change, rebuild) ...> b.json;
//        node scripts/measure/compare-calibrations.mjs a.json b.json [rows to show, default 60]
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2, 4).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const limit = Number(process.argv[4] ?? 60);
function rowsOf(report) {
  const rows = new Map();
  for (const x of report.answers) rows.set(`answer ${x.id}`, { score: x.score, what: x.label });
  for (const x of report.attacks) rows.set(`attack ${x.id}`, { score: x.score, what: x.attack });
  for (const [kind, list] of Object.entries(report.whole)) if (Array.isArray(list)) for (const x of list) rows.set(`whole.${kind} ${x.id}`, { score: x.score, what: x.estimate === undefined ? '' : `estimate ${x.estimate}` });
  for (const [kind, list] of Object.entries(report.whole.heldOut)) for (const x of list) rows.set(`held-out.${kind} ${x.id}`, { score: x.score, what: `mid ${x.mid}` });
  // The mid-level interviews are no rows of their own: each dense row carries its case's.
  for (const x of report.whole.heldOut.dense) rows.set(`held-out.mid ${x.id.replace(/-dense$/, '-mid')}`, { score: x.mid, what: '' });
  return rows;
}
const before = rowsOf(a);
const after = rowsOf(b);
const changed = [];
for (const [key, row] of before) {
  const now = after.get(key);
  if (now && now.score !== row.score) changed.push({ key, from: row.score, to: now.score, what: row.what });
}
changed.sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));
for (const c of changed.slice(0, limit)) console.log(`${String(c.from).padStart(3)} -> ${String(c.to).padStart(3)} ${c.to > c.from ? '+' : ''}${c.to - c.from} ${c.key} ${c.what}`);
console.log(`${changed.length} of ${before.size} rows changed; pairwise ${(a.pairwise.steps.accuracy * 100).toFixed(1)}% -> ${(b.pairwise.steps.accuracy * 100).toFixed(1)}%, kappa ${a.kappa.toFixed(3)} -> ${b.kappa.toFixed(3)}`);
