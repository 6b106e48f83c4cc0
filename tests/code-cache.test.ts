import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { isolatedEnv, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/library.js';

// bin/mlsd.js on Node 20: the CommonJS bundle, compiled with the code V8 produced for it last time.
// Node 22 and later use Node's own compile cache instead, so there is nothing of ours to test there.
const ours = Number(process.versions.node.split('.')[0]) < 22;
const tmp = tempDir();
afterAll(() => tmp.remove());

const MARKER = 'zebra-quokka-7731';
const answersFile = join(tmp.dir, 'answers.json');
writeFileSync(answersFile, JSON.stringify({ model: `Start with rules and a logistic regression baseline, then GBDT on velocity features (${MARKER}).` }));
const grade = ['grade', '--grader', 'offline', '--case', 'fraud-detection', '--answers', answersFile, '--json'];

function setup(name: string, extra: Record<string, string> = {}) {
  const env = isolatedEnv(join(tmp.dir, name), extra);
  const v8 = join(env.XDG_CACHE_HOME!, 'mlsd-coach', 'v8');
  const list = (d: string) => {
    try {
      return readdirSync(d).sort();
    } catch {
      return [];
    }
  };
  // One folder for this Node version and this build.
  const builds = () => list(v8);
  const dir = () => join(v8, builds().find((b) => b.startsWith(`${process.version}-`)) ?? 'none');
  const files = () => list(dir());
  return { env, v8, dir, builds, files };
}

describe.runIf(ours)('the code cache (Node 20)', () => {
  it('keeps the compiled code of every file a command loads, and the next run uses it as it is', async () => {
    const { env, dir, files } = setup('reuse');
    const first = await runCli(grade, env);
    expect(first.code).toBe(0);
    expect(files().some((f) => /bundle-cjs_grading-.*\.cjs\.\d+\.\d+$/.test(f))).toBe(true);
    expect(files().some((f) => /commander_lib_command\.js\.\d+\.\d+$/.test(f))).toBe(true);
    const written = new Map(files().map((f) => [f, statSync(join(dir(), f)).mtimeMs]));
    const second = await runCli(grade, env);
    expect(second.stdout).toBe(first.stdout);
    // V8 took every cache as it was: none was compiled afresh and written again.
    expect(new Map(files().map((f) => [f, statSync(join(dir(), f)).mtimeMs]))).toEqual(written);
  });

  it('compiles afresh, and rewrites, a cache V8 refuses', async () => {
    const { env, dir, files } = setup('corrupt');
    const first = await runCli(grade, env);
    const grading = files().find((f) => f.includes('bundle-cjs_grading-'))!;
    writeFileSync(join(dir(), grading), 'not code at all');
    const second = await runCli(grade, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(join(dir(), grading)).length).toBeGreaterThan(1000);
  });

  it('still runs when the cache cannot be written', async () => {
    const blocker = join(tmp.dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const { env } = setup('unwritable', { MLSD_CACHE_DIR: blocker });
    const r = await runCli(grade, env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).case).toBe('fraud-detection');
  });

  it('writes nothing with MLSD_CODE_CACHE=off', async () => {
    const { env, files } = setup('off', { MLSD_CODE_CACHE: 'off' });
    expect((await runCli(grade, env)).code).toBe(0);
    expect(files()).toEqual([]);
  });

  it('holds compiled code only, never what the user wrote', async () => {
    const { env, dir, files } = setup('private');
    const r = await runCli(grade, env);
    expect(r.stdout).toContain(MARKER);
    expect(files().length).toBeGreaterThan(3);
    for (const f of files()) expect(readFileSync(join(dir(), f)).includes(MARKER)).toBe(false);
  });

  it("removes the caches of other builds when it writes this build's", async () => {
    const { env, v8, builds } = setup('stale');
    mkdirSync(join(v8, `${process.version}-1234-5678`), { recursive: true });
    writeFileSync(join(v8, `${process.version}-1234-5678`, 'old.cjs.1.2'), 'old');
    expect((await runCli(grade, env)).code).toBe(0);
    expect(builds()).toHaveLength(1);
    expect(builds()[0]).not.toBe(`${process.version}-1234-5678`);
  });
});

describe('the two bundles', () => {
  it('grade alike: the ES module one (Node 22 and later) and the CommonJS one (Node 20)', async () => {
    const { env } = setup('bundles');
    const viaBin = await runCli(grade, env);
    const esm = spawnSync(process.execPath, [join(ROOT, 'dist', 'bundle', 'cli.js'), ...grade], { env, encoding: 'utf8' });
    // The CommonJS bundle without the bin, so without the code cache.
    const runner = join(tmp.dir, 'run-cjs.cjs');
    writeFileSync(runner, `require(${JSON.stringify(join(ROOT, 'dist', 'bundle-cjs', 'cli.cjs'))}).run();\n`);
    const cjs = spawnSync(process.execPath, [runner, ...grade], { env, encoding: 'utf8' });
    expect(esm.status).toBe(0);
    expect(cjs.status).toBe(0);
    expect(esm.stdout).toBe(viaBin.stdout);
    expect(cjs.stdout).toBe(viaBin.stdout);
  });
});
