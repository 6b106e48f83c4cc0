import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './paths.js';

/**
 * V8's compiled code kept between runs, for Node 20: Node 22 has module.enableCompileCache, Node 20
 * has nothing for ES modules and nothing built in for CommonJS. So on Node 20 the bin runs the
 * CommonJS bundle, and this hook compiles each of its files (and the CommonJS packages it
 * requires) with the code V8 produced for it last time. Grading starts some 15 ms sooner.
 *
 * A cache file is named after the source file's path, size and modification time, so a rebuilt or
 * updated file never meets code compiled from an older one; V8 refuses data made by another
 * version or with other flags, and the file is then compiled afresh and its cache rewritten. Each
 * build of the program has a folder of its own, and writing one removes the others.
 * What is written is compiled code of the program's own files, never anything the user typed.
 */

type Compile = (this: NodeJS.Module, content: string, filename: string, format?: string) => unknown;

/**
 * The folder for the cache files of this Node version and this build of the program (known by its
 * entry file's size and time), under the user's cache folder.
 */
export function codeCacheDir(entry: string, env: NodeJS.ProcessEnv = process.env): string {
  let build = 'unknown';
  try {
    const { size, mtimeMs } = statSync(entry);
    build = `${size}-${Math.floor(mtimeMs)}`;
  } catch {
    // No entry file: the program will not start either.
  }
  return join(cacheDir(env), 'v8', `${process.version}-${build}`);
}

function cacheFileOf(dir: string, filename: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(filename);
    return join(dir, `${filename.replace(/[\\/:]/g, '_')}.${size}.${Math.floor(mtimeMs)}`);
  } catch {
    return undefined;
  }
}

/** Hooks CommonJS compilation for the files `include` accepts; the caches are written when the process exits. */
export function installCodeCache(dir: string, include: (filename: string) => boolean): void {
  const proto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const compile = proto._compile;
  const fresh = new Map<string, Script>();
  proto._compile = function (this: NodeJS.Module, content: string, filename: string, format?: string) {
    // An ES module required (format 'module') is Node's to compile.
    const file = include(filename) && (format === undefined || format === 'commonjs') ? cacheFileOf(dir, filename) : undefined;
    if (!file) return compile.call(this, content, filename, format);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) fresh.set(file, script);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  // At exit the scripts hold the code of every function that ran, not only the top level.
  process.once('exit', () => {
    if (fresh.size > 0) writeCaches(dir, fresh);
  });
}

function writeCaches(dir: string, fresh: Map<string, Script>): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const [file, script] of fresh) {
      // Written whole, then renamed: a run starting meanwhile reads an old cache or none, never half of one.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
      renameSync(partial, file);
    }
    // Caches of other builds (before an update or a rebuild) are of no further use.
    for (const other of readdirSync(dirname(dir))) if (other !== basename(dir)) rmSync(join(dirname(dir), other), { recursive: true, force: true });
  } catch {
    // A cache that cannot be written only costs the next run its head start.
  }
}
