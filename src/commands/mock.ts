import { STEP_IDS } from '../cases/steps.js';
import type { IO } from '../io.js';
import { createSession, type TargetLevel } from '../interview/session.js';
import { mockBudgetsMs } from '../interview/timer.js';
import { runMock as mockFlow } from '../practice/mock.js';
import { pickCaseId, practiceContext, requireTerminal, runSession, type PracticeOptions } from './practice-setup.js';

export interface MockOptions extends PracticeOptions {
  minutes: number;
  level?: TargetLevel;
}

export async function runMock(caseId: string | undefined, opts: MockOptions, io: IO): Promise<number> {
  requireTerminal(io, 'mock');
  const ctx = await practiceContext(opts, io);
  const c = await pickCaseId(ctx, caseId, 'Which case for your mock interview? (type to search)');
  const budgets = mockBudgetsMs(opts.minutes, { twist: c.twists.length > 0, deepDive: c.deepDives.length > 0 });
  const session = {
    ...createSession('mock', STEP_IDS.map((step) => ({ caseId: c.id, step, budgetMs: budgets.steps[step] })), new Date(), opts.minutes),
    level: opts.level ?? 'senior',
    exchanges: [],
    transcript: [],
  };
  return runSession(ctx, session, mockFlow);
}
