import { UsageError } from '../errors.js';
import type { IO } from '../io.js';
import { isInteractive, print, printErr, printJson, terminalWidth } from '../io.js';
import { caseIdsOf, kindLabel, latestScore, statusName, type Session, type TranscriptEntry } from '../interview/session.js';
import { SessionStore } from '../interview/store.js';
import { fitTable, localTime, wrap } from '../ui/text.js';

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
    ...(s.level ? { level: s.level } : {}),
    ...(s.transcript ? { turns: s.transcript.length } : {}),
  };
}


export interface HistoryOptions {
  json?: boolean;
  delete?: string;
  prune?: number;
  yes?: boolean;
  /** A session to show whole. */
  show?: string;
}

/** Deletes sessions after saying which, asking first on a terminal unless --yes; refuses without a terminal. */
async function deleteSessions(store: SessionStore, sessions: Session[], opts: HistoryOptions, io: IO): Promise<number> {
  if (sessions.length === 0) {
    print(io, 'Nothing to delete.');
    return 0;
  }
  const names = sessions.map((s) => `${s.id} (${s.kind}, ${caseIdsOf(s).join(', ')}, ${statusName(s)})`);
  if (!opts.yes) {
    if (!isInteractive(io)) throw new UsageError(`would delete ${sessions.length} session(s): ${names.join('; ')}; add --yes to delete without a terminal`);
    const { TerminalPrompter } = await import('../ui/prompts.js');
    print(io, names.map((n) => `  ${n}`).join('\n'));
    if (!(await new TerminalPrompter(io).confirm(`Delete ${sessions.length === 1 ? 'this session' : `these ${sessions.length} sessions`}? This cannot be undone.`, false))) {
      print(io, 'Nothing deleted.');
      return 0;
    }
  }
  for (const s of sessions) store.remove(s.id);
  print(io, `Deleted ${sessions.length} session${sessions.length === 1 ? '' : 's'}.`);
  return 0;
}

/** The questions, answers and follow-ups of a session that kept no transcript (a drill). */
async function itemDialogue(s: Session): Promise<TranscriptEntry[]> {
  const { loadLibrary } = await import('../cases/library.js');
  const cases = new Map((await loadLibrary([])).entries.map((e) => [e.id, e.case]));
  const out: TranscriptEntry[] = [];
  for (const item of s.items) {
    const answer = item.answer || item.draft;
    if (!answer.trim()) continue;
    const question = cases.get(item.caseId)?.steps.find((x) => x.id === item.step)?.question ?? '';
    out.push({ at: s.createdAt, step: item.step, who: 'interviewer', kind: 'question', text: question });
    out.push({ at: s.createdAt, step: item.step, who: 'candidate', kind: 'answer', text: answer, elapsedMs: item.elapsedMs });
    for (const f of item.followUps) {
      out.push({ at: s.createdAt, step: item.step, who: 'interviewer', kind: 'probe', text: f.probe });
      out.push({ at: s.createdAt, step: item.step, who: 'candidate', kind: 'answer', text: f.skipped ? '(passed)' : f.answer || '(not answered)' });
    }
  }
  return out;
}

/** One session: what it was, its score, and for a mock the dialogue as it happened. */
async function showSession(s: Session, opts: HistoryOptions, io: IO): Promise<number> {
  if (opts.json) {
    printJson(io, { ...sessionSummary(s), transcript: s.transcript ?? [] });
    return 0;
  }
  const { color } = io;
  const width = terminalWidth(io);
  const score = latestScore(s);
  const head = [
    color.bold(`${s.kind === 'mock' ? 'Mock interview' : 'Drill'}: ${caseIdsOf(s).join(', ')}`),
    color.dim(`${s.id} · ${localTime(s.createdAt)} · ${statusName(s)}${s.level ? ` · target ${s.level}` : ''}${score === null ? '' : ` · ${score}/100`}`),
  ];
  const { renderTranscript } = await import('../ui/transcript.js');
  // A drill keeps its answers and follow-ups rather than a transcript: they are its dialogue.
  const transcript = s.transcript && s.transcript.length > 0 ? s.transcript : await itemDialogue(s);
  const body = transcript.length > 0 ? renderTranscript({ ...s, transcript }, color, width) : color.dim(`Nothing answered yet: mlsd resume ${s.id}`);
  const { page } = await import('../ui/pager.js');
  page(io, `${head.join('\n')}\n\n${body}\n\n${color.dim(`Full report: mlsd report ${s.id}`)}`);
  return 0;
}

export async function runHistory(opts: HistoryOptions, io: IO): Promise<number> {
  const store = new SessionStore(io.env);
  if (opts.show) {
    if (opts.delete || opts.prune !== undefined) throw new UsageError('give a session to show, or --delete/--prune, not both');
    return showSession(store.load(opts.show), opts, io);
  }
  if (opts.delete) return deleteSessions(store, [store.load(opts.delete)], opts, io);
  if (opts.prune !== undefined) {
    const cutoff = Date.now() - opts.prune * 24 * 3600 * 1000;
    return deleteSessions(store, store.list().filter((s) => s.status !== 'finished' && Date.parse(s.updatedAt) < cutoff), opts, io);
  }
  const sessions = store.list().reverse();
  for (const problem of store.damaged) printErr(io, io.colorErr.yellow(`warning: skipped ${problem}`));
  if (opts.json) {
    printJson(io, sessions.map(sessionSummary));
    return 0;
  }
  if (sessions.length === 0) {
    print(io, 'No sessions yet. Start one with: mlsd drill, or mlsd mock');
    return 0;
  }
  const { color } = io;
  print(
    io,
    fitTable([
      ['SESSION', 'WHEN', 'KIND', 'CASE', 'STATUS', 'SCORE'].map((h) => color.bold(h)),
      ...sessions.map((s) => {
        const score = latestScore(s);
        const status = s.status === 'finished' ? 'finished' : color.yellow(statusName(s));
        return [color.cyan(s.id), localTime(s.createdAt), kindLabel(s), caseIdsOf(s).join(', '), status, score === null ? '-' : String(score)];
      }),
      // Narrow: the id already holds the date and the case, so those columns go first.
    ], io.stdout.isTTY ? (io.stdout.columns ?? 80) : undefined, { drop: [1, 3], shrink: 2 }),
  );
  print(io, color.dim(`\n${wrap("One session's dialogue: mlsd history ID · continue: mlsd resume ID · report: mlsd report ID · trend: mlsd progress", terminalWidth(io))}`));
  return 0;
}
