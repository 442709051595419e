/**
 * `outbound-rdp` (issue 36): its home as data (patterns/findings/outbound-rdp.ts), its sample (SharpRDP seen by
 * Sysmon 3 and 5156 at once, joined to the session it opened on the destination; a Python client seen by 5156 alone)
 * and its near miss (mstsc, msrdc, an RD Gateway's service, a tunnel on the loopback, a DNS reply to port 3389), what
 * reading keeps, the SIEM severity, and the real logs that hold Sysmon 3 and 5156; from a domain controller (its own
 * 4768/4771 tell it) mstsc too, with its near miss (a workstation's mstsc); StolenSzechuan's DC told once is in
 * test/report/stolen-szechuan.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { outboundRdp } from '../../patterns/findings/outbound-rdp.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { Finding } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { analyzeFinding, expectSampleFiles, noneOnRealLogs } from '../helpers/findings.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/outbound-rdp';

interface JsonReport {
  attempts: { id: string; computer?: string; outcome: string; user?: string; client: { address?: string } }[];
  findings: Finding[];
}

// The real logs include damaged files, whose warnings -q keeps off stderr.
const analyzeFound = (...files: string[]) => analyzeFinding<JsonReport>(outboundRdp.id, '-q', ...files);

describe('outbound-rdp: its home as data', () => {
  it('is an attack finding with ATT&CK T1021.001, public references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(outboundRdp);
    expect(outboundRdp.techniques.map((t) => t.subtechnique?.id)).toEqual(['T1021.001']);
    expect(outboundRdp.references.every((r) => r.startsWith('https://'))).toBe(true);
    expect(outboundRdp.falsePositives.length).toBeGreaterThan(1);
    expectSampleFiles(outboundRdp);
  });
});

describe('outbound-rdp on its samples', () => {
  it('SharpRDP: the program, its path, who ran it, where it went and the session it opened there; then a Python client', async () => {
    const { code, json, found } = await analyzeFound(`${FOLDER}/sharprdp.xml`);
    expect(code).toBe(1);
    expect(found.map((f) => f.computer)).toEqual(['WS-0815.corp.example.test', 'WS-0815.corp.example.test']);
    const [sharp, python] = found;
    const session = json.attempts.find((a) => a.client.address === '192.0.2.20')!;
    // Sysmon 3 and 5156 of one connection are one connection, Sysmon's path and user kept.
    expect(sharp!.outbound).toEqual({
      image: 'sharprdp.exe',
      path: 'C:\\Users\\Public\\SharpRDP.exe',
      user: 'CORP\\m.ortiz',
      pids: ['6120'],
      connections: [
        {
          time: '2025-03-11T10:02:11.4100000Z',
          from: '192.0.2.20',
          to: '192.0.2.31',
          toName: 'FS02.corp.example.test',
          log: 'Security 5156, Sysmon 3',
          reached: {
            attempt: session.id,
            computer: 'FS02.corp.example.test',
            user: 'CORP\\adm.ortiz',
            outcome: 'succeeded',
          },
        },
      ],
    });
    expect(sharp!.attempts).toEqual([session.id]);
    expect(sharp!.explanation).toMatch(/running as CORP\\m\.ortiz, opened Remote Desktop \(TCP 3389\)/);
    expect(python!.outbound).toMatchObject({
      image: 'python.exe',
      connections: [{ to: '192.0.2.32', log: 'Security 5156', time: '2025-03-11T11:05:40.2200000Z' }],
    });
    expect(python!.outbound?.connections[0]?.reached).toBeUndefined();
  });

  it('the near miss: mstsc (TCP and UDP), msrdc, an RD Gateway’s svchost, a DNS reply to port 3389 are quiet; the loopback is rdp-tunnel’s', async () => {
    const { json, found } = await analyzeFound(`${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
    expect(json.findings.map((f) => f.id)).toEqual(['rdp-tunnel']);
  });

  it('reading keeps connections to 3389, not a busy Security log’s other connections', () => {
    const keep = neededForAnalysis();
    const events = eventsFromXml(sampleXml(`${FOLDER}/near-miss.xml`));
    const kept = events
      .filter((e) => (e.eventId === 5156 || e.eventId === 3) && keep(e))
      .map((e) => e.data.DestPort ?? e.data.DestinationPort);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((p) => p === '3389')).toBe(true);
    expect(events.some((e) => e.data.DestPort === '443' && !keep(e))).toBe(true);
  });

  it('ECS and Splunk HEC: an intrusion alert of high severity', async () => {
    const docs = (await rdpdiag(['analyze', '--format', 'ecs', `${FOLDER}/sharprdp.xml`])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((d) => d.rule?.id === outboundRdp.id);
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      expect(d.event.kind).toBe('alert');
      expect(d.event.category).toContain('intrusion_detection');
      expect(d.event.severity).toBeGreaterThanOrEqual(73);
    }
  });
});

describe('outbound-rdp from a domain controller', () => {
  it('mstsc on a domain controller (its 4768/4771 tell it) to another server: told, one connection from RDPClient and Sysmon', async () => {
    const { code, json, found } = await analyzeFound(`${FOLDER}/domain-controller.xml`);
    expect(code).toBe(1);
    expect(found.map((f) => f.computer)).toEqual(['DC01.corp.example.test']);
    const [dc] = found;
    const session = json.attempts.find((a) => a.user === 'CORP\\adm.lee')!;
    expect(dc!.outbound).toEqual({
      image: 'mstsc.exe',
      fromDomainController: true,
      user: 'CORP\\adm.lee',
      connections: [
        {
          time: '2025-05-06T09:12:00.3100000Z',
          to: 'APP07.corp.example.test',
          log: 'RDPClient 1024, Sysmon 3',
          reached: {
            attempt: session.id,
            computer: 'APP07.corp.example.test',
            user: 'CORP\\adm.lee',
            outcome: 'succeeded',
          },
        },
      ],
    });
    expect(dc!.attempts).toEqual([session.id]);
    expect(dc!.title).toBe(
      'Remote Desktop opened from the domain controller DC01.corp.example.test to APP07.corp.example.test',
    );
    expect(dc!.explanation).toMatch(
      /DC01\.corp\.example\.test is a domain controller \(its Security log holds Kerberos ticket requests, 4768\/4771/,
    );
  });

  it('near miss: mstsc from a workstation, an administrator connecting to a domain controller, its mstsc to itself', async () => {
    const { json, found } = await analyzeFound(`${FOLDER}/domain-controller-near-miss.xml`);
    expect(found).toEqual([]);
    // The same mstsc connection as the sample's, from a computer that answers no Kerberos.
    expect(json.attempts.some((a) => a.user === 'CORP\\m.ortiz' && a.outcome === 'succeeded')).toBe(true);
  });

  it('without its RDPClient log, Sysmon 3 alone tells the mstsc connection, joined to the session by address and port', () => {
    const events = eventsFromXml(sampleXml(`${FOLDER}/domain-controller.xml`)).filter(
      (e) => !e.channel.includes('RDPClient'),
    );
    const analysis = analyzeEvents(events);
    const found = analysis.findings.filter((f) => f.id === outboundRdp.id);
    expect(found.map((f) => f.computer)).toEqual(['DC01.corp.example.test']);
    expect(found[0]!.outbound).toMatchObject({
      image: 'mstsc.exe',
      fromDomainController: true,
      connections: [{ from: '192.0.2.10', to: '192.0.2.47', log: 'Sysmon 3', reached: { outcome: 'succeeded' } }],
    });
  });

  it('without the Security log that tells it, the same computer is no domain controller: nothing said', () => {
    const events = eventsFromXml(sampleXml(`${FOLDER}/domain-controller.xml`)).filter(
      (e) => e.eventId !== 4768 && e.eventId !== 4771,
    );
    expect(analyzeEvents(events).findings.filter((f) => f.id === outboundRdp.id)).toEqual([]);
  });
});

noneOnRealLogs(
  'outbound-rdp',
  'no connection to another computer’s 3389 by a non-client, no finding',
  [
    'sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control/DE_RDP_Tunnel_5156.evtx',
    'williballenthin__python-evtx/tests/data/issue_43.evtx',
    'omerbenamram__evtx/samples/sysmon.evtx',
  ],
  analyzeFound,
);
