import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { StepId } from '../cases/schema.js';
import { STEP_IDS, STEP_TITLES } from '../cases/steps.js';
import { UsageError } from '../errors.js';
import { aliasBombLine, checkInputSize, MAX_INPUT_BYTES, MAX_YAML_ALIASES } from '../util/input-limits.js';
import type { Answers } from '../grading/types.js';

/**
 * Reads a written answer set: YAML or JSON mapping step id to answer text, or Markdown with one
 * "## <step id or title>" heading a step. An optional `case` key (or a "case: ID" line before the
 * first Markdown heading) names the case.
 */
export interface AnswerFile {
  answers: Answers;
  caseId?: string;
}

// Headings people actually write for each step, beyond its id and title.
const STEP_NAMES: Record<StepId, string[]> = {
  requirements: ['requirements', 'clarify requirements', 'clarifying requirements', 'clarifying questions', 'scope', 'requirements and scope'],
  framing: ['framing', 'frame as an ml task', 'problem framing', 'ml framing', 'framing the problem', 'ml task'],
  data: ['data', 'data and features', 'data preparation', 'features', 'feature engineering', 'data and feature engineering'],
  model: ['model', 'modeling', 'modelling', 'model development', 'models'],
  evaluation: ['evaluation', 'metrics', 'offline and online evaluation', 'evaluation and metrics'],
  serving: ['serving', 'deployment', 'deployment and serving', 'inference', 'serving and deployment'],
  monitoring: ['monitoring', 'monitoring and maintenance', 'maintenance'],
};

function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/^(step\s*)?\d+\s*[.):-]?\s*/, '')
    .replace(/[`*_]/g, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function stepFromHeading(heading: string): StepId | undefined {
  const h = normalizeHeading(heading);
  for (const id of STEP_IDS) {
    if (h === id || h === normalizeHeading(STEP_TITLES[id]) || STEP_NAMES[id].includes(h)) return id;
  }
  return undefined;
}

function unknownStep(file: string, name: string, line?: number): UsageError {
  const where = line ? `${file}:${line}` : file;
  return new UsageError(`${where}: unknown step "${name}"; steps are ${STEP_IDS.join(', ')}`);
}

export function parseMarkdownAnswers(text: string, file: string): AnswerFile {
  const answers: Answers = {};
  const lines = text.split(/\r?\n/);
  let current: StepId | undefined;
  let buffer: string[] = [];
  let caseId: string | undefined;
  const flush = () => {
    if (current) {
      const body = buffer.join('\n').trim();
      if (body) answers[current] = body;
    }
    buffer = [];
  };
  lines.forEach((line, i) => {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) {
      flush();
      const step = stepFromHeading(heading[1]!);
      if (!step) throw unknownStep(file, heading[1]!, i + 1);
      if (step in answers) throw new UsageError(`${file}:${i + 1}: step "${step}" appears twice; merge the two sections`);
      current = step;
      return;
    }
    if (!current) {
      const caseLine = /^\s*case\s*:\s*([a-z0-9-]+)\s*$/i.exec(line);
      if (caseLine) caseId = caseLine[1]!.toLowerCase();
      return;
    }
    buffer.push(line);
  });
  flush();
  if (Object.keys(answers).length === 0 && !lines.some((l) => /^##\s/.test(l))) {
    throw new UsageError(`${file}: no "## <step>" headings found; head each answer with its step, such as "## requirements"`);
  }
  return { answers, caseId };
}

// Characters js-yaml refuses anywhere in a file (its PATTERN_NON_PRINTABLE).
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * A YAML answer file written as JSON, read by JSON.parse: YAML is a superset of JSON, and js-yaml
 * reads such a file to the same object when it is one flat mapping (text or null values), no key
 * repeats (js-yaml refuses that, JSON.parse keeps the last) and no character YAML forbids occurs.
 * Otherwise undefined, and js-yaml reads it (loading it costs more than the parse).
 */
function jsonAsYaml(text: string): object | undefined {
  if (!/^\s*\{/.test(text) || NON_PRINTABLE.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const values = Object.values(data);
  if (!values.every((v) => typeof v === 'string' || v === null)) return undefined;
  // JSON strings hold no bare quote, so this walks the string tokens in order; keys are those before a colon.
  let keys = 0;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"\s*(:)?/g)) if (m[1]) keys++;
  return keys === values.length ? data : undefined;
}

export async function parseStructuredAnswers(text: string, file: string, json: boolean): Promise<AnswerFile> {
  let data: unknown;
  if (json) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  } else {
    const bomb = aliasBombLine(text);
    if (bomb !== undefined) throw new UsageError(`${file}:${bomb}: more than ${MAX_YAML_ALIASES} YAML aliases (*name); write the answers out instead`);
    // The fast road for a well-formed file; the slower parser only to say where a bad one breaks.
    data = jsonAsYaml(text);
    if (data === undefined) {
      try {
        data = (await import('js-yaml')).default.load(text);
      } catch {
        data = undefined;
      }
    }
  }
  if (!json && data === undefined) {
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const pos = e.linePos?.[0];
      throw new UsageError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: malformed YAML: ${e.message.split('\n')[0]}`);
    }
    data = doc.toJS();
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${file}: expected a mapping of step id to answer text, such as "model: I would start with..."`);
  }
  const answers: Answers = {};
  let caseId: string | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'case') {
      if (typeof value !== 'string') throw new UsageError(`${file}: "case" must be a case id`);
      caseId = value;
      continue;
    }
    const step = stepFromHeading(key);
    if (!step) throw unknownStep(file, key);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') throw new UsageError(`${file}: the answer for "${key}" must be text`);
    if (value.trim()) answers[step] = value.trim();
  }
  return { answers, caseId };
}

export async function readAnswerFile(path: string): Promise<AnswerFile> {
  // "-" is standard input, as in most command-line tools: `pbpaste | mlsd grade --case ID --answers -`.
  const stdin = path === '-';
  const file = stdin ? 'standard input' : path;
  if (!stdin) checkInputSize(path, 'an answer file');
  let text: string;
  try {
    text = readFileSync(stdin ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message;
    throw new UsageError(`${file}: ${why}; pass --answers the path of a Markdown, YAML or JSON answer file, or - for standard input (see mlsd grade --help)`);
  }
  if (stdin && Buffer.byteLength(text) > MAX_INPUT_BYTES) {
    throw new UsageError(`${file}: ${(Buffer.byteLength(text) / 1_000_000).toFixed(1)} MB is too large for an answer file (the limit is 1 MB); split it or trim it`);
  }
  const ext = stdin ? '' : extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return parseMarkdownAnswers(text, file);
  if (ext === '.json') return parseStructuredAnswers(text, file, true);
  if (ext === '.yaml' || ext === '.yml') return parseStructuredAnswers(text, file, false);
  if (/^\s*[{]/.test(text)) return parseStructuredAnswers(text, file, true);
  if (/^##\s/m.test(text)) return parseMarkdownAnswers(text, file);
  return parseStructuredAnswers(text, file, false);
}
