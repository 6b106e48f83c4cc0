import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../src/cases/library.js';
import type { Case } from '../../src/cases/schema.js';

let cached: Case[] | undefined;

/** The bundled cases, loaded once per test file. */
export async function bundledCases(): Promise<Case[]> {
  cached ??= (await loadLibrary([])).entries.map((e) => e.case);
  return cached;
}

export async function bundledCase(id: string): Promise<Case> {
  const c = (await bundledCases()).find((x) => x.id === id);
  if (!c) throw new Error(`no bundled case ${id}`);
  return c;
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'mlsd-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
