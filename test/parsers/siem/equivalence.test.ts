import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag, ROOT } from '../../helpers/cli.js';
import { RENDERED_SERVER_LOGS } from '../../helpers/samples.js';
import { SIEM_RENDITIONS } from '../../../scripts/siem-renditions.mjs';

// One scenario (samples/auth-bad-credentials, its server's logs) as each SIEM exports it
// (samples/siem/, written by scripts/make-siem-samples.mjs).
const SIEM = join(ROOT, 'samples/siem');
/** The renditions that keep every record whole (scripts/siem-renditions.mjs), each in its folder of samples/siem/. */
const LOSSLESS = SIEM_RENDITIONS.filter((r) => r.lossless);

interface Report {
  attempts: {
    id: string;
    start: string;
    end: string;
    outcome: string;
    user?: string;
    client?: unknown;
    causes: { id: string; confidence: number }[];
  }[];
  incidents: unknown[];
  findings: unknown[];
  inputs: { format: string; warnings: { code: string; message: string }[] }[];
}

async function analyze(paths: readonly string[]): Promise<Report> {
  const r = await rdpdiag(['analyze', ...paths, '--format', 'json']);
  expect(r.stderr).not.toMatch(/error/);
  return JSON.parse(r.stdout) as Report;
}

/**
 * What must not depend on the export's format: the attempts, their causes, incidents and findings (all but
 * where each piece of evidence was read: its file, line or offset).
 */
const answer = (r: Report) =>
  JSON.parse(
    JSON.stringify({ attempts: r.attempts, incidents: r.incidents, findings: r.findings }, (k, v) =>
      k === 'source' || k === 'line' || k === 'offset' ? undefined : v,
    ),
  );

/** With times of whole seconds and fields from message text: who, what and why, not the exact instants. */
const lossyAnswer = (r: Report) =>
  r.attempts.map((a) => ({ outcome: a.outcome, user: a.user, client: a.client, causes: a.causes.map((c) => c.id) }));

describe('the same scenario in each SIEM format', () => {
  it('gives the same attempts, causes, incidents and findings in XML and every lossless rendition (ECS, Splunk JSON, Sentinel…)', async () => {
    const xml = await analyze(RENDERED_SERVER_LOGS);
    expect(xml.attempts.length).toBeGreaterThan(1);
    expect(xml.incidents.length).toBeGreaterThan(0);
    // Each folder read as one SIEM format of its own, none of them XML, with nothing to warn of.
    const formats = new Set<string>();
    for (const r of LOSSLESS) {
      const siem = await analyze([join(SIEM, r.dir)]);
      const [format, ...more] = siem.inputs.map((i) => i.format);
      expect(more, r.dir).toEqual([]);
      expect(format, r.dir).not.toMatch(/^(?:xml-|evtx$)/);
      formats.add(format!);
      expect(siem.inputs[0]?.warnings, r.dir).toEqual([]);
      expect(answer(siem), r.dir).toEqual(answer(xml));
    }
    expect(formats.size).toBe(LOSSLESS.length);
  });

  it('gives the same verdicts from NXLog JSON and says what its whole seconds and message fields cost', async () => {
    const xml = await analyze(RENDERED_SERVER_LOGS);
    const nxlog = await analyze([join(SIEM, 'nxlog')]);
    expect(lossyAnswer(nxlog)).toEqual(lossyAnswer(xml));
    // Local time UTC+2 of the collector, read back to UTC through Logstash's @timestamp.
    expect(nxlog.attempts[0]?.start.slice(0, 19)).toBe(xml.attempts[0]?.start.slice(0, 19));
    const codes = nxlog.inputs[0]?.warnings.map((w) => w.code);
    expect(codes).toEqual(['lossy-time', 'lossy-fields']);
    expect(nxlog.inputs[0]?.warnings[0]?.message).toMatch(/whole seconds.*UTC\+02:00/);
  });

  it('gives the same verdicts from Splunk classic WinEventLog text, where every field comes from the message', async () => {
    const xml = await analyze(RENDERED_SERVER_LOGS);
    const classic = await analyze([join(SIEM, 'splunk-classic')]);
    expect(classic.inputs.map((i) => i.format)).toEqual(['splunk-wineventlog']);
    // RdpCoreTS's records too (their fields only in the message): every connection its own attempt, with its client.
    const who = (r: Report) =>
      lossyAnswer(r).map((a) => [a.outcome, a.user, (a.client as { address?: string }).address, a.causes]);
    expect(who(classic)).toEqual(who(xml));
    expect(classic.inputs[0]?.warnings.map((w) => w.code)).toEqual(['lossy-time', 'lossy-fields']);
  });
});
