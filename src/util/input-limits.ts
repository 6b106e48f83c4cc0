import { statSync } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * Bounds on input from outside: a megabyte is far beyond any interview answer or case file, and a
 * YAML file with many aliases can expand to gigabytes in memory (an "alias bomb"). Both are refused
 * in one line before anything is parsed.
 */
export const MAX_INPUT_BYTES = 1_000_000;
export const MAX_YAML_ALIASES = 20;

export function checkInputSize(file: string, what: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // Reading it will say what is wrong.
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UsageError(`${file}: ${(size / 1_000_000).toFixed(1)} MB is too large for ${what} (the limit is 1 MB); split it or trim it`);
  }
}

/** Line of the first alias when there are too many, else undefined. */
export function aliasBombLine(source: string): number | undefined {
  const re = /(^|[\s[,{:-])\*[A-Za-z0-9_.-]+/g;
  let count = 0;
  let first = -1;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (first < 0) first = m.index;
    if (++count > MAX_YAML_ALIASES) return source.slice(0, first).split('\n').length + (source[first] === '\n' ? 1 : 0);
  }
  return undefined;
}
