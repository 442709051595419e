/**
 * The layers, enforced in `npm test` (docs/ARCHITECTURE.md explains them):
 *   src/model (the kernel: shared types) ← parsers/ ← patterns/ (knowledge; kernel and their code tables)
 *   pipeline: ingest → correlate → diagnose → report → cli, with follow beside report; src/platform/node
 *   supplies what only Node has (processes, files) to follow and the CLI.
 * The core (everything but follow, platform and cli) will also run in a browser page: it imports no
 * Node built-in module. Files that still do are listed in NODE_IN_CORE_TODAY, each with the reason.
 */
const NODE_IN_CORE_TODAY = [
  // The format readers open files by path; they are to take a PositionalFile (src/model/reader.ts)
  // as the incremental .evtx reader already does.
  '^parsers/evtx/index\\.ts$',
  '^parsers/xml/index\\.ts$',
  // zlib's CRC-32 (a table-driven one would serve a browser).
  '^parsers/evtx/crc32\\.ts$',
  // Opens a path as an InputSource (src/model/source.ts, the injected file access): belongs in
  // src/platform/node once the CLI hands the pipeline its inputs.
  '^src/model/file-source\\.ts$',
  // Reading an .evtx over worker threads is Node's business: to move to src/platform/node.
  '^src/ingest/(parallel-evtx|evtx-worker)\\.ts$',
  // Expanding folders and globs is the CLI's business; the browser hands over files.
  '^src/ingest/inputs\\.ts$',
  // The HTML report's CSP hashes its inline style with node:crypto.
  '^src/report/html\\.ts$',
];

/** Known exceptions to the stage order, each to be removed: the worker-thread reader formats records with report/event-dump. */
const STAGE_EXCEPTIONS = ['^src/ingest/parallel-evtx\\.ts$'];

const stage = (name, mayImport) => ({
  name: `${name}-imports-only-earlier-stages`,
  comment: `src/${name} may import only: ${mayImport.join(', ')} (and itself)`,
  severity: 'error',
  from: { path: `^src/${name}/`, pathNot: STAGE_EXCEPTIONS },
  to: { path: '^(src|parsers|patterns)/', pathNot: [`^src/${name}/`, ...mayImport.map((m) => `^${m}/`)] },
});

module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-nothing',
      comment: 'src/model is the kernel: the types every layer shares. It builds on nothing else in the repo.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(src|parsers|patterns)/', pathNot: '^src/model/' },
    },
    {
      name: 'parsers-import-only-the-kernel',
      severity: 'error',
      from: { path: '^parsers/' },
      to: { path: '^(src|patterns)/', pathNot: '^src/model/' },
    },
    {
      name: 'patterns-import-only-the-kernel',
      comment: 'Patterns are data: they build on the kernel and their own code tables (patterns/codes).',
      severity: 'error',
      from: { path: '^patterns/' },
      to: { path: '^(src|parsers)/', pathNot: '^src/model/' },
    },
    stage('ingest', ['src/model', 'parsers']),
    stage('correlate', ['src/model', 'patterns', 'src/ingest']),
    stage('diagnose', ['src/model', 'patterns', 'src/ingest', 'src/correlate']),
    stage('report', ['src/model', 'patterns', 'src/ingest', 'src/correlate', 'src/diagnose']),
    stage('follow', ['src/model', 'parsers', 'patterns', 'src/ingest', 'src/correlate', 'src/diagnose', 'src/platform']),
    stage('platform', ['src/model', 'parsers']),
    {
      name: 'parsers-used-through-their-entry',
      comment: 'Outside a format reader, use its public API (parsers/<format>/index.ts), not its internals.',
      severity: 'error',
      from: { path: '^(src|patterns|bench)/' },
      to: { path: '^parsers/', pathNot: '^parsers/[^/]+/index\\.ts$' },
    },
    {
      name: 'correlator-used-through-its-entry',
      comment: 'Outside src/correlate, use its public API (src/correlate/index.ts), not its internals.',
      severity: 'error',
      from: { path: '^(src|patterns|parsers)/', pathNot: '^src/correlate/' },
      to: { path: '^src/correlate/', pathNot: '^src/correlate/index\\.ts$' },
    },
    {
      name: 'core-without-node',
      comment:
        'The core runs in a browser too: no Node built-in module (file access comes in through src/model/reader.ts interfaces).',
      severity: 'error',
      from: { path: '^(src/(model|ingest|correlate|diagnose|report)|parsers|patterns)/', pathNot: NODE_IN_CORE_TODAY },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules that need each other at load time (type-only imports and lazy import() do not count).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
