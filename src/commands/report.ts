import { existsSync, writeFileSync } from 'node:fs';
import { loadLibrary } from '../cases/library.js';
import { resolveConfig } from '../config.js';
import { UsageError, UserError } from '../errors.js';
import { isInteractive, printErr, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { htmlReport, markdownReport } from '../report/session-report.js';
import { page } from '../ui/pager.js';

export async function runReport(id: string, opts: { format: 'md' | 'html'; output?: string; force?: boolean }, io: IO): Promise<number> {
  const session = new SessionStore(io.env).load(id);
  const config = resolveConfig({}, io.env);
  const library = await loadLibrary(config.casesDirs);
  const cases = new Map(library.entries.map((e) => [e.case.id, e.case]));
  const text = opts.format === 'html' ? htmlReport(session, cases) : markdownReport(session, cases);
  if (opts.output) {
    if (existsSync(opts.output) && !opts.force) {
      if (!isInteractive(io)) throw new UsageError(`${opts.output} already exists; add --force to overwrite it, or choose another file with -o`);
      const { TerminalPrompter } = await import('../ui/prompts.js');
      if (!(await new TerminalPrompter(io).confirm(`${opts.output} exists. Overwrite it?`, false))) {
        printErr(io, 'not written; nothing changed');
        return 0;
      }
    }
    try {
      writeFileSync(opts.output, text);
    } catch (error) {
      throw new UserError(`cannot write ${opts.output}: ${(error as Error).message}`);
    }
    printErr(io, `wrote ${opts.output}`);
  } else page(io, text);
  return 0;
}
