import { forScreen, print, type IO } from '../io.js';

/**
 * Long text on a terminal goes through a pager ($PAGER, else `less -R` where it exists), so the
 * start is not scrolled away; in a pipe, or when it fits the screen, it is printed plainly.
 */
export function page(io: IO, text: string): void {
  text = forScreen(io.stdout, text);
  const rows = io.stdout.rows ?? 24;
  const lines = text.split('\n').length;
  if (!io.stdout.isTTY || !io.stdin.isTTY || lines < rows - 1 || io.env.MLSD_NO_PAGER) {
    print(io, text);
    return;
  }
  const pager = io.env.PAGER?.trim() || 'less -R';
  const [command, ...args] = pager.split(/\s+/);
  // less: quit if it fits after all, and keep the screen afterwards.
  const extra = command === 'less' ? ['-F', '-X'] : [];
  // Loaded here: most output is not paged, and child_process costs every start-up otherwise.
  const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const result = spawnSync(command!, [...args, ...extra], { input: `${text}\n`, stdio: ['pipe', 'inherit', 'inherit'], env: { ...process.env, LESSCHARSET: 'utf-8' } });
  if (result.error || (result.status !== 0 && result.status !== null)) print(io, text);
}
