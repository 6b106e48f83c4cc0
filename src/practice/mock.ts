import { STEP_TITLES } from '../cases/steps.js';
import { GraderError } from '../errors.js';
import { topChanges } from '../grading/feedback.js';
import { gradeAnswers } from '../grading/run.js';
import { print } from '../io.js';
import { addClarifying, answersOf, recordSessionGrade, saveDraft } from '../interview/session.js';
import { hardLimitMs, pacingOf } from '../interview/timer.js';
import { InterruptedError } from '../errors.js';
import { renderScorecard } from '../ui/scorecard.js';
import { formatDuration, wrap } from '../ui/text.js';
import { answerItem, interruptedNote, printOpening, SessionHandle } from './answering.js';
import { caseById, type PracticeContext } from './context.js';
import { clarifyingReply } from './interviewer-llm.js';

/**
 * A mock interview: the seven steps in order, each with its budget and a visible countdown; a
 * nudge when a step runs over and a move to the next step when its time is up. Clarifying
 * questions in the first step get the interviewer's answers. At the end every step is graded at
 * once and the scorecard shows scores, pacing and the three changes worth most.
 */
export async function runMock(ctx: PracticeContext, handle: SessionHandle): Promise<void> {
  const { io } = ctx;
  const { color } = io;
  const c = caseById(ctx, handle.session.items[0]!.caseId);
  const totalMs = (handle.session.minutes ?? 45) * 60_000;
  printOpening(ctx, c);
  print(io, color.dim(`${handle.session.minutes} minutes in all. Each step shows its own clock; past its budget you get a nudge, and at 1.5x it moves on.`));

  for (let index = 0; index < handle.session.items.length; index++) {
    const item = handle.session.items[index]!;
    if (item.state !== 'pending' && item.state !== 'drafting') continue;
    const step = c.steps.find((s) => s.id === item.step)!;
    const budget = item.budgetMs ?? 0;
    print(io, `\n${color.bold(`${index + 1}/7 ${STEP_TITLES[step.id]}`)} ${color.dim(`(budget ${formatDuration(budget)})`)}`);
    print(io, wrap(`${color.bold('Interviewer:')} ${step.question}`, ctx.width));

    if (step.id === 'requirements') await clarifyingQuestions(ctx, handle, index);

    const others = () => handle.session.items.reduce((sum, it, i) => (i === index ? sum : sum + it.elapsedMs), 0);
    const promptStart = ctx.now();
    const before = handle.session.items[index]!.elapsedMs;
    const { timeUp } = await answerItem(ctx, handle, index, 'Your answer:', {
      budgetMs: budget,
      hardLimitMs: hardLimitMs(budget),
      interviewLeftMs: () => totalMs - others() - before - (ctx.now() - promptStart),
    });
    if (timeUp) print(io, color.yellow("Time's up for this step; your answer so far is saved. Moving on."));
  }

  await gradeMock(ctx, handle);
}

async function clarifyingQuestions(ctx: PracticeContext, handle: SessionHandle, index: number): Promise<void> {
  const { io } = ctx;
  const item = handle.session.items[index]!;
  if (item.questions.length > 0) {
    print(io, io.color.dim('Your earlier questions:'));
    for (const q of item.questions) print(io, io.color.dim(wrap(`Q: ${q.question}\nA: ${q.reply}`, ctx.width, '  ')));
  }
  print(io, io.color.dim('Ask the interviewer clarifying questions first, one at a time. An empty line starts your answer.'));
  for (;;) {
    const started = ctx.now();
    // The step's clock runs while questions are asked: show it, and stop asking when it is out.
    const budget = handle.session.items[index]!.budgetMs ?? 0;
    const used = handle.session.items[index]!.elapsedMs;
    if (budget > 0 && used >= hardLimitMs(budget)) {
      print(io, io.color.yellow("Time's up for questions on this step; give your answer now."));
      return;
    }
    const clock = budget > 0 ? (used <= budget ? ` (${formatDuration(budget - used)} left of ${formatDuration(budget)})` : ` (over budget by ${formatDuration(used - budget)})`) : '';
    let question: string;
    try {
      question = (await ctx.prompter.line(`Your question${clock}:`)).trim();
    } catch (error) {
      if (error instanceof InterruptedError) throw interruptedNote(handle.session);
      throw error;
    }
    const current = handle.session.items[index]!;
    const spent = current.elapsedMs + (ctx.now() - started);
    handle.update(saveDraft(handle.session, index, current.draft, spent));
    if (!question) return;
    const { reply, fact } = await clarifyingReply(ctx, caseById(ctx, current.caseId), question);
    print(io, wrap(`${io.color.bold('Interviewer:')} ${reply}`, ctx.width, '  ').trimStart());
    handle.update(addClarifying(handle.session, index, { question, reply, factId: fact?.id ?? null }));
  }
}

/** Grades every answered step concurrently and shows the scorecard; answers stay saved on failure. */
export async function gradeMock(ctx: PracticeContext, handle: SessionHandle): Promise<void> {
  const { io } = ctx;
  const c = caseById(ctx, handle.session.items[0]!.caseId);
  const answers = answersOf(handle.session, c.id);
  const { grader } = await ctx.grader();
  const total = Object.keys(answers).length;
  const spinner = await ctx.spinner(`grading ${total} steps`);
  let done = 0;
  let grade;
  try {
    grade = await gradeAnswers(grader, c, answers, {
      onProgress: (e) => {
        if (e.state === 'done') spinner.update(`grading: ${++done}/${total} steps`);
      },
    });
  } catch (error) {
    if (error instanceof GraderError) {
      throw new GraderError(`${error.message}. Your answers are saved; grade them later with: mlsd grade --session ${handle.session.id}`);
    }
    throw error;
  } finally {
    spinner.stop();
  }
  handle.update(recordSessionGrade(handle.session, grade));
  const pacing = pacingOf(handle.session.items);
  print(io, '');
  print(io, renderScorecard(grade, c, pacing, topChanges(c, grade, 3), io.color, ctx.width));
  print(io, io.color.dim(`\nSaved as ${handle.session.id}. Full report: mlsd report ${handle.session.id} --format html -o report.html`));
}
