import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // CLI tests spawn the built bin; they and the store tests touch temp folders only.
    pool: 'forks',
    // Grading statistics for user libraries are cached on disk; never in the real home folder.
    env: { MLSD_CACHE_DIR: join(tmpdir(), `mlsd-test-cache-${process.pid}`) },
  },
});
