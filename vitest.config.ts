import { defineConfig } from 'vitest/config';

// Sized for a busy 2-core CI machine: no test relies on wall time, so generous limits only catch real hangs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
