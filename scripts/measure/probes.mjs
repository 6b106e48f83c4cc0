// Grades blind probe pairs: two short answers to one step that differ in one thing (see
// blind/briefs/probes.md), each graded alone as a drill step, and counts them against what each
// kind expects:
//   dismissal: the point waved away scores below the point adopted;
//   contrast, leakage: the answer that states the mistake is flagged (a shared mistake or a case
//     red flag) and the one that rejects it or uses it safely is not;
//   form: the same content as sentences and as a terse note scores within 10 points.
// Usage (after `npm run build`): node scripts/measure/probes.mjs FILE... [--summary]
// --summary prints only the counts, for probes nobody has read yet.
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { gradeStep } from '../../dist/src/grading/pipeline.js';
import { offlineGrader } from './offline-grader.mjs';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const { cases, grader } = await offlineGrader();
const WRONG = new Set(['mistake', 'red-flag']);
const flagged = (r) => r.flags.some((f) => WRONG.has(f.kind));
const verdicts = {
  dismissal: (sound, unsound) => unsound.score < sound.score,
  contrast: (sound, unsound) => flagged(unsound) && !flagged(sound),
  leakage: (sound, unsound) => flagged(unsound) && !flagged(sound),
  form: (sound, unsound) => Math.abs(sound.score - unsound.score) <= 10,
};
const counts = {};
for (const file of args.filter((a) => a !== '--summary')) {
  for (const probe of jsYaml.load(readFileSync(file, 'utf8'))) {
    const c = cases.get(probe.case);
    const grade = (answer) => gradeStep(grader, { case: c, step: probe.step, answer });
    const [sound, unsound] = [await grade(probe.sound), await grade(probe.unsound)];
    const ok = verdicts[probe.kind](sound, unsound);
    const count = (counts[probe.kind] ??= { ok: 0, all: 0, soundFlagged: 0, unsoundCaught: 0 });
    count.all++;
    if (ok) count.ok++;
    if (flagged(sound)) count.soundFlagged++;
    if (flagged(unsound)) count.unsoundCaught++;
    if (!summary) {
      const kinds = (r) => [...new Set(r.flags.map((f) => f.kind))].join(',') || '-';
      console.log(`${ok ? 'ok  ' : 'MISS'} ${probe.kind.padEnd(9)} ${String(sound.score).padStart(3)} ${kinds(sound).padEnd(18)} ${String(unsound.score).padStart(3)} ${kinds(unsound).padEnd(18)} ${probe.id} ${probe.case}/${probe.step}`);
    }
  }
}
for (const [kind, c] of Object.entries(counts)) {
  const extra = kind === 'contrast' || kind === 'leakage' ? ` (sound flagged ${c.soundFlagged}, unsound caught ${c.unsoundCaught})` : '';
  console.log(`${kind}: ${c.ok}/${c.all}${extra}`);
}
