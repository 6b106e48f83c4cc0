import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { isolatedEnv } from './helpers/cli.js';
import { runInPty } from './helpers/pty.js';

// A person types a line into a drill, pauses, and the process dies: what they typed must be on disk.
const LINE = 'How many payments a second, and what is our p99 budget?';

function savedDraft(home: string): string {
  const dir = join(home, 'data', 'mlsd-coach', 'sessions');
  const [file] = readdirSync(dir).filter((n) => n.endsWith('.json'));
  const session = JSON.parse(readFileSync(join(dir, file!), 'utf8')) as { items: { draft: string }[] };
  return session.items[0]!.draft;
}

async function typeThenSignal(signal: NodeJS.Signals): Promise<{ code: number | null; draft: string; screen: string }> {
  const home = mkdtempSync(join(tmpdir(), 'mlsd-lost-'));
  const run = runInPty(['drill', 'fraud-detection', '--step', 'requirements'], isolatedEnv(home));
  await run.waitFor('Ctrl-S');
  // A burst: the first keystroke is saved at once, the rest only by the save after the pause.
  run.type(LINE);
  await run.waitFor('p99 budget?');
  await new Promise((r) => setTimeout(r, 1200));
  process.kill(run.cliPid(), signal);
  const code = await run.exited;
  return { code, draft: savedDraft(home), screen: run.screen() };
}

// Each test has its own home and terminal, and spends most of its time waiting: they run together.
describe.concurrent('nothing typed is lost', () => {
  it('keeps the whole line when the process is killed outright after a pause', async ({ expect }) => {
    const { draft } = await typeThenSignal('SIGKILL');
    expect(draft).toBe(LINE);
  });

  it('saves and exits 143 on SIGTERM, saying how to resume', async ({ expect }) => {
    const { code, draft, screen } = await typeThenSignal('SIGTERM');
    expect(draft).toBe(LINE);
    expect(code).toBe(143);
    expect(screen).toMatch(/everything you typed is saved\. Continue with:/);
    // Fitted to the 80-column terminal by words: the command to continue with is never split.
    const said = screen.split(/\r?\n/).map((l) => l.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trimEnd());
    expect(said.some((l) => /^mlsd resume \d{8}-\d{6}-fraud-detection-[0-9a-f]{4}$/.test(l))).toBe(true);
    expect(said.filter((l) => l.includes('everything you typed')).every((l) => l.length <= 80)).toBe(true);
  });

  it('saves and exits 129 when the terminal closes (SIGHUP)', async ({ expect }) => {
    const { code, draft } = await typeThenSignal('SIGHUP');
    expect(draft).toBe(LINE);
    expect(code).toBe(129);
  });
});
