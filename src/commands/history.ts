import type { IO } from '../io.js';
import { print, printErr } from '../io.js';
import { caseIdsOf, latestScore, type Session } from '../interview/session.js';
import { SessionStore } from '../interview/store.js';
import { table } from '../ui/text.js';

export function sessionSummary(s: Session) {
  return {
    id: s.id,
    kind: s.kind,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    status: s.status,
    cases: caseIdsOf(s),
    steps: s.items.map((i) => ({ case: i.caseId, step: i.step, state: i.state, score: i.result?.score ?? null })),
    score: latestScore(s),
    grader: s.grader,
  };
}

export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function runHistory(opts: { json?: boolean }, io: IO): Promise<number> {
  const store = new SessionStore(io.env);
  const sessions = store.list().reverse();
  for (const problem of store.damaged) printErr(io, io.colorErr.yellow(`warning: skipped ${problem}`));
  if (opts.json) {
    print(io, JSON.stringify(sessions.map(sessionSummary), null, 2));
    return 0;
  }
  if (sessions.length === 0) {
    print(io, 'No sessions yet. Start one with: mlsd drill, or mlsd mock');
    return 0;
  }
  const { color } = io;
  print(
    io,
    table([
      ['SESSION', 'WHEN', 'KIND', 'CASE', 'STATUS', 'SCORE'].map((h) => color.bold(h)),
      ...sessions.map((s) => {
        const score = latestScore(s);
        const steps = s.kind === 'drill' ? ` (${s.items.map((i) => i.step).join(', ')})` : '';
        const status = s.status === 'finished' ? 'finished' : s.status === 'answered' ? color.yellow('not graded') : color.yellow('unfinished');
        return [color.cyan(s.id), localTime(s.createdAt), s.kind, caseIdsOf(s).join(', ') + steps, status, score === null ? '-' : String(score)];
      }),
    ]),
  );
  print(io, color.dim('\nContinue one: mlsd resume ID · report: mlsd report ID · trend: mlsd progress'));
  return 0;
}
