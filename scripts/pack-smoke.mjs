// Packs the project as npm would publish it, checks the tarball holds only what users need,
// installs it into an empty folder and runs the installed `mlsd` there. Run by CI after npm test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mlsd-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// `calibrate --json` reports every answer it grades: several megabytes, past the 1 MB default buffer.
const run = (cmd, args, cwd, env = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
const fail = (message) => {
  console.error(`pack-smoke: ${message}`);
  process.exitCode = 1;
};

try {
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((f) => f.path);
  const stray = files.filter((f) => /^(src|tests|scripts|dist\/scripts|node_modules|\.ci)\//.test(f) || /tsconfig|vitest/.test(f));
  if (stray.length > 0) fail(`the tarball holds files users do not need: ${stray.join(', ')}`);
  for (const needed of ['bin/mlsd.js', 'bin/package.json', 'dist/bundle/cli.js', 'dist/bundle-cjs/cli.cjs', 'dist/bundle-cjs/code-cache.cjs', 'dist/bundle-cjs/resident-client.cjs', 'dist/bundle-cjs/resident.cjs', 'dist/bundle/resident.js', 'dist/library.json', 'dist/library/fraud-detection.json', 'dist/grading/regex-gates.json', 'models/stance.json', 'models/mistakes.json', 'dist/grading/mistakes.bin', 'cases/schema.json', 'cases/fraud-detection.yaml', 'prompts/grader.v1.md', 'README.md', 'LICENSE']) {
    if (!files.includes(needed)) fail(`the tarball lacks ${needed}`);
  }
  // The offline grader's statistics are named by the library's key.
  for (const needed of [/^dist\/grading\/library-[0-9a-f]+\.bin$/, /^dist\/grading\/cases\/fraud-detection-[0-9a-f]+\.json$/]) {
    if (!files.some((f) => needed.test(f))) fail(`the tarball lacks a file like ${needed.source}`);
  }
  console.log(`pack-smoke: ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed`);

  const app = join(work, 'app');
  run('mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), '{"name":"empty","version":"1.0.0","private":true}\n');
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)], app);

  const home = join(work, 'home');
  // The resident grader the first grade starts listens in a folder of this run's own, and ends
  // seconds after the last grade.
  const runtime = join(work, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  const env = { HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), OPENAI_API_KEY: '', OPENAI_BASE_URL: '', MLSD_RUNTIME_DIR: runtime, MLSD_RESIDENT_IDLE: '3' };
  const mlsd = join(app, 'node_modules', '.bin', 'mlsd');
  if (!run(mlsd, ['--help'], app, env).includes('Usage: mlsd')) fail('mlsd --help printed no usage');
  const cases = JSON.parse(run(mlsd, ['cases', 'list', '--json'], app, env));
  // As many as the repository ships: every bundled case must reach the installed package.
  const shipped = readdirSync(new URL('../cases/', import.meta.url)).filter((n) => n.endsWith('.yaml')).length;
  if (cases.length !== shipped) fail(`mlsd cases list found ${cases.length} cases, expected ${shipped}`);
  if (!run(mlsd, ['cases', 'validate'], app, env).includes(`${shipped} case files valid`)) fail('mlsd cases validate did not pass');
  writeFileSync(join(app, 'answers.md'), '## model\nI would start with a logistic regression baseline, then gradient-boosted trees, because fraud data is tabular.\n');
  const grade = JSON.parse(run(mlsd, ['grade', '--case', 'fraud-detection', '--answers', 'answers.md', '--json'], app, env));
  if (grade.grader.kind !== 'offline' || !(grade.score >= 0)) fail('mlsd grade did not grade offline');
  // The next grade from a script is the resident grader's, and says the same.
  const sockets = () => readdirSync(runtime).filter((f) => f.endsWith('.sock'));
  const wait = async (done) => {
    for (const until = Date.now() + 20_000; !done() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 100));
    return done();
  };
  if (!(await wait(() => sockets().length === 1))) fail('the first grade started no resident grader');
  const again = run(mlsd, ['grade', '--case', 'fraud-detection', '--answers', 'answers.md', '--json'], app, { ...env, MLSD_RESIDENT: 'only' });
  if (JSON.stringify(JSON.parse(again)) !== JSON.stringify(grade)) fail('the resident grader graded differently');
  if (!(await wait(() => sockets().length === 0))) fail('the resident grader did not end after its idle time');
  const calibration = JSON.parse(run(mlsd, ['calibrate', '--json'], app, env));
  if (!calibration.verdict.fit) fail('mlsd calibrate did not find the offline grader fit');
  if (!run(mlsd, ['review', 'news-feed', '--step', 'model'], app, env).includes('Rubric checklist')) fail('mlsd review printed no checklist');
  if (!process.exitCode) console.log('pack-smoke: the installed mlsd works');
} catch (error) {
  fail(`${error.message.split('\n')[0]}${error.stderr ? `: ${String(error.stderr).trim().split('\n').slice(-3).join(' | ')}` : ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
