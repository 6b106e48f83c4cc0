// Build step: bundles the compiled CLI (dist/src) into dist/bundle, which bin/mlsd.js runs. Node
// loads each ES module separately, at a cost of roughly half a millisecond apiece: grading one
// answer set loaded some fifty of ours. Bundled, each command loads a handful of chunks. The
// commands stay lazy (each dynamic import is a chunk of its own) and packages stay in node_modules.
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { packageRoot } from '../src/paths.js';

export const BUNDLE_DIR = ['dist', 'bundle'] as const;

export async function bundle(): Promise<void> {
  const root = packageRoot();
  const dir = join(root, ...BUNDLE_DIR);
  await rm(dir, { recursive: true, force: true });
  // stemmer's code is copied into the bundle, so its licence notice goes with it.
  const stemmerLicense = await readFile(join(dirname(fileURLToPath(import.meta.resolve('stemmer'))), 'license'), 'utf8');
  const notice = `/*! stemmer, bundled from node_modules/stemmer:\n${stemmerLicense.trim()}\n*/`;
  await build({
    input: join(root, 'dist', 'src', 'cli.js'),
    platform: 'node',
    // Our own modules are bundled, and stemmer (small, and loaded by every grade); other packages,
    // and node:, stay outside.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && id !== 'stemmer',
    output: {
      dir,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      banner: (chunk) => (chunk.moduleIds.some((id) => /[\\/]stemmer[\\/]index\.js$/.test(id)) ? notice : ''),
      // Left alone, the bundler makes a chunk of each group of modules the commands share: grading
      // then loaded twenty. These groups keep shared code in a few chunks, none pulling in a package
      // that only some commands need (the LLM grader's modules stay apart, for openai and zod).
      codeSplitting: {
        groups: [
          { name: 'core', test: /dist[\\/]src[\\/]((errors|paths|io|config|failure|plain-colors|ui[\\/]text)\.js$|util[\\/])/ },
          { name: 'library', test: /dist[\\/]src[\\/](cases[\\/](library|content-hash|prebuilt|steps|case-cache)|commands[\\/]library-options)\.js$/ },
          {
            name: 'grading',
            test: /dist[\\/]src[\\/]((grading[\\/](?!llm\.js$|cache\.js$))|text[\\/]|answers[\\/]|ui[\\/](grade-report|spinner)\.js$)/,
          },
        ],
      },
    },
    logLevel: 'warn',
  });
}

if (basename(process.argv[1] ?? '') === 'bundle.js') await bundle();
