import type { StepId } from '../cases/schema.js';
import { UsageError } from '../errors.js';
import type { IO } from '../io.js';
import { createSession } from '../interview/session.js';
import { stepsForDimension } from '../interview/followup.js';
import type { PracticeContext } from '../practice/context.js';
import { runDrill as drillFlow } from '../practice/drill.js';
import { checkStep, pickCaseId, practiceContext, requireTerminal, runSession, type PracticeOptions } from './practice-setup.js';

export interface DrillOptions extends PracticeOptions {
  step?: string;
  focus?: string;
}

const FOCUS_CASES = 4;

/** One step per case that carries the dimension, heaviest first, in a shuffled order of cases. */
export function focusItems(ctx: PracticeContext, dimension: string, caseId?: string): { caseId: string; step: StepId }[] {
  const known = new Set(ctx.cases.flatMap((c) => c.steps.flatMap((s) => s.criteria.map((k) => k.dimension))));
  if (!known.has(dimension)) throw new UsageError(`unknown dimension "${dimension}"; known: ${[...known].sort().join(', ')}`);
  const pool = ctx.cases.filter((c) => (!caseId || c.id === caseId) && stepsForDimension(c, dimension).length > 0);
  if (pool.length === 0) throw new UsageError(`case "${caseId}" has no criteria for ${dimension}`);
  const shuffled = [...pool].sort(() => Math.random() - 0.5).slice(0, caseId ? 1 : FOCUS_CASES);
  return shuffled.flatMap((c) => {
    const steps = stepsForDimension(c, dimension);
    const weight = (id: StepId) => c.steps.find((s) => s.id === id)!.criteria.filter((k) => k.dimension === dimension).reduce((w, k) => w + k.weight, 0);
    const chosen = caseId ? steps : [[...steps].sort((a, b) => weight(b) - weight(a))[0]!];
    return chosen.map((step) => ({ caseId: c.id, step }));
  });
}

export async function runDrill(caseId: string | undefined, opts: DrillOptions, io: IO): Promise<number> {
  requireTerminal(io, 'drill');
  if (opts.step && opts.focus) throw new UsageError('give --step or --focus, not both');
  const step = checkStep(opts.step);
  const ctx = await practiceContext(opts, io);
  let items: { caseId: string; step: StepId }[];
  if (opts.focus) {
    if (caseId && !ctx.cases.some((c) => c.id === caseId)) throw new UsageError(`unknown case "${caseId}" (see: mlsd cases list)`);
    items = focusItems(ctx, opts.focus, caseId);
  } else {
    const c = await pickCaseId(ctx, caseId, 'Which case? (type to search)');
    const chosen = step ?? (await ctx.prompter.pickStep(c, 'Which step?'));
    items = [{ caseId: c.id, step: chosen }];
  }
  return runSession(ctx, createSession('drill', items), drillFlow);
}
