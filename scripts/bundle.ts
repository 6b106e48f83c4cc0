// Build step: bundles the compiled CLI (dist/src) twice, which bin/mlsd.js runs. Node loads each ES
// module separately, at a cost of roughly half a millisecond apiece: grading one answer set loaded
// some fifty of ours. Bundled, each command loads a handful of chunks. The commands stay lazy (each
// dynamic import is a chunk of its own) and packages stay in node_modules.
//   dist/bundle/      ES modules, for Node 22 and later, whose module.enableCompileCache keeps
//                     compiled code between runs
//   dist/bundle-cjs/  the same as CommonJS, for Node 20, which has no such cache for ES modules:
//                     src/code-cache.ts keeps one for CommonJS (ES-only packages are loaded with
//                     require(), which Node 20.19 and later allow)
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type CodeSplittingGroup } from 'rolldown';
import { packageRoot } from '../src/paths.js';

export const BUNDLE_DIR = ['dist', 'bundle'] as const;
export const CJS_BUNDLE_DIR = ['dist', 'bundle-cjs'] as const;

// Left alone, the bundler makes a chunk of each group of modules the commands share: grading then
// loaded twenty. These groups keep shared code in a few chunks, none pulling in a package that only
// some commands need (the LLM grader's modules stay apart, for openai and zod).
const GROUPS: CodeSplittingGroup[] = [
  { name: 'core', test: /dist[\\/]src[\\/]((errors|paths|io|config|failure|plain-colors|ui[\\/]text)\.js$|util[\\/])/ },
  { name: 'library', test: /dist[\\/]src[\\/](cases[\\/](library|content-hash|prebuilt|steps|case-cache)|commands[\\/]library-options)\.js$/ },
  {
    name: 'grading',
    test: /dist[\\/]src[\\/]((grading[\\/](?!llm\.js$|cache\.js$))|text[\\/]|answers[\\/]|ui[\\/](grade-report|spinner)\.js$)/,
  },
];

export async function bundle(): Promise<void> {
  const root = packageRoot();
  // stemmer's code is copied into the bundle, so its licence notice goes with it.
  const stemmerLicense = await readFile(join(dirname(fileURLToPath(import.meta.resolve('stemmer'))), 'license'), 'utf8');
  const notice = `/*! stemmer, bundled from node_modules/stemmer:\n${stemmerLicense.trim()}\n*/`;
  const src = join(root, 'dist', 'src');
  for (const format of ['esm', 'cjs'] as const) {
    const dir = join(root, ...(format === 'esm' ? BUNDLE_DIR : CJS_BUNDLE_DIR));
    await rm(dir, { recursive: true, force: true });
    const ext = format === 'esm' ? 'js' : 'cjs';
    await build({
      // CommonJS has no top-level await: its entry exports run() for the bin to call.
      // The resident grader (src/resident/) has an entry of its own in each; the asking side is
      // CommonJS only, required by bin/mlsd.js on either Node before anything else.
      input:
        format === 'esm'
          ? { cli: join(src, 'cli.js'), resident: join(src, 'resident', 'server.js') }
          : { cli: join(src, 'run.js'), 'code-cache': join(src, 'code-cache.js'), resident: join(src, 'resident', 'server.js'), 'resident-client': join(src, 'resident', 'client.js') },
      platform: 'node',
      // Our own modules are bundled, and stemmer (small, and loaded by every grade); other packages,
      // and node:, stay outside.
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && id !== 'stemmer',
      output: {
        dir,
        format,
        entryFileNames: `[name].${ext}`,
        chunkFileNames: `[name]-[hash].${ext}`,
        // A package's import() becomes require(): the code cache compiles scripts, which have no loader for import().
        ...(format === 'cjs' ? { dynamicImportInCjs: false } : {}),
        banner: (chunk) => (chunk.moduleIds.some((id) => /[\\/]stemmer[\\/]index\.js$/.test(id)) ? notice : ''),
        // The code cache is installed before the rest loads: its own chunk keeps it small.
        codeSplitting: { groups: format === 'esm' ? GROUPS : [{ name: 'code-cache', test: /dist[\\/]src[\\/](code-cache|paths)\.js$/, priority: 1 }, ...GROUPS] },
      },
      logLevel: 'warn',
    });
  }
}

if (basename(process.argv[1] ?? '') === 'bundle.js') await bundle();
