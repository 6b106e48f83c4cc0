import type * as Crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Case } from './schema.js';

// node:crypto loads a dozen modules, and grading with the bundled library hashes nothing: it is
// required on first use.
let crypto: typeof Crypto | undefined;

export function hashText(text: string | Buffer): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return crypto.createHash('sha1').update(text).digest('hex');
}

// Hashes known from the text a case was read from; cases are not modified once loaded.
const known = new WeakMap<Case, string>();

/** Records the content hash of a case read from JSON text: the hash of that text. */
export function withKnownHash(c: Case, hash: string): Case {
  known.set(c, hash);
  return c;
}

// Case JSON files read in this process, by path and content hash: a process that opens the library
// again (the resident grader, once a grade) gets the same objects, and what grading worked out for them.
const read = new Map<string, Case>();

/** The case in a JSON file (the prebuilt library's, or the cache folder's) whose text hashes to `hash`. */
export function readCaseJson(file: string, hash: string): Case {
  const key = `${file}\0${hash}`;
  let c = read.get(key);
  if (!c) read.set(key, (c = withKnownHash(JSON.parse(readFileSync(file, 'utf8')) as Case, hash)));
  return c;
}

/** A case's content hash: of its JSON, as the prebuilt library and the cache folder store it. */
export function caseHash(c: Case): string {
  return known.get(c) ?? hashText(JSON.stringify(c));
}

/**
 * A quick 106-bit hash of a short text, in hex (two 53-bit lanes of cyrb53): for names and keys
 * made from hashes already, where loading node:crypto would cost more than the hashing.
 */
export function quickHash(text: string): string {
  const lane = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return lane(1) + lane(2);
}

/** A library's key, from its cases' content hashes in library order. */
export function libraryKeyOf(caseHashes: string[]): string {
  return quickHash(caseHashes.join('\n'));
}
