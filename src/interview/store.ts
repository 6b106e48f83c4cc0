import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import type { ConversationSummary } from '../grading/conversation.js';
import type { Grade } from '../grading/types.js';
import { dataDir } from '../paths.js';
import { writeFileAtomic } from '../util/atomic.js';
import { recordSessionGrade, type Session } from './session.js';

/**
 * Sessions on disk, one JSON file each in the user's data folder, written atomically after
 * every change, so that Ctrl-C, a crash or a failing grader never loses what was typed.
 */
export interface UserState {
  lastCase?: string;
}

/** What `newSessionId` makes: date, time, case, four hex digits. Nothing else names a session file. */
export const SESSION_ID = /^\d{8}-\d{6}-[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{4}$/;

// The shape a session file must have to be used; grades inside are trusted to the grader's types.
// Checked by hand, not with zod: listing sessions is on the start-up path of `mlsd cases list`.
const STEPS = new Set(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
const ITEM_STATES = new Set(['pending', 'drafting', 'answered', 'graded', 'probing', 'done']);

/** The first problem with a parsed session file, as "field: what is wrong", or undefined. */
export function sessionProblem(data: unknown): string | undefined {
  const s = data as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || Array.isArray(s)) return 'file: not an object';
  const str = (v: unknown) => typeof v === 'string' && v.length > 0;
  if (s.version !== 1) return 'version: expected 1';
  if (!str(s.id) || !SESSION_ID.test(s.id as string)) return 'id: not a session id';
  if (s.kind !== 'drill' && s.kind !== 'mock') return 'kind: expected drill or mock';
  for (const field of ['createdAt', 'updatedAt'] as const) if (!str(s[field])) return `${field}: missing`;
  if (!['active', 'answered', 'finished'].includes(s.status as string)) return 'status: unknown';
  if (s.minutes !== null && typeof s.minutes !== 'number') return 'minutes: expected a number or null';
  if (!Array.isArray(s.items) || s.items.length === 0) return 'items: expected at least one';
  for (const [i, raw] of (s.items as unknown[]).entries()) {
    const item = raw as Record<string, unknown> | null;
    if (!item || typeof item !== 'object') return `items.${i}: not an object`;
    if (!str(item.caseId)) return `items.${i}.caseId: missing`;
    if (!STEPS.has(item.step as string)) return `items.${i}.step: unknown`;
    if (!ITEM_STATES.has(item.state as string)) return `items.${i}.state: unknown`;
    if (typeof item.answer !== 'string' || typeof item.draft !== 'string') return `items.${i}: answer and draft must be text`;
    if (typeof item.elapsedMs !== 'number' || item.elapsedMs < 0) return `items.${i}.elapsedMs: expected a number`;
    if (item.budgetMs !== null && typeof item.budgetMs !== 'number') return `items.${i}.budgetMs: expected a number or null`;
    if (!Array.isArray(item.questions) || !Array.isArray(item.followUps)) return `items.${i}: questions and followUps must be lists`;
  }
  if (!Array.isArray(s.grades)) return 'grades: expected a list';
  if (s.level !== undefined && !['mid', 'senior', 'staff'].includes(s.level as string)) return 'level: expected mid, senior or staff';
  if (s.exchanges !== undefined) {
    if (!Array.isArray(s.exchanges)) return 'exchanges: expected a list';
    for (const [i, raw] of (s.exchanges as unknown[]).entries()) {
      const e = raw as Record<string, unknown> | null;
      if (!e || typeof e !== 'object') return `exchanges.${i}: not an object`;
      if (e.kind !== 'twist' && e.kind !== 'deep-dive') return `exchanges.${i}.kind: expected twist or deep-dive`;
      if (!STEPS.has(e.step as string)) return `exchanges.${i}.step: unknown`;
      if (typeof e.question !== 'string' || typeof e.answer !== 'string' || typeof e.draft !== 'string') return `exchanges.${i}: question, answer and draft must be text`;
      if (typeof e.elapsedMs !== 'number' || e.elapsedMs < 0) return `exchanges.${i}.elapsedMs: expected a number`;
      if (e.state !== 'asked' && e.state !== 'answered') return `exchanges.${i}.state: unknown`;
    }
  }
  if (s.transcript !== undefined && !Array.isArray(s.transcript)) return 'transcript: expected a list';
  return undefined;
}

export class SessionStore {
  readonly dir: string;
  private readonly stateFile: string;
  /** Files that could not be read while listing. */
  readonly damaged: string[] = [];

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const root = dataDir(env);
    this.dir = join(root, 'sessions');
    this.stateFile = join(root, 'state.json');
  }

  /** A session's file: only ever inside the sessions folder, whatever the id says. */
  fileOf(id: string): string {
    if (!SESSION_ID.test(id)) throw new UserError(`"${id}" is not a session id; session files are named like 20261201-093000-fraud-detection-1a2b`);
    return join(this.dir, `${id}.json`);
  }

  /** The file of a name read from the sessions folder itself (so it cannot point elsewhere). */
  private listed(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  save(session: Session): Session {
    const file = this.fileOf(session.id);
    try {
      writeFileAtomic(file, `${JSON.stringify(session, null, 2)}\n`);
    } catch (error) {
      throw this.folderError(error, 'save your session');
    }
    return session;
  }

  /** One line naming the data folder and what to do, for any reason it cannot be used. */
  private folderError(error: unknown, doing: string): UserError {
    const code = (error as NodeJS.ErrnoException).code;
    const root = join(this.dir, '..');
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'is not writable'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'is not a folder'
          : code === 'ENOSPC'
            ? 'is on a full disk'
            : `cannot be used (${(error as Error).message})`;
    return new UserError(`cannot ${doing}: the data folder ${root} ${why}; fix its permissions or set MLSD_DATA_DIR to a folder you can write`);
  }

  private read(file: string, expectedId?: string): Session {
    if (expectedId !== undefined && !SESSION_ID.test(expectedId)) {
      // Parse it anyway for the more useful message when it is damaged.
      try {
        JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new UserError(`${file}: the session file is damaged (${(error as Error).message}); move it aside`);
      }
      throw new UserError(`${file}: not a session file (its name is not a session id); move it aside`);
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(`${file}: the session file is damaged (${(error as Error).message}); move it aside`);
    }
    const problem = sessionProblem(data);
    if (problem) throw new UserError(`${file}: not a session file this version of mlsd can read (${problem}); move it aside`);
    const session = data as Session;
    if (expectedId !== undefined && session.id !== expectedId) throw new UserError(`${file}: its id "${session.id}" does not match its file name; move it aside`);
    return session;
  }

  ids(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        // No sessions folder yet; but a data folder that is a file is not "no history".
        try {
          if (!statSync(join(this.dir, '..')).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        } catch (inner) {
          if ((inner as NodeJS.ErrnoException).code !== 'ENOENT') throw this.folderError(inner, 'read your sessions');
        }
        return [];
      }
      throw this.folderError(error, 'read your sessions');
    }
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .sort();
  }

  /** Loads a session by id or by a unique prefix of it. */
  load(id: string): Session {
    const ids = this.ids();
    const exact = ids.find((i) => i === id);
    const matches = exact ? [exact] : ids.filter((i) => i.startsWith(id));
    if (matches.length === 0) throw new UsageError(`no session "${id}" (see: mlsd history)`);
    if (matches.length > 1) throw new UsageError(`"${id}" matches ${matches.length} sessions; give more of the id (see: mlsd history)`);
    return this.read(this.listed(matches[0]!), matches[0]!);
  }

  /** Every readable session, oldest first. */
  list(): Session[] {
    const out: Session[] = [];
    for (const id of this.ids()) {
      try {
        out.push(this.read(this.listed(id), id));
      } catch (error) {
        this.damaged.push((error as Error).message);
      }
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /**
   * Marks a session as open in this process, so that a second terminal resuming it is told where
   * it is open instead of overwriting what is typed here. A lock left by a process that is gone
   * is taken over. Returns the release function.
   */
  lock(id: string): () => void {
    const file = join(this.dir, `${this.fileOf(id).slice(this.dir.length + 1, -5)}.lock`);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: 'wx', mode: 0o600 });
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
          process.off('exit', release);
        };
        process.on('exit', release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw this.folderError(error, 'open your session');
        let holder: { pid?: number; since?: string } = {};
        try {
          holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
        } catch {
          // A torn lock file: treat it as stale.
        }
        if (holder.pid && holder.pid !== process.pid && processAlive(holder.pid)) {
          throw new UsageError(`session ${id} is open in another terminal (process ${holder.pid}, since ${holder.since ?? 'earlier'}); continue there, or close it first`);
        }
        rmSync(file, { force: true });
      }
    }
    throw new UserError(`cannot lock session ${id}; try again`);
  }

  /** Deletes a session's file (and a stale lock); one that is open in another terminal is refused. */
  remove(id: string): void {
    const release = this.lock(id);
    try {
      rmSync(this.fileOf(id), { force: true });
    } catch (error) {
      throw this.folderError(error, `delete session ${id}`);
    } finally {
      release();
    }
  }

  /**
   * The unfinished session to pick up: the latest that holds something typed, before an empty one
   * started since (a drill killed mid-answer, then a new one opened and left, resumes the first).
   */
  latestUnfinished(): Session | undefined {
    const unfinished = this.list()
      .filter((s) => s.status !== 'finished')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return unfinished.find(holdsTyping) ?? unfinished[0];
  }

  recordGrade(id: string, grade: Grade, conversation?: ConversationSummary): Session {
    const graded = recordSessionGrade(this.load(id), grade);
    return this.save(conversation ? { ...graded, conversation } : graded);
  }

  state(): UserState {
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as UserState;
    } catch {
      return {};
    }
  }

  setState(patch: UserState): void {
    try {
      writeFileAtomic(this.stateFile, JSON.stringify({ ...this.state(), ...patch }));
    } catch {
      // Remembering the last case is a convenience; failing to is not worth an error.
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A process killed a moment ago can linger as a zombie until its parent reaps it: it holds nothing.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function holdsTyping(s: Session): boolean {
  return (
    s.items.some((i) => i.answer.trim() !== '' || i.draft.trim() !== '' || i.questions.length > 0 || i.followUps.length > 0) ||
    (s.exchanges ?? []).some((e) => e.answer.trim() !== '' || e.draft.trim() !== '')
  );
}
