import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, ROOT } from './cli.js';

/**
 * Runs the built CLI on a real pseudo-terminal (util-linux `script`), so that raw mode, keypresses
 * and signals behave as they do for a person at a keyboard. `exec` makes node the direct child of
 * `script`, so signals can be sent to the CLI itself rather than to a shell.
 */
export interface PtyRun {
  child: ChildProcess;
  screen: () => string;
  type: (text: string) => void;
  /** Waits until the screen shows `text`. */
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
  /** The pid of the CLI's node process (the child of `script`). */
  cliPid: () => number;
  exited: Promise<number | null>;
}

export function runInPty(args: string[], env: NodeJS.ProcessEnv): PtyRun {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-q', '-f', '-e', '-c', `stty cols 80 rows 24; exec ${quoted}`, '/dev/null'], { env, cwd: ROOT });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    screen: () => out,
    type: (text) => child.stdin!.write(text),
    waitFor: async (text, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (!out.includes(text)) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    cliPid: () => {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
      return Number(children[0]);
    },
    exited,
  };
}
