import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
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

  fileOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  save(session: Session): Session {
    writeFileAtomic(this.fileOf(session.id), `${JSON.stringify(session, null, 2)}\n`);
    return session;
  }

  private read(file: string): Session {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(`${file}: the session file is damaged (${(error as Error).message}); move it aside`);
    }
    const s = data as Session;
    if (s?.version !== 1 || !Array.isArray(s.items)) throw new UserError(`${file}: not a session file this version of mlsd can read`);
    return s;
  }

  ids(): string[] {
    try {
      return readdirSync(this.dir)
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -5))
        .sort();
    } catch {
      return [];
    }
  }

  /** Loads a session by id or by a unique prefix of it. */
  load(id: string): Session {
    const ids = this.ids();
    const exact = ids.find((i) => i === id);
    const matches = exact ? [exact] : ids.filter((i) => i.startsWith(id));
    if (matches.length === 0) throw new UsageError(`no session "${id}" (see: mlsd history)`);
    if (matches.length > 1) throw new UsageError(`"${id}" matches ${matches.length} sessions; give more of the id (see: mlsd history)`);
    return this.read(this.fileOf(matches[0]!));
  }

  /** Every readable session, oldest first. */
  list(): Session[] {
    const out: Session[] = [];
    for (const id of this.ids()) {
      try {
        out.push(this.read(this.fileOf(id)));
      } catch {
        this.damaged.push(this.fileOf(id));
      }
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  latestUnfinished(): Session | undefined {
    return this.list()
      .filter((s) => s.status !== 'finished')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  recordGrade(id: string, grade: Grade): Session {
    return this.save(recordSessionGrade(this.load(id), grade));
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
