import { createHash } from 'node:crypto';
import type { Case } from './schema.js';

export function hashText(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A case's content hash: of its JSON, as the prebuilt library and the cache folder store it. */
export function caseHash(c: Case): string {
  return hashText(JSON.stringify(c));
}

/** A library's key, from its cases' content hashes in library order. */
export function libraryKeyOf(caseHashes: string[]): string {
  return hashText(caseHashes.join('\n'));
}
