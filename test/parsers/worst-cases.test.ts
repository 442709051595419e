/**
 * The handcrafted worst cases of issue 11, at the sizes it names, read end to end (`analyze --format
 * json`) in a child process that reports its peak memory: nested embedded BinXML referencing a value
 * twice 40 deep, 20,000 repeated `<Data Name="x"/>`, one XML event of 3.9 million empty elements, and a
 * 42 MB file of record magics every 8 bytes. Each must end under 300 MB, with its warnings counted, its
 * work bounded by the budgets (asserted on what the report says, never on time). Inputs are made here.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventXml, eventViewerExport, type TestEvent } from '../helpers/xml-events.js';
import { bombRecord, magicsChunk } from './evtx/bombs.js';
import { buildChunk, buildFile, plainRecord } from './evtx/builder.js';

const PEAK_LIMIT_KB = 300 * 1024;

/** Runs the built CLI's `main` in a child process; returns its exit code, output and peak RSS. */
function runMeasured(args: string[]): { code: number; stdout: string; stderr: string; maxRssKb: number } {
  const dir = tempDir();
  const script = writeTemp(
    dir,
    'measure.mjs',
    `import { pathToFileURL } from 'node:url';
const [entry, ...args] = process.argv.slice(2);
const { main } = await import(pathToFileURL(entry).href);
let out = '';
let err = '';
const sink = (f) => ({ write: (t) => { f(String(t)); return true; } });
const code = await main(args, { stdout: sink((t) => (out += t)), stderr: sink((t) => (err += t)), env: { ...process.env, NO_COLOR: '1' } });
process.stdout.write(JSON.stringify({ code, stdout: out, stderr: err, maxRssKb: process.resourceUsage().maxRSS }));
`,
  );
  const r = spawnSync(process.execPath, [script, join(ROOT, 'dist', 'src', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const base: TestEvent = { id: 131, time: '2024-05-02T09:14:01.1234567Z', record: 1, eventData: { A: '1' } };

interface Counts {
  records: number;
  warningCounts?: Record<string, number>;
}

function analyzed(file: string, codes: readonly number[] = [0, 1]) {
  const r = runMeasured(['analyze', file, '--format', 'json']);
  expect(r.stderr).not.toMatch(/unexpected failure|heap out of memory|Invalid string length/);
  expect(codes).toContain(r.code);
  expect(r.maxRssKb).toBeLessThan(PEAK_LIMIT_KB);
  const input: Counts = JSON.parse(r.stdout).inputs[0];
  return { ...r, input };
}

describe('worst cases end within the budgets, under 300 MB, with their warnings', () => {
  it('nested embedded BinXML referencing a value twice, 40 deep: the record skipped, its neighbours read', () => {
    const normal = plainRecord;
    const file = writeTemp(tempDir(), 'bomb.evtx', buildFile([buildChunk([normal(1), bombRecord(2, 40), normal(3)])]));
    const { input, stderr } = analyzed(file);
    expect(input.records).toBe(2);
    expect(input.warningCounts).toEqual({ 'evtx-work-budget': 1 });
    expect(stderr).toMatch(/event record 2 .*more than \d+ steps/);
  });

  it('20,000 repeated <Data Name="x"/>: read whole, in linear work', () => {
    const event = eventXml(base).replace("<Data Name='A'>1</Data>", '<Data Name="x"/>'.repeat(20_000));
    const file = writeTemp(
      tempDir(),
      'repeated.xml',
      eventViewerExport([]).replace('</Events>', `${event}\n</Events>`),
    );
    const { input } = analyzed(file);
    expect(input.records).toBe(1);
  });

  it('one XML event of 3.9 million empty elements (within the 16 M-character event limit): skipped with a warning', () => {
    const huge = eventXml({ ...base, record: 2 }).replace("<Data Name='A'>1</Data>", '<a/>'.repeat(3_900_000));
    const text = [eventXml(base), huge, eventXml({ ...base, record: 3 })].join('\n');
    expect(huge.length).toBeLessThan(16 * 1024 * 1024);
    const file = writeTemp(tempDir(), 'elements.xml', text);
    const { input, stderr } = analyzed(file);
    expect(input.records).toBe(2);
    expect(input.warningCounts).toEqual({ 'xml-event-budget': 1 });
    expect(stderr).toMatch(/elements\.xml:2:\d+: .*more than \d+ elements/);
  });

  it('42 MB of record magics every 8 bytes: counted warnings, a few samples, a JSON report', () => {
    const file = join(tempDir(), 'magics.evtx');
    writeFileSync(file, buildFile(Array.from({ length: 672 }, magicsChunk)));
    // Nothing but damaged records: no event read and records skipped is an input error (exit 2), report and all.
    const { input, stdout } = analyzed(file, [2]);
    const perChunk = (0x10000 - 512) / 8 - 2;
    expect(input.warningCounts?.['evtx-record-size']).toBeGreaterThanOrEqual(672 * perChunk);
    expect(stdout.length).toBeLessThan(200_000);
  });
});
