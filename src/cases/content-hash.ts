import type * as Crypto from 'node:crypto';
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

/** A case's content hash: of its JSON, as the prebuilt library and the cache folder store it. */
export function caseHash(c: Case): string {
  return known.get(c) ?? hashText(JSON.stringify(c));
}

/** A library's key, from its cases' content hashes in library order. */
export function libraryKeyOf(caseHashes: string[]): string {
  return hashText(caseHashes.join('\n'));
}
