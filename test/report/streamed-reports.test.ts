/**
 * The long reports (JSON, ECS, Splunk HEC) are written piece by piece as they are made, so a fleet's report is
 * never one string: the pieces joined must be the very text the report is as one value, and the CLI's file the
 * same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/diagnose/analyze.js';
import type { InputSummary } from '../../src/model/event.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { ecsLines, toEcsDocuments } from '../../src/report/ecs.js';
import { type Fleet, FLEET_MIN_COMPUTERS } from '../../src/report/fleet.js';
import { jsonReportChunks, renderJson, toJsonReport } from '../../src/report/json.js';
import { escapeJsonText, sanitizeText } from '../../src/report/sanitize.js';
import { splunkHecEvents } from '../../src/report/splunk-hec.js';
import { openOutput, withIo } from '../../src/cli/io.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { STREAMED_FOLDERS } from '../helpers/report-samples.js';
import { writeFleetExport } from '../helpers/winlogbeat.js';

const FOLDERS = [...STREAMED_FOLDERS];

let analysis: Analysis;
let inputs: InputSummary[];
let fleet: Fleet | undefined;

/** What the JSON report was before it was written in pieces: one JSON.stringify of the whole report. */
function wholeJson(a: Analysis, i: InputSummary[], f?: Fleet): string {
  return `${escapeJsonText(JSON.stringify(toJsonReport(a, i, f), null, 2))}\n`;
}

/**
 * What the CLI is run on: the smallest generated fleet (FLEET_MIN_COMPUTERS computers, four rounds each: one
 * source guessing on all of them), and its report as analyzed here. The claim there is the CLI's path (its writes joined are the report as one text), which
 * a small fleet shows as well as the samples above; their long lists are the pieces' claim, checked in memory. The
 * CLI on the samples: streamed-reports-rest.test.ts (slow tier).
 */
let cli: { input: string; analysis: Analysis; inputs: InputSummary[]; fleet?: Fleet };

beforeAll(async () => {
  const { model } = analyzeTimeline(await buildTimeline(FOLDERS, readingForAnalysis()));
  analysis = model.analysis;
  inputs = model.inputs;
  fleet = model.fleet;
  const input = writeFleetExport(tempDir('rdpdiag-streamed-fleet-'), FLEET_MIN_COMPUTERS, 4);
  const small = analyzeTimeline(await buildTimeline([input], readingForAnalysis())).model;
  cli = { input, analysis: small.analysis, inputs: small.inputs, fleet: small.fleet };
});

describe('the JSON report in pieces', () => {
  it('is, joined, the text of the whole report: with a fleet, lists long and empty', () => {
    expect(fleet).toBeDefined();
    expect(analysis.attempts.length).toBeGreaterThan(10);
    const pieces = [...jsonReportChunks(analysis, inputs, fleet)];
    expect(pieces.length).toBeGreaterThan(analysis.attempts.length);
    expect(pieces.join('')).toBe(wholeJson(analysis, inputs, fleet));
    const empty = { ...analysis, attempts: [], incidents: [], findings: [] };
    expect(renderJson(empty, inputs)).toBe(wholeJson(empty, inputs));
    expect(renderJson(empty, [])).toBe(wholeJson(empty, []));
  });

  it('indents values holding line ends, quotes and characters the output escapes exactly as JSON.stringify does', () => {
    const [first, ...rest] = analysis.attempts;
    const hostile = {
      ...first,
      user: 'CORP\\eve\n  "x": [\r\n]\u2028\u0085\u200e{}',
      client: { ...first.client, name: '\u{1f600}\ud800 end' },
    };
    const changed = { ...analysis, attempts: [hostile, ...rest] };
    const text = renderJson(changed, inputs, fleet);
    expect(text).toBe(wholeJson(changed, inputs, fleet));
    expect(text).toContain('\\u2028');
    expect(JSON.parse(text).attempts[0].user).toBe(hostile.user);
  });
});

describe('the NDJSON reports in pieces', () => {
  it('give one piece per document, each a whole line', () => {
    const ecs = [...ecsLines(analysis, { fleet, bulk: true })];
    expect(ecs).toHaveLength(toEcsDocuments(analysis, 'default', fleet).length);
    for (const line of ecs) expect(line.split('\n')).toHaveLength(3);
    const hec = [...splunkHecEvents(analysis, fleet)];
    expect(hec.length).toBe(ecs.length);
    for (const line of hec) expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1).toBe(true);
  });
});

describe('writing in pieces', () => {
  const pieces = Array.from(
    { length: 3000 },
    (_, i) => `${String(i).padStart(4, '0')} ${'é\u2028\u{1f600}'.repeat(i % 7)}${'x'.repeat(1000)}\n`,
  );

  it('to a file: the pieces in order, escaped as the output kind says, encoded through the buffer', async () => {
    const path = join(tempDir('rdpdiag-pieces-'), 'out.json');
    const out = await openOutput(path, { kind: 'json' });
    await out.writeAll(pieces);
    await out.close();
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(escapeJsonText(pieces.join('')));
    expect(text).toContain('\\u2028');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 2 ** 20);
  });

  it('to a file: what making a piece throws is its own error, not a failure to write, and no file is left', async () => {
    const dir = tempDir('rdpdiag-pieces-');
    const path = join(dir, 'out.json');
    const out = await openOutput(path, { kind: 'json' });
    const broken = function* () {
      yield '{"a": 1}\n';
      throw new RangeError('Maximum call stack size exceeded');
    };
    await expect(out.writeAll(broken())).rejects.toThrow(/^Maximum call stack size exceeded$/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('to standard output: gathered into a few writes', async () => {
    const writes: string[] = [];
    await withIo({ stdout: { write: (t) => writes.push(t) > 0 }, stderr: { write: () => true }, env: {} }, async () =>
      (await openOutput(undefined, { kind: 'text' })).writeAll(pieces),
    );
    expect(writes.join('')).toBe(sanitizeText(pieces.join('')));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
  });
});

describe('analyze -o', () => {
  it('writes the JSON report to standard output as one text', async () => {
    expect(cli.fleet).toBeDefined();
    const { stdout } = await rdpdiag(['analyze', cli.input, '--format', 'json']);
    expect(stdout).toBe(wholeJson(cli.analysis, cli.inputs, cli.fleet));
  });

  it('writes the JSON, ECS and HEC files the reports are as one text', async () => {
    const dir = tempDir('rdpdiag-streamed-');
    const json = join(dir, 'report.json');
    const ecs = join(dir, 'report.ndjson');
    const hec = join(dir, 'report.hec');
    await rdpdiag(['analyze', cli.input, '-o', json]);
    await rdpdiag(['analyze', cli.input, '--format', 'ecs', '-o', ecs]);
    await rdpdiag(['analyze', cli.input, '--format', 'splunk-hec', '-o', hec]);
    expect(readFileSync(json, 'utf8')).toBe(wholeJson(cli.analysis, cli.inputs, cli.fleet));
    expect(readFileSync(ecs, 'utf8')).toBe([...ecsLines(cli.analysis, { fleet: cli.fleet })].join(''));
    expect(readFileSync(hec, 'utf8')).toBe([...splunkHecEvents(cli.analysis, cli.fleet)].join(''));
  });
});
