/**
 * Logs as people actually have them (issue 23): partial exports, single channels, logs that end or rolled
 * over mid-attack. Each file gives the answer its events support.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
import type { SecurityFinding } from '../../src/model/attempt.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { rdpdiag } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

const SZ = 'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs';
const BK =
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat';
const FILES = {
  szRcm: `${SZ}/Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx`,
  tunnel1149:
    'sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control/DE_RDP_Tunneling_TerminalServices-RemoteConnectionManagerOperational_1149.evtx',
  bkRcm: `${BK}/Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx`,
  id131:
    'mdecrevoisier__EVTX-to-MITRE-Attack/TA0007-Discovery/T1046-Network Service Scanning/ID131-RDP brutforce (no user info).evtx',
  vssRcm:
    'omerbenamram__evtx/samples/2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
  rdpsharp: 'sbousseaden__EVTX-ATTACK-SAMPLES/Lateral Movement/dfir_rdpsharp_target_RdpCoreTs_168_68_131.evtx',
};

const cache = new Map<string, Analysis>();
async function analyzeCorpus(...relative: string[]): Promise<Analysis> {
  const key = relative.join('|');
  let a = cache.get(key);
  if (!a) {
    const timeline = await buildTimeline(relative.map(corpusPath));
    a = analyzeEvents(timeline.events);
    cache.set(key, a);
  }
  return a;
}

function outcomes(a: Analysis): Record<string, number> {
  const o: Record<string, number> = {};
  for (const x of a.attempts) o[x.outcome] = (o[x.outcome] ?? 0) + 1;
  return o;
}

describe.skipIf(!HAVE_CORPUS)(`single channels${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
  it("sbousseaden's RCM 1149 export: mstsc's pre-connections are no failures, each an unknown attempt", async () => {
    const a = await analyzeCorpus(FILES.tunnel1149);
    expect(outcomes(a).failed ?? 0).toBe(0);
    // RCM 1149 alone is NLA passed, not a logon (issue 48): each is unknown, with its reason, never succeeded.
    expect(outcomes(a).succeeded ?? 0).toBe(0);
    expect(a.attempts.filter((x) => x.progress.authenticated)).toHaveLength(11);
    expect(a.incidents).toEqual([]);
    // A listener's 261 naming no client (mstsc's pre-connection, or a try of its own: time alone cannot tell) is an
    // attempt of its own, unknown with its reason, not folded into the logon that follows (one connection, one attempt).
    expect(a.attempts.reduce((n, x) => n + x.mergedProbes, 0)).toBe(0);
    expect(a.attempts.filter((x) => !x.progress.authenticated).length).toBeGreaterThan(0);
    for (const x of a.attempts.filter((y) => y.outcome === 'unknown')) expect(x.outcomeReason).toBeTruthy();
  });

  it('an RdpCoreTS export alone: a session given is no proof of a logon, and such a connection is never a probe', async () => {
    const a = await analyzeCorpus(FILES.rdpsharp);
    // Each RdpCoreTS 131 of the TCP side opens a connection; its UDP side (the other 131) and graphics (168, 68)
    // belong to it. Nothing in this log shows a logon, nor a failure.
    const timeline = await buildTimeline([corpusPath(FILES.rdpsharp)]);
    const graphics = timeline.events.filter((e) => e.eventId === 68).length;
    expect(a.attempts.length).toBe(graphics);
    expect(outcomes(a)).toEqual({ unknown: graphics });
    for (const x of a.attempts) {
      expect(x.outcomeReason).toMatch(/no LSM or Security log was given/);
      // A probe folded in never had a session of its own.
      expect(x.probeEvents.filter((e) => e.eventId === 68)).toEqual([]);
    }
  });

  it("Belkasoft's RCM log alone: no failures it cannot show", async () => {
    const a = await analyzeCorpus(FILES.bkRcm);
    expect(outcomes(a).failed ?? 0).toBe(0);
    expect(a.incidents).toEqual([]);
  });

  it('the ID131 file (154 connections to 11 servers in seconds, log ends): unknown, not in progress, and a scan', async () => {
    const a = await analyzeCorpus(FILES.id131);
    expect(outcomes(a)).toEqual({ unknown: 154 });
    const scans = a.findings.filter((f) => f.id === 'scanning');
    expect(scans).toHaveLength(11);
    expect(new Set(scans.map((f) => f.computer)).size).toBe(11);
  });

  it('Stolen Szechuan RCM alone: the brute force is a scan/flood finding, not a fault incident', async () => {
    const a = await analyzeCorpus(FILES.szRcm);
    expect(a.incidents.filter((x) => x.kind === 'fault')).toEqual([]);
    expect(outcomes(a).failed ?? 0).toBe(0);
    const scan = a.findings.find((f) => f.id === 'scanning');
    expect(scan?.computer).toBe('CITADEL-DC01.C137.local');
    expect(scan && 'burst' in scan ? (scan.burst as { count: number }).count : 0).toBeGreaterThan(1900);
  });

  it('a scan in view is a failure found: RCM-only Stolen Szechuan and the ID131 file exit 1 (0 with --exit-zero)', async () => {
    for (const file of [FILES.szRcm, FILES.id131]) {
      const r = await rdpdiag(['analyze', corpusPath(file), '-q']);
      expect(r.code, file).toBe(1);
      expect(r.stdout, file).toMatch(/^! SCANNING/m);
      expect((await rdpdiag(['analyze', corpusPath(file), '-q', '--exit-zero'])).code, file).toBe(0);
    }
  });

  it("omerbenamram's RCM log alone: the internet-facing desktop's floods are findings, not 1,778 failures", async () => {
    const a = await analyzeCorpus(FILES.vssRcm);
    expect(outcomes(a).failed ?? 0).toBe(0);
    expect(a.findings.filter((f) => f.id === 'scanning').length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_CORPUS)('coverage as part of the answer', () => {
  it('Stolen Szechuan: the headline says when the attack began at the latest, that the RDP logs begin during it, with the lower bound from RCM and Schannel', async () => {
    const r = await rdpdiag(['analyze', corpusPath(SZ), '-q']);
    const head = r.stdout.split('\n\n')[0].replace(/\s+/g, ' ');
    expect(head).toMatch(
      /It began at 2020-09-19 03:19:26Z at the latest \(System \(Schannel\)\)\. By log: 29,205 TLS handshakes refused in System \(Schannel\), 2020-09-19 03:19:26Z → 2020-09-19 03:20:26Z \(Schannel does not name the client\); 1,937 connections accepted in RCM, .*Its connection logs RdpCoreTS, RCM begin during it, at 2020-09-19 03:20:22Z \(rolled over\): at least [\d,]+ of its connections are in no attempt \([\d,]+ in System \(Schannel\)/,
    );
    expect(head).not.toMatch(/other logs/);
    const json = JSON.parse((await rdpdiag(['analyze', corpusPath(SZ), '-q', '--format', 'json'])).stdout);
    // Counted, never invented: the attempts are those the logs hold, one per connection the listener accepted.
    expect(json.attempts.length).toBe(1939);
    const rdpcore = json.coverage.channels.find(
      (c: { channel: string; computer: string }) =>
        c.channel.endsWith('RdpCoreTS/Operational') && c.computer === 'CITADEL-DC01.C137.local',
    );
    expect(rdpcore).toMatchObject({ firstRecordId: 173801, rolledOver: true, gaps: [] });
    for (const x of json.incidents) expect(x.lowerBound.from).toContain('System');
    // The first Schannel 36874 of the attack, in the raw System log: 03:19:26Z.
    for (const x of json.incidents) expect(x.lowerBound.first).toMatch(/^2020-09-19T03:19:26\./);
    for (const f of json.findings.filter((x: { burst?: unknown }) => x.burst))
      expect(f.burst.lowerBound?.first ?? '').toMatch(/^2020-09-19T03:19:26\./);
  });
});

describe.skipIf(!HAVE_CORPUS)("connections in one log's holes that another log holds", () => {
  it('VSS RCM + RdpCoreTS, 15:00–19:00: one attempt per RCM 261 of those hours (RdpCoreTS holds none), a scan, exit 1, the holes named', async () => {
    const vss = 'omerbenamram__evtx/samples/2-vss_0-Microsoft-Windows-';
    const paths = [
      corpusPath(`${vss}TerminalServices-RemoteConnectionManager%4Operational.evtx`),
      corpusPath(`${vss}RemoteDesktopServices-RdpCoreTS%4Operational.evtx`),
    ];
    const window = ['--since', '2018-08-07T15:00Z', '--until', '2018-08-07T19:00Z'];
    const json = await rdpdiag(['analyze', ...paths, ...window, '-q', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    // The raw RCM log holds 1,376 listener 261s in those hours (and 2 1149s, each with its own 261).
    expect(report.attempts.length).toBeGreaterThanOrEqual(1376);
    expect(report.findings.some((f: { id: string }) => f.id === 'scanning')).toBe(true);
    const table = await rdpdiag(['analyze', ...paths, ...window, '-q']);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(
      /RdpCoreTS on DESKTOP-1N4R894, [^:]+:\d\d:\d\dZ → [^:]+:\d\d:\d\dZ: 16 holes in its record ids/,
    );
  });
});

describe.skipIf(!HAVE_CORPUS)('lateral movement is an intrusion in every format', () => {
  it('Stolen Szechuan: ECS intrusion_detection at severity 73 or more, Splunk HEC high, with the attacks in Markdown and HTML', async () => {
    const sz = corpusPath(SZ);
    const lines = (await rdpdiag(['analyze', sz, '-q', '--format', 'ecs'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ecs = lines.find((d) => d.event?.action === 'rdp-lateral-movement');
    expect(ecs?.event.category).toContain('intrusion_detection');
    expect(ecs?.event.severity).toBeGreaterThanOrEqual(73);
    const hec = (await rdpdiag(['analyze', sz, '-q', '--format', 'splunk-hec'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((d) => d.event?.signature_id === 'lateral-movement');
    expect(['high', 'critical']).toContain(hec?.event.severity);
    const md = (await rdpdiag(['analyze', sz, '-q', '--format', 'markdown'])).stdout;
    const security = md.slice(
      md.indexOf('## Security findings'),
      md.indexOf('\n## ', md.indexOf('## Security findings') + 1),
    );
    expect(security).toMatch(/### CITADEL-DC01\.C137\.local: Lateral movement/);
    expect(md).not.toMatch(/## Host findings[\s\S]*Lateral movement from/);
    const html = (await rdpdiag(['analyze', sz, '-q', '--format', 'html'])).stdout;
    const sec = html.slice(html.indexOf('id="security"'));
    expect(sec.slice(0, sec.indexOf('<h2', 10))).toMatch(/lateral-movement/);
  });
});

describe.skipIf(!HAVE_CORPUS)('advice keyed to the source', () => {
  it('an internal source (10.23.123.11, a lab domain) is examined, never blocked at the perimeter; an internet one is', async () => {
    const dir = 'mdecrevoisier__EVTX-to-MITRE-Attack';
    const inside = await analyzeCorpus(
      `${dir}/TA0007-Discovery/T1046-Network Service Scanning/ID131-RDP brutforce (no user info).evtx`,
      `${dir}/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx`,
    );
    const advice = inside.findings.filter((f) => f.id === 'scanning').flatMap((f) => f.remediation);
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.join(' ')).toMatch(/10\.23\.123\.11 is inside your network: isolate that computer/);
    expect(advice.join(' ')).not.toMatch(/perimeter|to the internet/);
    const internet = await analyzeCorpus(SZ);
    const attack = internet.findings.find((f) => f.id === 'password-guessing');
    expect(attack?.remediation.join(' ')).toMatch(/Block 194\.61\.24\.102 at the firewall or perimeter now/);
  });
});

describe.skipIf(!HAVE_CORPUS)('a log added does not change what another log says', () => {
  it("mdecrevoisier's ID131 scan beside the ID1149 logons (another channel, minutes later): no attempt called failed", async () => {
    const dir = 'mdecrevoisier__EVTX-to-MITRE-Attack';
    const scan = `${dir}/TA0007-Discovery/T1046-Network Service Scanning/ID131-RDP brutforce (no user info).evtx`;
    const logons = `${dir}/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx`;
    const alone = await analyzeCorpus(scan);
    const both = await analyzeCorpus(scan, logons);
    expect(alone.attempts.filter((x) => x.outcome === 'failed')).toHaveLength(0);
    expect(both.attempts.filter((x) => x.outcome === 'failed')).toHaveLength(0);
    // Each log's connections keep their verdicts: the scan's, and the logons' (NLA passed: unknown, issue 48).
    const logonsAlone = await analyzeCorpus(logons);
    expect(both.attempts.filter((x) => x.outcome === 'unknown')).toHaveLength(
      alone.attempts.length + logonsAlone.attempts.length,
    );
  });
});

describe.skipIf(!HAVE_CORPUS)('events that say it plainly', () => {
  it("mdecrevoisier's ID4825 file: two attempts denied for want of the Remote Desktop right (was: no attempts found)", async () => {
    const a = await analyzeCorpus(
      'mdecrevoisier__EVTX-to-MITRE-Attack/TA0008-Lateral Movement/T1021.001-Remote Desktop Protocol/ID4825-Denied RDP connection with valid credentials.evtx',
    );
    expect(a.attempts.map((x) => `${x.outcome} ${x.causes[0]?.id}`)).toEqual([
      `failed ${authLogonRight.id}`,
      `failed ${authLogonRight.id}`,
    ]);
    expect(a.attempts[0].user).toBe('OFFSEC\\svc6test1');
  });
});

describe.skipIf(!HAVE_CORPUS)("the attacker's path", () => {
  it('Stolen Szechuan: the outbound RDP to DESKTOP-SDN1RPT during the attacker’s session is lateral movement', async () => {
    const a = await analyzeCorpus(SZ);
    const f = a.findings.find((x) => x.id === 'lateral-movement');
    expect(f?.computer).toBe('CITADEL-DC01.C137.local');
    expect(f?.explanation).toMatch(/194\.61\.24\.102.*DESKTOP-SDN1RPT \(10\.42\.85\.115\).*03:35:54Z/s);
    // The attacker's internet logons are told in the attack, not again as internet logons.
    expect(a.findings.filter((x) => x.id === 'internet-logon')).toEqual([]);
  });

  it('Stolen Szechuan, RCM alone: the flood names no source, nor takes the new address after it for one (RCM begins during it)', async () => {
    const a = await analyzeCorpus(`${SZ}/Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx`);
    const scan = a.findings.find((f) => f.id === 'scanning') as SecurityFinding | undefined;
    expect(scan?.burst.source).toBe('an unnamed source');
    expect(new Set(scan?.burst.successes.map((s) => s.firstSeenAddress))).toEqual(new Set(['194.61.24.102']));
    // RCM rolled over during the flood: "never seen before" does not rest on the records, so no "most likely".
    expect(scan?.explanation).toMatch(
      /194\.61\.24\.102 (signed in|passed network-level authentication) as Administrator/,
    );
    expect(scan?.explanation).toMatch(/whether it is the burst's source cannot be told/);
    expect(scan?.explanation).not.toMatch(/most likely/);
    // Told in the attack, not again as an internet logon.
    expect(a.findings.filter((f) => f.id === 'internet-logon')).toEqual([]);
  });

  it('Stolen Szechuan: the lateral movement is in the attack’s story in table, JSON, Markdown and HTML', async () => {
    const path =
      /CITADEL-DC01\.C137\.local → DESKTOP-SDN1RPT \(10\.42\.85\.115\) as Administrator, 2020-09-19 03:35:54Z → 03:52:13Z \(A\d{3,}\)/;
    const table = await rdpdiag(['analyze', corpusPath(SZ), '-q']);
    // The headline (before the first blank line) names source, destination, user and time.
    expect(table.stdout.split('\n\n')[0].replace(/\s+/g, ' ')).toMatch(path);
    // The client-side attempt shows where it went, and what it was.
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(
      /CITADEL-DC01\.C137\.local → DESKTOP-SDN1RPT \(10\.42\.85\.115\) \(lateral movement\)/,
    );
    // About 60 lines, and how far its logs reach (RdpCoreTS and RCM rolled over, 5 lines): the lateral-movement finding the story tells is one heading and its steps.
    // Since every RCM 261 is an attempt (issue 48), the flood of 1,592 listener-only connections is a scanning finding
    // of its own, with the attack's extent by log in its headline (about 25 lines more).
    expect(table.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(100);
    for (const format of ['markdown', 'html']) {
      const r = await rdpdiag(['analyze', corpusPath(SZ), '-q', '--format', format]);
      expect(r.stdout.replace(/\s+/g, ' '), format).toMatch(path);
    }
    const json = JSON.parse((await rdpdiag(['analyze', corpusPath(SZ), '-q', '--format', 'json'])).stdout);
    const attack = json.findings.find((f: { id: string }) => f.id === 'password-guessing');
    expect(attack.lateralMovement).toEqual([
      expect.objectContaining({
        from: 'CITADEL-DC01.C137.local',
        to: 'DESKTOP-SDN1RPT',
        toAddress: '10.42.85.115',
        user: 'Administrator',
        start: expect.stringMatching(/^2020-09-19T03:35:54/),
        end: expect.stringMatching(/^2020-09-19T03:52:13/),
        bothEnds: false,
      }),
    ]);
    expect(attack.explanation).toMatch(
      /moved on over Remote Desktop: A\d{3,} from CITADEL-DC01\.C137\.local to DESKTOP-SDN1RPT/,
    );
    const outbound = json.attempts.find((a: { id: string }) => a.id === attack.lateralMovement[0].attempt);
    expect(outbound).toMatchObject({ side: 'client', server: { name: 'DESKTOP-SDN1RPT', address: '10.42.85.115' } });
  });

  it('Stolen Szechuan: --computer DESKTOP-SDN1RPT finds the client-side attempt made to it, with its attack', async () => {
    const r = await rdpdiag(['analyze', corpusPath(SZ), '-q', '--computer', 'DESKTOP-SDN1RPT', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.attempts.map((a: { server: { name?: string } }) => a.server.name)).toEqual(['DESKTOP-SDN1RPT']);
    expect(json.findings.map((f: { id: string }) => f.id)).toEqual(['password-guessing', 'lateral-movement']);
  });

  it('Stolen Szechuan --since 03:30 --until 04:00: the attacker’s 03:56 logon still belongs to the attack (exit 1)', async () => {
    const halfHour = [
      'analyze',
      corpusPath(SZ),
      '-q',
      '--since',
      '2020-09-19T03:30:00Z',
      '--until',
      '2020-09-19T04:00:00Z',
    ];
    const r = await rdpdiag(halfHour);
    expect(r.code).toBe(1);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/ATTACK: password guessing from 194\.61\.24\.102/);
    expect(text).toMatch(/194\.61\.24\.102 as Administrator \(attacker\)/);
    expect(text).toMatch(/A\d{3,} at 2020-09-19 03:56:03Z as Administrator/);
    const json = JSON.parse((await rdpdiag([...halfHour, '--format', 'json'])).stdout);
    // Only attempts of that half hour are shown, numbered as in the whole run.
    for (const a of json.attempts) expect(a.end >= '2020-09-19T03:30' && a.start <= '2020-09-19T04:00').toBe(true);
    const late = json.attempts.find((a: { start: string }) => a.start.startsWith('2020-09-19T03:56:03'));
    const attack = json.findings.find((f: { id: string }) => f.id === 'password-guessing');
    expect(attack.successes.map((s: { attempt: string }) => s.attempt)).toContain(late.id);
    expect(json.incidents).toEqual([]);
  });

  it("sbousseaden's tunnelling samples: loopback and link-local logons are rdp-tunnel", async () => {
    for (const file of [
      FILES.tunnel1149,
      'sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control/DE_RDP_Tunneling_4624.evtx',
    ]) {
      const a = await analyzeCorpus(file);
      expect(a.findings.map((x) => x.id)).toContain('rdp-tunnel');
    }
  });

  it("sbousseaden's BlueKeep scan: the ms_t120 channel is an ms-t120-probe finding", async () => {
    const a = await analyzeCorpus(
      'sbousseaden__EVTX-ATTACK-SAMPLES/Other/rdpcorets_148_mst120_bluekeep_rpdscan_full.evtx',
    );
    expect(a.findings.find((x) => x.id === 'ms-t120-probe')?.title).toMatch(/BlueKeep/);
  });
});

describe.skipIf(!HAVE_CORPUS)('context survives per-attempt views', () => {
  it('Stolen Szechuan: its first sign-in says it is by the attack’s source; its first failure carries its attack incident and its advice', async () => {
    // Every RCM 261 is an attempt (issue 48): the flood's 1,592 listener-only connections come first in time.
    const json = JSON.parse((await rdpdiag(['analyze', corpusPath(SZ), '-q', '--format', 'json'])).stdout);
    const first = (outcome: string) => json.attempts.find((a: { outcome: string }) => a.outcome === outcome).id;
    const logon = await rdpdiag(['analyze', corpusPath(SZ), '-q', '--attempt', first('succeeded')]);
    expect(logon.stdout.replace(/\s+/g, ' ')).toMatch(
      /A sign-in by the attack's source: Password guessing from 194\.61\.24\.102/,
    );
    for (const view of ['--attempt', '--explain']) {
      const r = await rdpdiag(['analyze', corpusPath(SZ), '-q', view, first('failed')]);
      const text = r.stdout.replace(/\s+/g, ' ');
      expect(text, view).toMatch(/Part of incident I01 \(ATTACK/);
      expect(text, view).toMatch(/Block 194\.61\.24\.102 at the firewall/);
      expect(text, view).not.toMatch(/Enable TLS 1\.2|SecurityLayer/);
    }
  });
});
