// Grades probe pairs (two short answers to one step that differ in one thing; see
// blind/briefs/probes.md) from any file, such as a blind set not yet in calibration/probes/, and
// counts them as `mlsd calibrate` does (src/calibration/probes.ts says what each kind expects).
// Usage (after `npm run build`): node scripts/measure/probes.mjs FILE... [--summary]
// --summary prints only the counts, for probes nobody has read yet.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import jsYaml from 'js-yaml';
import { calibrateProbes } from '../../dist/src/calibration/probes.js';
import { offlineGrader } from './offline-grader.mjs';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const { cases, grader } = await offlineGrader();
const probes = args.filter((a) => a !== '--summary').flatMap((file) => jsYaml.load(readFileSync(file, 'utf8')).map((p) => ({ ...p, set: basename(file, '.yaml') })));
const { rows } = await calibrateProbes(grader, cases, probes, 1);
if (!summary) {
  const mark = (flagged) => (flagged ? 'flagged' : '-').padEnd(8);
  for (const r of rows) console.log(`${r.pass ? 'ok  ' : 'MISS'} ${r.kind.padEnd(9)} ${String(r.sound).padStart(3)} ${mark(r.soundFlagged)} ${String(r.unsound).padStart(3)} ${mark(r.unsoundFlagged)} ${r.id} ${r.caseId}/${r.step}`);
}
for (const kind of [...new Set(rows.map((r) => r.kind))]) {
  const of = rows.filter((r) => r.kind === kind);
  const flags = kind === 'contrast' || kind === 'leakage' ? ` (sound flagged ${of.filter((r) => r.soundFlagged).length}, unsound caught ${of.filter((r) => r.unsoundFlagged).length})` : '';
  console.log(`${kind}: ${of.filter((r) => r.pass).length}/${of.length}${flags}`);
}
