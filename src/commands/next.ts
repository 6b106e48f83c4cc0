import type { Case } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { print, printErr, printJson, type IO } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { progressOf } from '../report/progress.js';
import { dueCards, dueOf, syncCards, type ReviewCard } from '../review/schedule.js';
import { ReviewStore } from '../review/store.js';
import { criterionName } from '../ui/grade-report.js';
import { wrap } from '../ui/text.js';
import { openLibrary } from './library-options.js';
import { focusCommand } from './suggest.js';

/**
 * `mlsd next`: what to do now. Reviews that are due come first (what you missed, brought back on
 * an FSRS schedule), then the drill for your weakest dimension, then a case you have not tried.
 */

export interface NextPlan {
  due: { caseId: string; step: string; criterion: string; name: string; missedAt: string; reviews: number; command: string }[];
  upcoming: { caseId: string; step: string; criterion: string; due: string }[];
  weakest: { dimension: string; recent: number; command: string } | null;
  newCase: { caseId: string; title: string; command: string } | null;
}

export function planNext(cases: Case[], sessions: import('../interview/session.js').Session[], cards: ReviewCard[], now: Date): NextPlan {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const known = cards.filter((c) => byId.has(c.caseId));
  const due = dueCards({ version: 1, cards: known }, now).map((card) => ({
    caseId: card.caseId,
    step: card.step,
    criterion: card.criterion,
    name: criterionName(byId.get(card.caseId), card.step, card.criterion),
    missedAt: card.missedAt,
    reviews: card.reviews,
    command: `mlsd drill ${card.caseId} --step ${card.step}`,
  }));
  const upcoming = known
    .filter((c) => dueOf(c) > now)
    .sort((a, b) => dueOf(a).getTime() - dueOf(b).getTime())
    .slice(0, 3)
    .map((c) => ({ caseId: c.caseId, step: c.step, criterion: c.criterion, due: dueOf(c).toISOString() }));
  const progress = progressOf(sessions);
  const weakest = progress.weakest ? { dimension: progress.weakest.dimension, recent: progress.weakest.recent, command: focusCommand(progress.weakest.dimension) } : null;
  const tried = new Set(sessions.flatMap((s) => s.items.map((i) => i.caseId)));
  const fresh = cases.find((c) => !tried.has(c.id));
  const newCase = fresh ? { caseId: fresh.id, title: fresh.title, command: `mlsd drill ${fresh.id}` } : null;
  return { due, upcoming, weakest, newCase };
}

export async function runNext(opts: { json?: boolean; casesDir?: string[] }, io: IO): Promise<number> {
  const sessionStore = new SessionStore(io.env);
  const sessions = sessionStore.list();
  for (const problem of sessionStore.damaged) printErr(io, io.colorErr.yellow(`warning: skipped ${problem}`));
  const reviews = new ReviewStore(io.env);
  const now = new Date();
  const before = reviews.load();
  const schedule = syncCards(before, sessions, now);
  if (schedule !== before) reviews.save(schedule);
  const library = await openLibrary(opts, io);
  const plan = planNext(
    library.entries.map((e) => e.case),
    sessions,
    schedule.cards,
    now,
  );
  if (opts.json) {
    printJson(io, plan);
    return 0;
  }
  const { color } = io;
  const width = Math.min(io.stdout.columns ?? 80, 100);
  if (plan.due.length > 0) {
    print(io, color.bold(`Due for review: ${plan.due.length} point${plan.due.length === 1 ? '' : 's'} you missed`));
    for (const d of plan.due.slice(0, 5)) {
      print(io, wrap(`${d.caseId} · ${STEP_TITLES[d.step as keyof typeof STEP_TITLES]}: ${d.name}`, width, '  '));
      print(io, `    ${color.cyan(`→ ${d.command}`)}`);
    }
    if (plan.due.length > 5) print(io, color.dim(`  and ${plan.due.length - 5} more`));
  } else if (sessions.length > 0) {
    const soon = plan.upcoming[0];
    print(io, color.green('Nothing due for review today.') + (soon ? color.dim(` Next: ${soon.caseId} ${soon.step}, ${soon.due.slice(0, 10)}.`) : ''));
  }
  if (plan.weakest) print(io, `${color.bold('Then:')} your weakest dimension, ${plan.weakest.dimension} (${plan.weakest.recent} recently) ${color.cyan(`→ ${plan.weakest.command}`)}`);
  if (plan.newCase) print(io, `${color.bold(plan.due.length || plan.weakest ? 'Or:' : 'Start with:')} a case you have not tried, ${plan.newCase.title} ${color.cyan(`→ ${plan.newCase.command}`)}`);
  return 0;
}
