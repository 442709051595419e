import { defineConfig } from 'vitest/config';

/**
 * The slow tier: tests that wait on real processes, timers or a browser, or read the shared corpus of
 * real logs. `npm run test:fast` (the edit loop) runs every other test; `npm test` (README, CI) runs both.
 */
const SLOW = [
  // `analyze --follow` and collect as real processes: they wait for a file to settle and for polls.
  'test/follow/cli-follow.test.ts',
  'test/follow/follow-warnings.test.ts',
  'test/follow/wrapped-follow.test.ts',
  'test/follow/wevtutil.test.ts',
  'test/follow/evtx-tail.test.ts',
  'test/follow/xml-tail.test.ts',
  'test/cli/collect.test.ts',
  'test/cli/collect-quoting.test.ts',
  'test/cli/stdin.test.ts',
  'test/cli/dump-threads.test.ts',
  // Chromium, npm pack and install.
  'test/report/html-browser.test.ts',
  'test/web/page-browser.test.ts',
  'test/package/pack-install.test.ts',
  // The shared corpus of real logs (large files).
  'test/corpus/**',
  'test/report/stolen-szechuan.test.ts',
  'test/parsers/worst-cases.test.ts',
];

// Sized for a busy 2-core CI machine (seen: 10x slower than quiet): no test relies on wall time, so generous
// limits only catch real hangs. Tests do not set shorter limits of their own.
export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
    // Test files share a worker's module graph (loaded once per worker, not once per file: about a third of the
    // run's time went to importing the same modules again). No test mocks modules or changes the environment,
    // each file removes its own temporary folders (test/setup.ts), and per-run state lives in the run (the CLI's
    // streams in an AsyncLocalStorage, the report's in its model, value marks handed down), not in modules: the
    // module-state check (scripts/module-state.mjs, in `npm test`) fails on module state that is not a documented cache.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
