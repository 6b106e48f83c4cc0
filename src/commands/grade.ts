import { readAnswerFile } from '../answers/parse.js';
import { caseSet, findCase } from '../cases/library.js';
import { resolveConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { chooseGrader, type GraderChoice } from '../grading/choose.js';
import { gradeAnswers } from '../grading/run.js';
import type { StepId } from '../cases/schema.js';
import type { ConversationSummary } from '../grading/conversation.js';
import type { Answers, Grade } from '../grading/types.js';
import type { Session } from '../interview/session.js';
import { printErr, printJson, terminalWidth, type IO } from '../io.js';
import { renderGrade } from '../ui/grade-report.js';
import { startSpinner } from '../ui/spinner.js';
import { openLibrary } from './library-options.js';
import { page } from '../ui/pager.js';

export interface GradeOptions {
  case?: string;
  answers?: string;
  session?: string;
  grader: GraderChoice;
  model?: string;
  concurrency?: number;
  cache?: boolean;
  json?: boolean;
  verbose?: boolean;
  casesDir?: string[];
}

export async function runGrade(opts: GradeOptions, io: IO): Promise<number> {
  if (opts.session && opts.answers) throw new UsageError('give either --answers FILE or --session ID, not both');
  if (!opts.session && !opts.answers) throw new UsageError('nothing to grade: give --answers FILE (and --case ID), or --session ID');

  let caseId = opts.case;
  let answers: Answers;
  let sessionId: string | undefined;
  let only: StepId[] | undefined;
  let before: number | null = null;
  let mock: Session | undefined;
  if (opts.session) {
    const { SessionStore } = await import('../interview/store.js');
    const store = new SessionStore(io.env);
    const session = store.load(opts.session);
    const { answersOf, caseIdsOf, latestScore } = await import('../interview/session.js');
    const ids = caseIdsOf(session);
    if (caseId && !ids.includes(caseId)) throw new UsageError(`session ${session.id} has no answers for case "${caseId}"; it covers ${ids.join(', ')}`);
    answers = answersOf(session, caseId);
    caseId = caseId ?? ids[0]!;
    sessionId = session.id;
    if (session.kind === 'drill') only = session.items.filter((i) => i.caseId === caseId).map((i) => i.step);
    before = latestScore(session);
    // A mock with the interviewer's conversation is graded as the mock grades it: probes count for less.
    if (session.kind === 'mock' && session.level) mock = session;
  } else {
    const file = await readAnswerFile(opts.answers!);
    if (caseId && file.caseId && file.caseId !== caseId) {
      throw new UsageError(`${opts.answers} says it is for case "${file.caseId}", but --case is "${caseId}"`);
    }
    caseId = caseId ?? file.caseId;
    if (!caseId) throw new UsageError(`which case are these answers for? add --case ID (see: mlsd cases list)`);
    answers = file.answers;
  }

  const config = resolveConfig({ model: opts.model, casesDir: opts.casesDir, concurrency: opts.concurrency }, io.env);
  const library = await openLibrary(opts, io);
  const { case: c } = findCase(library, caseId);
  if (Object.keys(answers).length === 0) throw new UsageError(`no answers to grade${opts.answers ? ` in ${opts.answers}` : ''}`);

  const { grader, notice } = await chooseGrader(opts.grader, config, caseSet(library), io.env, { cache: opts.cache });
  printErr(io, io.colorErr.dim(notice));
  const total = Object.keys(answers).length;
  let done = 0;
  const spinner = await startSpinner(io, `grading ${total} step${total === 1 ? '' : 's'}`);
  let grade: Grade;
  let conversation: ConversationSummary | undefined;
  try {
    if (mock) {
      const { gradeMockSession } = await import('../interview/grade-session.js');
      ({ grade, summary: conversation } = await gradeMockSession(grader, mock, c, { concurrency: config.concurrency, onJudged: () => spinner.update(`grading: ${++done} answers judged`) }));
    } else {
      grade = await gradeAnswers(grader, c, answers, {
        concurrency: config.concurrency,
        ...(only ? { only } : {}),
        onProgress: (e) => {
          if (e.state === 'done') spinner.update(`grading: ${++done}/${total} steps`);
        },
      });
    }
  } finally {
    spinner.stop();
  }

  if (sessionId) {
    const { SessionStore } = await import('../interview/store.js');
    new SessionStore(io.env).recordGrade(sessionId, grade, conversation);
    const what = only ? `the ${only.length} step${only.length === 1 ? '' : 's'} this drill covered` : 'the whole interview';
    printErr(io, io.colorErr.dim(`graded ${what}; ${before === null ? 'recorded as the session grade' : `replaced the recorded grade (${before} -> ${grade.score})`}`));
  }
  if (opts.json) printJson(io, grade);
  else page(io, renderGrade(grade, c, io.color, terminalWidth(io), { verbose: opts.verbose }));
  return 0;
}
