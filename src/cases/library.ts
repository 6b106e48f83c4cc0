import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CaseFileError, UsageError, type CaseProblem } from '../errors.js';
import { bundledCasesDir } from '../paths.js';
import { cacheCase, readCachedCase } from './case-cache.js';
import { caseHash, libraryKeyOf, readCaseJson } from './content-hash.js';
import { prebuiltCaseFile, readPrebuiltIndex } from './prebuilt.js';
import { listingOf, type CaseListing } from './listing.js';
import type { Case } from './schema.js';

export type CaseOrigin = 'bundled' | 'user';

export interface LibraryEntry {
  /** The case's id, known before the case is read. */
  id: string;
  /** Its title and tags, for lists and pickers: for a bundled case, known before it is read too. */
  listing: CaseListing;
  /** A bundled case is read on first use. */
  case: Case;
  file: string;
  origin: CaseOrigin;
}

export interface Library {
  entries: LibraryEntry[];
  /** Things the user should know, such as a user case overriding a bundled one. */
  notices: string[];
}

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

/** Shown paths are relative to the working folder when that is shorter. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

/** Content hashes known without reading the case: the bundled ones, from the build. */
const knownHashes = new WeakMap<LibraryEntry, string>();
/** The key of a library that is the bundled one, unextended: from the build. */
const knownKeys = new WeakMap<LibraryEntry[], string>();

function prebuiltEntries(files: string[]): { entries: LibraryEntry[]; key: string } | undefined {
  const index = readPrebuiltIndex(files);
  if (!index) return undefined;
  const entries = index.files.map(({ id, caseHash: hash, title, tags }, i) => {
    const file = files[i]!;
    let value: Case | undefined;
    const entry = { id, listing: { id, title, tags }, file, origin: 'bundled' } as LibraryEntry;
    Object.defineProperty(entry, 'case', {
      enumerable: true,
      get: () => (value ??= readCaseJson(prebuiltCaseFile(file), hash)),
    });
    knownHashes.set(entry, hash);
    return entry;
  });
  return { entries, key: index.key };
}

async function loadFiles(files: string[], origin: CaseOrigin): Promise<{ entries: LibraryEntry[]; problems: CaseProblem[] }> {
  const entries: LibraryEntry[] = [];
  const problems: CaseProblem[] = [];
  for (const file of files) {
    const cached = origin === 'user' ? readCachedCase(file) : undefined;
    if (cached) {
      entries.push({ id: cached.id, listing: listingOf(cached), case: cached, file, origin });
      continue;
    }
    const { loadCaseFile } = await import('./loader.js');
    const result = loadCaseFile(file, displayPath(file));
    if (result.ok) {
      entries.push({ id: result.value.id, listing: listingOf(result.value), case: result.value, file, origin });
      if (origin === 'user') cacheCase(file, result.value);
    } else problems.push(...result.problems);
  }
  return { entries, problems };
}

/** Problems of ids used twice within one group of files. */
export function duplicateIdProblems(entries: Pick<LibraryEntry, 'case' | 'file'>[]): CaseProblem[] {
  const first = new Map<string, Pick<LibraryEntry, 'case' | 'file'>>();
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
  // The build validated the prebuilt cases, duplicate ids included.
  const prebuilt = prebuiltEntries(bundledFiles);
  const bundled = prebuilt ? { entries: prebuilt.entries, problems: [] } : await loadFiles(bundledFiles, 'bundled');
  const userFiles = userDirs.flatMap(caseFilesIn);
  const user = userFiles.length > 0 ? await loadFiles(userFiles, 'user') : { entries: [], problems: [] };

  const problems = [
    ...bundled.problems,
    ...user.problems,
    ...(prebuilt ? [] : duplicateIdProblems(bundled.entries)),
    ...duplicateIdProblems(user.entries),
  ];
  if (problems.length > 0) throw new CaseFileError(problems);

  const notices: string[] = [];
  const byId = new Map<string, LibraryEntry>();
  for (const entry of bundled.entries) byId.set(entry.id, entry);
  for (const entry of user.entries) {
    if (byId.get(entry.id)?.origin === 'bundled') {
      notices.push(`note: your case "${entry.id}" (${displayPath(entry.file)}) overrides the bundled one`);
    }
    byId.set(entry.id, entry);
  }
  const entries = [...byId.values()];
  if (prebuilt && user.entries.length === 0) knownKeys.set(entries, prebuilt.key);
  return { entries, notices };
}

export function findCase(library: Library, id: string): LibraryEntry {
  const entry = library.entries.find((e) => e.id === id);
  if (entry) return entry;
  const ids = library.entries.map((e) => e.id);
  const near = ids.filter((known) => known.includes(id) || id.includes(known));
  const hint = near.length > 0 ? `did you mean ${near.join(' or ')}?` : `known cases: ${ids.join(', ')}`;
  throw new UsageError(`unknown case "${id}"; ${hint} (see: mlsd cases list)`);
}

/**
 * The library as the grader's statistics see it: a key over every case's content, known without
 * reading the bundled cases, and the cases themselves, read only if the statistics must be computed.
 */
export interface CaseSet {
  key: string;
  cases: () => Case[];
}

export function caseSet(library: Library): CaseSet {
  return {
    key: knownKeys.get(library.entries) ?? libraryKeyOf(library.entries.map((e) => knownHashes.get(e) ?? caseHash(e.case))),
    cases: () => library.entries.map((e) => e.case),
  };
}
