// Which of each case's traps (the points it turns on) answer sets take up, by the quality or kind
// they were written at: how well the traps tell an excellent write-up from a decent one.
// Usage (after `npm run build`): node scripts/measure/traps.mjs [FILE.yaml...] [--case ID] [--list]
// Without files it reads calibration/whole/writeups.yaml. --list prints each set's reading.
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { prepareStep } from '../../dist/src/grading/pipeline.js';
import { readTraps } from '../../dist/src/grading/checks/traps.js';
import { loadLibrary } from '../../dist/src/cases/library.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const at = args.indexOf('--case');
const only = at >= 0 ? args[at + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const library = await loadLibrary();
const cases = new Map(library.entries.map((e) => [e.id, e.case]));
const rows = new Map();
for (const file of files.length > 0 ? files : ['calibration/whole/writeups.yaml']) {
  for (const entry of jsYaml.load(readFileSync(file, 'utf8'))) {
    if (only && entry.case !== only) continue;
    const c = cases.get(entry.case);
    const texts = Object.entries(entry.answers ?? {})
      .filter(([, t]) => typeof t === 'string' && t.trim())
      .map(([step, t]) => prepareStep(c, step, t));
    const reading = readTraps(c, texts);
    if (!reading) continue;
    const kind = entry.quality ?? entry.kind ?? '-';
    if (list) console.log(`${entry.id} ${kind} ${reading.taken.length}+${reading.general.length}/${c.traps.length} cap ${reading.cap}${entry.estimate !== undefined ? ` est ${entry.estimate}` : ''}`);
    const key = `${entry.case} ${kind}`;
    const row = rows.get(key) ?? { n: 0, taken: 0, general: 0, byTrap: new Map(), capped: 0 };
    row.n++;
    row.taken += reading.taken.length;
    row.general += reading.general.length;
    for (const t of reading.taken) row.byTrap.set(t, (row.byTrap.get(t) ?? 0) + 1);
    rows.set(key, row);
  }
}
for (const [key, row] of [...rows].sort()) {
  const [caseId] = key.split(' ');
  const traps = cases.get(caseId).traps;
  console.log(`${key.padEnd(40)} n ${String(row.n).padStart(3)}  mean ${(row.taken / row.n).toFixed(2)}+${(row.general / row.n).toFixed(2)}/${traps.length}  ${traps.map((t) => `${t.id} ${row.byTrap.get(t.name) ?? 0}`).join(', ')}`);
}
