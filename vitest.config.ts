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
    // Test files share a worker's module graph (loaded once per worker, not once per file: about a third of the
    // run's time went to importing the same modules again). No test mocks modules or changes the environment,
    // and each file removes its own temporary folders (test/setup.ts).
    isolate: false,
  },
});
