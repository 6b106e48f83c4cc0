import type { Case, StepId } from '../cases/schema.js';
import { STEP_IDS } from '../cases/schema.js';
import { resolveConfig } from '../config.js';
import { UsageError } from '../errors.js';
import type { GraderChoice } from '../grading/choose.js';
import { isInteractive, printErr, terminalWidth, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import type { Session } from '../interview/session.js';
import { SessionHandle } from '../practice/answering.js';
import { terminalContext, type PracticeContext } from '../practice/context.js';
import { TerminalPrompter } from '../ui/prompts.js';
import { openLibrary } from './library-options.js';

export interface PracticeOptions {
  grader: GraderChoice;
  model?: string;
  casesDir?: string[];
}

/** Interactive commands need a keyboard and a screen; without them, say so instead of hanging. */
export function requireTerminal(io: IO, command: string): void {
  if (!isInteractive(io)) {
    throw new UsageError(`mlsd ${command} is interactive and needs a terminal; to grade written answers without one, use: mlsd grade --case ID --answers FILE`);
  }
}

export async function practiceContext(opts: PracticeOptions, io: IO): Promise<PracticeContext> {
  const config = resolveConfig({ model: opts.model, casesDir: opts.casesDir }, io.env);
  const library = await openLibrary(opts, io);
  const cases = library.entries.map((e) => e.case);
  return terminalContext(io, new TerminalPrompter(io), new SessionStore(io.env), cases, config, opts.grader, terminalWidth(io));
}

export function checkStep(step: string | undefined): StepId | undefined {
  if (step === undefined) return undefined;
  if (!(STEP_IDS as readonly string[]).includes(step)) throw new UsageError(`unknown step "${step}"; steps are ${STEP_IDS.join(', ')}`);
  return step as StepId;
}

export async function pickCaseId(ctx: PracticeContext, given: string | undefined, message: string): Promise<Case> {
  if (given) {
    const c = ctx.cases.find((x) => x.id === given);
    if (!c) throw new UsageError(`unknown case "${given}" (see: mlsd cases list)`);
    return c;
  }
  const id = await ctx.prompter.pickCase(ctx.cases, message, ctx.store.state().lastCase);
  return ctx.cases.find((x) => x.id === id)!;
}

/**
 * Runs a practice flow on a session: saves it first, remembers its case, and makes Ctrl-C outside
 * a prompt (while grading) leave cleanly, saying where the saved session is.
 */
export async function runSession(
  ctx: PracticeContext,
  session: Session,
  flow: (ctx: PracticeContext, handle: SessionHandle) => Promise<void>,
): Promise<number> {
  const handle = new SessionHandle(ctx, session);
  handle.update(session);
  ctx.store.setState({ lastCase: session.items[0]!.caseId });
  const onSigint = () => {
    printErr(ctx.io, `\nmlsd: stopped; your answers are saved. Continue with: mlsd resume ${handle.session.id}`);
    process.exit(130);
  };
  process.on('SIGINT', onSigint);
  try {
    await flow(ctx, handle);
  } finally {
    process.off('SIGINT', onSigint);
  }
  return 0;
}
