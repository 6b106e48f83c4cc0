import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { aliasBombLine, checkInputSize, MAX_YAML_ALIASES } from '../util/input-limits.js';
import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { CaseProblem } from '../errors.js';
import { CaseSchema, type Case } from './schema.js';
import { STEP_IDS } from './steps.js';

export type LoadResult = { ok: true; value: Case } | { ok: false; problems: CaseProblem[] };

type PathKey = string | number;

/** Reads and validates one case file. Never throws for bad content: every problem is returned. */
export function loadCaseFile(file: string, displayName = file): LoadResult {
  try {
    checkInputSize(file, 'a case file');
  } catch (error) {
    return { ok: false, problems: [{ file: displayName, message: (error as Error).message.replace(`${file}: `, '') }] };
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, problems: [{ file: displayName, message: `cannot read the case file: ${reason}` }] };
  }
  return parseCaseSource(source, displayName);
}

/**
 * Valid files take the fast road: js-yaml and one zod pass. Only a file with a problem is parsed
 * again with the yaml package, whose document keeps the positions that error messages need.
 */
export function parseCaseSource(source: string, file: string): LoadResult {
  const bomb = aliasBombLine(source);
  if (bomb !== undefined) return { ok: false, problems: [{ file, line: bomb, column: 1, message: `more than ${MAX_YAML_ALIASES} YAML aliases (*name), which can expand without bound; write the text out instead` }] };
  let data: unknown;
  try {
    data = jsYaml.load(source, { filename: file });
  } catch {
    return locatedProblems(source, file);
  }
  const parsed = CaseSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : locatedProblems(source, file);
}

function locatedProblems(source: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line,
        column: e.linePos?.[0]?.col,
        message: `malformed YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml package stops alias bombs itself: still bad input, with its place.
    return { ok: false, problems: [{ file, line: aliasBombLine(source) ?? 1, column: 1, message: `cannot expand the YAML (${firstLine((error as Error).message)})` }] };
  }
  const parsed = CaseSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => issueToProblems(issue, doc, lineCounter, file));
  return { ok: false, problems: sortProblems(problems) };
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): CaseProblem[] {
  const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...locate(doc, lineCounter, [...path, key], true),
      path: formatPath([...path, key]),
      message: `unknown field "${key}"; remove it or check its spelling`,
    }));
  }
  return [{ file, ...locate(doc, lineCounter, path, false), path: formatPath(path) || undefined, message: describeIssue(issue, path) }];
}

function describeIssue(issue: z.core.$ZodIssue, path: PathKey[]): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `missing; expected ${article(issue.expected)}`;
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_value': {
      const isStepId = path.length === 3 && path[0] === 'steps' && path[2] === 'id';
      const got = describeValue(issue.input);
      if (isStepId) return `unknown step id ${got}; expected one of ${STEP_IDS.join(', ')}`;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        const n = Array.isArray(issue.input) ? issue.input.length : 0;
        const bound = issue.exact ? `exactly ${issue.minimum}` : `at least ${issue.minimum}`;
        return `expected ${bound} item${issue.minimum === 1 ? '' : 's'}, got ${n}`;
      }
      if (issue.origin === 'string') return 'expected a non-empty text';
      return `expected at least ${issue.minimum}, got ${describeValue(issue.input)}`;
    }
    case 'too_big': {
      if (issue.origin === 'array') {
        const n = Array.isArray(issue.input) ? issue.input.length : 0;
        const bound = issue.exact ? `exactly ${issue.maximum}` : `at most ${issue.maximum}`;
        return `expected ${bound} items, got ${n}`;
      }
      return `expected at most ${issue.maximum}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_format':
      return `expected ${issue.message.replace(/^Invalid string: /, '')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping of fields',
    array: 'a list',
    string: 'a text',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

/** Finds the line and column of the deepest node the path reaches in the YAML document. */
function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: PathKey[],
  wantKey: boolean,
): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    let offset: number | undefined;
    if (wantKey && depth === path.length && depth > 0) {
      const parent = prefix.length > 1 ? doc.getIn(prefix.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === prefix[prefix.length - 1]);
        if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
      }
    } else {
      const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
      if (isNode(node)) offset = node.range?.[0];
    }
    if (offset !== undefined) {
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

export function formatPath(path: PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
}

function sortProblems(problems: CaseProblem[]): CaseProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
