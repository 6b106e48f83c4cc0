import { UsageError } from '../errors.js';
import type { IO } from '../io.js';
import { print, printErr } from '../io.js';
import { runDrill } from '../practice/drill.js';
import { gradeMock, runMock } from '../practice/mock.js';
import { practiceContext, requireTerminal, runSession, type PracticeOptions } from './practice-setup.js';

export async function runResume(id: string | undefined, opts: PracticeOptions, io: IO): Promise<number> {
  requireTerminal(io, 'resume');
  const ctx = await practiceContext(opts, io);
  const session = id ? ctx.store.load(id) : ctx.store.latestUnfinished();
  for (const problem of ctx.store.damaged) printErr(io, io.colorErr.yellow(`warning: skipped ${problem}`));
  if (!session) throw new UsageError('no unfinished session to resume (see: mlsd history)');
  if (session.status === 'finished') {
    throw new UsageError(`session ${session.id} is finished; grade it again with: mlsd grade --session ${session.id}`);
  }
  const missing = session.items.map((i) => i.caseId).filter((c) => !ctx.cases.some((x) => x.id === c));
  if (missing.length > 0) throw new UsageError(`session ${session.id} needs case "${missing[0]}", which is not in your library`);
  // Say where it is open before saying anything else; runSession then holds the lock.
  ctx.store.lock(session.id)();
  print(io, io.color.dim(`Resuming ${session.kind} ${session.id}.`));
  const { recapTurns, renderTranscript } = await import('../ui/transcript.js');
  const recap = recapTurns(session.transcript ?? []);
  if (recap.shown.length > 0) {
    // The last few turns, so the candidate picks up the thread; `mlsd history ID` shows them all.
    print(io, io.color.dim(`${recap.total > recap.shown.length ? `The last ${recap.shown.length} of ${recap.total} turns (all: mlsd history ${session.id}):` : 'So far:'}`));
    print(io, renderTranscript({ ...session, transcript: recap.shown }, io.color, ctx.width, { brief: true }));
  }
  const flow = session.kind === 'drill' ? runDrill : session.status === 'answered' ? gradeMock : runMock;
  return runSession(ctx, session, flow);
}
