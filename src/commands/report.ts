import { writeFileSync } from 'node:fs';
import { loadLibrary } from '../cases/library.js';
import { resolveConfig } from '../config.js';
import { UserError } from '../errors.js';
import { print, printErr, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { htmlReport, markdownReport } from '../report/session-report.js';

export async function runReport(id: string, opts: { format: 'md' | 'html'; output?: string }, io: IO): Promise<number> {
  const session = new SessionStore(io.env).load(id);
  const config = resolveConfig({}, io.env);
  const library = await loadLibrary(config.casesDirs);
  const cases = new Map(library.entries.map((e) => [e.case.id, e.case]));
  const text = opts.format === 'html' ? htmlReport(session, cases) : markdownReport(session, cases);
  if (opts.output) {
    try {
      writeFileSync(opts.output, text);
    } catch (error) {
      throw new UserError(`cannot write ${opts.output}: ${(error as Error).message}`);
    }
    printErr(io, `wrote ${opts.output}`);
  } else print(io, text);
  return 0;
}
