import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { IO } from '../../src/io.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'mlsd.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a CLI test runs in: its own home and XDG folders, no LLM settings from the
 * machine, no colours unless asked, no resident grader.
 */
export function isolatedEnv(home: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(OPENAI_|MLSD_|XDG_|FORCE_COLOR|NO_COLOR|npm_)/.test(k)) continue;
    env[k] = v;
  }
  for (const d of ['data', 'config', 'cache']) mkdirSync(join(home, d), { recursive: true });
  Object.assign(env, {
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    // A grade starts no resident grader unless a test asks for one (tests/resident.test.ts).
    MLSD_RESIDENT: 'off',
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs the built CLI as a user would, without a terminal. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, options: { input?: string; nodeArgs?: string[]; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { env, cwd: options.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

class Exit {
  constructor(readonly code: number) {}
}

/**
 * Runs the CLI's program (src/program.ts) in this process, as `runCli` runs the built one in a child:
 * the same arguments and environment, stdout and stderr captured as from pipes, no terminal, and the
 * exit status the process would end with. For tests where the process itself is not the point; exit
 * by signal, a terminal, pipes, colour detection and what a start loads need `runCli`. Caches the
 * program keeps by process (cases and grading statistics of user libraries) go to this process's
 * MLSD_CACHE_DIR, not under the test's home.
 */
export async function runMain(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  // Colours are off, as in a pipe; forcing them is up to chalk and the real streams.
  if ('FORCE_COLOR' in env) throw new Error('runMain runs without colours: use runCli to test FORCE_COLOR');
  const [{ main }, { PLAIN_COLORS }] = await Promise.all([import('../../src/program.js'), import('../../src/plain-colors.js')]);
  let stdout = '';
  let stderr = '';
  const pipe = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const io: IO = {
    stdout: pipe((t) => (stdout += t)),
    stderr: pipe((t) => (stderr += t)),
    stdin: Readable.from([]),
    env,
    color: PLAIN_COLORS,
    colorErr: PLAIN_COLORS,
  };
  let code = 0;
  try {
    await main(['node', BIN, ...args], {
      io: async () => io,
      output: { writeOut: (t) => (stdout += t), writeErr: (t) => (stderr += t), getOutHasColors: () => false, getErrHasColors: () => false },
      setExitCode: (c) => (code = c),
      exit: (c) => {
        throw new Exit(c);
      },
    });
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    code = error.code;
  }
  return { code, stdout, stderr };
}
