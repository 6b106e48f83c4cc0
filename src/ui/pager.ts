import { forScreen, print, type IO } from '../io.js';
import { runPager } from './run-pager.js';

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
  if (io.pageOut) return io.pageOut(text);
  if (!runPager(text, io.env)) print(io, text);
}
