import type { IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { TerminalPrompter } from '../ui/prompts.js';
import { openLibrary } from './library-options.js';

type Action = 'drill' | 'mock' | 'review' | 'progress' | 'cases' | 'resume' | 'history' | 'quit';

/** The front door: one short menu, remembering the last case practised. */
export async function runMenu(opts: { casesDir?: string[] }, io: IO): Promise<number> {
  const store = new SessionStore(io.env);
  const last = store.state().lastCase;
  const unfinished = store.latestUnfinished();
  const prompter = new TerminalPrompter(io);
  const action = await prompter.choose<Action>(
    `mlsd-coach${last ? io.color.dim(` (last case: ${last})`) : ''}: what would you like to do?`,
    [
      ...(unfinished ? [{ name: `Resume your unfinished ${unfinished.kind} (${unfinished.items[0]!.caseId})`, value: 'resume' as const }] : []),
      { name: 'Drill a question', value: 'drill', description: 'One step at a time, graded, with a follow-up on your weakest gap' },
      { name: 'Mock interview', value: 'mock', description: 'All seven steps against the clock (45 minutes), then a scorecard' },
      { name: 'Quick review', value: 'review', description: 'A cheat sheet for a case: talking points, rubric, red flags, probes' },
      { name: 'Progress', value: 'progress', description: 'Scores per dimension over time and what to drill next' },
      { name: 'Cases', value: 'cases', description: 'The case library' },
      { name: 'History', value: 'history', description: 'Your past sessions' },
      { name: 'Quit', value: 'quit' },
    ],
    unfinished ? 'resume' : 'drill',
  );
  const practice = { grader: 'auto' as const, casesDir: opts.casesDir };
  switch (action) {
    case 'drill':
      return (await import('./drill.js')).runDrill(undefined, practice, io);
    case 'mock':
      return (await import('./mock.js')).runMock(undefined, { ...practice, minutes: 45 }, io);
    case 'resume':
      return (await import('./resume.js')).runResume(unfinished!.id, practice, io);
    case 'review': {
      const library = await openLibrary(opts, io);
      const id = await prompter.pickCase(library.entries.map((e) => e.case), 'Review which case? (type to search)', last);
      return (await import('./review.js')).runReview(id, opts, io);
    }
    case 'progress':
      return (await import('./progress.js')).runProgress({}, io);
    case 'cases':
      return (await import('./cases-list.js')).runCasesList(opts, io);
    case 'history':
      return (await import('./history.js')).runHistory({}, io);
    default:
      return 0;
  }
}
