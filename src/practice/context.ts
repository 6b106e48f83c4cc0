import type { Case } from '../cases/schema.js';
import type { Config } from '../config.js';
import { chooseGrader, type ChosenGrader, type GraderChoice } from '../grading/choose.js';
import type { IO } from '../io.js';
import { printErr } from '../io.js';
import type { SessionStore } from '../interview/store.js';
import { ReviewStore } from '../review/store.js';
import type { Prompter } from '../ui/prompts.js';
import { startSpinner, type Spinner } from '../ui/spinner.js';

/** What a practice flow needs from the outside world; tests build one with scripted prompts. */
export interface PracticeContext {
  io: IO;
  prompter: Prompter;
  store: SessionStore;
  cases: Case[];
  width: number;
  now: () => number;
  grader: () => Promise<ChosenGrader>;
  spinner: (text: string) => Promise<Spinner>;
  /** The spaced-review schedule: a step graded again reviews the cards it holds. */
  reviews?: ReviewStore;
  /** Steps graded at once (the configured concurrency); 8 when not given. */
  concurrency?: number;
}

export function caseById(ctx: PracticeContext, id: string): Case {
  const c = ctx.cases.find((x) => x.id === id);
  if (!c) throw new Error(`case ${id} is not in the library`);
  return c;
}

export function terminalContext(io: IO, prompter: Prompter, store: SessionStore, cases: Case[], config: Config, choice: GraderChoice, width: number): PracticeContext {
  let chosen: Promise<ChosenGrader> | undefined;
  return {
    io,
    prompter,
    store,
    cases,
    width,
    now: Date.now,
    grader: () =>
      (chosen ??= chooseGrader(choice, config, cases, io.env).then((g) => {
        printErr(io, io.colorErr.dim(g.notice));
        return g;
      })),
    spinner: (text) => startSpinner(io, text),
    reviews: new ReviewStore(io.env),
    concurrency: config.concurrency,
  };
}
