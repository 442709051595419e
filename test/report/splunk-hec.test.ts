/**
 * `--format splunk-hec`: one HEC event a line (time, host, source, sourcetype, event), with the CIM
 * Authentication names in the event, and the same stable ids as the ECS output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { toEcsDocuments } from '../../src/report/ecs.js';
import { renderSplunkHec } from '../../src/report/splunk-hec.js';
import type { Analysis } from '../../src/diagnose/analyze.js';
import { type Fleet, FLEET_MIN_COMPUTERS } from '../../src/report/fleet.js';
import { serverLogged } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { HEC_FOLDERS } from '../helpers/report-samples.js';
import { writeFleetExport } from '../helpers/winlogbeat.js';

interface Hec {
  time: number;
  host: string;
  source: string;
  sourcetype: string;
  event: Record<string, unknown>;
}

const FOLDERS = [...HEC_FOLDERS];

let analysis: Analysis;
let fleet: Fleet | undefined;
let events: Hec[];

beforeAll(async () => {
  const { model } = analyzeTimeline(await buildTimeline(FOLDERS, readingForAnalysis()));
  analysis = model.analysis;
  fleet = model.fleet;
  events = renderSplunkHec(analysis, fleet)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Hec);
});

describe('--format splunk-hec', () => {
  it('writes one HEC event per attempt, incident and finding, with the envelope HEC takes', () => {
    expect(events.length).toBe(
      analysis.attempts.length + analysis.incidents.length + analysis.findings.length + (fleet?.incidents.length ?? 0),
    );
    for (const e of events) {
      expect(Object.keys(e).sort()).toEqual(['event', 'host', 'source', 'sourcetype', 'time']);
      expect(typeof e.time).toBe('number');
      expect(e.time).toBeGreaterThan(1e9);
      expect(e.source).toBe('rdpdiag');
      expect(['rdpdiag:attempt', 'rdpdiag:alert']).toContain(e.sourcetype);
      expect(e.host).toBeTruthy();
    }
  });

  it('names attempts with CIM Authentication fields', () => {
    const attempts = events.filter((e) => e.sourcetype === 'rdpdiag:attempt');
    for (const [i, e] of attempts.entries()) {
      const a = analysis.attempts[i];
      expect(e.event.action).toBe(
        { succeeded: 'success', failed: 'failure', 'in-progress': 'pending', unknown: 'unknown' }[a.outcome],
      );
      expect(e.event.app).toBe('win:remote');
      // The computer connected to: the server's own, or the one a client's log names (a jump host's mstsc).
      expect(e.event.dest).toBe(serverLogged(a) ? a.computer : (a.server.name ?? a.server.address));
      expect(e.time).toBe(Math.round(a.startMs) / 1000);
      if (a.client.address) expect(e.event.src).toBe(a.client.address);
      if (a.user) expect(a.user.toLowerCase()).toContain(String(e.event.user).toLowerCase());
      if (a.outcome === 'failed') {
        expect(e.event.signature_id).toBe(a.causes[0].id);
        expect(e.event.signature).toBe(a.causes[0].title);
      }
      // A load balancer's health probe is marked, so a search can leave it out of failures.
      expect(e.event.rdpdiag_health_probe).toBe(a.healthProbe ? true : undefined);
    }
    expect(attempts.some((e) => e.event.action === 'failure' && e.event.user && e.event.src)).toBe(true);
    expect(attempts.filter((e) => e.event.rdpdiag_health_probe === true).length).toBeGreaterThanOrEqual(4);
  });

  it('names alerts with signature, severity and MITRE technique ids', () => {
    const alerts = events.filter((e) => e.sourcetype === 'rdpdiag:alert');
    for (const e of alerts) {
      expect(e.event.signature_id).toBeTruthy();
      expect(e.event.signature).toBeTruthy();
      expect(['low', 'medium', 'high', 'critical']).toContain(e.event.severity);
    }
    const guessing = alerts.find((e) => e.event.signature_id === 'password-guessing');
    expect(guessing?.event.mitre_technique_id).toEqual(expect.arrayContaining(['T1021.001']));
    expect(guessing?.event.action).toBe('success');
  });

  it('uses the ECS output’s ids, and the CLI writes the same', async () => {
    expect(events.map((e) => e.event.id)).toEqual(toEcsDocuments(analysis, 'default', fleet).map((d) => d.id));
    // The CLI's path on the smallest generated fleet (one source guessing on each computer, an incident across
    // them): the samples above are the renderer's claims, read here once (the CLI on them: splunk-hec-rest.test.ts).
    const input = writeFleetExport(tempDir('rdpdiag-hec-'), FLEET_MIN_COMPUTERS, 4);
    const small = analyzeTimeline(await buildTimeline([input], readingForAnalysis())).model;
    expect(small.fleet?.incidents.length).toBeGreaterThan(0);
    const cli = await rdpdiag(['analyze', input, '--format', 'splunk-hec', '-q']);
    expect(cli.stdout).toBe(renderSplunkHec(small.analysis, small.fleet));
  });
});
