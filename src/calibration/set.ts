import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { STEP_IDS } from '../cases/schema.js';
import { UserError } from '../errors.js';
import { caseFilesIn } from '../cases/library.js';
import { packageRoot } from '../paths.js';

/**
 * The labelled answer set: per case, answers at known levels with the score band a fair grader
 * gives them, and adversarial answers with the cap a grader must keep them under.
 */

export const LABELS = ['weak', 'mid', 'strong'] as const;
export type Label = (typeof LABELS)[number];
export const ATTACKS = ['stuffing', 'injection', 'rambling', 'off-topic'] as const;
export type Attack = (typeof ATTACKS)[number];

const band = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]);

const LabelledSchema = z
  .object({
    id: z.string().min(1),
    step: z.enum(STEP_IDS),
    label: z.enum(LABELS),
    band,
    text: z.string().min(1),
  })
  .strict();

const AdversarialSchema = z
  .object({
    id: z.string().min(1),
    step: z.enum(STEP_IDS),
    attack: z.enum(ATTACKS),
    cap: z.number().min(0).max(100),
    note: z.string().default(''),
    text: z.string().min(1),
  })
  .strict();

const FileSchema = z.object({ case: z.string().min(1), answers: z.array(z.union([LabelledSchema, AdversarialSchema])).min(1) }).strict();

export type LabelledAnswer = z.output<typeof LabelledSchema> & { caseId: string };
export type AdversarialAnswer = z.output<typeof AdversarialSchema> & { caseId: string };

export interface CalibrationSet {
  labelled: LabelledAnswer[];
  adversarial: AdversarialAnswer[];
  files: string[];
}

export function bundledSetDir(): string {
  return join(packageRoot(), 'calibration');
}

export function loadCalibrationSet(dir = bundledSetDir()): CalibrationSet {
  const files = caseFilesIn(dir);
  if (files.length === 0) throw new UserError(`${dir}: no labelled answer files (*.yaml) found`);
  const set: CalibrationSet = { labelled: [], adversarial: [], files };
  const ids = new Set<string>();
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (doc.errors.length > 0) throw new UserError(`${file}: malformed YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    const parsed = FileSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UserError(`${basename(file)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const answer of parsed.data.answers) {
      if (ids.has(answer.id)) throw new UserError(`${basename(file)}: duplicate answer id "${answer.id}"`);
      ids.add(answer.id);
      if ('label' in answer) set.labelled.push({ ...answer, caseId: parsed.data.case });
      else set.adversarial.push({ ...answer, caseId: parsed.data.case });
    }
  }
  return set;
}
