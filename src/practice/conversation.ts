import type { Case, Step } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { OfflineGrader } from '../grading/offline.js';
import type { StepResult } from '../grading/types.js';
import { print } from '../io.js';
import { chooseProbe, deepDiveFor, twistFor } from '../interview/probe.js';
import { addExchange, addTranscript, askFollowUp, gradedText, isPassed, skipFollowUp, type Session } from '../interview/session.js';
import { hardLimitMs, mockBudgetsMs } from '../interview/timer.js';
import type { AnswerTimer } from '../ui/answer-prompt.js';
import { wrap } from '../ui/text.js';
import { answerSlot, exchangeSlot, itemSlot, type SessionHandle } from './answering.js';
import type { PracticeContext } from './context.js';
import { followUpQuestion } from './interviewer-llm.js';

/**
 * The mock's interviewer between and after the steps: a probe on a step's thinnest part or a
 * pushback on what sounded wrong, a changed requirement at the step the case names, and a deep
 * dive at the end. Every turn is saved as it happens, with the dialogue's transcript.
 */

const offlineGraders = new WeakMap<PracticeContext, OfflineGrader>();

/** Probes are chosen from a quick offline reading of the step, whatever grades the interview. */
function quickGrade(ctx: PracticeContext, c: Case, step: Step, answer: string): StepResult {
  let grader = offlineGraders.get(ctx);
  if (!grader) offlineGraders.set(ctx, (grader = new OfflineGrader(ctx.cases)));
  return grader.gradeStepSync({ case: c, step: step.id, answer });
}

/** Time spent on every step and turn so far. */
export function usedMs(s: Session): number {
  return s.items.reduce((sum, i) => sum + i.elapsedMs, 0) + (s.exchanges ?? []).reduce((sum, e) => sum + e.elapsedMs, 0);
}

function say(ctx: PracticeContext, text: string): void {
  print(ctx.io, wrap(`${ctx.io.color.bold('Interviewer:')} ${text}`, ctx.width));
}

// An empty answer or "skip" passes.
const passes = (text: string) => !text.trim() || isPassed(text);

/**
 * The clock for one answer of a mock: its budget, the move-on limit, and the whole interview's time
 * left, counted from everything already on the clock when the prompt opens.
 */
export function mockClock(ctx: PracticeContext, s: Session, budgetMs: number, totalMs: number): Omit<AnswerTimer, 'elapsedBeforeMs'> | undefined {
  if (!budgetMs) return undefined;
  const before = usedMs(s);
  const started = ctx.now();
  return { budgetMs, hardLimitMs: hardLimitMs(budgetMs), interviewLeftMs: () => totalMs - before - (ctx.now() - started) };
}

/** Answers the probe the item is waiting on; an empty answer or "skip" passes. */
export async function answerProbe(ctx: PracticeContext, handle: SessionHandle, index: number, totalMs: number): Promise<void> {
  const item = handle.session.items[index]!;
  const probe = item.followUps[item.followUps.length - 1]!;
  say(ctx, probe.probe);
  print(ctx.io, ctx.io.color.dim('Answer on the same clock; an empty answer or "skip" passes.'));
  const { text } = await answerSlot(ctx, handle, itemSlot(index), 'Your answer:', {
    allowEmpty: true,
    timer: mockClock(ctx, handle.session, item.budgetMs ?? 0, totalMs),
  });
  const current = handle.session.items[index]!;
  if (passes(text)) {
    handle.update(skipFollowUp(handle.session, index, current.elapsedMs));
    handle.update(addTranscript(handle.session, { step: item.step, who: 'candidate', kind: 'note', text: '(passed on the probe)', elapsedMs: current.elapsedMs }));
  } else {
    handle.update(addTranscript(handle.session, { step: item.step, who: 'candidate', kind: 'answer', text, elapsedMs: current.elapsedMs }));
  }
}

/** After a step's answer, with time left on its clock: one probe or pushback, or none. */
export async function maybeProbe(ctx: PracticeContext, handle: SessionHandle, c: Case, index: number, totalMs: number): Promise<void> {
  const item = handle.session.items[index]!;
  if (item.budgetMs && item.elapsedMs >= item.budgetMs) return;
  const step = c.steps.find((s) => s.id === item.step)!;
  const result = quickGrade(ctx, c, step, gradedText(item));
  const asked = handle.session.items.flatMap((i) => i.followUps);
  const probe = chooseProbe(c, result, handle.session.level ?? 'senior', asked);
  if (!probe) return;
  const criterion = step.criteria.find((k) => k.id === probe.criterion);
  // With an LLM, the interviewer phrases the probe from the answer; the case's own wording otherwise.
  const text = criterion && probe.text === criterion.probe ? await followUpQuestion(ctx, c, step, criterion, item.answer) : probe.text;
  if (asked.some((a) => a.probe === text)) return;
  handle.update(askFollowUp(handle.session, index, probe.criterion, text));
  handle.update(addTranscript(handle.session, { step: item.step, who: 'interviewer', kind: 'probe', text }));
  await answerProbe(ctx, handle, index, totalMs);
}

function conversationBudgets(s: Session, c: Case) {
  return mockBudgetsMs(s.minutes ?? 45, { twist: c.twists.length > 0, deepDive: c.deepDives.length > 0 });
}

async function answerExchange(ctx: PracticeContext, handle: SessionHandle, index: number, totalMs: number): Promise<void> {
  const e = handle.session.exchanges![index]!;
  const { text } = await answerSlot(ctx, handle, exchangeSlot(index), 'Your answer:', { timer: mockClock(ctx, handle.session, e.budgetMs ?? 0, totalMs) });
  const said = isPassed(text) ? '(passed)' : text;
  handle.update(addTranscript(handle.session, { step: e.step, who: 'candidate', kind: 'answer', text: said, elapsedMs: handle.session.exchanges![index]!.elapsedMs }));
}

/** The changed requirement, right after the step it belongs to (once an interview); resumed if it was open. */
export async function maybeTwist(ctx: PracticeContext, handle: SessionHandle, c: Case, index: number, totalMs: number, fresh: boolean): Promise<void> {
  const item = handle.session.items[index]!;
  const exchanges = handle.session.exchanges ?? [];
  let at = exchanges.findIndex((e) => e.kind === 'twist' && e.step === item.step);
  if (at === -1) {
    const twist = twistFor(c, handle.session.id);
    if (!fresh || !twist || twist.step !== item.step || exchanges.some((e) => e.kind === 'twist')) return;
    handle.update(addExchange(handle.session, { kind: 'twist', id: twist.id, step: twist.step, question: twist.change, budgetMs: conversationBudgets(handle.session, c).twist }));
    handle.update(addTranscript(handle.session, { step: twist.step, who: 'interviewer', kind: 'twist', text: twist.change }));
    at = handle.session.exchanges!.length - 1;
  }
  const e = handle.session.exchanges![at]!;
  if (e.state === 'answered') return;
  print(ctx.io, `\n${ctx.io.color.bold('A changed requirement')}`);
  say(ctx, e.question);
  await answerExchange(ctx, handle, at, totalMs);
}

function echo(answer: string): string {
  const first = answer.replace(/\s+/g, ' ').trim();
  return first.length > 80 ? `${first.slice(0, 77).replace(/\s+\S*$/, '')}...` : first;
}

/** The deep dive: two or three questions in a row on the weakest step's area, each after the last answer. */
export async function deepDive(ctx: PracticeContext, handle: SessionHandle, c: Case, totalMs: number): Promise<void> {
  const s = handle.session;
  const open = (s.exchanges ?? []).filter((e) => e.kind === 'deep-dive');
  const dive = open.length > 0 ? c.deepDives.find((d) => d.id === open[0]!.id) : deepDiveFor(c, stepScores(ctx, c, s));
  if (!dive) return;
  const budget = Math.round(conversationBudgets(s, c).deepDive / dive.questions.length);
  print(ctx.io, `\n${ctx.io.color.bold(`Deep dive: ${dive.topic}`)} ${ctx.io.color.dim(`(${STEP_TITLES[dive.step]})`)}`);
  for (let q = 0; q < dive.questions.length; q++) {
    const exchanges = handle.session.exchanges ?? [];
    const asked = exchanges.filter((e) => e.kind === 'deep-dive');
    if (usedMs(handle.session) >= totalMs * 1.1 && asked.length === q) return;
    let at = exchanges.findIndex((e) => e.kind === 'deep-dive' && e.question.endsWith(dive.questions[q]!));
    if (at === -1) {
      const last = asked[asked.length - 1];
      const lead = q === 0 ? "Let's go deeper on one area." : last?.answer.trim() && !passes(last.answer) ? `You said: "${echo(last.answer)}".` : '';
      const question = [lead, dive.questions[q]!].filter(Boolean).join(' ');
      handle.update(addExchange(handle.session, { kind: 'deep-dive', id: dive.id, step: dive.step, question, budgetMs: budget }));
      handle.update(addTranscript(handle.session, { step: dive.step, who: 'interviewer', kind: 'deep-dive', text: question }));
      at = handle.session.exchanges!.length - 1;
    }
    const e = handle.session.exchanges![at]!;
    if (e.state === 'answered') continue;
    say(ctx, e.question);
    await answerExchange(ctx, handle, at, totalMs);
  }
}

function stepScores(ctx: PracticeContext, c: Case, s: Session): Map<string, number> {
  const scores = new Map<string, number>();
  for (const item of s.items) {
    const step = c.steps.find((x) => x.id === item.step)!;
    const text = gradedText({ ...item, answer: item.answer || item.draft });
    scores.set(item.step, text.trim() ? quickGrade(ctx, c, step, text).score : 0);
  }
  return scores;
}
