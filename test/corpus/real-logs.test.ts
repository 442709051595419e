/**
 * Logs as people actually have them (issue 23): partial exports, single channels, logs that end or rolled
 * over mid-attack. Each file gives the answer its events support.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
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
  it("sbousseaden's RCM 1149 export: mstsc's pre-connections are no failures", async () => {
    const a = await analyzeCorpus(FILES.tunnel1149);
    expect(outcomes(a).failed ?? 0).toBe(0);
    expect(outcomes(a).succeeded).toBe(11);
    expect(a.incidents).toEqual([]);
    // Folded pre-connections are counted on the logon they led to.
    expect(a.attempts.reduce((n, x) => n + x.mergedProbes, 0)).toBeGreaterThan(0);
    for (const x of a.attempts.filter((y) => y.outcome === 'unknown')) expect(x.outcomeReason).toBeTruthy();
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

  it("omerbenamram's RCM log alone: the internet-facing desktop's floods are findings, not 1,778 failures", async () => {
    const a = await analyzeCorpus(FILES.vssRcm);
    expect(outcomes(a).failed ?? 0).toBe(0);
    expect(a.findings.filter((f) => f.id === 'scanning').length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_CORPUS)('coverage as part of the answer', () => {
  it('Stolen Szechuan: the headline says the RDP logs begin during the attack, with the lower bound from RCM and Schannel', async () => {
    const r = await rdpdiag(['analyze', corpusPath(SZ), '-q']);
    const head = r.stdout.split('\n\n')[0].replace(/\s+/g, ' ');
    expect(head).toMatch(
      /The RDP logs \(RdpCoreTS, RCM\) begin during the attack, at 2020-09-19 03:20:22Z \(rolled over\): at least [\d,]+ more connections are in other logs \([\d,]+ in System \(Schannel\), 1,5\d\d in RCM/,
    );
    const json = JSON.parse((await rdpdiag(['analyze', corpusPath(SZ), '-q', '--format', 'json'])).stdout);
    // Counted, never invented: the attempts are those the logs hold.
    expect(json.attempts.length).toBeLessThan(400);
    const rdpcore = json.coverage.channels.find(
      (c: { channel: string; computer: string }) =>
        c.channel.endsWith('RdpCoreTS/Operational') && c.computer === 'CITADEL-DC01.C137.local',
    );
    expect(rdpcore).toMatchObject({ firstRecordId: 173801, rolledOver: true, gaps: [] });
    for (const x of json.incidents) expect(x.lowerBound.from).toContain('System');
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
  it('Stolen Szechuan: --attempt 343 says it is a sign-in by the attack’s source; A001 carries its attack incident and its advice', async () => {
    const logon = await rdpdiag(['analyze', corpusPath(SZ), '-q', '--attempt', '343']);
    expect(logon.stdout.replace(/\s+/g, ' ')).toMatch(
      /A sign-in by the attack's source: Password guessing from 194\.61\.24\.102/,
    );
    for (const view of ['--attempt', '--explain']) {
      const r = await rdpdiag(['analyze', corpusPath(SZ), '-q', view, 'A001']);
      const text = r.stdout.replace(/\s+/g, ' ');
      expect(text, view).toMatch(/Part of incident I01 \(ATTACK/);
      expect(text, view).toMatch(/Block 194\.61\.24\.102 at the firewall/);
      expect(text, view).not.toMatch(/Enable TLS 1\.2|SecurityLayer/);
    }
  });
});
