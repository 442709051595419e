/**
 * A finding that rests on a connection not being in the logs says which log not given leaves it open (issue 66 item 3,
 * the two StolenSzechuan entries once in test/metamorphic/known-violations.ts): `explicit-credentials` rests on the
 * computer's RDPClient log holding no connection for a 4648; `outbound-rdp` from a domain controller rests on its
 * inbound logs showing no intruder's session it came through (else it is told as lateral movement). Samples of the
 * project (fictional names, documentation addresses).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/attempt.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

const RDP_CLIENT = 'Microsoft-Windows-TerminalServices-RDPClient/Operational';
const JUMP = sampleXml('samples/findings/explicit-credentials/jump-host.xml');
const events = (xml: string) => xml.match(/<Event[\s>][\s\S]*?<\/Event>/g) ?? [];
const withEvents = (list: string[]) => `<Events>${list.join('\n')}</Events>`;
const finding = (xml: string, id: string): Finding | undefined => analyzeXml(xml).findings.find((f) => f.id === id);

describe('explicit-credentials: the connection "not in the logs" rests on the RDPClient log', () => {
  // The 4648 to TERMSRV/SQL03 (11:30:47) comes after the last RDPClient record given (09:14:22).
  it('says it is unknown where the RDPClient log does not reach the 4648', () => {
    const f = finding(JUMP, 'explicit-credentials');
    expect(f?.unknown).toEqual([RDP_CLIENT]);
    expect(f?.explanation).toContain('Whether the connections they opened are in the logs is unknown');
  });

  it('and without the RDPClient log at all', () => {
    const f = finding(withEvents(events(JUMP).filter((e) => !e.includes('ClientActiveXCore'))), 'explicit-credentials');
    expect(f?.unknown).toEqual([RDP_CLIENT]);
  });

  it('near miss: an RDPClient log reaching past the 4648 with no connection to SQL03 says it is not in the logs', () => {
    const client = events(JUMP).filter((e) => e.includes('ClientActiveXCore'));
    // The same client's next connection, at noon, to APP05 again: the log reaches past 11:30.
    const later = client[0]!
      .replace(/SystemTime='[^']*'/, "SystemTime='2025-04-08T12:00:00.0000000Z'")
      .replace(/<EventRecordID>\d+</, '<EventRecordID>5200<')
      .replace(/ActivityID='\{[^}]*\}'/, "ActivityID='{A7C3E901-5B2D-4E61-9F0A-3C4D5E6F0202}'");
    const f = finding(withEvents([...events(JUMP), later]), 'explicit-credentials');
    expect(f?.unknown).toBeUndefined();
    expect(f?.explanation).toContain('The connections they opened are not in the logs given');
  });
});

describe('outbound-rdp from a domain controller: "not an attacker’s lateral movement" rests on its inbound logs', () => {
  const DC = sampleXml('samples/findings/outbound-rdp/domain-controller.xml');
  it('names the inbound logs not given (its Security log is given: it tells the domain controller)', () => {
    const f = finding(DC, 'outbound-rdp');
    // restated on purpose: the inbound logs this sample lacks, an expected answer
    expect(f?.unknown).toEqual([
      'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
      'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
      'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    ]);
    expect(f?.explanation).toContain('(lateral movement) is unknown');
  });

  it('near miss: a program that is no client, told from any computer, rests on no inbound log', () => {
    const f = finding(sampleXml('samples/findings/outbound-rdp/sharprdp.xml'), 'outbound-rdp');
    expect(f).toBeDefined();
    expect(f?.unknown).toBeUndefined();
  });
});
