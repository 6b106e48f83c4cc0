// What a helper who writes or estimates blind answers may see: each case's prompt, the facts the
// interviewer gives when asked and the step questions, never the rubric.
// Usage: node scripts/measure/case-briefs.mjs OUT_DIR          (one brief-<case-id>.md per case)
//        node scripts/measure/case-briefs.mjs --blind WRITEUPS.yaml OUT.md   (write-ups without their quality, for estimators)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
const args = process.argv.slice(2);
if (args[0] === '--blind') {
  const entries = jsYaml.load(readFileSync(args[1], 'utf8'));
  const blocks = entries.map((e) => [`# Answer set: ${e.case} (${e.id})\n`, ...STEPS.map((s) => `===== STEP: ${s} =====\n${e.answers[s]}\n`)].join('\n'));
  writeFileSync(args[2], `${blocks.join('\n\n')}\n`);
} else {
  const out = args[0];
  mkdirSync(out, { recursive: true });
  const dir = new URL('../../cases/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const c = jsYaml.load(readFileSync(new URL(file, dir), 'utf8'));
    const facts = (c.facts ?? []).map((f) => `- Q: ${f.question}\n  A: ${f.answer}`).join('\n');
    const steps = c.steps.map((s) => `- ${s.id}: ${s.question}`).join('\n');
    writeFileSync(join(out, `brief-${c.id}.md`), `## Case: ${c.title} (id: ${c.id})\n\n${c.prompt.trim()}\n\nFacts the interviewer gives if asked:\n${facts}\n\nSteps (step id: question):\n${steps}\n`);
  }
}
