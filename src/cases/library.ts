import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CaseFileError, UsageError, type CaseProblem } from '../errors.js';
import { bundledCasesDir, cacheDir, packageRoot, packageVersion } from '../paths.js';
import { writeFileAtomic } from '../util/atomic.js';
import type { Case } from './schema.js';

export type CaseOrigin = 'bundled' | 'user';

export interface LibraryEntry {
  case: Case;
  file: string;
  origin: CaseOrigin;
}

export interface Library {
  entries: LibraryEntry[];
  /** Things the user should know, such as a user case overriding a bundled one. */
  notices: string[];
}

/** The bundled library as validated at build time, so start-up skips YAML and zod. */
export interface PrebuiltLibrary {
  files: { name: string; hash: string }[];
  cases: Case[];
}

export const PREBUILT_PATH = ['dist', 'library.json'] as const;

export function caseFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (error as Error).message;
    throw new UsageError(`cases folder ${dir}: ${why}; check --cases-dir, MLSD_CASES_DIR or the config file`);
  }
  return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(dir, n));
}

export function hashText(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Shown paths are relative to the working folder when that is shorter. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

function tryPrebuilt(files: string[]): Case[] | undefined {
  let prebuilt: PrebuiltLibrary;
  try {
    prebuilt = JSON.parse(readFileSync(join(packageRoot(), ...PREBUILT_PATH), 'utf8')) as PrebuiltLibrary;
  } catch {
    return undefined;
  }
  if (prebuilt.files.length !== files.length) return undefined;
  for (let i = 0; i < files.length; i++) {
    const expected = prebuilt.files[i]!;
    const file = files[i]!;
    if (!file.endsWith(expected.name) || hashText(readFileSync(file)) !== expected.hash) return undefined;
  }
  return prebuilt.cases;
}

/**
 * A user's case file that validated once is kept, parsed, in the cache folder under a hash of its
 * content and of this version of mlsd, so later runs skip YAML and the schema. `cases validate`
 * always reads the file itself.
 */
function cachedCaseFile(file: string): string | undefined {
  try {
    const key = hashText(`${packageVersion()}\n${readFileSync(file, 'utf8')}`);
    return join(cacheDir(process.env), 'cases', `${key}.json`);
  } catch {
    return undefined;
  }
}

async function loadFiles(files: string[], origin: CaseOrigin): Promise<{ entries: LibraryEntry[]; problems: CaseProblem[] }> {
  const entries: LibraryEntry[] = [];
  const problems: CaseProblem[] = [];
  for (const file of files) {
    const cached = origin === 'user' ? cachedCaseFile(file) : undefined;
    if (cached) {
      try {
        entries.push({ case: JSON.parse(readFileSync(cached, 'utf8')) as Case, file, origin });
        continue;
      } catch {
        // Not cached yet: validate below.
      }
    }
    const { loadCaseFile } = await import('./loader.js');
    const result = loadCaseFile(file, displayPath(file));
    if (result.ok) {
      entries.push({ case: result.value, file, origin });
      if (cached) {
        try {
          writeFileAtomic(cached, JSON.stringify(result.value), 0o644);
        } catch {
          // A cache that cannot be written only costs speed.
        }
      }
    } else problems.push(...result.problems);
  }
  return { entries, problems };
}

/** Problems of ids used twice within one group of files. */
export function duplicateIdProblems(entries: LibraryEntry[]): CaseProblem[] {
  const first = new Map<string, LibraryEntry>();
  const problems: CaseProblem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.case.id);
    if (earlier) {
      problems.push({
        file: displayPath(entry.file),
        path: 'id',
        message: `duplicate case id "${entry.case.id}" (also in ${displayPath(earlier.file)}); give one of them another id`,
      });
    } else first.set(entry.case.id, entry);
  }
  return problems;
}

/**
 * Loads the bundled cases and then each user folder. A user case with a bundled id replaces the
 * bundled one (with a notice); two files with one id in the same tier are an error.
 */
export async function loadLibrary(userDirs: string[] = []): Promise<Library> {
  const bundledFiles = caseFilesIn(bundledCasesDir());
  const prebuilt = tryPrebuilt(bundledFiles);
  const bundled = prebuilt
    ? { entries: prebuilt.map((c, i) => ({ case: c, file: bundledFiles[i]!, origin: 'bundled' as const })), problems: [] }
    : await loadFiles(bundledFiles, 'bundled');
  const userFiles = userDirs.flatMap(caseFilesIn);
  const user = userFiles.length > 0 ? await loadFiles(userFiles, 'user') : { entries: [], problems: [] };

  const problems = [
    ...bundled.problems,
    ...user.problems,
    ...duplicateIdProblems(bundled.entries),
    ...duplicateIdProblems(user.entries),
  ];
  if (problems.length > 0) throw new CaseFileError(problems);

  const notices: string[] = [];
  const byId = new Map<string, LibraryEntry>();
  for (const entry of bundled.entries) byId.set(entry.case.id, entry);
  for (const entry of user.entries) {
    if (byId.get(entry.case.id)?.origin === 'bundled') {
      notices.push(`note: your case "${entry.case.id}" (${displayPath(entry.file)}) overrides the bundled one`);
    }
    byId.set(entry.case.id, entry);
  }
  return { entries: [...byId.values()], notices };
}

export function findCase(library: Library, id: string): LibraryEntry {
  const entry = library.entries.find((e) => e.case.id === id);
  if (entry) return entry;
  const ids = library.entries.map((e) => e.case.id);
  const near = ids.filter((known) => known.includes(id) || id.includes(known));
  const hint = near.length > 0 ? `did you mean ${near.join(' or ')}?` : `known cases: ${ids.join(', ')}`;
  throw new UsageError(`unknown case "${id}"; ${hint} (see: mlsd cases list)`);
}
