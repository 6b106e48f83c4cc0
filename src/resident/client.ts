// The asking side of the resident grader: `mlsd grade` hands its arguments to a grader process kept
// warm from an earlier grade, and prints what comes back. Starting Node and loading the grader's
// statistics and patterns cost most of a grade (the work itself is some 20 ms once warm), so a
// script grading file after file pays that once. Loaded by bin/mlsd.js before anything else:
// Node's own modules only.
import { connect } from 'node:net';
import { runPager } from '../ui/run-pager.js';
import { graderAsked, residentPlace } from './where.js';

// Sent to the grader without their values: it never needs a key, and then never holds one.
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL/i;
const REPLY_TIMEOUT_MS = 30_000;

export interface Request {
  v: 1;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  stderrIsTTY: boolean;
  /** Set when stdout is a terminal: its size, and whether stdin is one too (the pager needs both). */
  tty?: { columns: number; rows: number; stdin: boolean };
}

/**
 * A reply line: text for stdout (`o`) or stderr (`e`), text for the pager (`page`: a report longer
 * than the terminal, shown here, since this process holds the terminal), the exit status, or
 * "grade it yourself".
 */
export type Reply = { o: string } | { e: string } | { page: string } | { exit: number } | { decline: true };

/**
 * A grade the resident grader may take: offline grading (asked for, or `auto` with no LLM in the
 * environment; the grader itself also checks the config file) of answers from a file or a session.
 * At a terminal the report comes back for the pager here; a warm grade is too quick for a spinner.
 */
export function residentMayGrade(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (args[0] !== 'grade') return false;
  if (args.some((a) => a === '-' || a === '-h' || a === '--help' || a === 'help' || a === '-V' || a === '--version')) return false;
  const grader = graderAsked(args) ?? 'auto';
  if (grader === 'offline') return true;
  return grader === 'auto' && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL;
}

export function withoutSecrets(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  // An empty value is no secret, and says that nothing is set.
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = SECRET_NAME.test(k) && v !== '' ? '(set)' : v;
  return out;
}

/**
 * Grades through the resident grader when one is running, and resolves true once its reply is
 * printed (the process then ends with the grade's status). Resolves false when the grade is to run
 * here: no grader running (one is started for the next grade, unless MLSD_RESIDENT=only), the
 * grader declined, or it could not be reached before printing anything.
 * `bin`: the script that starts the program; `build`: a file of this build (see residentPlace).
 */
export function gradeThroughResident(args: string[], bin: string, build: string): Promise<boolean> {
  const env = process.env;
  const only = env.MLSD_RESIDENT === 'only';
  const place = residentMayGrade(args, env) ? residentPlace(env, build) : undefined;
  if (!place) return only ? fail('this grade cannot go to the resident grader (MLSD_RESIDENT=only)') : Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = connect(place.socket);
    let printed = false;
    let settled = false;
    let pending = '';
    let toPage: string | undefined;
    const giveUp = (why: string, start: boolean) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (printed) {
        // Half a grade is out: running it again here would print it twice.
        process.stderr.write(`the resident grader stopped before the grade was finished (${why}); run the command again\n`);
        process.exit(1);
      }
      if (only) return void fail(`no resident grader answered at ${place.socket} (${why})`);
      if (start) startResident(bin, env);
      resolve(false);
    };
    socket.setTimeout(REPLY_TIMEOUT_MS, () => giveUp('no reply', false));
    socket.on('connect', () => {
      const request: Request = { v: 1, args, cwd: process.cwd(), env: withoutSecrets(env), stderrIsTTY: Boolean(process.stderr.isTTY) };
      const out = process.stdout;
      if (out.isTTY) request.tty = { columns: out.columns || 80, rows: out.rows || 24, stdin: Boolean(process.stdin.isTTY) };
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      for (let nl = pending.indexOf('\n'); nl >= 0 && !settled; nl = pending.indexOf('\n')) {
        const reply = JSON.parse(pending.slice(0, nl)) as Reply;
        pending = pending.slice(nl + 1);
        if ('o' in reply) {
          printed = true;
          process.stdout.write(reply.o);
        } else if ('e' in reply) {
          printed = true;
          process.stderr.write(reply.e);
        } else if ('page' in reply) {
          printed = true;
          toPage = reply.page;
        } else if ('decline' in reply) {
          giveUp('declined', false);
        } else {
          settled = true;
          socket.destroy();
          // After the socket is closed: the pager holds this process for as long as the reader wants.
          if (toPage !== undefined && !runPager(toPage, env)) process.stdout.write(`${toPage}\n`);
          endWith(reply.exit);
          resolve(true);
        }
      }
    });
    // No grader at that address, or one that has gone (its socket left behind): start one for next time.
    socket.on('error', (error: NodeJS.ErrnoException) => giveUp(error.code ?? error.message, error.code === 'ENOENT' || error.code === 'ECONNREFUSED'));
    socket.on('close', () => giveUp('connection closed', false));
  });
}

/** Starts a resident grader in the background, detached from this process and its terminal. */
export function startResident(bin: string, env: NodeJS.ProcessEnv): void {
  const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const child = spawn(process.execPath, [bin, '__resident-grader'], { detached: true, stdio: 'ignore', env: withoutSecretValues(env) });
  child.on('error', () => {});
  child.unref();
}

function withoutSecretValues(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!SECRET_NAME.test(k)) out[k] = v;
  return out;
}

function endWith(code: number): void {
  let open = 2;
  const done = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

function fail(message: string): Promise<boolean> {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
