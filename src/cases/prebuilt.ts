import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../paths.js';
import { hashText } from './content-hash.js';
import type { Case } from './schema.js';

/**
 * The bundled library as validated at build time, so start-up skips YAML and zod: an index of the
 * case files, and each case's JSON in a file of its own, read only when that case is used (grading
 * one case never reads the others).
 */
export interface PrebuiltIndex {
  /** The bundled YAML files in order, each with a hash of its text, and the id, content hash, title and tags of its case. */
  files: { name: string; hash: string; id: string; caseHash: string; stat: string; title: string; tags: Case['tags'] }[];
  /** The key of the library they make (see content-hash.ts). */
  key: string;
}

/**
 * A file's size and change times: while they are as the build saw them, the file is as it was (any
 * write moves its change time, which cannot be set back), and reading and hashing it is spared.
 */
export function statOf(file: string): string {
  const s = statSync(file);
  return `${s.size} ${s.mtimeMs} ${s.ctimeMs}`;
}

export const PREBUILT_INDEX = ['dist', 'library.json'] as const;
export const PREBUILT_CASES = ['dist', 'library'] as const;

/** Where the build puts the JSON of the case in a bundled YAML file. */
export function prebuiltCaseFile(yamlFile: string): string {
  return join(packageRoot(), ...PREBUILT_CASES, basename(yamlFile).replace(/\.ya?ml$/i, '.json'));
}

/** The index, if it describes exactly these files as they are now; else undefined (read the YAML). */
export function readPrebuiltIndex(files: string[]): PrebuiltIndex | undefined {
  let index: PrebuiltIndex;
  try {
    index = JSON.parse(readFileSync(join(packageRoot(), ...PREBUILT_INDEX), 'utf8')) as PrebuiltIndex;
  } catch {
    return undefined;
  }
  if (!Array.isArray(index.files) || index.files.length !== files.length) return undefined;
  for (let i = 0; i < files.length; i++) {
    const expected = index.files[i]!;
    const file = files[i]!;
    if (basename(file) !== expected.name || !existsSync(prebuiltCaseFile(file))) return undefined;
    if (statOf(file) !== expected.stat && hashText(readFileSync(file)) !== expected.hash) return undefined;
  }
  return index;
}
