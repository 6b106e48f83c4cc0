// The resident grader: a process that keeps the offline grader loaded and warm, and grades for
// `mlsd grade` commands run from scripts (src/resident/client.ts). It runs the same program
// (src/program.ts) as the command would, in the command's folder and with its environment, one
// grade at a time, and ends after IDLE_SECONDS without one. Started by bin/mlsd.js, detached.
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { llmConfigured, resolveConfig } from '../config.js';
import { colorLevel } from '../io.js';
import type { IO } from '../io.js';
import { PLAIN_COLORS } from '../plain-colors.js';
import { main } from '../program.js';
import type { Reply, Request } from './client.js';
import { streamColorLevel } from './colors.js';
import { graderAsked, IDLE_SECONDS, residentPlace, type ResidentPlace } from './where.js';

class Ended {
  constructor(readonly code: number) {}
}

/** `build`: the same file of this build the asking side names (see residentPlace). */
export async function serve(build: string): Promise<void> {
  const place = residentPlace(process.env, build);
  if (!place) process.exit(1);
  // Its own folder is the one it listens in: the folder it was started from may be removed.
  process.chdir(place.dir);
  const idleMs = Math.max(1, Number(process.env.MLSD_RESIDENT_IDLE) || IDLE_SECONDS) * 1000;
  let queue = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  // The idle time counts from the last grade answered; a connection that asks nothing does not reset it.
  const server = createServer((socket) => {
    readRequest(socket, (request) => {
      clearTimeout(idle);
      queue = queue
        .then(() => answer(request, socket))
        .catch(() => void socket.destroy())
        .finally(rest);
    });
  });
  const end = () => {
    server.close();
    rmSync(place.socket, { force: true });
    rmSync(place.pid, { force: true });
    process.exit(0);
  };
  const rest = () => {
    clearTimeout(idle);
    idle = setTimeout(end, idleMs);
  };
  if (!(await listen(server, place))) process.exit(0);
  // Beside the socket, so that it can be stopped: kill "$(cat .../grader-*.pid)".
  writeFileSync(place.pid, `${process.pid}\n`, { mode: 0o600 });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, end);
  rest();
  queue = queue.then(warmUp).catch(() => {});
}

/** Listens on the place's socket; false when another resident grader already answers there. */
async function listen(server: Server, place: ResidentPlace): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen(place.socket, () => resolve(undefined));
    });
    if (!error) {
      chmodSync(place.socket, 0o600);
      return true;
    }
    if (error.code !== 'EADDRINUSE' || (await answers(place.socket))) return false;
    // A socket left by a grader that has gone.
    rmSync(place.socket, { force: true });
  }
  return false;
}

function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(socket);
    probe.on('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });
}

function readRequest(socket: Socket, then: (request: Request) => void): void {
  let text = '';
  socket.setEncoding('utf8');
  const onData = (chunk: string) => {
    text += chunk;
    const nl = text.indexOf('\n');
    if (nl < 0) return;
    socket.off('data', onData);
    try {
      then(JSON.parse(text.slice(0, nl)) as Request);
    } catch {
      socket.destroy();
    }
  };
  socket.on('data', onData);
  socket.on('error', () => {});
}

async function answer(request: Request, socket: Socket): Promise<void> {
  const send = (reply: Reply) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
  };
  const saved = { env: process.env, cwd: process.cwd() };
  // A folder it cannot enter is the command's own to report.
  const entered = () => {
    try {
      process.chdir(request.cwd);
      return true;
    } catch {
      return false;
    }
  };
  if (request.v !== 1 || request.args[0] !== 'grade' || wouldUseLlm(request) || !entered()) {
    send({ decline: true });
    socket.end();
    return;
  }
  let code = 0;
  try {
    // Read by the program where it has no IO at hand (the caches' folder, paths shown relative).
    process.env = request.env;
    const io = await requestIO(request, send);
    await main(['node', 'mlsd', ...request.args], {
      io: async () => io,
      output: { writeOut: (text) => send({ o: text }), writeErr: (text) => send({ e: text }) },
      setExitCode: (status) => {
        code = status;
      },
      exit: (status) => {
        throw new Ended(status);
      },
    });
  } catch (error) {
    if (error instanceof Ended) code = error.code;
    else {
      send({ e: `${error instanceof Error ? error.message : String(error)}\n` });
      code = 1;
    }
  } finally {
    process.env = saved.env;
    process.chdir(saved.cwd);
  }
  send({ exit: code });
  socket.end();
}

/** An LLM grade (asked for, or configured in the environment or the config file) runs in the command's own process. */
function wouldUseLlm(request: Request): boolean {
  const grader = graderAsked(request.args) ?? 'auto';
  if (grader === 'offline') return false;
  if (grader !== 'auto') return true;
  try {
    return llmConfigured(resolveConfig({}, request.env));
  } catch {
    // A broken config file: the program says so, as it would in the command's own process.
    return false;
  }
}

async function requestIO(request: Request, send: (reply: Reply) => void): Promise<IO> {
  // Stdout is what the asking side's is: a pipe or a file, or a terminal of the size it sent (whose
  // long reports go back for its pager). A grade this quick shows no spinner on stderr.
  const tty = request.tty;
  const out = (key: 'o' | 'e') =>
    ({
      isTTY: key === 'o' && tty !== undefined,
      ...(key === 'o' && tty ? { columns: tty.columns, rows: tty.rows } : {}),
      write: (chunk: string | Uint8Array, ...rest: unknown[]) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        send(key === 'o' ? { o: text } : { e: text });
        (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
        return true;
      },
      on() {
        return this;
      },
      once() {
        return this;
      },
    }) as unknown as IO['stdout'];
  const env = request.env;
  return {
    stdout: out('o'),
    stderr: out('e'),
    stdin: Object.assign(Readable.from([]), { isTTY: Boolean(tty?.stdin) }),
    env,
    color: await colors(colorLevel({ level: streamColorLevel(env, tty !== undefined) }, env)),
    colorErr: await colors(colorLevel({ level: streamColorLevel(env, request.stderrIsTTY) }, env)),
    pageOut: (text) => send({ page: text }),
  };
}

async function colors(level: 0 | 1 | 2 | 3): Promise<ChalkInstance> {
  if (level === 0) return PLAIN_COLORS;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

/** Loads the grader and runs it over every bundled case once, so the first grade asked for is warm. */
async function warmUp(): Promise<void> {
  const [{ loadLibrary, caseSet }, { OfflineGrader }, { gradeAnswers }] = await Promise.all([
    import('../cases/library.js'),
    import('../grading/offline.js'),
    import('../grading/run.js'),
  ]);
  const library = await loadLibrary([]);
  const grader = new OfflineGrader(caseSet(library));
  for (const { case: c } of library.entries) {
    await gradeAnswers(grader, c, Object.fromEntries(c.steps.map((s) => [s.id, `${s.question} ${c.prompt}`])));
  }
}
