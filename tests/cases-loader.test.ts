import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicateIdProblems, loadLibrary } from '../src/cases/library.js';
import { loadCaseFile, parseCaseSource } from '../src/cases/loader.js';
import { CaseFileError, formatCaseProblem } from '../src/errors.js';
import { bundledCasesDir } from '../src/paths.js';
import { tempDir } from './helpers/library.js';

const source = readFileSync(join(bundledCasesDir(), 'fraud-detection.yaml'), 'utf8');
const lines = source.split('\n');

/** 1-based line of the n-th line matching re (counting from 0). */
function lineOf(text: string, re: RegExp, nth = 0): number {
  let seen = 0;
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (re.test(all[i]!) && seen++ === nth) return i + 1;
  }
  throw new Error(`no line matches ${re}`);
}

/** Replaces the n-th line matching re with the result of edit. */
function editLine(re: RegExp, edit: (line: string) => string, nth = 0, text = source): string {
  const at = lineOf(text, re, nth) - 1;
  const out = text.split('\n');
  out[at] = edit(out[at]!);
  return out.join('\n');
}

function problemsOf(text: string) {
  const result = parseCaseSource(text, 'cases/broken.yaml');
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('case loader errors', () => {
  it('accepts the bundled file as is', () => {
    expect(parseCaseSource(source, 'x.yaml').ok).toBe(true);
  });

  it('names file, line and column of malformed YAML', () => {
    const broken = editLine(/^title:/, () => 'title: [unclosed');
    const [p] = problemsOf(broken);
    expect(p!.file).toBe('cases/broken.yaml');
    expect(p!.message).toMatch(/^malformed YAML/);
    expect(p!.line).toBeGreaterThanOrEqual(lineOf(broken, /^title:/));
    expect(p!.column).toBeGreaterThan(0);
  });

  it('reports a duplicate key as malformed YAML on its line', () => {
    const broken = source.replace(/^title: .*$/m, (m) => `${m}\ntitle: again`);
    const [p] = problemsOf(broken);
    expect(p!.message).toMatch(/unique/);
    expect(p!.line).toBe(lineOf(broken, /^title: again/));
  });

  it('names the field path and line of a schema violation, and what was expected', () => {
    // The first criterion of the third step (data) gets a dimension that is not an id.
    const dataStep = lineOf(source, /^ {2}- id: data$/);
    const dimensionLine = lines.findIndex((l, i) => i >= dataStep && /^\s+dimension:/.test(l)) + 1;
    const out = source.split('\n');
    out[dimensionLine - 1] = out[dimensionLine - 1]!.replace(/dimension: .*/, 'dimension: Cold Start!');
    const problems = problemsOf(out.join('\n'));
    const p = problems.find((x) => x.path === 'steps[2].criteria[0].dimension');
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.line).toBe(dimensionLine);
    expect(p!.message).toMatch(/expected a lowercase id.*got "Cold Start!"/);
    expect(formatCaseProblem(p!)).toMatch(new RegExp(`^cases/broken\\.yaml:${dimensionLine}:\\d+: steps\\[2\\]\\.criteria\\[0\\]\\.dimension: `));
  });

  it('calls a red-flag signal with a group inside a group an error, since it could never match', () => {
    const broken = editLine(/^\s+- "catch \(100%/, (l) => l.replace('"catch (100%|100 percent|every single) fraud"', '"catch (100%|every (single)?) fraud"'));
    const problems = problemsOf(broken);
    const p = problems.find((x) => /signals\[0\]$/.test(x.path ?? ''));
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.message).toMatch(/a group inside a group matches nothing/);
    expect(p!.line).toBe(lineOf(source, /^\s+- "catch \(100%/));
  });

  it('calls an unknown step id an error, listing the step ids', () => {
    const broken = editLine(/^ {2}- id: serving$/, (l) => l.replace('serving', 'deployment'));
    const p = problemsOf(broken).find((x) => x.path === 'steps[5].id');
    expect(p!.message).toMatch(/unknown step id "deployment"; expected one of requirements, framing, data, model, evaluation, serving, monitoring/);
    expect(p!.line).toBe(lineOf(broken, /^ {2}- id: deployment$/));
  });

  it('calls steps out of order an error', () => {
    const a = lineOf(source, /^ {2}- id: framing$/);
    const b = lineOf(source, /^ {2}- id: data$/);
    const out = source.split('\n');
    out[a - 1] = '  - id: data';
    out[b - 1] = '  - id: framing';
    const problems = problemsOf(out.join('\n'));
    expect(problems.some((p) => p.path === 'steps[1].id' && /must be "framing"/.test(p.message))).toBe(true);
  });

  it('calls a duplicate criterion id an error', () => {
    const first = /^\s+- id: ([a-z0-9-]+)$/.exec(lines[lineOf(source, /^\s+criteria:$/)]!)![1]!;
    const broken = editLine(/^\s+criteria:$/, (l) => l, 0);
    const secondCriterionLine = lineOf(broken, /^\s+criteria:$/, 1) + 1;
    const out = broken.split('\n');
    out[secondCriterionLine - 1] = out[secondCriterionLine - 1]!.replace(/id: .*/, `id: ${first}`);
    const problems = problemsOf(out.join('\n'));
    expect(problems.some((p) => p.message.includes(`duplicate criterion id "${first}"`))).toBe(true);
  });

  it('calls a red flag id repeated within a step an error', () => {
    const out = lines.slice();
    const at = lineOf(source, /^\s+redFlags:$/);
    const firstFlag = out[at]!;
    const id = /- id: ([a-z0-9-]+)$/.exec(firstFlag)![1]!;
    const secondFlag = out.findIndex((l, i) => i > at && /^\s+- id: /.test(l) && l.indexOf('-') === firstFlag.indexOf('-'));
    out[secondFlag] = out[secondFlag]!.replace(/id: .*/, `id: ${id}`);
    const problems = problemsOf(out.join('\n'));
    expect(problems.some((p) => p.message.includes(`duplicate red flag id "${id}"`))).toBe(true);
  });

  it('names an unknown field with its line', () => {
    const broken = source.replace(/^title: .*$/m, (m) => `${m}\nsubtitle: nope`);
    const p = problemsOf(broken).find((x) => x.path === 'subtitle')!;
    expect(p.message).toMatch(/unknown field "subtitle"/);
    expect(p.line).toBe(lineOf(broken, /^subtitle:/));
  });

  it('reports every problem in a file, not only the first', () => {
    let broken = editLine(/^\s+difficulty:/, (l) => l.replace(/difficulty: .*/, 'difficulty: extreme'));
    broken = editLine(/^ {2}- id: monitoring$/, (l) => l.replace('monitoring', 'upkeep'), 0, broken);
    broken = broken.replace(/^title: .*$/m, (m) => `${m}\nextra: 1`);
    const paths = problemsOf(broken).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['tags.difficulty', 'steps[6].id', 'extra']));
  });

  it('requires the four dimensions every case must cover', () => {
    const broken = source.replace(/dimension: cold-start/g, 'dimension: data');
    const p = problemsOf(broken).find((x) => x.path === 'steps')!;
    expect(p.message).toMatch(/missing cold-start/);
  });

  it('checks twists, deep dives and estimates: known steps, ids unique, dependencies that exist', () => {
    const twistStep = problemsOf(source.replace(/(\ntwists:\n  - id: [a-z0-9-]+\n    step: )\w+/, '$1deployment'));
    expect(twistStep).toMatchObject([{ path: 'twists[0].step', message: expect.stringMatching(/expected one of "requirements".*got "deployment"/) }]);
    const missingDep = problemsOf(source.replace(/dependsOn: \[daily-authorisations\]/, 'dependsOn: [daily-payments]'));
    expect(missingDep.find((p) => /dependsOn/.test(p.path ?? ""))!.message).toMatch(/"daily-payments" is not the id of another estimate/);
    const dupId = problemsOf(source.replace(/(\ndeepDives:\n  - id: )[a-z0-9-]+/, '$1device-data-restricted'));
    expect(dupId.some((p) => /duplicate id "device-data-restricted"/.test(p.message))).toBe(true);
  });

  it('says when a file cannot be read', () => {
    const result = loadCaseFile('/nonexistent/case.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/no such file/);
  });
});

describe('library', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('gives every bundled case the mock\'s conversation: twists, deep dives and estimates', async () => {
    const library = await loadLibrary([]);
    expect(library.entries.length).toBeGreaterThanOrEqual(14);
    for (const { case: c } of library.entries) {
      expect(c.twists.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.deepDives.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.estimates.filter((e) => !e.given).length, c.id).toBeGreaterThanOrEqual(2);
      for (const t of c.twists) expect(t.criteria.some((k) => k.kind === 'keep'), `${c.id} ${t.id}`).toBe(true);
    }
  });

  it('lets a user case replace a bundled one, and says so', async () => {
    const dir = join(tmp.dir, 'override');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mine.yaml'), source.replace(/^title: .*$/m, 'title: My own fraud case'));
    const library = await loadLibrary([dir]);
    const entry = library.entries.find((e) => e.case.id === 'fraud-detection')!;
    expect(entry.case.title).toBe('My own fraud case');
    expect(entry.origin).toBe('user');
    expect(library.notices.join('\n')).toMatch(/your case "fraud-detection" .* overrides the bundled one/);
  });

  it('rejects two user files with one id, naming both', async () => {
    const dir = join(tmp.dir, 'dupes');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), source);
    writeFileSync(join(dir, 'b.yaml'), source);
    const error = await loadLibrary([dir]).catch((e) => e);
    expect(error).toBeInstanceOf(CaseFileError);
    expect(error.message).toMatch(/b\.yaml: id: duplicate case id "fraud-detection" \(also in .*a\.yaml\)/);
  });

  it('finds duplicate ids among entries', () => {
    const c = parseCaseSource(source, 'x');
    if (!c.ok) throw new Error('bundled case invalid');
    const problems = duplicateIdProblems([
      { case: c.value, file: '/a.yaml' },
      { case: c.value, file: '/b.yaml' },
    ]);
    expect(problems).toHaveLength(1);
  });

  it('names a cases folder that does not exist', async () => {
    const error = await loadLibrary([join(tmp.dir, 'missing')]).catch((e) => e);
    expect(error.message).toMatch(/cases folder .*missing: no such folder/);
  });
});
