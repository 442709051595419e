/**
 * The layers, enforced in `npm test` (docs/ARCHITECTURE.md explains them):
 *   src/model (the kernel: shared types) ← parsers/ ← patterns/ (knowledge; kernel and their code tables)
 *   pipeline: ingest → correlate → diagnose → report → pipeline (the one path from a timeline to a rendered
 *   report, which the CLI and the page share) → cli. Beside it: src/explain (the paste reader, `explain-code`:
 *   over the kernel and the catalogue of causes, never imported by the log analysis), src/platform/node (what only Node
 *   has: files, paths, worker threads, processes; it may use the whole core), follow (the live pipeline,
 *   over the core and the Node side) and src/web (the browser page, over the core only).
 * The core (model, parsers, patterns, ingest, correlate, diagnose, report) and the page run in a browser:
 * they import no Node built-in module, without exception (what needs Node lives in src/platform/node).
 * Node globals (Buffer, process) are no imports: `tsc -p src/web/tsconfig.json` in `npm test` keeps them
 * out, by typechecking the core and the page without Node's types.
 */
const CORE = [
  'src/model',
  'parsers',
  'patterns',
  'src/ingest',
  'src/correlate',
  'src/diagnose',
  'src/report',
  'src/pipeline',
  'src/explain',
];

const stage = (name, mayImport) => ({
  name: `${name.replace('/', '-')}-imports-only-earlier-layers`,
  comment: `src/${name} may import only: ${mayImport.join(', ')} (and itself)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
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
      comment:
        'Patterns are data: they build on the kernel and the code tables the log analysis decodes with (patterns/codes).',
      severity: 'error',
      from: { path: '^patterns/' },
      to: { path: '^(src|parsers)/', pathNot: '^src/model/' },
    },
    stage('ingest', ['src/model', 'parsers']),
    stage('correlate', ['src/model', 'patterns', 'src/ingest']),
    stage('diagnose', ['src/model', 'patterns', 'src/ingest', 'src/correlate']),
    stage('report', ['src/model', 'patterns', 'src/ingest', 'src/correlate', 'src/diagnose']),
    stage('pipeline', ['src/model', 'parsers', 'patterns', 'src/ingest', 'src/correlate', 'src/diagnose', 'src/report']),
    // The paste reader reads a paste, not a timeline: the kernel, the catalogue of causes and the state readers
    // (a pasted `reg query` or `netstat` is read by the same rules as a state file), nothing of the log analysis
    // (no stage above lists it, so none of them may import it).
    stage('explain', ['src/model', 'parsers', 'patterns']),
    stage('platform/node', CORE),
    stage('follow', [...CORE, 'src/platform/node']),
    stage('web', CORE),
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
      name: 'report-reads-analysis-not-the-engine',
      comment:
        'The report works from what analysis returns (attempts, causes, findings, evidence references carrying their events), never from the engine or its per-run state: no side channel from src/diagnose to src/report.',
      severity: 'error',
      from: { path: '^src/(report|pipeline|cli|web|follow)/' },
      to: {
        path: '^src/diagnose/(engine|host-index|compiled-pattern|evidence-refs|sentences|match|ownership)\\.ts$',
      },
    },
    {
      name: 'core-and-page-without-node',
      comment:
        'The core runs in the browser page too: no Node built-in module (inputs come in opened, through src/model/source.ts).',
      severity: 'error',
      from: { path: '^(src/(model|ingest|correlate|diagnose|report|pipeline|explain|web)|parsers|patterns)/' },
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
