// Build step: writes cases/schema.json from the zod schema, and the prebuilt library (dist/library.json,
// dist/library/) with the bundled cases validated once here, so that `mlsd cases list` and friends
// start without YAML or zod; then the offline grader's statistics for them, the gates of its
// regexes and its stance models, packed (dist/grading/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { loadCaseFile } from '../src/cases/loader.js';
import { caseHash, hashText, libraryKeyOf } from '../src/cases/content-hash.js';
import { caseFilesIn, duplicateIdProblems } from '../src/cases/library.js';
import { PREBUILT_INDEX, prebuiltCaseFile, statOf, type PrebuiltIndex } from '../src/cases/prebuilt.js';
import { CaseSchema } from '../src/cases/schema.js';
import { PREBUILT_DIR, prebuildModels } from '../src/grading/models.js';
import '../src/grading/pipeline.js';
import { GATES_FILE, gatedRegexes, gateKey, type Gates } from '../src/text/regex-gate.js';
import { MISTAKE_MODEL_FILE, PACKED_MISTAKE_FILE, mistakeModelsFile, type MistakeModels } from '../src/text/mistake-model.js';
import { PACKED_STANCE_FILE, STANCE_MODEL_FILE, stanceModelsFile, type StanceModels } from '../src/text/stance-model.js';
import { gateOf } from './regex-literals.js';
import { formatCaseProblem } from '../src/errors.js';
import { bundledCasesDir, packageRoot } from '../src/paths.js';

export function caseJsonSchema(): string {
  const schema = z.toJSONSchema(CaseSchema, { io: 'input', unrepresentable: 'any' });
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'mlsd-coach case',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function writeIfChanged(file: string, content: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== content) writeFileSync(file, content);
}

/** The gate of every regex the checks marked (pipeline.js imports them all). */
export function regexGates(): Gates {
  const gates: Gates = {};
  for (const re of gatedRegexes()) {
    try {
      gates[gateKey(re)] = gateOf(re);
    } catch (error) {
      console.warn(`warning: no gate for a regex the analysis cannot read (it will always run): ${(error as Error).message}`);
    }
  }
  return gates;
}

const isMain = process.argv[1] && basename(process.argv[1]) === 'build-library.js';
if (isMain) {
  writeIfChanged(join(bundledCasesDir(), 'schema.json'), caseJsonSchema());
  mkdirSync(join(packageRoot(), ...PREBUILT_DIR), { recursive: true });
  writeFileSync(join(packageRoot(), ...GATES_FILE), JSON.stringify(regexGates()));
  writeFileSync(join(packageRoot(), ...PACKED_STANCE_FILE), stanceModelsFile(JSON.parse(readFileSync(join(packageRoot(), ...STANCE_MODEL_FILE), 'utf8')) as StanceModels));
  // A checkout whose mistake models are not trained yet builds without them (the written mistakes then stand alone).
  if (existsSync(join(packageRoot(), ...MISTAKE_MODEL_FILE)))
    writeFileSync(join(packageRoot(), ...PACKED_MISTAKE_FILE), mistakeModelsFile(JSON.parse(readFileSync(join(packageRoot(), ...MISTAKE_MODEL_FILE), 'utf8')) as MistakeModels));
  const files = caseFilesIn(bundledCasesDir());
  const results = files.map((file) => ({ file, result: loadCaseFile(file, join('cases', basename(file))) }));
  const problems = results.flatMap(({ result }) => (result.ok ? [] : result.problems));
  const entries = results.flatMap(({ file, result }) => (result.ok ? [{ case: result.value, file, origin: 'bundled' as const }] : []));
  problems.push(...duplicateIdProblems(entries));
  if (problems.length > 0) {
    // Not fatal: the CLI then reads the YAML itself and reports these problems where they matter.
    console.warn(`warning: the bundled cases have ${problems.length} problem(s); no prebuilt library written`);
    for (const p of problems.slice(0, 20)) console.warn(`  ${formatCaseProblem(p)}`);
  } else {
    const index: PrebuiltIndex = {
      files: entries.map(({ case: c, file }) => ({ name: basename(file), hash: hashText(readFileSync(file)), id: c.id, caseHash: caseHash(c), stat: statOf(file), title: c.title, tags: c.tags })),
      key: libraryKeyOf(entries.map((e) => caseHash(e.case))),
    };
    for (const { case: c, file } of entries) {
      mkdirSync(dirname(prebuiltCaseFile(file)), { recursive: true });
      writeFileSync(prebuiltCaseFile(file), JSON.stringify(c));
    }
    writeFileSync(join(packageRoot(), ...PREBUILT_INDEX), JSON.stringify(index));
    for (const { file, content } of prebuildModels(entries.map((e) => e.case))) {
      const path = join(packageRoot(), ...PREBUILT_DIR, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
}
