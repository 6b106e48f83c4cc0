import { confirm, editor, input, search, select } from '@inquirer/prompts';
import type { CaseListing } from '../cases/listing.js';
import type { Case, StepId } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { InterruptedError } from '../errors.js';
import type { IO } from '../io.js';
import { answerPrompt, type AnswerPromptConfig, type AnswerResult } from './answer-prompt.js';
import { questionPrompt, type QuestionClock, type QuestionResult } from './question-prompt.js';
import { afterMessage, promptWidth, wrap } from './text.js';
import { selectOrQuit } from './menu-prompt.js';

/**
 * Everything the practice flows ask of a person, behind one interface: the terminal version
 * wraps @inquirer/prompts; tests pass a scripted one.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  pickCase(cases: CaseListing[], message: string, defaultId?: string): Promise<string>;
  pickStep(c: Case, message: string, defaultStep?: StepId): Promise<StepId>;
  choose<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  answer(config: AnswerPromptConfig): Promise<AnswerResult>;
  /** Opens $EDITOR on the text and returns what was saved. */
  edit(message: string, text: string): Promise<string>;
  line(message: string): Promise<string>;
  /** One line on a running clock: the countdown ticks under it, and it ends itself at the hard limit. */
  question(message: string, clock: QuestionClock): Promise<QuestionResult>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/** Ctrl-C at a prompt arrives as ExitPromptError; everything else passes through. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/**
 * The answer a prompt leaves on screen after its message, wrapped by words under the message, so
 * a long case title is not cut mid-word by the terminal.
 */
function wrappedAnswer(message: string): { style: { answer: (text: string) => string } } {
  return {
    style: {
      answer: (text: string) => afterMessage(message, text),
    },
  };
}

/**
 * A prompt's message wrapped by words to the terminal, later lines under its first word (after
 * "? "), so the terminal does not break it mid-word or start a line with a space.
 */
function fitted(message: string): string {
  return wrap(message, promptWidth() - 2).replace(/\n/g, '\n  ');
}

/** A choice's description, shown under the list, wrapped by words too. */
export function fittedChoices<T>(choices: Choice<T>[]): Choice<T>[] {
  return choices.map((c) => (c.description ? { ...c, description: wrap(c.description, promptWidth()) } : c));
}

export class TerminalPrompter implements Prompter {
  private readonly context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; clearPromptOnDone: boolean };

  constructor(io: IO) {
    this.context = { input: io.stdin, output: io.stdout, clearPromptOnDone: false };
  }

  private async ask<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isPromptExit(error)) throw new InterruptedError();
      throw error;
    }
  }

  pickCase(cases: CaseListing[], message: string, defaultId?: string): Promise<string> {
    const ordered = defaultId ? [...cases].sort((a, b) => Number(b.id === defaultId) - Number(a.id === defaultId)) : cases;
    return this.ask(() =>
      search<string>(
        {
          message,
          theme: wrappedAnswer(message),
          source: (term) => {
            const q = (term ?? '').toLowerCase();
            return ordered
              .filter((c) => !q || `${c.id} ${c.title} ${c.tags.domain} ${c.tags.task}`.toLowerCase().includes(q))
              .map((c) => ({
                name: `${c.title}${c.id === defaultId ? ' (last time)' : ''}`,
                value: c.id,
                description: wrap(`${c.tags.domain} · ${c.tags.task} · ${c.tags.difficulty}`, promptWidth()),
              }));
          },
        },
        this.context,
      ),
    );
  }

  pickStep(c: Case, message: string, defaultStep?: StepId): Promise<StepId> {
    return this.choose(
      message,
      c.steps.map((s, i) => ({ name: `${i + 1}. ${STEP_TITLES[s.id]}`, value: s.id, description: s.question })),
      defaultStep,
    );
  }

  choose<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T> {
    message = fitted(message);
    choices = fittedChoices(choices);
    return this.ask(() => select<T>({ message, choices, default: defaultValue, pageSize: 12, theme: wrappedAnswer(message) }, this.context));
  }

  /** The coach's menu: like choose, and `q` picks `quit` at once. */
  menu<T>(message: string, choices: Choice<T>[], defaultValue: T, quit: T): Promise<T> {
    message = fitted(message);
    choices = fittedChoices(choices);
    return this.ask(() => selectOrQuit<T>({ message, choices, default: defaultValue, pageSize: 12, theme: wrappedAnswer(message), quit }, this.context));
  }

  answer(config: AnswerPromptConfig): Promise<AnswerResult> {
    return this.ask(() => answerPrompt({ ...config, message: fitted(config.message) }, this.context));
  }

  edit(message: string, text: string): Promise<string> {
    return this.ask(() => editor({ message, default: text, postfix: '.md', waitForUserInput: false }, this.context));
  }

  question(message: string, clock: QuestionClock): Promise<QuestionResult> {
    return this.ask(() => questionPrompt({ message: fitted(message), clock }, this.context));
  }

  line(message: string): Promise<string> {
    message = fitted(message);
    return this.ask(() => input({ message, theme: wrappedAnswer(message) }, this.context));
  }

  confirm(message: string, defaultValue: boolean): Promise<boolean> {
    return this.ask(() => confirm({ message: fitted(message), default: defaultValue }, this.context));
  }
}
