import type { Case, StepId } from '../cases/schema.js';
import { STEP_IDS } from '../cases/steps.js';
import { resolveConfig } from '../config.js';
import { InterruptedError, UsageError } from '../errors.js';
import type { GraderChoice } from '../grading/choose.js';
import { forScreen, isInteractive, printErr, terminalWidth, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import type { Session } from '../interview/session.js';
import { interruptedNote, SessionHandle } from '../practice/answering.js';
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

/** Signals that end a practice session, with the conventional exit status of each (128 + number). */
const STOP_SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

/**
 * Runs a practice flow on a session: saves it first, remembers its case, and makes Ctrl-C outside
 * a prompt (while grading), SIGTERM and a closed terminal (SIGHUP) save what was typed and leave
 * cleanly, saying where the saved session is when a terminal is still there to say it on.
 */
export async function runSession(
  ctx: PracticeContext,
  session: Session,
  flow: (ctx: PracticeContext, handle: SessionHandle) => Promise<void>,
): Promise<number> {
  const release = ctx.store.lock(session.id);
  const handle = new SessionHandle(ctx, session);
  handle.update(session);
  ctx.store.setState({ lastCase: session.items[0]!.caseId });
  const handlers = STOP_SIGNALS.map(([signal, status]) => {
    const handler = () => {
      try {
        handle.flush();
      } finally {
        if (signal !== 'SIGHUP') {
          try {
            // Below the answer box, whose hint lines are cleared first on a terminal, and fitted to
            // the screen by words, so the command to continue with is never split.
            const clear = ctx.io.stderr.isTTY ? '\x1b[J' : '';
            printErr(ctx.io, `\n${clear}${forScreen(ctx.io.stderr, `mlsd: stopped; everything you typed is saved. Continue with: mlsd resume ${handle.session.id}`)}`);
          } catch {
            // The terminal is gone; the session is saved all the same.
          }
        }
        process.exit(status);
      }
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  try {
    await flow(ctx, handle);
  } catch (error) {
    // Ctrl-C at any prompt (a menu, a choice) ends with where to pick up, as it does mid-answer.
    if (error instanceof InterruptedError && error.message === 'Interrupted.') throw interruptedNote(handle.session);
    throw error;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    release();
  }
  return 0;
}
