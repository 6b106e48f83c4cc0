import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { loadLibrary } from '../dist/src/cases/library.js';
import { OfflineGrader } from '../dist/src/grading/offline.js';
import { gradeConversation } from '../dist/src/grading/conversation.js';
const cases = (await loadLibrary([])).entries.map((e) => e.case);
const grader = new OfflineGrader(cases);
let pairs = 0, ordered = 0; const byLabel = { strong: [], mid: [], weak: [] };
for (const f of readdirSync('calibration/conversation')) {
  const set = yaml.load(readFileSync(`calibration/conversation/${f}`, 'utf8'));
  const c = cases.find((x) => x.id === set.case);
  for (const [kind, list, entries] of [['twist', 'twists', c.twists], ['deep-dive', 'deepDives', c.deepDives]]) {
    for (const [id, answers] of Object.entries(set[list] ?? {})) {
      const entry = entries.find((e) => e.id === id);
      const s = {};
      for (const label of ['strong', 'mid', 'weak']) { s[label] = (await gradeConversation(grader, c, kind, entry, answers[label])).score; byLabel[label].push(s[label]); }
      for (const [a, b] of [['strong', 'mid'], ['mid', 'weak'], ['strong', 'weak']]) { pairs++; if (s[a] > s[b]) ordered++; }
      console.log(set.case.padEnd(22), kind.padEnd(9), id.padEnd(34), s.strong, s.mid, s.weak);
    }
  }
}
const mean = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
console.log(`pairs ordered ${ordered}/${pairs} = ${(100 * ordered / pairs).toFixed(1)}%; means strong ${mean(byLabel.strong)} mid ${mean(byLabel.mid)} weak ${mean(byLabel.weak)}`);
