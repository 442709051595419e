/**
 * The CLI's streamed reports on the samples of streamed-reports.test.ts (fast tier; it runs the CLI on a small
 * generated fleet): standard output and the JSON, ECS and HEC files are the reports as one text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/report/model.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { ecsLines } from '../../src/report/ecs.js';
import { toJsonReport } from '../../src/report/json.js';
import { escapeJsonText } from '../../src/report/sanitize.js';
import { splunkHecEvents } from '../../src/report/splunk-hec.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { STREAMED_FOLDERS } from '../helpers/report-samples.js';

let model: ReportModel;
const wholeJson = (m: ReportModel) =>
  `${escapeJsonText(JSON.stringify(toJsonReport(m.analysis, m.inputs, m.fleet), null, 2))}\n`;

beforeAll(async () => {
  model = analyzeTimeline(await buildTimeline([...STREAMED_FOLDERS], readingForAnalysis())).model;
});

describe('analyze -o on the samples', () => {
  it('writes the JSON report to standard output as one text', async () => {
    const { stdout } = await rdpdiag(['analyze', ...STREAMED_FOLDERS, '--format', 'json']);
    expect(stdout).toBe(wholeJson(model));
  });

  it('writes the JSON, ECS and HEC files the reports are as one text', async () => {
    const dir = tempDir('rdpdiag-streamed-');
    const [json, ecs, hec] = ['report.json', 'report.ndjson', 'report.hec'].map((f) => join(dir, f));
    await rdpdiag(['analyze', ...STREAMED_FOLDERS, '-o', json!]);
    await rdpdiag(['analyze', ...STREAMED_FOLDERS, '--format', 'ecs', '-o', ecs!]);
    await rdpdiag(['analyze', ...STREAMED_FOLDERS, '--format', 'splunk-hec', '-o', hec!]);
    expect(readFileSync(json!, 'utf8')).toBe(wholeJson(model));
    expect(readFileSync(ecs!, 'utf8')).toBe([...ecsLines(model.analysis, { fleet: model.fleet })].join(''));
    expect(readFileSync(hec!, 'utf8')).toBe([...splunkHecEvents(model.analysis, model.fleet)].join(''));
  });
});
