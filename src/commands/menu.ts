import { STEP_TITLES } from '../cases/steps.js';
import { InterruptedError, UserError } from '../errors.js';
import { print, printErr, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { caseIdsOf, kindLabel, latestScore, statusName, TARGET_LEVELS, type TargetLevel } from '../interview/session.js';
import { dueCards, syncCards } from '../review/schedule.js';
import { ReviewStore } from '../review/store.js';
import { TerminalPrompter, type Choice } from '../ui/prompts.js';
import { localTime } from '../ui/text.js';
import { openLibrary } from './library-options.js';

type Action =
  | { kind: 'review'; caseId: string; step: string }
  | { kind: 'weakest'; focus: string }
  | { kind: 'drill' | 'mock' | 'cheatsheet' | 'progress' | 'cases' | 'resume' | 'history' | 'quit' };

/**
 * The front door, and a loop: after each action the menu comes back, with the next sensible
 * choices first (a review that is due, the drill for your weakest dimension). q, Quit or Ctrl-C leaves.
 */
export async function runMenu(opts: { casesDir?: string[] }, io: IO): Promise<number> {
  const prompter = new TerminalPrompter(io);
  for (;;) {
    const action = await prompter.menu<Action>(...(await menuChoices(io)), { kind: 'quit' });
    if (action.kind === 'quit') return 0;
    try {
      await perform(action, opts, io, prompter);
    } catch (error) {
      // Ctrl-C inside an action leaves the coach, as it does at the menu; other failures are shown and the menu returns.
      if (error instanceof InterruptedError) throw error;
      if (!(error instanceof UserError)) throw error;
      printErr(io, io.colorErr.red(`mlsd: ${error.message}`));
    }
    print(io, '');
  }
}

async function menuChoices(io: IO): Promise<[string, Choice<Action>[], Action]> {
  const store = new SessionStore(io.env);
  const sessions = store.list();
  const last = store.state().lastCase;
  const unfinished = store.latestUnfinished();
  const reviews = new ReviewStore(io.env);
  let due: ReturnType<typeof dueCards> = [];
  try {
    const schedule = syncCards(reviews.load(), sessions, new Date());
    reviews.save(schedule);
    due = dueCards(schedule, new Date());
  } catch {
    // A damaged schedule does not keep the menu from opening; mlsd next says what is wrong.
  }
  const { progressOf } = await import('../report/progress.js');
  const weakest = progressOf(sessions).weakest;
  const choices: Choice<Action>[] = [];
  if (unfinished) choices.push({ name: `Resume your unfinished ${unfinished.kind} (${unfinished.items[0]!.caseId})`, value: { kind: 'resume' } });
  if (due.length > 0) {
    const first = due[0]!;
    choices.push({
      name: `Review what you missed: ${due.length} due, next ${first.caseId} · ${STEP_TITLES[first.step]}`,
      value: { kind: 'review', caseId: first.caseId, step: first.step },
      description: 'Answer the step again; how you do reschedules it (spaced repetition)',
    });
  }
  if (weakest) choices.push({ name: `Drill your weakest dimension: ${weakest.dimension} (${weakest.recent})`, value: { kind: 'weakest', focus: weakest.dimension } });
  choices.push(
    { name: 'Drill a question', value: { kind: 'drill' }, description: 'One step at a time, graded, with a follow-up on your weakest gap' },
    { name: 'Mock interview', value: { kind: 'mock' }, description: 'The whole interview against the clock, with probes, a changed requirement and a deep dive; you choose the length and your level' },
    { name: 'Quick review', value: { kind: 'cheatsheet' }, description: 'A cheat sheet for a case: talking points, rubric, red flags, probes' },
    { name: 'Progress', value: { kind: 'progress' }, description: 'Scores per dimension over time and what to drill next' },
    { name: 'Cases', value: { kind: 'cases' }, description: 'The case library' },
    { name: 'History', value: { kind: 'history' }, description: 'Open a past session: its dialogue and scores' },
    { name: 'Quit (q)', value: { kind: 'quit' } },
  );
  const message = `mlsd-coach${last ? io.color.dim(` (last case: ${last})`) : ''}: what next?`;
  return [message, choices, choices[0]!.value];
}

const LEVEL_NOTES: Record<TargetLevel, string> = {
  mid: 'Solid basics: a baseline, the right metrics, a working design',
  senior: 'Most of the rubric raised unprompted, adapts to a changed requirement',
  staff: 'Nearly everything unprompted, risks and trade-offs across the system',
};

async function perform(action: Action, opts: { casesDir?: string[] }, io: IO, prompter: TerminalPrompter): Promise<number> {
  const practice = { grader: 'auto' as const, casesDir: opts.casesDir };
  switch (action.kind) {
    case 'review':
      return (await import('./drill.js')).runDrill(action.caseId, { ...practice, step: action.step }, io);
    case 'weakest':
      return (await import('./drill.js')).runDrill(undefined, { ...practice, focus: action.focus }, io);
    case 'drill':
      return (await import('./drill.js')).runDrill(undefined, practice, io);
    case 'mock': {
      const minutes = await prompter.choose('How long?', [20, 30, 45, 60].map((m) => ({ name: `${m} minutes${m === 45 ? ' (a typical interview)' : ''}`, value: m })), 45);
      const level = await prompter.choose<TargetLevel>('Which level are you aiming at?', TARGET_LEVELS.map((l) => ({ name: l, value: l, description: LEVEL_NOTES[l] })), 'senior');
      return (await import('./mock.js')).runMock(undefined, { ...practice, minutes, level }, io);
    }
    case 'resume':
      return (await import('./resume.js')).runResume(undefined, practice, io);
    case 'cheatsheet': {
      const library = await openLibrary(opts, io);
      const id = await prompter.pickCase(library.entries.map((e) => e.listing), 'Review which case? (type to search)', new SessionStore(io.env).state().lastCase);
      return (await import('./review.js')).runReview(id, opts, io);
    }
    case 'progress':
      return (await import('./progress.js')).runProgress({}, io);
    case 'cases':
      return (await import('./cases-list.js')).runCasesList(opts, io);
    case 'history': {
      // Pick a session to open (its dialogue and scores), rather than a table to copy an id from.
      const sessions = new SessionStore(io.env).list().reverse().slice(0, 15);
      const { runHistory } = await import('./history.js');
      if (sessions.length === 0) return runHistory({}, io);
      const rows = sessions.map((s) => {
        const score = latestScore(s);
        return [localTime(s.createdAt), kindLabel(s), caseIdsOf(s).join(', '), score === null ? statusName(s) : String(score)];
      });
      // Columns line up: each padded to its widest.
      const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
      const id = await prompter.choose(
        'Open which session?',
        [...sessions.map((s, i) => ({ name: rows[i]!.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  '), value: s.id })), { name: 'Back', value: '' }],
        sessions[0]!.id,
      );
      return id ? runHistory({ show: id }, io) : 0;
    }
    default:
      return 0;
  }
}
