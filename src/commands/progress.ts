import type { IO } from '../io.js';
import { print, printErr, printJson } from '../io.js';
import { progressOf } from '../report/progress.js';
import { SessionStore } from '../interview/store.js';
import { padEnd, padStart, localTime } from '../ui/text.js';
import { criterionName, scoreColor } from '../ui/grade-report.js';
import type { StepId } from '../cases/schema.js';
import { focusCommand } from './suggest.js';

const SPARKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: number[]): string {
  return values.map((v) => SPARKS[Math.min(SPARKS.length - 1, Math.floor((Math.max(0, Math.min(100, v)) / 100) * SPARKS.length))]).join('');
}

/** The criterion by its description, as everywhere else; the id only if its case is gone. */
async function criterionOf(caseId: string, step: StepId, id: string): Promise<string> {
  try {
    const { loadLibrary } = await import('../cases/library.js');
    const c = (await loadLibrary([])).entries.find((e) => e.id === caseId)?.case;
    return criterionName(c, step, id);
  } catch {
    return id;
  }
}

export async function runProgress(opts: { json?: boolean }, io: IO): Promise<number> {
  const store = new SessionStore(io.env);
  const progress = progressOf(store.list());
  for (const problem of store.damaged) printErr(io, io.colorErr.yellow(`warning: skipped ${problem}`));
  if (opts.json) {
    const weakest = progress.weakest && { ...progress.weakest, drill: focusCommand(progress.weakest.dimension) };
    printJson(io, { ...progress, weakest });
    return 0;
  }
  const { color } = io;
  if (progress.points === 0) {
    print(io, 'No graded answers yet. Start with: mlsd drill, or mlsd mock');
    return 0;
  }
  print(io, color.bold(`Progress over ${progress.points} graded session${progress.points === 1 ? '' : 's'}`) + color.dim(` (since ${localTime(progress.since!)})`));
  print(io, '');
  const width = Math.max(...progress.dimensions.map((d) => d.dimension.length), 10);
  print(io, color.dim(`${padEnd('dimension', width)}  ${padEnd('over time', 24)} latest  mean`));
  for (const d of progress.dimensions) {
    const tint = scoreColor(color, d.latest);
    print(io, `${padEnd(d.dimension, width)}  ${padEnd(tint(sparkline(d.scores.slice(-24))), 24)} ${tint(padStart(String(d.latest), 6))}  ${padStart(String(d.mean), 4)}`);
  }
  if (progress.weakest) {
    print(io, '');
    print(io, `${color.bold('Weakest:')} ${progress.weakest.dimension} (${progress.weakest.recent} on your recent answers).`);
    const worst = progress.weakest.worst;
    const why = worst ? `(or revisit it where you lost most: mlsd drill ${worst.caseId} --step ${worst.step}; ${await criterionOf(worst.caseId, worst.step as StepId, worst.criterion)})` : '';
    print(io, `${color.bold('Drill next:')} ${color.cyan(focusCommand(progress.weakest.dimension))}${why ? color.dim(`  ${why}`) : ''}`);
  }
  return 0;
}
