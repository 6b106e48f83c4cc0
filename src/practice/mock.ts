import { STEP_TITLES } from '../cases/steps.js';
import { GraderError, InterruptedError } from '../errors.js';
import { topChanges } from '../grading/feedback.js';
import { print } from '../io.js';
import { gradeMockSession } from '../interview/grade-session.js';
import { addClarifying, addTranscript, answersOf, recordSessionGrade, saveDraft } from '../interview/session.js';
import { hardLimitMs, pacingOf } from '../interview/timer.js';
import { renderScorecard } from '../ui/scorecard.js';
import { formatDuration, wrap } from '../ui/text.js';
import { answerItem, interruptedNote, printOpening, SessionHandle } from './answering.js';
import { caseById, type PracticeContext } from './context.js';
import { answerProbe, deepDive, maybeProbe, maybeTwist, mockClock } from './conversation.js';
import { clarifyingReply } from './interviewer-llm.js';
import { page } from '../ui/pager.js';

/**
 * A mock interview: the seven steps in order, each with its budget and a visible countdown; a
 * nudge when a step runs over and a move to the next step when its time is up. Clarifying
 * questions in the first step get the interviewer's answers. The interviewer probes a step's
 * thinnest part or pushes back on a mistake, brings in a changed requirement at the step the case
 * names, and digs into the weakest area at the end. Then every step is graded at once.
 */
export async function runMock(ctx: PracticeContext, handle: SessionHandle): Promise<void> {
  const { io } = ctx;
  const { color } = io;
  const c = caseById(ctx, handle.session.items[0]!.caseId);
  const totalMs = (handle.session.minutes ?? 45) * 60_000;
  // Sessions from before the interviewer could talk back are timed forms, as they were.
  const conversational = handle.session.level !== undefined;
  printOpening(ctx, c);
  print(io, color.dim(wrap(`${handle.session.minutes} minutes in all. Each step shows its own clock; past its budget you get a nudge, and at 1.5x it moves on.`, ctx.width)));
  if (conversational) print(io, color.dim(wrap(`Target level: ${handle.session.level}. The interviewer may probe, push back, change a requirement, and dig deeper at the end.`, ctx.width)));
  // Which grader listens is said now, before the first question, not in the middle of the dialogue.
  await ctx.grader();

  for (let index = 0; index < handle.session.items.length; index++) {
    const item = handle.session.items[index]!;
    const step = c.steps.find((s) => s.id === item.step)!;
    let fresh = false;
    let timeUp = false;
    if (item.state === 'pending' || item.state === 'drafting') {
      const budget = item.budgetMs ?? 0;
      print(io, `\n${color.bold(`${index + 1}/7 ${STEP_TITLES[step.id]}`)} ${color.dim(`(budget ${formatDuration(budget)})`)}`);
      print(io, wrap(`${color.bold('Interviewer:')} ${step.question}`, ctx.width));
      if (conversational && item.state === 'pending') handle.update(addTranscript(handle.session, { step: step.id, who: 'interviewer', kind: 'question', text: step.question }));

      if (step.id === 'requirements') await clarifyingQuestions(ctx, handle, index);

      const answered = await answerItem(ctx, handle, index, 'Your answer:', mockClock(ctx, handle.session, budget, totalMs));
      timeUp = answered.timeUp;
      if (timeUp) print(io, color.yellow("Time's up for this step; your answer so far is saved. Moving on."));
      if (conversational) {
        const done = handle.session.items[index]!;
        handle.update(addTranscript(handle.session, { step: step.id, who: 'candidate', kind: 'answer', text: done.answer, elapsedMs: done.elapsedMs }));
      }
      fresh = true;
    } else if (item.state === 'probing') {
      print(io, `\n${color.bold(`${index + 1}/7 ${STEP_TITLES[step.id]}`)} ${color.dim('(follow-up)')}`);
      await answerProbe(ctx, handle, index, totalMs);
    }
    if (!conversational) continue;
    if (fresh && !timeUp) await maybeProbe(ctx, handle, c, index, totalMs);
    await maybeTwist(ctx, handle, c, index, totalMs, fresh);
  }
  if (conversational) await deepDive(ctx, handle, c, totalMs);

  await gradeMock(ctx, handle);
}

async function clarifyingQuestions(ctx: PracticeContext, handle: SessionHandle, index: number): Promise<void> {
  const { io } = ctx;
  const item = handle.session.items[index]!;
  if (item.questions.length > 0) {
    print(io, io.color.dim('Your earlier questions:'));
    for (const q of item.questions) print(io, io.color.dim(wrap(`Q: ${q.question}\nA: ${q.reply}`, ctx.width, '  ')));
  }
  print(io, io.color.dim(wrap('Ask the interviewer clarifying questions first, one at a time. An empty line starts your answer.', ctx.width)));
  for (;;) {
    const started = ctx.now();
    // The step's clock runs while questions are asked: show it, and stop asking when it is out.
    const budget = handle.session.items[index]!.budgetMs ?? 0;
    const used = handle.session.items[index]!.elapsedMs;
    if (budget > 0 && used >= hardLimitMs(budget)) {
      print(io, io.color.yellow("Time's up for questions on this step; give your answer now."));
      return;
    }
    let question: string;
    let timeUp = false;
    try {
      if (budget > 0) ({ text: question, timeUp } = await ctx.prompter.question('Your question:', { budgetMs: budget, elapsedBeforeMs: used, hardLimitMs: hardLimitMs(budget) }));
      else question = (await ctx.prompter.line('Your question:')).trim();
    } catch (error) {
      if (error instanceof InterruptedError) throw interruptedNote(handle.session);
      throw error;
    }
    const current = handle.session.items[index]!;
    const spent = current.elapsedMs + (ctx.now() - started);
    // A question cut off by the clock is not lost: it starts the answer.
    const draft = timeUp && question ? [current.draft, question].filter(Boolean).join('\n') : current.draft;
    handle.update(saveDraft(handle.session, index, draft, spent));
    if (timeUp) {
      print(io, io.color.yellow("Time's up for questions on this step; give your answer now."));
      return;
    }
    if (!question) return;
    const { reply, fact } = await clarifyingReply(ctx, caseById(ctx, current.caseId), question);
    print(io, wrap(`${io.color.bold('Interviewer:')} ${reply}`, ctx.width, '  ').trimStart());
    handle.update(addClarifying(handle.session, index, { question, reply, factId: fact?.id ?? null }));
    if (handle.session.level !== undefined) {
      handle.update(addTranscript(handle.session, { step: current.step, who: 'candidate', kind: 'clarifying', text: question, elapsedMs: spent }));
      handle.update(addTranscript(handle.session, { step: current.step, who: 'interviewer', kind: 'reply', text: reply }));
    }
  }
}

/** Grades every answered step concurrently and shows the scorecard; answers stay saved on failure. */
export async function gradeMock(ctx: PracticeContext, handle: SessionHandle): Promise<void> {
  const { io } = ctx;
  const c = caseById(ctx, handle.session.items[0]!.caseId);
  const total = Object.keys(answersOf(handle.session, c.id)).length;
  const spinner = await ctx.spinner(`grading ${total} steps`);
  let done = 0;
  let graded;
  try {
    const { grader } = await ctx.grader();
    graded = await gradeMockSession(grader, handle.session, c, { concurrency: ctx.concurrency, onJudged: () => spinner.update(`grading: ${++done} answers judged`) });
  } catch (error) {
    if (error instanceof GraderError) {
      throw new GraderError(`${error.message}. Your answers are saved; grade them later with: mlsd grade --session ${handle.session.id}`);
    }
    throw error;
  } finally {
    spinner.stop();
  }
  const { grade, summary } = graded;
  handle.update({ ...recordSessionGrade(handle.session, grade), ...(summary ? { conversation: summary } : {}) });
  const pacing = pacingOf(handle.session.items);
  print(io, '');
  page(io, renderScorecard(grade, c, pacing, topChanges(c, grade, 3), io.color, ctx.width, summary));
  // The command kept short enough to sit whole on an 80-column line; the HTML form is a flag away.
  print(io, io.color.dim(wrap(`\nSaved as ${handle.session.id}. Full report: mlsd report ${handle.session.id} (add --format html -o report.html for a page to share)`, ctx.width)));
}
