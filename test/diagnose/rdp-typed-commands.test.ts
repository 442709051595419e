/**
 * Sysmon as a source of attempts and `rdp-typed-commands` (issue 49): inbound flows to TermService's svchost on 3389
 * that only Sysmon saw are attempts of unknown outcome; SharpRDP's RunMRU writes, cmd under explorer and a program
 * from \\tsclient\ within seconds are told as commands typed through Remote Desktop; a person's session is not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpTypedCommands } from '../../patterns/findings/rdp-typed-commands.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { Finding } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/rdp-typed-commands';

interface Json {
  attempts: {
    id: string;
    outcome: string;
    side: string;
    client: { address?: string; port?: number };
    reason?: string;
  }[];
  findings: Finding[];
}

async function run(file: string): Promise<{ code: number; json: Json }> {
  const r = await rdpdiag(['analyze', '--format', 'json', file]);
  expect(r.stderr).toBe('');
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

describe('Sysmon 3 inbound flows make attempts', () => {
  it('each flow to the listener no connection log holds is one attempt, unknown, with its client', async () => {
    const { json } = await run(`${FOLDER}/sharprdp-target.xml`);
    expect(json.attempts.map((a) => [a.side, a.outcome, a.client.address])).toEqual([
      ['server', 'unknown', '198.51.100.23'],
      ['server', 'unknown', '198.51.100.23'],
    ]);
    expect(json.attempts[0]!.reason).toMatch(/Only Sysmon's network connection record/);
  });

  it.each([
    ['2025-11-13T11:09:08.0000000Z', 'at once'],
    ['2025-11-13T11:10:05.0000000Z', 'after a minute at the logon screen'],
  ])('a flow the connection logs hold makes none of its own: the logon proof (%s, %s) joins it', async (time) => {
    const logon = sampleXml('samples/findings/rdp-tunnel/near-miss.xml')
      .split('\n')
      .find((l) => l.includes("<Data Name='LogonType'>10</Data>"))!
      .replace(/WS-OFF12/g, 'APP05')
      .replace(/2025-06-18T09:20:08\.4000000Z/, time)
      .replace(/fe80::1c2b:3aff:fe4d:5e6f/g, '198.51.100.23');
    const xml = sampleXml(`${FOLDER}/sharprdp-target.xml`).replace('</Events>', `${logon}\n</Events>`);
    const file = join(mkdtempSync(join(tmpdir(), 'rdpdiag-sysmon-')), 'joined.xml');
    writeFileSync(file, xml);
    const { json } = await run(file);
    expect(json.attempts.map((a) => [a.outcome, /Only Sysmon/.test(a.reason ?? '')])).toEqual([
      ['succeeded', false],
      ['unknown', true],
    ]);
  });
});

/** The one rdp-typed-commands finding of a sample, and the run's exit code. */
async function theFinding(file: string): Promise<{ code: number; f: Finding }> {
  const { code, json } = await run(file);
  const [f, ...more] = json.findings.filter((x) => x.id === rdpTypedCommands.id);
  expect(more).toEqual([]);
  return { code, f: f! };
}

describe('rdp-typed-commands', () => {
  it('is knowledge as data', () => {
    expect(ATTACK_FINDINGS).toContain(rdpTypedCommands);
    expect(rdpTypedCommands.nearMisses).toHaveLength(1);
  });

  it('SharpRDP on its target: the Run box, cmd under explorer, rdpclip and \\\\tsclient\\, by connection; an alert', async () => {
    const { code, f } = await theFinding(`${FOLDER}/sharprdp-target.xml`);
    expect(code).toBe(1);
    expect(f.title).toBe('Commands typed through Remote Desktop on APP05.corp.example.test from 198.51.100.23');
    expect(f.explanation).toMatch(
      /198\.51\.100\.23:50100 at 2025-11-13 11:09:07Z \(seen only by Sysmon\) was followed within 4 s/,
    );
    expect(f.explanation).toMatch(/typed `cmd\.exe \/c whoami > C:\\Users\\Public\\o\.txt` into the Run box/);
    expect(f.explanation).toMatch(/started under explorer as CORP\\svc_backup/);
    expect(f.explanation).toMatch(/ran `"\\\\tsclient\\c\\tools\\stage\.exe"` from the client's redirected drive/);
    expect(f.explanation).toMatch(/rdpclip\.exe started/);
  });

  it('RdpCoreTS alone: the connections with the protocol’s smallest desktop (200 × 200) are a program’s; 1920 × 1080 is not', async () => {
    const { code, f } = await theFinding(`${FOLDER}/hidden-client.xml`);
    expect(code).toBe(1);
    expect(f.title).toBe('Remote Desktop driven by a program on APP07.corp.example.test from 198.51.100.23');
    expect(f.explanation).toMatch(
      /^2 connections, from 198\.51\.100\.23:51200 at 2025-11-20 10:02:11Z, 198\.51\.100\.23:51230 at 2025-11-20 10:15:40Z, had a 200 × 200 desktop/,
    );
    expect(f.explanation).not.toMatch(/51400/);
  });

  it('the near miss: a person’s session (rdpclip, Outlook and Excel from the Start menu) is not typed commands', async () => {
    const { code, json } = await run(`${FOLDER}/near-miss.xml`);
    expect(json.findings.filter((x) => x.id === rdpTypedCommands.id)).toEqual([]);
    expect(json.attempts.map((a) => a.outcome)).toEqual(['unknown']);
    expect(code).toBe(0);
  });

  it('reading keeps the flows and what followed', () => {
    const keep = neededForAnalysis();
    expect(eventsFromXml(sampleXml(`${FOLDER}/sharprdp-target.xml`)).every(keep)).toBe(true);
  });
});
