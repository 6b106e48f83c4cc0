import { STEP_IDS } from '../cases/steps.js';
import type { IO } from '../io.js';
import { createSession } from '../interview/session.js';
import { stepBudgetsMs } from '../interview/timer.js';
import { runMock as mockFlow } from '../practice/mock.js';
import { pickCaseId, practiceContext, requireTerminal, runSession, type PracticeOptions } from './practice-setup.js';

export interface MockOptions extends PracticeOptions {
  minutes: number;
}

export async function runMock(caseId: string | undefined, opts: MockOptions, io: IO): Promise<number> {
  requireTerminal(io, 'mock');
  const ctx = await practiceContext(opts, io);
  const c = await pickCaseId(ctx, caseId, 'Which case for your mock interview? (type to search)');
  const budgets = stepBudgetsMs(opts.minutes);
  const session = createSession('mock', STEP_IDS.map((step) => ({ caseId: c.id, step, budgetMs: budgets[step] })), new Date(), opts.minutes);
  return runSession(ctx, session, mockFlow);
}
