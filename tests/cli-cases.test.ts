import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_DIMENSIONS, STEP_IDS } from '../src/cases/schema.js';
import { bundledCasesDir } from '../src/paths.js';
import { isolatedEnv, ROOT, runCli, runMain } from './helpers/cli.js';
import { tempDir } from './helpers/library.js';

const CASE_IDS = [
  'visual-search',
  'street-view-blurring',
  'video-search',
  'harmful-content',
  'video-recommendation',
  'event-recommendation',
  'ad-click-prediction',
  'similar-listings',
  'news-feed',
  'people-you-may-know',
  'fraud-detection',
  'rag-assistant',
  'notification-ranking',
  'product-search',
];

const tmp = tempDir();
afterAll(() => tmp.remove());
const env = isolatedEnv(tmp.dir);

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('mlsd cases', () => {
  it('lists every bundled case as JSON', async () => {
    const r = await runMain(['cases', 'list', '--json'], env);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; title: string; tags: { domain: string; task: string; difficulty: string }; difficulty: string }[];
    expect(list.map((c) => c.id).sort()).toEqual([...CASE_IDS].sort());
    for (const c of list) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(['easy', 'medium', 'hard']).toContain(c.difficulty);
      expect(c.tags.domain && c.tags.task).toBeTruthy();
    }
  });

  it('lists cases as a table for a person', async () => {
    const r = await runCli(['cases', 'list'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+TITLE\s+BEST\s+LAST\s+DIFFICULTY\s+DOMAIN/m);
    expect(r.stdout).toContain('fraud-detection');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it.each(CASE_IDS)('shows %s as the normalized case: seven steps in order, three criteria or more each, the four dimensions', async (id) => {
    const r = await runMain(['cases', 'show', id, '--json'], env);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.id).toBe(id);
    expect(c.steps.map((s: { id: string }) => s.id)).toEqual([...STEP_IDS]);
    const dimensions = new Set<string>();
    for (const step of c.steps) {
      expect(step.criteria.length).toBeGreaterThanOrEqual(3);
      for (const k of step.criteria) {
        expect(k.id).toMatch(/^[a-z0-9-]+$/);
        dimensions.add(k.dimension);
      }
      expect(step.talkingPoints.join(' ').split(/\s+/).length).toBeGreaterThanOrEqual(80);
    }
    for (const d of REQUIRED_DIMENSIONS) expect(dimensions).toContain(d);
    expect(c.facts.length).toBeGreaterThanOrEqual(6);
  });

  it('shows a case readably in a terminal, without spoiling the talking points', async () => {
    const r = await runMain(['cases', 'show', 'ad-click-prediction'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/What the interviewer reveals when asked/);
    expect(r.stdout).toMatch(/7\. Monitoring and maintenance/);
  });

  it('names an unknown case in one line and exits non-zero', async () => {
    const r = await runMain(['cases', 'show', 'fraud'], env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown case "fraud"; did you mean fraud-detection\?/);
  });

  it('validates the bundled library', async () => {
    const r = await runMain(['cases', 'validate'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${CASE_IDS.length} case files valid`));
  });

  it('reports every problem in every broken file with file and line, one line each, and exits 1', async () => {
    const dir = join(tmp.dir, 'broken');
    mkdirSync(dir);
    const good = readFileSync(join(bundledCasesDir(), 'news-feed.yaml'), 'utf8');
    writeFileSync(join(dir, 'a-malformed.yaml'), 'id: x\ntitle: [oops\n');
    writeFileSync(join(dir, 'b-schema.yaml'), good.replace(/^id: news-feed$/m, 'id: my-feed').replace(/difficulty: \w+/, 'difficulty: extreme').replace(/^title: .*$/m, (m) => `${m}\nauthor: me`));
    writeFileSync(join(dir, 'c-valid.yaml'), good.replace(/^id: news-feed$/m, 'id: my-other-feed'));
    const r = await runMain(['cases', 'validate', dir], env);
    expect(r.code).toBe(1);
    noStackTrace(r.stderr);
    const problems = r.stderr.trim().split('\n');
    expect(problems.some((l) => /a-malformed\.yaml:\d+:\d+: malformed YAML/.test(l))).toBe(true);
    expect(problems.some((l) => /b-schema\.yaml:\d+:\d+: tags\.difficulty: expected one of "easy", "medium", "hard", got "extreme"/.test(l))).toBe(true);
    expect(problems.some((l) => /b-schema\.yaml:\d+:\d+: author: unknown field "author"/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/problems in 2 of 3 case files/);
  });

  it('lets --cases-dir add a case and refuses to start when a user case is broken', async () => {
    const dir = join(tmp.dir, 'mine');
    mkdirSync(dir);
    const good = readFileSync(join(bundledCasesDir(), 'news-feed.yaml'), 'utf8');
    writeFileSync(join(dir, 'feed.yaml'), good.replace(/^id: news-feed$/m, 'id: my-feed'));
    const ok = await runMain(['cases', 'list', '--json', '--cases-dir', dir], env);
    expect(JSON.parse(ok.stdout)).toHaveLength(CASE_IDS.length + 1);
    const viaEnv = await runMain(['cases', 'list', '--json'], { ...env, MLSD_CASES_DIR: dir });
    expect(JSON.parse(viaEnv.stdout)).toHaveLength(CASE_IDS.length + 1);
    writeFileSync(join(dir, 'broken.yaml'), 'id: [\n');
    const bad = await runMain(['cases', 'list', '--cases-dir', dir], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.yaml:\d+:\d+: malformed YAML/);
    noStackTrace(bad.stderr);
  });

  it('says so when a user case overrides a bundled one', async () => {
    const dir = join(tmp.dir, 'override');
    mkdirSync(dir);
    const good = readFileSync(join(bundledCasesDir(), 'fraud-detection.yaml'), 'utf8');
    writeFileSync(join(dir, 'fraud.yaml'), good.replace(/^title: .*$/m, 'title: Our fraud case'));
    const r = await runMain(['cases', 'show', 'fraud-detection', '--json', '--cases-dir', dir], env);
    expect(JSON.parse(r.stdout).title).toBe('Our fraud case');
    expect(r.stderr).toMatch(/your case "fraud-detection" .* overrides the bundled one/);
  });

  it('keeps the generated JSON Schema in step with the zod schema', async () => {
    const { caseJsonSchema } = await import('../scripts/build-library.js');
    expect(readFileSync(join(ROOT, 'cases', 'schema.json'), 'utf8')).toBe(caseJsonSchema());
  });
});

describe('start-up', () => {
  async function importsOf(args: string[]): Promise<string[]> {
    const log = join(tmp.dir, `imports-${args.join('-')}.log`);
    writeFileSync(log, '');
    const r = await runCli(args, { ...env, MLSD_IMPORT_LOG: log }, { nodeArgs: ['--import', join(ROOT, 'tests/helpers/record-imports.mjs')] });
    expect(r.code).toBe(0);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  }

  it.each([[['--help']], [['cases', 'list']]])('%j loads neither openai nor the prompt library', async (args) => {
    const imports = await importsOf(args);
    // The ES module bundle on Node 22 and later, the CommonJS one on Node 20 (bin/mlsd.js).
    expect(imports.some((u) => /\/dist\/(bundle\/cli\.js|bundle-cjs\/cli\.cjs)$/.test(u))).toBe(true);
    expect(imports.filter((u) => /node_modules\/(openai|@inquirer)\//.test(u))).toEqual([]);
  });

  it('lists the bundled cases without parsing YAML or loading zod', async () => {
    const imports = await importsOf(['cases', 'list']);
    expect(imports.filter((u) => /node_modules\/(yaml|zod)\//.test(u))).toEqual([]);
  });

  it('lists the bundled cases from the build\'s index, without reading any case', async () => {
    const log = join(tmp.dir, 'reads-cases-list.log');
    writeFileSync(log, '');
    const r = await runCli(['cases', 'list'], { ...env, MLSD_READ_LOG: log }, { nodeArgs: ['--require', join(ROOT, 'tests/helpers/record-reads.cjs')] });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fraud-detection\s+Real-time card payment fraud detection/);
    const reads = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(reads.some((f) => /dist[\\/]library\.json$/.test(f))).toBe(true);
    expect(reads.filter((f) => /dist[\\/]library[\\/]|cases[\\/][^\\/]+\.ya?ml$/.test(f))).toEqual([]);
  });
});

describe('without a terminal', () => {
  it('bare mlsd prints the help and exits 0', async () => {
    const r = await runCli([], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: mlsd/);
  });

  it.each([['drill'], ['mock'], ['resume']])('mlsd %s says it needs a terminal in one line and exits non-zero', async (command) => {
    const r = await runCli([command], env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`mlsd ${command} is interactive and needs a terminal`));
  });

  it('reviews a case as plain text in a pipe', async () => {
    const r = await runCli(['review', 'fraud-detection', '--step', 'evaluation'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/Evaluation/);
    expect(r.stdout).toMatch(/Rubric checklist/);
    expect(r.stdout).toMatch(/Red flags/);
    expect(r.stdout).not.toMatch(/Model development/);
  });

  it('ends quietly when the reader of a pipe goes away (mlsd review ... | head -1)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers/cli.js');
    const child = spawn(process.execPath, [BIN, 'review', 'fraud-detection'], { env });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The reader is gone before the first write: every write meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('colours follow FORCE_COLOR', async () => {
    const r = await runCli(['review', 'fraud-detection', '--step', 'model'], { ...env, FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe('colour settings', () => {
  it('NO_COLOR turns colours off, FORCE_COLOR wins over it', async () => {
    const { colorLevel } = await import('../src/io.js');
    expect(colorLevel({ level: 3 }, {})).toBe(3);
    expect(colorLevel({ level: 3 }, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel({ level: 1 }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(false, {})).toBe(0);
    const r = await runCli(['review', 'fraud-detection', '--step', 'model'], { ...env, FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe('bad flag values', () => {
  it.each([
    [['mock', '--minutes', 'abc'], /argument 'abc' is invalid/],
    [['calibrate', '--runs', '0'], /argument '0' is invalid/],
    [['cases', 'show'], /missing required argument/],
  ])('mlsd %s exits 2 with one line', async (args, message) => {
    const r = await runCli(args as string[], isolatedEnv(join(tmpdir(), `mlsd-flags-${process.pid}`)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    // One line, with the hint to the help on it.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\(see mlsd --help\)$/m);
  });
});
