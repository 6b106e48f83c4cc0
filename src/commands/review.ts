import { STEP_TITLES } from '../cases/steps.js';
import { findCase } from '../cases/library.js';
import { UsageError } from '../errors.js';
import { isInteractive, terminalWidth, type IO } from '../io.js';
import { page } from '../ui/pager.js';
import { TerminalPrompter } from '../ui/prompts.js';
import { bullet, wrap } from '../ui/text.js';
import { checkStep } from './practice-setup.js';
import { openLibrary, type LibraryOptions } from './library-options.js';

/** The quick review: a cheat sheet per step, with no LLM and no network. Reads well in a pipe too. */
export async function runReview(caseId: string | undefined, opts: LibraryOptions & { step?: string }, io: IO): Promise<number> {
  const step = checkStep(opts.step);
  const library = await openLibrary(opts, io);
  let id = caseId;
  if (!id) {
    if (!isInteractive(io)) throw new UsageError('which case? give its id, such as: mlsd review fraud-detection (see: mlsd cases list)');
    id = await new TerminalPrompter(io).pickCase(library.entries.map((e) => e.listing), 'Review which case? (type to search)');
  }
  const c = findCase(library, id).case;
  const { color } = io;
  const width = terminalWidth(io);
  const out: string[] = [];
  out.push(color.bold(`${c.title}: quick review`) + color.dim(`  (${c.id}; ${c.tags.domain}, ${c.tags.task}, ${c.tags.difficulty})`));
  out.push(wrap(color.italic(`"${c.prompt}"`), width, '  '));
  if (!step || step === 'requirements') {
    out.push('', color.bold('Ask before you design'));
    for (const f of c.facts) out.push(bullet(color.cyan('?'), `${f.question} ${color.dim(`-> ${f.answer}`)}`, width));
  }
  c.steps.forEach((s, i) => {
    if (step && s.id !== step) return;
    out.push('', color.bold(`${i + 1}. ${STEP_TITLES[s.id]}`) + color.dim(` (${s.id})`), wrap(color.italic(s.question), width, '   '));
    out.push(color.green('   Say'));
    for (const p of s.talkingPoints) out.push(bullet('•', p, width, '   '));
    out.push(color.yellow('   Rubric checklist'));
    for (const k of s.criteria) out.push(bullet('☐', `${k.description} ${color.dim(`[${k.dimension}${k.weight > 1 ? `, x${k.weight}` : ''}]`)}`, width, '   '));
    out.push(color.red('   Red flags'));
    for (const r of s.redFlags) out.push(bullet('✗', r.description, width, '   '));
    out.push(color.cyan('   Expect these probes'));
    for (const p of s.probes) out.push(bullet('?', p, width, '   '));
  });
  out.push('', color.dim(`Practise it: mlsd drill ${c.id}${step ? ` --step ${step}` : ''}, or mlsd mock ${c.id}`));
  page(io, out.join('\n'));
  return 0;
}
