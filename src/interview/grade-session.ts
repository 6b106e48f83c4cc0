import type { Case } from '../cases/schema.js';
import { discountPrompted, estimateOutcomes, gradeConversation, levelVerdicts, unpromptedShare, type ConversationSummary } from '../grading/conversation.js';
import { gradeAnswers } from '../grading/run.js';
import type { Answers, Grade, Grader, GradeProgress } from '../grading/types.js';
import { answersOf, firstAnswersOf, isPassed, type Session } from './session.js';

/** Every answer with what probes and the deep dive drew out; deep-dive answers count under the step they dig into. */
function fullAnswers(s: Session, c: Case): Answers {
  const answers = answersOf(s, c.id);
  for (const e of s.exchanges ?? []) {
    const said = e.answer || e.draft;
    if (e.kind !== 'deep-dive' || !said.trim() || isPassed(said)) continue;
    answers[e.step] = [answers[e.step], said].filter(Boolean).join('\n\n');
  }
  return answers;
}

function same(a: Answers, b: Answers): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Grades the interview: every step as answered, with probes and the deep dive counted for less
 * than what was raised unprompted; the changed requirement and the deep dive against their own
 * criteria; the estimates; and what it all signals at each level.
 */
export async function gradeMockSession(
  grader: Grader,
  s: Session,
  c: Case,
  { concurrency, onJudged }: { concurrency?: number; onJudged?: () => void } = {},
): Promise<{ grade: Grade; summary?: ConversationSummary }> {
  const full = fullAnswers(s, c);
  const options = { concurrency, onProgress: (e: GradeProgress) => e.state === 'done' && onJudged?.() };
  const fullGrade = await gradeAnswers(grader, c, full, options);
  if (s.level === undefined) return { grade: fullGrade };
  const first = firstAnswersOf(s, c.id);
  const unprompted = same(first, full) ? fullGrade : await gradeAnswers(grader, c, first, options);
  const grade = unprompted === fullGrade ? fullGrade : discountPrompted(c, unprompted, fullGrade, first);
  const exchanges = s.exchanges ?? [];
  const twistTurn = exchanges.find((e) => e.kind === 'twist');
  const twist = twistTurn && c.twists.find((t) => t.id === twistTurn.id);
  const diveTurns = exchanges.filter((e) => e.kind === 'deep-dive');
  const dive = diveTurns[0] && c.deepDives.find((d) => d.id === diveTurns[0]!.id);
  const twistResult = twist ? await gradeConversation(grader, c, 'twist', twist, twistTurn!.answer || twistTurn!.draft) : undefined;
  const diveResult = dive ? await gradeConversation(grader, c, 'deep-dive', dive, diveTurns.map((e) => e.answer || e.draft).join('\n\n')) : undefined;
  const share = unpromptedShare(unprompted);
  const summary: ConversationSummary = {
    level: s.level,
    unprompted: share,
    prompted: grade.steps.flatMap((st) => st.criteria.filter((k) => k.prompted).map((k) => k.id)),
    ...(twistResult ? { twist: twistResult } : {}),
    ...(diveResult ? { deepDive: diveResult } : {}),
    estimates: estimateOutcomes(c, full),
    verdicts: levelVerdicts(grade.score, share, twistResult?.score, diveResult?.score),
  };
  return { grade, summary };
}

