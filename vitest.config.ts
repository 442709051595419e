import { defineConfig } from 'vitest/config';

/**
 * The slow tier: tests that wait on real processes, timers or a browser, run the built program or the TypeScript
 * compiler, or go over the shared corpus of real logs or every sample at once. `npm run test:fast` (the edit loop:
 * half a minute to a minute of wall time on a quiet 2-core machine (29 s on one; 59 s and 115 CPU-seconds, user +
 * system, on a slower one); each file's CPU time: RDPDIAG_TEST_CPU, test/setup.ts) runs every other test on the sources, with no
 * build: parsers, model, ingest, correlate, diagnose, each pattern on its sample, the report formats, the CLI
 * in-process on single samples. `npm test` (README, CI) builds, then runs both; every test file is
 * in exactly one tier, and no fast file runs the built program (test/suite-tiers.test.ts).
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
  // An export large enough that analyze puts attempts aside (128 MiB), run under unusable temporary folders.
  'test/cli/temp-folder-unusable-spill.test.ts',
  'test/cli/dump-threads.test.ts',
  'test/cli/bundle.test.ts',
  'test/cli/analyze-threads.test.ts',
  'test/platform/json-split.test.ts',
  'test/platform/temp-spill.test.ts',
  // The fields the analysis reads of each event, watched over every sample folder (test/model/events.test.ts checks
  // the rules' matchers' fields on the fast tier).
  'test/model/event-fields-read.test.ts',
  // The live analyzer on every sample scenario and over days of attempts.
  'test/follow/live-analyzer-samples.test.ts',
  // The TypeScript compiler and biome over the repository (the module-state check, the new-cause scaffold), and the
  // compiler's parse of every source file: a cause id written outside its pattern, functions over 80 lines. Kept
  // beside the tests of their part, so `npx vitest run test/patterns` (no --project) still runs them.
  'test/checks/**',
  'test/patterns/cause-ids.test.ts',
  'test/function-length.test.ts',
  // The CLI over every sample at once: in other zones and locales, redacted in every format, `npm start`.
  'test/report/golden-determinism.test.ts',
  'test/report/ecs.test.ts',
  'test/report/html-links.test.ts',
  'test/report/redact-samples.test.ts',
  'test/report/cross-format.test.ts',
  // Per-computer passes against the whole run, on every sample and the SIEM corpus.
  'test/pipeline/by-computer-real.test.ts',
  // Every sample put aside in every format's reading, read back field by field against the attempts kept whole.
  'test/pipeline/put-aside-roundtrip.test.ts',
  'test/cli/npm-start.test.ts',
  // The built program (bin/rdpdiag, dist/) as a real process: the fast tier builds nothing and runs the sources.
  'test/cli/real-program.test.ts',
  // Chromium, npm pack and install.
  'test/report/html-browser.test.ts',
  'test/web/page-browser.test.ts',
  'test/package/pack-install.test.ts',
  // The shared corpus of real logs (large files).
  'test/corpus/**',
  'test/metamorphic/corpus.test.ts',
  'test/metamorphic/sample-collections.test.ts',
  // The metamorphic suite on the scenarios the fast tier does not change (it changes a representative few).
  'test/metamorphic/samples-rest.test.ts',
  // Every SIEM rendition of the fast tier's scenarios that it does not render (it renders those that hold every
  // event kind).
  'test/metamorphic/samples-siem-rest.test.ts',
  // The responders' tools' renditions of the fast tier's scenarios that the fast tier does not render (it renders
  // those that hold every event kind).
  'test/parsers/siem/dfir-renditions-rest.test.ts',
  'test/report/stolen-szechuan.test.ts',
  'test/parsers/worst-cases.test.ts',
  'test/parsers/evtx/corpus.test.ts',
  'test/parsers/evtx/fuzz.test.ts',
  'test/ingest/select.test.ts',
  // .7z archives made and read through the machine's 7-Zip (real processes).
  'test/ingest/seven-zip-tool.test.ts',
  // Growth measured (CPU ratios of inputs 10x and 100x larger) and inputs of megabytes: the claims need the sizes.
  'test/cli/linearity.test.ts',
  'test/ingest/ndjson-junk.test.ts',
  'test/cli/long-values.test.ts',
  'test/cli/refusals-many.test.ts',
  'test/pipeline/shard-long-line.test.ts',
  'test/ingest/malformed-event.test.ts',
  'test/parsers/siem/csv-long-field.test.ts',
  'test/parsers/state/bad-input.test.ts',
  'test/parsers/evtx/budget.test.ts',
  'test/parsers/xml/budget-xml.test.ts',
  'test/parsers/xml/fuzz-xml.test.ts',
  'test/parsers/xml/huge-attribute.test.ts',
  'test/ingest/fuzz-hostile.test.ts',
  'test/ingest/context-store-cap.test.ts',
  'test/cli/temp-folder-unusable.test.ts',
  // Real processes and sockets: collect's stand-ins, pulls from a local server, closed pipes, special files.
  'test/cli/collect-state.test.ts',
  'test/platform/pull.test.ts',
  'test/platform/pull-hostile.test.ts',
  'test/cli/closed-pipe.test.ts',
  'test/cli/output-safety.test.ts',
  'test/follow/fifo-swap.test.ts',
  'test/follow/siem-follow.test.ts',
  // Round 18 (issue 64): what the fast tier's report, CLI and pipeline files leave to the slow tier.
  // Shards merged in the formats that read the attempts as one of those shard-merge.test.ts compares does.
  'test/cli/shard-merge-rest.test.ts',
  // The CLI's streamed reports (JSON, ECS, HEC) on samples; the fast tier runs it on a small generated fleet.
  'test/report/streamed-reports-rest.test.ts',
  'test/report/splunk-hec-rest.test.ts',
  // explain-code's cause ids over the pastes pattern-ids.test.ts does not read (it reads a paste of each family, cause).
  'test/cli/pattern-ids-rest.test.ts',
  // Per-computer passes on a generated fleet: --failed-only with a view, a client's log, a broker's leg, early ends.
  'test/pipeline/by-computer-rest.test.ts',
  // Issue #64 (r18-t64b): the rest of a registry the fast tier takes a representative few of (each file's comment
  // says which few).
  'test/ingest/input-format-safety-rest.test.ts',
  'test/model/address-oracle-rest.test.ts',
  'test/model/iso-oracle-rest.test.ts',
  // Issue #64 (r18-t64b): the shared corpus of real logs (10 MiB of damaged .evtx read against their reference
  // dumps; a real folder analyzed), beside 'test/corpus/**'.
  'test/parsers/evtx/damaged.test.ts',
  'test/diagnose/fill-steps-corpus.test.ts',
  'test/parsers/siem/readers-corpus.test.ts',
  'test/diagnose/session-hijack-corpus.test.ts',
  'test/diagnose/explicit-credentials-corpus.test.ts',
  // Issue #64 (r18-t64b): inputs of megabytes, the claim needs the sizes.
  'test/parsers/siem/json-pieces-mib.test.ts',
  // Issue #64 (r19-t64d): the rest of a seeded stream or a registry the fast tier takes the first few of.
  'test/report/markdown-injection-rest.test.ts',
  'test/cli/merge-schema-rest.test.ts',
  'test/scenarios/scenarios-rest.test.ts',
  'test/report/table-width-rest.test.ts',
  // The shared corpus's .evtx files but the smallest, read natively and back from their XML dump.
  'test/cli/roundtrip-rest.test.ts',
  // Issue #64 (r20-t64e): the rest of a sweep the fast tier takes a representative few of (each file's comment says
  // which few).
  'test/patterns/clause-coverage-rest.test.ts',
  'test/explain/families-rest.test.ts',
  'test/explain/every-description-rest.test.ts',
  'test/explain/quoted-in-prose-rest.test.ts',
  'test/explain/client-catalogs-rest.test.ts',
  // Issue 60 (r30-h61e): every NETworkManager and aRDP catalog text; the fast file reads a few.
  'test/explain/nwm-bvnc-catalogs-rest.test.ts',
  // Issue #64 (r21-t64f): the rest of a sweep the fast tier takes a representative few of (each file's comment says
  // which few).
  'test/explain/required-literals-rest.test.ts',
  'test/explain/client-error-texts-rest.test.ts',
  'test/report/redact-hostile-rest.test.ts',
  // Issue #64 (r23-t64i): the rest of a sweep of the explain tests the fast tier takes a representative few of (each
  // file's comment says which few).
  'test/explain/localized-rest.test.ts',
  'test/explain/message-texts-rest.test.ts',
  'test/explain/pastes-rest.test.ts',
  'test/explain/more-languages-rest.test.ts',
  // Issue #64 (r23-t64h): the rest of a sweep or a seeded stream the fast tier takes a representative few of (each
  // file's comment says which few).
  'test/diagnose/lateral-chains-history-rest.test.ts',
  'test/ingest/tar-oracle-rest.test.ts',
  // Issue #60 (r24-h60b): every row of the tables in languages of other scripts (other-scripts.test.ts takes a few).
  'test/explain/other-scripts-rest.test.ts',
  // Issue #60 (r24-h60a): every row of the Latin-script language tables (latin-languages.test.ts takes a few).
  'test/explain/latin-languages-rest.test.ts',
  // Every row of described-said-latin.ts, its page wording and its near miss, each through the whole reader (round 26).
  'test/explain/described-said-latin-rest.test.ts',
  // Issue 60 (r24-h60d): every round-24 near miss (the fast twin keeps one per narrowed gate).
  'test/explain/near-misses-gates-rest.test.ts',
  // Issue 60 (r25-h60f): the clause readings through whole answers (described-clauses.test.ts reads a few by the
  // description reader alone).
  'test/explain/described-clauses-rest.test.ts',
  // Issue 60 (r29-h60w): the catch-alls ranked by their pages, whose near misses go through every approximate reader.
  'test/explain/ranked-dialogs-rest.test.ts',
  // Issue 60 (r29-h60z): the near misses of clients' log lines the reader refuses (the fast twin keeps the readings
  // and the twins read without a refusal).
  'test/explain/client-log-program-output-rest.test.ts',
  // Issue 60 (r31-h62a): a term and a predicate of one concept through whole answers (the fast twin reads them by the
  // clause reader alone).
  'test/explain/dialog-terms-scripts-rest.test.ts',
  // Issue 60 (r32-h64d): every class of a retyped or garbled text through whole answers (retyped-text.test.ts repairs
  // them alone and reads one).
  'test/explain/retyped-text-rest.test.ts',
  // Round 33 (h65c): localized event descriptions answered end to end (each builds the whole reading).
  'test/explain/localized-event-leads-rest.test.ts',
];

// Budgets per tier, sized for a busy 2-core CI machine (seen: 10x slower than quiet): no test relies on wall time,
// so the limits only catch real hangs. The fast tier's slowest test takes ~3 s on a quiet machine, so a hang there
// costs a minute, not five; the slow tier (real processes, Chromium, npm pack) keeps five minutes. Tests do not set
// shorter limits of their own (test/suite-limits.test.ts).
const FAST_TEST_BUDGET_MS = 60_000;

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
    // The main process's transforms kept on disk between runs (node_modules/.experimental-vitest-cache): the edit
    // loop's second and later runs transform only what changed (about 5 of the fast tier's CPU-seconds). Each module
    // is keyed by its path and content, vitest's version and this config (vitest.dev/config/experimental); we have
    // no plugins, whose options it cannot see. A run in CI (`CI` set) starts clean and keeps none. Should a run
    // ever seem to test old code: `npx vitest --clearCache`.
    experimental: { fsModuleCache: !process.env.CI },
    projects: [
      // One project for the whole fast tier, so each worker loads the program once: as one project per part
      // (parsers, causes, explain, report), each part's workers loaded it again and the main process transformed
      // it once per part (about a fifth of the tier's CPU time). A part alone is a path filter on this project:
      // `npm run test:parsers`, `test:causes`, `test:explain`, `test:report` (package.json; test/suite-tiers.test.ts
      // checks that they cover the fast tier, each file once).
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW, testTimeout: FAST_TEST_BUDGET_MS },
      },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
