#!/usr/bin/env node
// Builds the browser page (`rdpdiag web`): dist/web/rdpdiag.html, one self-contained file. The analysis
// worker (src/web/worker.ts: the same core as the CLI) and the page script (src/web/page.ts) are bundled
// with esbuild; the worker's source rides inside the page script and starts from a blob: URL. The
// Content-Security-Policy allows nothing but the page's own inline script and style (by hash), the
// report's script inside the report frame, and that worker: no request of any kind.
// Run after `tsc -p tsconfig.build.json` (it renders a report from dist/ to learn the report's hashes).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'src', 'web');
const out = join(root, 'dist', 'web', 'rdpdiag.html');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const worker = await build({
  ...common,
  entryPoints: [join(web, 'worker.ts')],
});
const workerSource = worker.outputFiles[0].text;

const page = await build({
  ...common,
  entryPoints: [join(web, 'page.ts')],
  define: { WORKER_SOURCE: JSON.stringify(workerSource) },
});
// Inside an inline <script>, "</script" would end it and "<!--" changes how it is parsed: escaped in
// string and template literals (the only places they occur) they mean the same.
const script = page.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const style = readFileSync(join(web, 'page.css'), 'utf8');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const reportScriptHashes = await reportHashes();
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} ${reportScriptHashes.join(' ')}`,
  // The report shown in the frame uses style attributes, as the report file does on its own.
  "style-src 'unsafe-inline'",
  'worker-src blob:',
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const template = readFileSync(join(web, 'page.html'), 'utf8');
const html = template
  .replace('{{CSP}}', () => csp)
  .replace('{{VERSION}}', () => version)
  .replace('{{STYLE}}', () => style)
  .replace('{{SCRIPT}}', () => script);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
// On stderr: `npm pack --json` runs this build and its standard output must stay JSON.
process.stderr.write(`${out}: ${(html.length / 1024).toFixed(0)} KiB\n`);

/** The script hashes the HTML report's own CSP allows (its frame inherits the page's policy too). */
async function reportHashes() {
  const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const { analyzeTimeline } = await load('src/pipeline/analysis-report.js');
  const { formatNamed, renderReportText } = await load('src/report/formats.js');
  const { model } = analyzeTimeline({
    events: [],
    inputs: [],
    channelCounts: {},
    duplicates: 0,
    read: { records: 0, droppedBy: {} },
  });
  const report = await renderReportText(formatNamed('html'), model, { tz: { kind: 'utc' } });
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(report)?.[1] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  const hashes = scriptSrc.split(/\s+/).filter((s) => s.startsWith("'sha256-"));
  if (hashes.length === 0)
    throw new Error('the HTML report has no script hash in its CSP: update scripts/build-web.mjs');
  return hashes;
}
