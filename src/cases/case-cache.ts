import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir, packageVersion } from '../paths.js';
import { writeFileAtomic } from '../util/atomic.js';
import { hashText, quickHash, readCaseJson, withKnownHash } from './content-hash.js';
import { statOf } from './prebuilt.js';
import type { Case } from './schema.js';

/**
 * A user's case file that validated once is kept, parsed, in the cache folder under a hash of its
 * content and of this version of mlsd, so later runs skip YAML and the schema. Beside it, a note per
 * file says where that is and gives the case's content hash; while the file's size and times are
 * as noted (any write moves its change time), the file is neither read nor hashed. `cases validate`
 * always reads the file itself.
 */
interface Note {
  version: string;
  file: string;
  stat: string;
  json: string;
  hash: string;
}

const casesDir = () => join(cacheDir(process.env), 'cases');
const noteFile = (file: string) => join(casesDir(), 'by-file', `${quickHash(resolve(file))}.json`);
const contentFile = (file: string) => join(casesDir(), `${hashText(`${packageVersion()}\n${readFileSync(file, 'utf8')}`)}.json`);

function writeNote(file: string, json: string, hash: string): void {
  const note: Note = { version: packageVersion(), file: resolve(file), stat: statOf(file), json, hash };
  writeFileAtomic(noteFile(file), JSON.stringify(note), 0o644);
}

/** The file's case as cached, or undefined (not cached yet, or the file cannot be read). */
export function readCachedCase(file: string): Case | undefined {
  try {
    const note = JSON.parse(readFileSync(noteFile(file), 'utf8')) as Note;
    if (note.version === packageVersion() && note.file === resolve(file) && note.stat === statOf(file)) {
      return readCaseJson(note.json, note.hash);
    }
  } catch {
    // No note yet, or what it points to is gone: look the file up by its content.
  }
  try {
    const json = contentFile(file);
    const text = readFileSync(json, 'utf8');
    const hash = hashText(text);
    const c = withKnownHash(JSON.parse(text) as Case, hash);
    writeNote(file, json, hash);
    return c;
  } catch {
    return undefined;
  }
}

/** Keeps a case that has just validated; a cache that cannot be written only costs speed. */
export function cacheCase(file: string, c: Case): void {
  try {
    const json = contentFile(file);
    const text = JSON.stringify(c);
    writeFileAtomic(json, text, 0o644);
    writeNote(file, json, hashText(text));
  } catch {
    // Read-only or missing cache folder: validate again next time.
  }
}
