import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { residentMayGrade, withoutSecrets } from '../src/resident/client.js';
import { streamColorLevel } from '../src/resident/colors.js';
import { residentPlace } from '../src/resident/where.js';
import { isolatedEnv, ROOT, runCli, type CliResult } from './helpers/cli.js';
import { tempDir } from './helpers/library.js';

// The resident grader (src/resident/): `mlsd grade`, from a script or a terminal, hands the grade to
// a process kept warm by an earlier grade. Whatever serves it, the command prints and ends the same.

const tmp = tempDir();
const BUILD = join(ROOT, 'dist', 'bundle-cjs', 'cli.cjs');
const servers: Server[] = [];
const graders: string[] = [];
afterAll(async () => {
  for (const s of servers) s.close();
  // No grader these tests start outlives them.
  await Promise.all(graders.map(stopGraders));
  tmp.remove();
});

const ANSWERS = `case: fraud-detection

## Requirements
About 3,000 payments a second at peak; the authorisation allows ~40 ms p99 for scoring. Chargebacks arrive up to 90 days later.

## Model
Start with the rules and a logistic regression baseline, then GBDT on velocity features, because they are fast and strong on tabular data.

## Evaluation
Fraud is ~0.1% of payments, so accuracy is misleading: recall at a fixed false-positive rate, time-based split, then an A/B test on fraud losses.
`;

function socketsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sock')) : [];
}

/** A grader listens there: it writes its process id once its socket is up. */
const running = (run: string) => existsSync(run) && readdirSync(run).some((f) => f.endsWith('.pid'));

async function stopGraders(run: string): Promise<void> {
  if (!existsSync(run)) return;
  const pids = readdirSync(run)
    .filter((name) => name.endsWith('.pid'))
    .map((f) => Number(readFileSync(join(run, f), 'utf8')));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  }
  // Its pid file goes first; the process itself may still be writing its code cache into the home
  // the test is about to remove, so wait for the process to be gone as well.
  await waitFor(() => !running(run) && socketsIn(run).length === 0 && pids.every((pid) => !alive(pid)), 10_000);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (done()) return true;
  return done();
}

/** A home with its answers file, and the resident grader's folder in it. */
function setup(name: string, idle = '60') {
  const home = join(tmp.dir, name);
  const run = join(home, 'run');
  mkdirSync(run, { recursive: true, mode: 0o700 });
  chmodSync(run, 0o700);
  writeFileSync(join(home, 'answers.md'), ANSWERS);
  const env = isolatedEnv(home, { MLSD_RESIDENT: undefined, MLSD_RUNTIME_DIR: run, MLSD_RESIDENT_IDLE: idle });
  graders.push(run);
  return { home, run, env, socket: () => residentPlace(env, BUILD)!.socket };
}

const grade = ['grade', '--grader', 'offline', '--answers', 'answers.md', '--json'];
const same = (a: CliResult, b: CliResult) => expect({ code: a.code, stdout: a.stdout, stderr: a.stderr }).toEqual({ code: b.code, stdout: b.stdout, stderr: b.stderr });

// Each test waits on detached graders that start and end; a loaded CI machine needs more than the default.
describe('the resident grader', { timeout: 90_000 }, () => {
  it('grades a piped grade as the command does in its own process: same output, same status, paths from the command\'s folder', async () => {
    const { home, run, env } = setup('same');
    const here = await runCli(grade, { ...env, MLSD_RESIDENT: 'off' }, { cwd: home });
    expect(here.code).toBe(0);
    expect(JSON.parse(here.stdout).case).toBe('fraud-detection');
    // The first grade runs in its own process and starts a grader for the next.
    same(await runCli(grade, env, { cwd: home }), here);
    expect(await waitFor(() => running(run), 20_000)).toBe(true);
    // MLSD_RESIDENT=only fails rather than grade here: what follows was served by the grader.
    same(await runCli(grade, { ...env, MLSD_RESIDENT: 'only' }, { cwd: home }), here);
    // An empty key is no key: the grade is still offline, and the grader's.
    const auto = grade.filter((a) => a !== '--grader' && a !== 'offline');
    same(await runCli(auto, { ...env, OPENAI_API_KEY: '', OPENAI_BASE_URL: '', MLSD_RESIDENT: 'only' }, { cwd: home }), await runCli(auto, { ...env, MLSD_RESIDENT: 'off' }, { cwd: home }));
    // Bad input: the same one line and status.
    for (const args of [['grade', '--grader', 'offline', '--case', 'no-such-case', '--answers', 'answers.md'], ['grade', '--grader', 'offline', '--answers', 'missing.md'], ['grade', '--grader', 'offline']]) {
      const own = await runCli(args, { ...env, MLSD_RESIDENT: 'off' }, { cwd: home });
      expect(own.code).toBe(2);
      expect(own.stderr.trim().split('\n')).toHaveLength(1);
      same(await runCli(args, { ...env, MLSD_RESIDENT: 'only' }, { cwd: home }), own);
    }
  });

  it("reads each command's environment: colours follow that command's FORCE_COLOR", async () => {
    const { home, run, env } = setup('env');
    await runCli(grade, env, { cwd: home });
    expect(await waitFor(() => running(run), 20_000)).toBe(true);
    const colored = { ...env, FORCE_COLOR: '1' };
    const own = await runCli(grade.filter((a) => a !== '--json'), { ...colored, MLSD_RESIDENT: 'off' }, { cwd: home });
    expect(own.stdout).toContain('\u001b[');
    same(await runCli(grade.filter((a) => a !== '--json'), { ...colored, MLSD_RESIDENT: 'only' }, { cwd: home }), own);
    const plain = await runCli(grade.filter((a) => a !== '--json'), { ...env, MLSD_RESIDENT: 'only' }, { cwd: home });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('serves a terminal: the report fitted to its width, coloured, and handed back for the pager when longer than the screen', async () => {
    const { home, run, env, socket } = setup('tty');
    await runCli(grade, env, { cwd: home });
    expect(await waitFor(() => running(run), 20_000)).toBe(true);
    const ask = (rows: number) =>
      new Promise<Array<Record<string, unknown>>>((resolve) => {
        const replies: Array<Record<string, unknown>> = [];
        let text = '';
        const s = connect(socket());
        s.on('connect', () => {
          // Not "CI": chalk gives a terminal under CI no colour, and the grader reads colours as chalk does.
          const terminal: NodeJS.ProcessEnv = { ...env, TERM: 'xterm-256color' };
          delete terminal.CI;
          const request = { v: 1, args: grade.filter((a) => a !== '--json'), cwd: home, env: terminal, stderrIsTTY: true, tty: { columns: 60, rows, stdin: true } };
          s.write(`${JSON.stringify(request)}\n`);
        });
        s.on('data', (d) => (text += d));
        s.on('close', () => {
          for (const line of text.split('\n').filter(Boolean)) replies.push(JSON.parse(line) as Record<string, unknown>);
          resolve(replies);
        });
      });
    const visible = (t: string) => t.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    const short = await ask(10);
    const paged = short.filter((r) => 'page' in r).map((r) => r.page as string);
    expect(paged).toHaveLength(1);
    expect(short.some((r) => 'o' in r)).toBe(false);
    expect(short.at(-1)).toEqual({ exit: 0 });
    expect(paged[0]).toContain('\u001b[');
    expect(Math.max(...visible(paged[0]!).split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
    // A screen it fits on gets it printed, not paged; in a pipe it is neither wrapped nor coloured.
    const tall = await ask(1000);
    expect(tall.some((r) => 'page' in r)).toBe(false);
    expect(tall.filter((r) => 'o' in r).map((r) => r.o).join('')).toBe(`${paged[0]}\n`);
    const piped = await runCli(grade.filter((a) => a !== '--json'), { ...env, TERM: 'xterm-256color', MLSD_RESIDENT: 'only' }, { cwd: home });
    expect(piped.stdout).not.toContain('\u001b[');
    expect(Math.max(...piped.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(60);
  });

  it('runs the pager on its own side for a report handed back, and prints it when the pager fails', async () => {
    const { home, env, socket } = setup('pager');
    const fake = createServer((s) => {
      s.once('data', () => s.end(`${JSON.stringify({ page: 'line one\nline two' })}\n${JSON.stringify({ exit: 3 })}\n`));
    });
    servers.push(fake);
    await new Promise<void>((r) => fake.listen(socket(), () => r()));
    const paged = await runCli(grade, { ...env, MLSD_RESIDENT: 'only', PAGER: 'sed s/^/paged:/' }, { cwd: home });
    expect({ code: paged.code, stdout: paged.stdout }).toEqual({ code: 3, stdout: 'paged:line one\npaged:line two\n' });
    const broken = await runCli(grade, { ...env, MLSD_RESIDENT: 'only', PAGER: 'no-such-pager-here' }, { cwd: home });
    expect({ code: broken.code, stdout: broken.stdout }).toEqual({ code: 3, stdout: 'line one\nline two\n' });
    await new Promise((r) => fake.close(r));
    rmSync(socket(), { force: true });
  });

  it('ends after its idle time and removes its socket; a socket left by a grader that died is replaced', async () => {
    const { home, run, env, socket } = setup('idle');
    // Up, then gone a second after it was last asked. On a loaded machine it can come and go before
    // the grade that started it returns, so its coming up is watched for from the start.
    let cameUp = false;
    const watcher = watch(run, (_event, file) => {
      if (file?.endsWith('.sock') || file?.endsWith('.pid')) cameUp = true;
    });
    await runCli(grade, { ...env, MLSD_RESIDENT_IDLE: '1' }, { cwd: home });
    expect(await waitFor(() => cameUp || running(run) || socketsIn(run).length === 1, 20_000)).toBe(true);
    watcher.close();
    expect(await waitFor(() => !running(run) && socketsIn(run).length === 0, 20_000)).toBe(true);
    // A grader killed outright leaves its socket behind.
    const dead = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socket())}, () => console.log('up'))`]);
    await new Promise((r) => dead.stdout.once('data', r));
    dead.kill('SIGKILL');
    await new Promise((r) => dead.once('exit', r));
    expect(existsSync(socket())).toBe(true);
    const here = await runCli(grade, { ...env, MLSD_RESIDENT: 'off' }, { cwd: home });
    same(await runCli(grade, env, { cwd: home }), here);
    expect(await waitFor(() => running(run), 20_000)).toBe(true);
    same(await runCli(grade, { ...env, MLSD_RESIDENT: 'only' }, { cwd: home }), here);
  });

  it('outlives the folder it was started from, and a connection that asks nothing does not keep it alive', async () => {
    const { home, run, env } = setup('cwd');
    const gone = join(home, 'gone');
    mkdirSync(gone);
    writeFileSync(join(gone, 'answers.md'), ANSWERS);
    // Idle long enough that a loaded machine's own-process grade below cannot outlast it.
    await runCli(grade, { ...env, MLSD_RESIDENT_IDLE: '12' }, { cwd: gone });
    expect(await waitFor(() => running(run), 20_000)).toBe(true);
    rmSync(gone, { recursive: true });
    const own = await runCli(grade, { ...env, MLSD_RESIDENT: 'off' }, { cwd: home });
    same(await runCli(grade, { ...env, MLSD_RESIDENT: 'only' }, { cwd: home }), own);
    const silent = connect(readdirSync(run).filter((f) => f.endsWith('.sock')).map((f) => join(run, f))[0]!);
    silent.on('error', () => {});
    expect(await waitFor(() => !running(run), 40_000)).toBe(true);
    silent.destroy();
  }, 60_000);

  it('sends no secret: a key in the environment reaches it as "(set)"; declined, the grade runs in its own process', async () => {
    const { home, env, socket } = setup('secret');
    const key = 'sk-resident-test-0123456789abcdef';
    let received = '';
    const fake = createServer((s) => {
      s.on('data', (d) => {
        received += d;
        if (received.includes('\n')) s.end(`${JSON.stringify({ decline: true })}\n`);
      });
    });
    servers.push(fake);
    await new Promise<void>((r) => fake.listen(socket(), () => r()));
    const withKey = { ...env, OPENAI_API_KEY: key };
    const own = await runCli(grade, { ...withKey, MLSD_RESIDENT: 'off' }, { cwd: home });
    same(await runCli(grade, withKey, { cwd: home }), own);
    expect(received).toContain('"OPENAI_API_KEY":"(set)"');
    expect(received).not.toContain(key);
    expect(JSON.parse(received.split('\n')[0]!).args).toEqual(grade);
    await new Promise((r) => fake.close(r));
    rmSync(socket(), { force: true });
  });

  it('is not asked for an LLM grade, answers from stdin or help', () => {
    const env = {};
    expect(residentMayGrade(['grade', '--answers', 'a.md'], env)).toBe(true);
    expect(residentMayGrade(['grade', '--answers', 'a.md', '--grader', 'llm'], env)).toBe(false);
    expect(residentMayGrade(['grade', '--answers', 'a.md'], { OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' })).toBe(false);
    expect(residentMayGrade(['grade', '--answers', 'a.md', '--grader=offline'], { OPENAI_API_KEY: 'k' })).toBe(true);
    expect(residentMayGrade(['grade', '--answers', '-'], env)).toBe(false);
    expect(residentMayGrade(['grade', '--help'], env)).toBe(false);
    expect(residentMayGrade(['drill'], env)).toBe(false);
    expect(withoutSecrets({ OPENAI_API_KEY: 'x', GITHUB_TOKEN: 'y', HOME: '/h', AWS_SECRET_ACCESS_KEY: '' })).toEqual({ OPENAI_API_KEY: '(set)', GITHUB_TOKEN: '(set)', HOME: '/h', AWS_SECRET_ACCESS_KEY: '' });
  });

  it('listens only in a folder no one else may enter', () => {
    const open = join(tmp.dir, 'open-run');
    mkdirSync(open, { recursive: true });
    chmodSync(open, 0o755);
    expect(residentPlace({ MLSD_RUNTIME_DIR: open }, BUILD)).toBeUndefined();
    chmodSync(open, 0o700);
    expect(residentPlace({ MLSD_RUNTIME_DIR: open }, BUILD)?.socket).toMatch(/grader-[0-9a-f]{8}\.sock$/);
  });

  it("picks chalk's colour level for the command's streams", () => {
    expect(streamColorLevel({ TERM: 'xterm-256color' }, false)).toBe(0);
    expect(streamColorLevel({ TERM: 'xterm-256color' }, true)).toBe(2);
    expect(streamColorLevel({ TERM: 'xterm', COLORTERM: 'truecolor' }, true)).toBe(3);
    expect(streamColorLevel({ TERM: 'dumb' }, true)).toBe(0);
    expect(streamColorLevel({ FORCE_COLOR: '2' }, false)).toBe(2);
    expect(streamColorLevel({ FORCE_COLOR: '0', TERM: 'xterm' }, true)).toBe(0);
  });

  it('answers MLSD_RESIDENT=only with one line and a failure when no grader runs', async () => {
    const { home, env } = setup('only');
    const r = await runCli(grade, { ...env, MLSD_RESIDENT: 'only' }, { cwd: home });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no resident grader answered/);
  });
});
