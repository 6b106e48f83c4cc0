import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // CLI tests spawn the built bin; they and the store tests touch temp folders only.
    pool: 'forks',
    // Vitest's default is one worker less than the cores: one worker on a 2-core machine. Many tests
    // wait on a child process, a pseudo-terminal or a loopback server, so one more than the cores
    // keeps them busy (on 2 cores, the suite took 33 s with one worker, 22 s with two, 17.5 s with
    // three and isolate off).
    maxWorkers: availableParallelism() + 1,
    // The files share a worker's loaded modules instead of loading the sources again each: no test
    // mocks a module or changes the process's environment.
    isolate: false,
    // Grading statistics for user libraries are cached on disk; never in the real home folder.
    env: { MLSD_CACHE_DIR: join(tmpdir(), `mlsd-test-cache-${process.pid}`) },
  },
});
