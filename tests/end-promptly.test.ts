import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { IO } from '../src/io.js';
import { PLAIN_COLORS } from '../src/plain-colors.js';
import { main } from '../src/program.js';
import { BIN, isolatedEnv } from './helpers/cli.js';
import { tempDir } from './helpers/library.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Runs the program with a host that records when it is asked to end the process, and in what state. */
async function run(args: string[]): Promise<{ code: number | undefined; stdout: string; endedWith: (number | undefined)[] }> {
  let stdout = '';
  let code: number | undefined;
  const endedWith: (number | undefined)[] = [];
  const sink = (append: (t: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const io: IO = { stdout: sink((t) => (stdout += t)), stderr: sink(() => {}), stdin: Readable.from([]), env: isolatedEnv(join(tmp.dir, 'home')), color: PLAIN_COLORS, colorErr: PLAIN_COLORS };
  await main(['node', BIN, ...args], {
    io: async () => io,
    setExitCode: (c) => (code = c),
    exit: (c) => {
      throw new Error(`exit ${c}`);
    },
    endPromptly: async () => {
      endedWith.push(code);
    },
  });
  return { code, stdout, endedWith };
}

describe('ending the process once a grade is printed', () => {
  const answers = join(tmp.dir, 'answers.json');
  writeFileSync(answers, JSON.stringify({ model: 'Logistic regression first, then gradient-boosted trees on velocity features.' }));

  it('is asked for after a grade, once its report is written and its exit status set', async () => {
    const r = await run(['grade', '--grader', 'offline', '--case', 'fraud-detection', '--answers', answers]);
    expect(r.stdout).toContain('Real-time card payment fraud detection');
    expect(r.endedWith).toEqual([0]);
  });

  it('is asked for after a failed grade too, with its non-zero status', async () => {
    const r = await run(['grade', '--grader', 'offline', '--case', 'no-such-case', '--answers', answers]);
    expect(r.endedWith).toEqual([2]);
  });

  it('is not asked for after a light command, where Node ends sooner by itself', async () => {
    const r = await run(['cases', 'list']);
    expect(r.code).toBe(0);
    expect(r.endedWith).toEqual([]);
  });
});
