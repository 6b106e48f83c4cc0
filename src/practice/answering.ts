import type { Case } from '../cases/schema.js';
import { InterruptedError } from '../errors.js';
import { print } from '../io.js';
import { commitAnswer, commitExchange, saveDraft, saveExchangeDraft, type Session } from '../interview/session.js';
import type { AnswerTimer } from '../ui/answer-prompt.js';
import { wrap } from '../ui/text.js';
import type { PracticeContext } from './context.js';

/** Holds the current session and saves every new version of it before anything else happens. */
export class SessionHandle {
  /** Saves whatever is typed but not yet saved; a signal handler calls it on the way out. */
  private pending: (() => void) | undefined;

  constructor(
    private readonly ctx: PracticeContext,
    public session: Session,
  ) {}

  update(next: Session): Session {
    this.session = next;
    this.ctx.store.save(next);
    return next;
  }

  onFlush(save: (() => void) | undefined): void {
    this.pending = save;
  }

  flush(): void {
    this.pending?.();
  }
}

export function interruptedNote(session: Session): InterruptedError {
  return new InterruptedError(`stopped; everything you typed is saved. Continue with: mlsd resume ${session.id}`);
}

const DRAFT_SAVE_INTERVAL_MS = 1000;
/** After the last keystroke of a burst, the draft is saved this soon, whatever the interval. */
export const DRAFT_TRAILING_SAVE_MS = 250;

/** Where an answer goes: a step of the session, or a turn of the mock's conversation. */
export interface AnswerSlot {
  initial(s: Session): { text: string; elapsedMs: number };
  save(s: Session, text: string, elapsedMs: number): Session;
  commit(s: Session, text: string, elapsedMs: number): Session;
}

export function itemSlot(index: number): AnswerSlot {
  return {
    initial: (s) => {
      const item = s.items[index]!;
      return { text: item.state === 'probing' ? item.draft : item.draft || item.answer, elapsedMs: item.elapsedMs };
    },
    save: (s, text, elapsedMs) => saveDraft(s, index, text, elapsedMs),
    commit: (s, text, elapsedMs) => commitAnswer(s, index, text, elapsedMs),
  };
}

export function exchangeSlot(index: number): AnswerSlot {
  return {
    initial: (s) => {
      const e = s.exchanges![index]!;
      return { text: e.draft || e.answer, elapsedMs: e.elapsedMs };
    },
    save: (s, text, elapsedMs) => saveExchangeDraft(s, index, text, elapsedMs),
    commit: (s, text, elapsedMs) => commitExchange(s, index, text, elapsedMs),
  };
}

export interface AnswerOptions {
  timer?: Omit<AnswerTimer, 'elapsedBeforeMs'>;
  /** An empty submission passes (a probe the candidate skips) instead of asking again. */
  allowEmpty?: boolean;
}

/**
 * Asks for one answer: restores any draft, saves drafts as they are typed (at most once a
 * second while typing goes on, shortly after the last keystroke, and always on the way out),
 * opens $EDITOR on request, and commits the answer.
 */
export async function answerItem(
  ctx: PracticeContext,
  handle: SessionHandle,
  index: number,
  message: string,
  timer?: Omit<AnswerTimer, 'elapsedBeforeMs'>,
): Promise<{ timeUp: boolean; text: string }> {
  return answerSlot(ctx, handle, itemSlot(index), message, { timer });
}

export async function answerSlot(
  ctx: PracticeContext,
  handle: SessionHandle,
  slot: AnswerSlot,
  message: string,
  { timer, allowEmpty = false }: AnswerOptions = {},
): Promise<{ timeUp: boolean; text: string }> {
  let { text, elapsedMs: elapsed } = slot.initial(handle.session);
  let lastSave = 0;
  let savedText = text;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (trailing) clearTimeout(trailing);
    trailing = undefined;
    handle.update(slot.save(handle.session, text, elapsed));
    savedText = text;
    lastSave = ctx.now();
  };
  handle.onFlush(() => {
    if (text !== savedText) saveNow();
  });
  try {
    return await askUntilCommitted();
  } finally {
    if (trailing) clearTimeout(trailing);
    handle.onFlush(undefined);
  }

  async function askUntilCommitted(): Promise<{ timeUp: boolean; text: string }> {
    for (;;) {
      let result;
      try {
        result = await ctx.prompter.answer({
          message,
          initial: text,
          timer: timer && { ...timer, elapsedBeforeMs: elapsed },
          onDraft: (draft, elapsedMs) => {
            text = draft;
            elapsed = elapsedMs;
            if (ctx.now() - lastSave >= DRAFT_SAVE_INTERVAL_MS) saveNow();
            else {
              if (trailing) clearTimeout(trailing);
              trailing = setTimeout(saveNow, DRAFT_TRAILING_SAVE_MS);
            }
          },
        });
      } catch (error) {
        saveNow();
        if (error instanceof InterruptedError) throw interruptedNote(handle.session);
        throw error;
      }
      text = result.text;
      elapsed = result.elapsedMs;
      if (result.action === 'editor') {
        saveNow();
        const editing = ctx.now();
        try {
          text = (await ctx.prompter.edit('Opening your editor; save and close it to come back.', text)).replace(/\s+$/, '');
        } catch (error) {
          if (error instanceof InterruptedError) throw interruptedNote(handle.session);
          print(ctx.io, ctx.io.color.yellow(`The editor could not be opened (${(error as Error).message}); keep typing here.`));
        }
        // Time in the editor is time spent on the step.
        elapsed += ctx.now() - editing;
        saveNow();
        continue;
      }
      if (!text.trim() && result.action === 'submit' && !allowEmpty) {
        print(ctx.io, ctx.io.color.yellow('Nothing to submit yet: type your answer, then Ctrl-S or "." on its own line.'));
        continue;
      }
      if (trailing) clearTimeout(trailing);
      handle.update(slot.commit(handle.session, text, elapsed));
      savedText = text;
      return { timeUp: result.action === 'time-up', text };
    }
  }
}

/** The case's opening, as the interviewer says it. */
export function printOpening(ctx: PracticeContext, c: Case): void {
  const { color } = ctx.io;
  print(ctx.io, `\n${wrap(`${color.bold(c.title)} ${color.dim(`· ${c.tags.domain} · ${c.tags.task} · ${c.tags.difficulty}`)}`, ctx.width)}`);
  print(ctx.io, wrap(color.italic(`Interviewer: "${c.prompt}"`), ctx.width));
}
