import { loadLibrary, type Library } from '../cases/library.js';
import { resolveConfig } from '../config.js';
import type { IO } from '../io.js';

export interface LibraryOptions {
  casesDir?: string[];
}

/** Loads the library with the user's folders, and tells the user about overrides on stderr. */
export async function openLibrary(opts: LibraryOptions, io: IO): Promise<Library> {
  const config = resolveConfig({ casesDir: opts.casesDir }, io.env);
  const library = await loadLibrary(config.casesDirs);
  for (const notice of library.notices) io.stderr.write(`${io.colorErr.dim(notice)}\n`);
  return library;
}
