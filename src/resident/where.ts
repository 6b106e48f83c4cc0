// Where the resident grader listens, shared by the command that asks (src/resident/client.ts) and
// the process that answers (src/resident/server.ts). Node's own modules only: the asking side runs
// before anything else of the program is loaded.
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long the resident grader waits for another grade before it ends, unless MLSD_RESIDENT_IDLE says otherwise. */
export const IDLE_SECONDS = 600;

export interface ResidentPlace {
  dir: string;
  socket: string;
  /** Holds the resident grader's process id while it runs. */
  pid: string;
}

/**
 * The socket of the resident grader for this build of the program: a folder only this user can
 * enter (under $XDG_RUNTIME_DIR, else the system's temporary folder; MLSD_RUNTIME_DIR overrides),
 * and a name that changes with the build and the Node version, so an upgraded or rebuilt program
 * never talks to an older one. Undefined where no such folder can be had (another user owns it,
 * others may enter it, or the platform has no Unix sockets): the grade then runs in its own process.
 */
export function residentPlace(env: NodeJS.ProcessEnv, bundle: string): ResidentPlace | undefined {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return undefined;
  const uid = process.getuid();
  const dir = env.MLSD_RUNTIME_DIR || join(env.XDG_RUNTIME_DIR || tmpdir(), `mlsd-coach-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const folder = lstatSync(dir);
    if (!folder.isDirectory() || folder.uid !== uid || (folder.mode & 0o077) !== 0) return undefined;
    const built = statSync(bundle);
    const build = hash(`${bundle}\0${built.size}\0${built.mtimeMs}\0${process.version}`);
    return { dir, socket: join(dir, `grader-${build}.sock`), pid: join(dir, `grader-${build}.pid`) };
  } catch {
    return undefined;
  }
}

/** The grader the arguments ask for: `--grader X` or `--grader=X`. */
export function graderAsked(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--grader') return args[i + 1];
    if (args[i]!.startsWith('--grader=')) return args[i]!.slice('--grader='.length);
  }
  return undefined;
}

/** FNV-1a, 32 bits, in hex: a short name, not a secret. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
