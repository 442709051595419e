/**
 * RD Gateway refusals count in the security lens (issue 36): a burst of connections the gateway refused (201 RD CAP,
 * 301 RD RAP, 304 host not reached) from one client address is password guessing on the accounts behind it, told on
 * the gateway with the client's real address and the gateway's own advice; a user refused twice is not. A slow spray
 * (issue 48: many accounts from a few addresses, minutes apart, ending in one success) is guessing too, with the
 * success named; a policy that refused real users, each their own account, who get in once it is fixed, is not.
 */
import { describe, expect, it } from 'vitest';
import type { SecurityFinding } from '../../src/model/attempt.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { analyzeXml } from '../helpers/pipeline.js';

const GW = 'RDGW01.corp.example.test';

/** One Gateway/Operational event (wevtutil qe /f:xml shape), as RD Gateway writes it. */
function gateway(id: number, time: string, record: number, user: string, ip: string, resource = '', error = 0): string {
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-Gateway' Guid='{4D5AE6A1-C7C8-4E6D-B840-4D8080B42E1B}'/><EventID>${id}</EventID><Version>0</Version><Level>${error ? 3 : 4}</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${record}</EventRecordID><Correlation/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-TerminalServices-Gateway/Operational</Channel><Computer>${GW}</Computer><Security UserID='S-1-5-20'/></System><UserData><EventInfo xmlns='aag'><Username>${user}</Username><IpAddress>${ip}</IpAddress><AuthType>NTLM</AuthType><Resource>${resource}</Resource><ConnectionProtocol>HTTP</ConnectionProtocol><ErrorCode>${error}</ErrorCode></EventInfo></UserData></Event>`;
}

const events = (list: string[]) => `<Events>\n${list.join('\n')}\n</Events>`;

/** `n` CAP refusals from `sources` in turn, one account each, `gapS` seconds apart from 01:00. */
function spray(n: number, sources: string[], gapS: number, start = Date.parse('2025-05-21T01:00:00.000Z')): string[] {
  return Array.from({ length: n }, (_, i) =>
    gateway(201, at(start + i * gapS * 1000), 2000 + i, `CORP\\user${i}`, sources[i % sources.length], '', 23003),
  );
}
const at = (ms: number) => new Date(ms).toISOString().replace('Z', '0000Z');
/** A connection through the gateway that carried data: 200, 300, 302, 303. */
function through(ms: number, record: number, user: string, ip: string): string[] {
  const bytes = '<BytesReceived>120000</BytesReceived><BytesTransfered>4500000</BytesTransfered>';
  return [
    gateway(200, at(ms), record, user, ip),
    gateway(300, at(ms + 200), record + 1, user, ip, 'RDSH04'),
    gateway(302, at(ms + 400), record + 2, user, ip, 'RDSH04'),
    gateway(303, at(ms + 900_000), record + 3, user, ip, 'RDSH04').replace(
      '<ConnectionProtocol>',
      `${bytes}<ConnectionProtocol>`,
    ),
  ];
}

const incidentsOf = (xml: string) => analyzeXml(xml).incidents.map((i) => [i.cause, i.kind, i.count]);

const attacks = (xml: string) =>
  analyzeXml(xml).findings.filter((f): f is SecurityFinding => f.id === 'password-guessing' || f.id === 'scanning');

describe('RD Gateway refusals in the security lens', () => {
  it('a spray refused by the RD CAP (201) from one address: password guessing on the gateway, the accounts named', () => {
    const users = ['CORP\\alice', 'CORP\\bob', 'CORP\\carol', 'CORP\\dave', 'CORP\\erin'];
    const xml = events(
      users.map((u, i) => gateway(201, `2025-05-20T03:10:0${i}.2000000Z`, 900 + i, u, '203.0.113.77', '', 23003)),
    );
    const [f, ...more] = attacks(xml);
    expect(more).toEqual([]);
    expect(f!.id).toBe('password-guessing');
    expect(f!.computer).toBe(GW);
    expect(f!.burst.source).toBe('203.0.113.77');
    expect(f!.burst.accounts).toEqual(users);
    expect(f!.burst.count).toBe(5);
    expect(f!.explanation).toMatch(/The RD Gateway RDGW01\.corp\.example\.test refused them/);
    expect(f!.remediation.some((r) => r.includes('TCP 3389'))).toBe(false);
    expect(f!.remediation.some((r) => r.includes('RD Gateway'))).toBe(true);
  });

  it('one account refused at machine speed for host after host (301, 304): an attack through the gateway too', () => {
    const xml = events([
      gateway(200, '2025-05-20T04:00:00.1000000Z', 950, 'CORP\\svc.scan', '198.51.100.23'),
      ...['SQL01', 'SQL02', 'DC01'].flatMap((host, i) => [
        gateway(301, `2025-05-20T04:00:0${i + 1}.3000000Z`, 951 + i, 'CORP\\svc.scan', '198.51.100.23', host, 23002),
      ]),
      gateway(304, '2025-05-20T04:00:04.6000000Z', 960, 'CORP\\svc.scan', '198.51.100.23', 'FS09', 0),
    ]);
    const found = attacks(xml);
    expect(found.map((f) => [f.computer, f.burst.source])).toEqual([[GW, '198.51.100.23']]);
  });

  it('the near miss: a user refused twice a minute apart, then let through, is no attack', () => {
    const xml = events([
      gateway(201, '2025-05-20T08:01:00.0000000Z', 970, 'CORP\\frank', '192.0.2.140', '', 23003),
      gateway(201, '2025-05-20T08:02:10.0000000Z', 971, 'CORP\\frank', '192.0.2.140', '', 23003),
      gateway(200, '2025-05-20T08:05:00.0000000Z', 972, 'CORP\\frank', '192.0.2.140'),
      gateway(300, '2025-05-20T08:05:00.2000000Z', 973, 'CORP\\frank', '192.0.2.140', 'RDSH05'),
      gateway(302, '2025-05-20T08:05:00.4000000Z', 974, 'CORP\\frank', '192.0.2.140', 'RDSH05'),
    ]);
    expect(attacks(xml)).toEqual([]);
  });

  it('a slow spray: 30 accounts from three addresses, five minutes apart, then one success: guessing, the success named', () => {
    const sources = ['203.0.113.61', '203.0.113.62', '203.0.113.63'];
    const xml = events([
      ...spray(30, sources, 300),
      ...through(Date.parse('2025-05-21T03:40:00.000Z'), 3000, 'CORP\\svc.backup', '203.0.113.62'),
    ]);
    const [f, ...more] = attacks(xml);
    expect(more).toEqual([]);
    expect(f!.id).toBe('password-guessing');
    expect(f!.computer).toBe(GW);
    expect(f!.burst.sources).toEqual(sources);
    expect(f!.burst.count).toBe(30);
    expect(f!.burst.accounts).toHaveLength(30);
    expect(f!.burst.successes.map((s) => s.user)).toEqual(['CORP\\svc.backup']);
    expect(f!.explanation).toMatch(/password spray/);
    expect(incidentsOf(xml)).toEqual([[gatewayDenied.id, 'attack', 30]]);
  });

  it('the near miss: a policy refuses twelve real users, each from their own address, who all get in once it is fixed', () => {
    const users = Array.from({ length: 12 }, (_, i) => [`CORP\\staff${i}`, `192.0.2.${100 + i}`] as const);
    const start = Date.parse('2025-05-21T08:00:00.000Z');
    const xml = events([
      ...users.map(([u, ip], i) => gateway(201, at(start + i * 120_000), 4000 + i, u, ip, '', 23003)),
      ...users.flatMap(([u, ip], i) => through(start + 3_600_000 + i * 60_000, 5000 + i * 4, u, ip)),
    ]);
    expect(attacks(xml)).toEqual([]);
    expect(incidentsOf(xml)).toEqual([[gatewayDenied.id, 'fault', 12]]);
  });

  it('the near miss behind one address (an office NAT): many accounts refused, most of which then get in, is a fault', () => {
    const nat = '198.51.100.30';
    const start = Date.parse('2025-05-21T08:00:00.000Z');
    const users = Array.from({ length: 12 }, (_, i) => `CORP\\staff${i}`);
    const xml = events([
      ...users.map((u, i) => gateway(201, at(start + i * 150_000), 4000 + i, u, nat, '', 23003)),
      ...users.slice(0, 10).flatMap((u, i) => through(start + 3_600_000 + i * 60_000, 5000 + i * 4, u, nat)),
    ]);
    expect(attacks(xml)).toEqual([]);
    expect(incidentsOf(xml)).toEqual([[gatewayDenied.id, 'fault', 12]]);
  });
});
