import { findCase } from '../cases/library.js';
import { STEP_TITLES } from '../cases/steps.js';
import type { IO } from '../io.js';
import { printJson, terminalWidth } from '../io.js';
import { bullet, wrap } from '../ui/text.js';
import { openLibrary, type LibraryOptions } from './library-options.js';
import { page } from '../ui/pager.js';

export async function runCasesShow(id: string, opts: LibraryOptions & { json?: boolean }, io: IO): Promise<number> {
  const library = await openLibrary(opts, io);
  const { case: c, file, origin } = findCase(library, id);
  if (opts.json) {
    printJson(io, c);
    return 0;
  }
  const { color } = io;
  const width = terminalWidth(io);
  const out: string[] = [];
  out.push(color.bold(c.title) + color.dim(`  (${c.id}, ${c.tags.domain}, ${c.tags.task}, ${c.tags.difficulty})`));
  if (origin === 'user') out.push(color.dim(`from ${file}`));
  out.push('', wrap(`"${c.prompt}"`, width, '  '), '');
  out.push(color.bold('What the interviewer reveals when asked'));
  for (const fact of c.facts) {
    out.push(bullet(color.cyan(`[${fact.topic}]`), `${fact.question} ${color.dim('->')} ${fact.answer}`, width));
  }
  c.steps.forEach((step, i) => {
    out.push('', color.bold(`${i + 1}. ${STEP_TITLES[step.id]}`) + color.dim(` (${step.id})`));
    out.push(wrap(step.question, width, '   '));
    for (const criterion of step.criteria) {
      out.push(bullet(color.yellow('□'), `${criterion.description} ${color.dim(`[${criterion.dimension}, weight ${criterion.weight}]`)}`, width, '   '));
    }
  });
  out.push('', color.dim(`Talking points, red flags and probes: mlsd review ${c.id}. Practise: mlsd drill ${c.id}.`));
  page(io, out.join('\n'));
  return 0;
}
