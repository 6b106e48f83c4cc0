import type { ChalkInstance } from 'chalk';
import { PLAIN_COLORS, surelyColorless } from './plain-colors.js';
import { fitLines } from './ui/text.js';

type Out = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

/** The streams a command talks through; tests pass their own. */
export interface IO {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  /** Colours for text written to stdout and to stderr; each follows NO_COLOR and FORCE_COLOR for its stream. */
  color: ChalkInstance;
  colorErr: ChalkInstance;
  /** Where long text for a terminal goes instead of a pager here: the resident grader hands it back to the asking command, which holds the terminal. */
  pageOut?: (text: string) => void;
}

/**
 * The colour level for a stream: FORCE_COLOR wins, then NO_COLOR (any non-empty value turns
 * colours off, as no-color.org asks; chalk itself ignores it), then what the stream supports.
 */
export function colorLevel(supported: { level: number } | false, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  const forced = force !== undefined && force !== '0' && force !== 'false';
  if (!forced && env.NO_COLOR) return 0;
  return (supported ? supported.level : 0) as 0 | 1 | 2 | 3;
}

/** A reader that goes away (`mlsd cases list | head`) ends the command quietly, not with a stack. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Colours for one stream; chalk is loaded only when they may be on. */
async function colorsFor(fd: 1 | 2, env: NodeJS.ProcessEnv): Promise<ChalkInstance> {
  if (colorLevel({ level: 1 }, env) === 0 || surelyColorless(fd, env)) return PLAIN_COLORS;
  const { Chalk, supportsColor, supportsColorStderr } = await import('chalk');
  return new Chalk({ level: colorLevel(fd === 1 ? supportsColor : supportsColorStderr, env) });
}

export async function processIO(): Promise<IO> {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const [color, colorErr] = await Promise.all([colorsFor(1, process.env), colorsFor(2, process.env)]);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Node builds process.stdin on first use, loading its stream classes (some 5 ms): most
    // commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    color,
    colorErr,
  };
}

/** Text for a stream: on a terminal, lines wider than the screen wrap by words, never inside one. */
export function forScreen(stream: { isTTY?: boolean; columns?: number }, text: string): string {
  return stream.isTTY ? fitLines(text, stream.columns ?? 80) : text;
}

/** Prints a line or more, fitted to the screen on a terminal. */
export function print(io: IO, text = ''): void {
  io.stdout.write(`${forScreen(io.stdout, text)}\n`);
}

/** A JSON document, whole: never wrapped, so it stays valid when copied off the screen. */
export function printJson(io: IO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printErr(io: IO, text = ''): void {
  io.stderr.write(`${text}\n`);
}

/** Interactive flows need both a keyboard and a screen. */
export function isInteractive(io: IO): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}

/** The width to wrap to: the terminal's (at most 110, for reading); in a pipe, none, so lines stay whole for the next program. */
export function terminalWidth(io: IO): number {
  if (!io.stdout.isTTY) return UNWRAPPED;
  return Math.max(40, Math.min(io.stdout.columns ?? 80, 110));
}

/** Wide enough that no paragraph is broken. */
export const UNWRAPPED = 100_000;
