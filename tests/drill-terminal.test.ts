import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv } from './helpers/cli.js';
import { runInPty } from './helpers/pty.js';

// The built bin on a real terminal, through to the grade: the spinner and the prompts load only
// here, so only here would a bundle that cannot load them show it.
describe('a drill in a terminal', () => {
  it('takes an answer typed as notes and shows its grade', async () => {
    const run = runInPty(['drill', 'fraud-detection', '--step', 'model', '--grader', 'offline'], isolatedEnv(mkdtempSync(join(tmpdir(), 'mlsd-drill-'))));
    await run.waitFor('Ctrl-S');
    run.type('- baseline: rules + LR on velocity feats, cheap & explainable\r');
    run.type('- then GBDT (tabular), class weights for the 0.1% fraud\r.\r');
    await run.waitFor('/100', 15_000);
    expect(run.screen()).not.toMatch(/unexpected error/);
    run.child.kill('SIGKILL');
    await run.exited;
  }, 20_000);
});
