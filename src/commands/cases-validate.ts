import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { caseFilesIn, displayPath, duplicateIdProblems, type LibraryEntry } from '../cases/library.js';
import { loadCaseFile } from '../cases/loader.js';
import { listingOf } from '../cases/listing.js';
import { resolveConfig } from '../config.js';
import { formatCaseProblem, UsageError, type CaseProblem } from '../errors.js';
import type { IO } from '../io.js';
import { print } from '../io.js';
import { bundledCasesDir } from '../paths.js';

function expand(path: string): string[] {
  const full = resolve(path);
  let isDir: boolean;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    throw new UsageError(`${path}: no such file or folder`);
  }
  return isDir ? caseFilesIn(full) : [full];
}

/** Checks every file and reports every problem in each, not only the first. */
export async function runCasesValidate(paths: string[], opts: { casesDir?: string[] }, io: IO): Promise<number> {
  let groups: string[][];
  if (paths.length > 0) {
    groups = [paths.flatMap(expand)];
  } else {
    const config = resolveConfig({ casesDir: opts.casesDir }, io.env);
    // Bundled and user cases are separate tiers: a user case may reuse a bundled id to override it.
    groups = [caseFilesIn(bundledCasesDir()), config.casesDirs.flatMap((d) => caseFilesIn(d))];
  }
  const problems: CaseProblem[] = [];
  let files = 0;
  const badFiles = new Set<string>();
  for (const group of groups) {
    const entries: LibraryEntry[] = [];
    for (const file of group) {
      files++;
      const result = loadCaseFile(file, displayPath(file));
      if (result.ok) entries.push({ id: result.value.id, listing: listingOf(result.value), case: result.value, file, origin: 'user' });
      else {
        problems.push(...result.problems);
        badFiles.add(file);
      }
    }
    const duplicates = duplicateIdProblems(entries);
    problems.push(...duplicates);
    duplicates.forEach((p) => badFiles.add(p.file));
  }
  const { colorErr, color } = io;
  for (const problem of problems) io.stderr.write(`${colorErr.red('error')} ${formatCaseProblem(problem)}\n`);
  if (files === 0) {
    print(io, 'no case files found (case files end in .yaml or .yml)');
    return 1;
  }
  if (problems.length > 0) {
    print(io, `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${badFiles.size} of ${files} case file${files === 1 ? '' : 's'}`);
    return 1;
  }
  print(io, color.green(`${files} case file${files === 1 ? '' : 's'} valid`));
  return 0;
}
