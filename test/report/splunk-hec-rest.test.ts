/** `--format splunk-hec` through the CLI on the samples of splunk-hec.test.ts (fast tier: a small generated fleet). */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { renderSplunkHec } from '../../src/report/splunk-hec.js';
import { rdpdiag } from '../helpers/cli.js';
import { HEC_FOLDERS } from '../helpers/report-samples.js';

describe('--format splunk-hec on the samples', () => {
  it('the CLI writes what the renderer gives', async () => {
    const { model } = analyzeTimeline(await buildTimeline([...HEC_FOLDERS], readingForAnalysis()));
    const cli = await rdpdiag(['analyze', ...HEC_FOLDERS, '--format', 'splunk-hec', '-q']);
    expect(cli.stdout).toBe(renderSplunkHec(model.analysis, model.fleet));
  });
});
