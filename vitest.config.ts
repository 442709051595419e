import { defineConfig } from 'vitest/config';

// Sized for a busy 2-core CI machine (seen: 10x slower than quiet): no test relies on wall time, so generous
// limits only catch real hangs. Tests do not set shorter limits of their own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
