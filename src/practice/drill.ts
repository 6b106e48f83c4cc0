import { STEP_TITLES } from '../cases/steps.js';
import { print } from '../io.js';
import { mergeFollowUp, weakestGap } from '../interview/followup.js';
import { askFollowUp, finishItem, gradedText, recordItemGrade, scoreFollowUp, type SessionItem } from '../interview/session.js';
import { criterionName, renderStep, renderStepSummary } from '../ui/grade-report.js';
import { bullet, wrap } from '../ui/text.js';
import { answerItem, printOpening, SessionHandle } from './answering.js';
import { caseById, type PracticeContext } from './context.js';
import { followUpQuestion } from './interviewer-llm.js';
import { page } from '../ui/pager.js';

/** Items a drill still has to work on: anything not yet graded and closed. */
function nextItem(items: SessionItem[]): number {
  return items.findIndex((i) => i.state !== 'done');
}

/**
 * A drill: one question at a time. Answer, get graded criterion by criterion, see the reference
 * talking points, then answer the interviewer's follow-up on the weakest gap or move on.
 */
export async function runDrill(ctx: PracticeContext, handle: SessionHandle): Promise<void> {
  const { io } = ctx;
  const { color } = io;
  let lastCase: string | undefined;
  for (let index = nextItem(handle.session.items); index !== -1; index = nextItem(handle.session.items)) {
    const item = handle.session.items[index]!;
    const c = caseById(ctx, item.caseId);
    const step = c.steps.find((s) => s.id === item.step)!;
    if (item.caseId !== lastCase) printOpening(ctx, c);
    lastCase = item.caseId;

    if (item.state === 'pending' || item.state === 'drafting' || item.state === 'probing') {
      const position = handle.session.items.length > 1 ? color.dim(` (${index + 1} of ${handle.session.items.length})`) : '';
      if (item.state === 'probing') {
        const probe = item.followUps[item.followUps.length - 1]!.probe;
        print(io, `\n${color.bold('Follow-up')}${position}`);
        await answerItem(ctx, handle, index, probe);
      } else {
        print(io, `\n${color.bold(STEP_TITLES[step.id])}${position}`);
        await answerItem(ctx, handle, index, step.question);
      }
    }

    const current = handle.session.items[index]!;
    if (current.state === 'answered') {
      const { grader } = await ctx.grader();
      const spinner = await ctx.spinner('grading your answer');
      let result;
      try {
        result = await grader.gradeStep({ case: c, step: step.id, answer: gradedText(current) });
      } finally {
        spinner.stop();
      }
      const previous = current.result;
      const probe = current.followUps[current.followUps.length - 1];
      if (previous && probe?.answer.trim()) {
        // A follow-up counts for what it adds: only the probed criterion can rise.
        const merged = mergeFollowUp(previous, result, probe.criterion, probe.answer);
        handle.update(recordItemGrade(handle.session, index, merged.result, grader.info));
        handle.update(scoreFollowUp(handle.session, index, previous.score, merged.result.score));
        const k = merged.criterion;
        print(io, '');
        if (k && merged.delta > 0) {
          print(io, `${color.bold('With your follow-up:')} ${previous.score} -> ${merged.result.score} (+${merged.delta}), ${criterionName(c, step.id, k.id)}: ${Math.round(k.score)}/${Math.round(k.max)}`);
          if (k.evidence[0]) print(io, wrap(color.cyan(`"${k.evidence[0]}"`), ctx.width, '  '));
        } else print(io, color.dim(`With your follow-up: ${previous.score} -> ${merged.result.score}; it did not add what the question asked for.`));
      } else {
        handle.update(recordItemGrade(handle.session, index, result, grader.info));
        print(io, '');
        print(io, renderStepSummary(result, color, ctx.width, c));
      }
      if (ctx.reviews) {
        // Grading a step again is a review of what was missed there before.
        const { reviewStep } = await import('../review/schedule.js');
        ctx.reviews.save(reviewStep(ctx.reviews.load(), c.id, handle.session.items[index]!.result!, new Date(ctx.now())));
      }
    }

    const graded = handle.session.items[index]!;
    const gap = graded.result ? weakestGap(c, graded.result, graded.followUps.map((f) => f.criterion)) : undefined;
    const moreItems = handle.session.items.some((it, i) => i !== index && it.state !== 'done');
    if (!gap || graded.followUps.length >= 2) {
      handle.update(finishItem(handle.session, index));
      continue;
    }
    const probe = await followUpQuestion(ctx, c, step, gap.criterion, gradedText(graded));
    print(io, `\n${color.bold('Interviewer:')} ${probe}`);
    // Summary first; every criterion and the strong answer are a key away.
    let choice: 'answer' | 'next' | 'quit' | 'details' | 'strong';
    for (;;) {
      choice = await ctx.prompter.choose<typeof choice>(
        'What next?',
        [
          { name: 'Answer the follow-up', value: 'answer' },
          { name: 'See every criterion, with the quotes', value: 'details' },
          { name: 'See what a strong answer says', value: 'strong' },
          { name: moreItems ? 'Next question' : 'Finish the drill', value: 'next' },
          ...(moreItems ? [{ name: 'Stop here (saved; mlsd resume continues)', value: 'quit' as const }] : []),
        ],
        'answer',
      );
      // Long lists go through the pager, so they are read from their heading; the question is
      // said again after, since it has scrolled away.
      if (choice === 'details') page(io, `\n${renderStep(graded.result!, color, ctx.width, undefined, c)}\n`);
      else if (choice === 'strong') page(io, [`\n${color.bold('What a strong answer says')}`, ...step.talkingPoints.map((point) => bullet(color.dim('•'), point, ctx.width)), ''].join('\n'));
      else break;
      print(io, `${color.bold('Interviewer:')} ${probe}`);
    }
    if (choice === 'answer') {
      handle.update(askFollowUp(handle.session, index, gap.criterion.id, probe));
      continue;
    }
    handle.update(finishItem(handle.session, index));
    if (choice === 'quit') {
      print(io, color.dim(`Saved. Continue with: mlsd resume ${handle.session.id}`));
      return;
    }
  }
  const scores = handle.session.items.filter((i) => i.result).map((i) => `${i.caseId}/${i.step} ${i.result!.score}`);
  print(io, `\n${color.bold('Drill finished.')} ${scores.join(', ')}. ${color.dim('See your trend: mlsd progress')}`);
}
