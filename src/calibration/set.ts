import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { STEP_IDS } from '../cases/steps.js';
import { UserError } from '../errors.js';
import { caseFilesIn } from '../cases/library.js';
import { packageRoot } from '../paths.js';
import { parseYamlData } from './yaml-data.js';
import { loadConversationSet, type ConversationAnswers } from './conversation.js';

/**
 * The labelled answer set: per case, answers at known levels with the score band a fair grader
 * gives them, and adversarial answers with the cap a grader must keep them under.
 */

export const LABELS = ['weak', 'mid', 'strong'] as const;
export type Label = (typeof LABELS)[number];
/** How an answer is written: full sentences, terse candidate bullets, a 20-30 word note, or without jargon. */
export const STYLES = ['prose', 'bullets', 'dense', 'plain'] as const;
export type Style = (typeof STYLES)[number];
export const ATTACKS = ['stuffing', 'injection', 'rambling', 'off-topic', 'dismissive', 'wrong'] as const;
export type Attack = (typeof ATTACKS)[number];

const band = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]);

const LabelledSchema = z
  .object({
    id: z.string().min(1),
    step: z.enum(STEP_IDS),
    label: z.enum(LABELS),
    /** Answers written before styles were labelled: plain-language ones end in "plain". */
    style: z.enum(STYLES).optional(),
    /** The answer with the same content in another form: their scores should agree. */
    sameAs: z.string().min(1).optional(),
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

const stepAnswers = z.partialRecord(z.enum(STEP_IDS), z.string().min(1));

/** Whole answer sets that fit any case: they must be flagged as generic wherever they are pasted. */
const GenericSchema = z.array(z.object({ id: z.string().min(1), style: z.string(), answers: stepAnswers }).strict());

/** Whole write-ups in the style people publish, with the overall score an interviewer would give. */
const WriteupSchema = z.array(
  z
    .object({
      id: z.string().min(1),
      case: z.string().min(1),
      quality: z.enum(['excellent', 'decent', 'superficial']),
      estimate: z.number().min(0).max(100),
      why: z.string(),
      answers: stepAnswers,
    })
    .strict(),
);

/** Whole interviews written blind as a held-out check: reported, never tuned on. */
export const HELD_OUT_KINDS = ['dense', 'mid', 'dismissive', 'wrong'] as const;
const HeldOutSchema = z.array(
  z.object({ id: z.string().min(1), case: z.string().min(1), kind: z.enum(HELD_OUT_KINDS), note: z.string().default(''), answers: stepAnswers }).strict(),
);

/**
 * Probe pairs: two short answers to one step, written blind, that differ in one thing. A point
 * adopted against the same point waved away (dismissal); a mistake rejected or set beside something
 * better against the mistake stated (contrast); a signal used safely against the same signal as an
 * input known only after the outcome (leakage); the same content in sentences and as a terse note (form).
 */
export const PROBE_KINDS = ['dismissal', 'contrast', 'leakage', 'form'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
const ProbeSchema = z.array(
  z.object({ id: z.string().min(1), case: z.string().min(1), step: z.enum(STEP_IDS), kind: z.enum(PROBE_KINDS), sound: z.string().min(1), unsound: z.string().min(1) }).strict(),
);
export const PROBES_DIR = 'probes';

export type LabelledAnswer = z.output<typeof LabelledSchema> & { caseId: string; style: Style };
export type AdversarialAnswer = z.output<typeof AdversarialSchema> & { caseId: string };
export type GenericTemplate = z.output<typeof GenericSchema>[number];
export type Writeup = z.output<typeof WriteupSchema>[number];
/** A held-out interview, with the file it came from: each file is a set written blind at one time. */
export type HeldOutInterview = z.output<typeof HeldOutSchema>[number] & { set: string };
/** A probe pair, with the file it came from. */
export type ProbePair = z.output<typeof ProbeSchema>[number] & { set: string };

export interface CalibrationSet {
  labelled: LabelledAnswer[];
  adversarial: AdversarialAnswer[];
  generic: GenericTemplate[];
  writeups: Writeup[];
  heldOut: HeldOutInterview[];
  probes: ProbePair[];
  /** Answers to the mock's changed requirements and deep dives. */
  conversation: ConversationAnswers[];
  files: string[];
}

/** Whole-interview material lives beside the per-case files, in this folder. */
export const WHOLE_DIR = 'whole';

export function bundledSetDir(): string {
  return join(packageRoot(), 'calibration');
}

export function loadCalibrationSet(dir = bundledSetDir()): CalibrationSet {
  const files = caseFilesIn(dir);
  if (files.length === 0) throw new UserError(`${dir}: no labelled answer files (*.yaml) found`);
  const set: CalibrationSet = { labelled: [], adversarial: [], generic: [], writeups: [], heldOut: [], probes: [], conversation: loadConversationSet(dir), files };
  const ids = new Set<string>();
  for (const file of files) {
    const data = parseYamlData(file, readFileSync(file, 'utf8'), FileSchema);
    for (const answer of data.answers) {
      if (ids.has(answer.id)) throw new UserError(`${basename(file)}: duplicate answer id "${answer.id}"`);
      ids.add(answer.id);
      if ('label' in answer) set.labelled.push({ ...answer, caseId: data.case, style: answer.style ?? (answer.id.endsWith('plain') ? 'plain' : 'prose') });
      else set.adversarial.push({ ...answer, caseId: data.case });
    }
  }
  for (const answer of set.labelled) {
    if (answer.sameAs && !set.labelled.some((a) => a.id === answer.sameAs)) throw new UserError(`${answer.caseId}: ${answer.id}: sameAs names "${answer.sameAs}", which is not in the set`);
  }
  set.generic = readOptional(join(dir, WHOLE_DIR, 'generic.yaml'), GenericSchema) ?? [];
  set.writeups = readOptional(join(dir, WHOLE_DIR, 'writeups.yaml'), WriteupSchema) ?? [];
  // held-out.yaml, held-out-2.yaml, ...: each a set written blind at its own time, before tuning.
  for (const name of heldOutFiles(join(dir, WHOLE_DIR))) {
    const stem = name.replace(/\.yaml$/, '');
    set.heldOut.push(...(readOptional(join(dir, WHOLE_DIR, name), HeldOutSchema) ?? []).map((h) => ({ ...h, set: stem })));
  }
  for (const name of yamlFilesIn(join(dir, PROBES_DIR))) {
    set.probes.push(...(readOptional(join(dir, PROBES_DIR, name), ProbeSchema) ?? []).map((p) => ({ ...p, set: name.replace(/\.yaml$/, '') })));
  }
  return set;
}

function yamlFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch {
    return [];
  }
}

function heldOutFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /^held-out(-\d+)?\.yaml$/.test(f))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
  } catch {
    return [];
  }
}

function readOptional<T>(file: string, schema: z.ZodType<T>): T | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseYamlData(file, source, schema);
}
