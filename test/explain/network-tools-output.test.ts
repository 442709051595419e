/**
 * Network tools' output read as what it shows (issue 60, rounds 5, 7, 13 and 14; src/explain/tables/command-output/command-output.ts
 * and host-output.ts, in wordings written for these tests from the forms Microsoft's pages show, fictional names,
 * documentation addresses): ping's answers, tracert, nslookup and Resolve-DnsName, netstat and Get-NetTCPConnection,
 * Test-NetConnection, an HTTP 503, Get-Service. What each shows, the cause it points at, a near miss (a healthy
 * answer, or the answer the user asked for with `ping -i`), and its numbers (hops, times, TTLs, byte counts, PIDs,
 * ports) never looked up as codes; a dialog or a code is no command output.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readCommandOutput } from '../../src/explain/tables/command-output/command-output.js';
import { asCommandOutput, causeIds, expectRefused } from '../helpers/explain.js';

const NOW = new Date('2026-11-26T06:00:00Z');

describe('ping: a router answers instead of the host', () => {
  const TTL = [
    'Pinging rdsh07.contoso.com [203.0.113.70] with 32 bytes of data:',
    'Reply from 192.0.2.254: TTL expired in transit.',
    'Reply from 192.0.2.254: TTL expired in transit.',
  ].join('\n');
  it('TTL expired in transit: a routing loop, the router named, the host never reached', () => {
    const e = asCommandOutput(TTL, 'ping');
    expect(e.summary).toMatch(
      /^TTL expired in transit at 192\.0\.2\.254: the packets to 203\.0\.113\.70 never reached it/,
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
    expect(e.notes.join('\n')).toMatch(/tracert 203\.0\.113\.70/);
  });
  it('near miss: after `ping -i 3` the expiry is the answer asked for, no cause', () => {
    const e = asCommandOutput(`C:\\>ping -i 3 rdsh07.contoso.com\n\n${TTL}`, 'ping');
    expect(e.summary).toMatch(/-i switch/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('Destination port unreachable: an ICMP error, no verdict on TCP 3389', () => {
    const e = asCommandOutput('Reply from 203.0.113.70: Destination port unreachable.', 'ping');
    expect(e.summary).toMatch(/no verdict on TCP 3389/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: replies pasted without the header are still replies (TTL=118 is no code)', () => {
    const e = asCommandOutput('Reply from 203.0.113.70: bytes=32 time=14ms TTL=118', 'ping');
    expect(e.summary).toMatch(/^203\.0\.113\.70 answers ping/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('tracert', () => {
  const HEAD = 'Tracing route to rdsh07.contoso.com [203.0.113.70]\nover a maximum of 30 hops:\n\n';
  it('the route reaches the host: fine, no cause', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2     9 ms     8 ms     9 ms  198.51.100.9\n  3    12 ms    11 ms    12 ms  rdsh07.contoso.com [203.0.113.70]\n\nTrace complete.`,
      'tracert',
    );
    expect(e.summary).toMatch(/reached in 3 hops: the route is fine/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('hops that stop answering: no verdict (ICMP is often dropped)', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2     *        *        *     Request timed out.\n  3     *        *        *     Request timed out.`,
      'tracert',
    );
    expect(e.summary).toMatch(/hops from 2 on do not answer/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a router reports the net unreachable: the network unreachable, the router named', () => {
    const e = asCommandOutput(
      `${HEAD}  1    <1 ms    <1 ms    <1 ms  192.0.2.254\n  2  192.0.2.254  reports: Destination net unreachable.\n\nTrace complete.`,
      'tracert',
    );
    expect(e.summary).toMatch(/^The router 192\.0\.2\.254 reports destination net unreachable/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('a name that does not resolve', () => {
    const e = asCommandOutput('Unable to resolve target system name rdsh08.contoso.com.', 'tracert');
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
});

const NETSTAT = [
  '',
  'Active Connections',
  '',
  '  Proto  Local Address          Foreign Address        State           PID',
  '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       912',
  '  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1168',
  '  TCP    192.0.2.15:3389        192.0.2.44:50122       ESTABLISHED     1168',
].join('\n');

describe('netstat -ano', () => {
  it('a listener on 3389: the server side is up; the block is on the way', () => {
    const r = readCommandOutput(NETSTAT, NOW);
    expect(r?.summary).toMatch(/^Something listens on TCP 3389/);
    expect(r?.causes).toEqual([]);
    expect(r?.todo.join('\n')).toMatch(/Test-NetConnection <server> -Port 3389/);
  });

  it('none on 3389, another port instead: down or moved, and how to tell', () => {
    const moved = NETSTAT.replace(/3389/g, '3390');
    const e = explainCode(moved);
    expect(e.summary).toMatch(/^Nothing listens on TCP 3389/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/Other TCP listeners: 135, 3390/);
    expect(e.notes.join('\n')).toMatch(/drops every session/);
    // PIDs and ports are not codes.
    expect(e.paste).toBeUndefined();
  });

  it('a German netstat (its header and state words localized): read by the rows’ shape', () => {
    const de = NETSTAT.replace('Active Connections', 'Aktive Verbindungen')
      .replace(/Proto .*/, 'Proto  Lokale Adresse         Remoteadresse          Status          PID')
      .replace(/LISTENING/g, 'ABHÖREN');
    expect(readCommandOutput(de, NOW)?.summary).toMatch(/^Something listens on TCP 3389/);
  });

  it('netstat -an (no PID column): the same rows, the listener on 3389 read, not missed', () => {
    const withoutPid = NETSTAT.replace(/\s+PID$/m, '').replace(/ +\d+$/gm, '');
    expect(withoutPid).not.toMatch(/1168/);
    const r = readCommandOutput(withoutPid, NOW);
    expect(r?.summary).toMatch(/^Something listens on TCP 3389/);
    expect(r?.causes).toEqual([]);
    const moved = readCommandOutput(withoutPid.replace(/3389/g, '3390'), NOW);
    expect(moved?.summary).toMatch(/^Nothing listens on TCP 3389/);
    expect(moved?.shows.join('\n')).toMatch(/Other TCP listeners: 135, 3390/);
  });
});

describe('Test-NetConnection', () => {
  it('the port answered: the failure is past TCP, no network cause', () => {
    const r = readCommandOutput(
      'ComputerName     : rdsh01.contoso.example\nRemoteAddress    : 192.0.2.15\nRemotePort       : 3389\nTcpTestSucceeded : True',
      NOW,
    );
    expect(r?.summary).toMatch(/answers: the network path and a listener are fine/);
    expect(r?.causes).toEqual([]);
  });
  it('a name that does not resolve', () => {
    const r = readCommandOutput(
      'WARNING: Name resolution of rdsh99.contoso.example failed\nComputerName   : rdsh99.contoso.example\nRemoteAddress  :\nTcpTestSucceeded : False',
      NOW,
    );
    expect(r?.summary).toMatch(/name rdsh99\.contoso\.example does not resolve/);
    expect(r?.causes).toEqual([networkUnreachable.id]);
  });
  it('a failed TCP test stays the sentence’s reading (one rule)', () => {
    expect(readCommandOutput('RemotePort : 3389\nTcpTestSucceeded : False', NOW)).toBeUndefined();
    expect(explainCode('RemotePort : 3389\nTcpTestSucceeded : False').paste?.parts.map((p) => p.text)).toContain(
      'test-netconnection-tcp-failed',
    );
  });
});

describe('command output named for what it shows', () => {
  const said = (text: string) => {
    const e = explainCode(text);
    return { e, name: e.other?.name, meaning: e.other?.meaning ?? '' };
  };
  it('ping with every packet lost: no ICMP answer, which may be filtered; its numbers are counts', () => {
    const { e, name, meaning } = said(
      'Pinging rdsh01.example.net [192.0.2.44] with 32 bytes of data:\nRequest timed out.\n\nPing statistics for 192.0.2.44:\n    Packets: Sent = 4, Received = 0, Lost = 4 (100% loss),',
    );
    expect(name).toBe('ping-all-lost');
    expect(meaning).toMatch(/filter/);
    expect(e.paste?.parts.every((p) => p.table === 'sentence')).toBe(true);
  });
  it.each([
    'Status   Name               DisplayName\n------   ----               -----------\nStopped  TermService        Remote Desktop Services',
    'Name        : TermService\nDisplayName : Remote Desktop Services\nStatus      : Stopped',
  ])('Get-Service with TermService stopped, as a table and as a list: %s', (paste) => {
    const { e, name, meaning } = said(paste);
    expect(name, paste).toBe('termservice-stopped');
    expect(meaning, paste).toMatch(/nothing listens/);
    expect(e.likelyCauses[0]?.causeId, paste).toBe(networkUnreachable.id);
  });
  it("an HTTP 503 from HTTP.sys is named as the web service's, never a code of ours", () => {
    const { e, name, meaning } = said(
      'HTTP/1.1 503 Service Unavailable\r\nServer: Microsoft-HTTPAPI/2.0\r\nContent-Length: 326',
    );
    expect(name).toBe('http-503-httpapi');
    expect(meaning).toMatch(/RD Gateway/);
    expect(e.paste?.parts.every((p) => p.table === 'sentence')).toBe(true);
  });
  it('near misses: a ping that got answers, TermService running, a 503 from another server', () => {
    expectRefused('Packets: Sent = 4, Received = 4, Lost = 0 (0% loss),');
    // TermService running is named since round 8 (termservice-running): never the stopped service, no cause.
    const running = explainCode(
      'Status   Name               DisplayName\nRunning  TermService        Remote Desktop Services',
    );
    expect(running.input.code).toBe('termservice-running');
    expect(running.likelyCauses).toEqual([]);
    expectRefused('HTTP/1.1 503 Service Unavailable\nServer: nginx');
  });
});

describe('not command output', () => {
  it('a dialog or a code is not read as one', () => {
    expect(readCommandOutput('Error code: 0x904\nExtended error code: 0x7', NOW)).toBeUndefined();
    expect(readCommandOutput('The session 3 was disconnected', NOW)).toBeUndefined();
  });
});

describe('netstat -ano and Get-NetTCPConnection: connections to TCP 3389', () => {
  const SYN = '  TCP    10.0.0.8:51544         198.51.100.20:3389     SYN_SENT        6612';
  it('SYN_SENT to 3389: nothing answers (firewall, listener, route); its PID and ports are no codes', () => {
    const e = asCommandOutput(SYN);
    expect(e.summary).toMatch(/198\.51\.100\.20:3389 is stuck in SYN_SENT: nothing answers on TCP 3389/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/process 6612/);
  });
  it('near miss: ESTABLISHED from a client: the network and the listener are fine, no cause', () => {
    const e = asCommandOutput(SYN.replace('SYN_SENT   ', 'ESTABLISHED'));
    expect(e.summary).toMatch(/ESTABLISHED: the network path and the listener are fine/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a netstat showing the listener stays the listener reading (its inbound ESTABLISHED row beside it)', () => {
    const text = [
      '  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1168',
      '  TCP    192.0.2.15:3389        192.0.2.44:50122       ESTABLISHED     1168',
    ].join('\n');
    expect(readCommandOutput(text, NOW)?.command).toBe('netstat');
  });
  it('a SYN_SENT to another port is not read as an RDP connection', () => {
    expect(readCommandOutput(SYN.replace(':3389 ', ':443  '), NOW)).toBeUndefined();
  });

  const TABLE = [
    'LocalAddress  LocalPort RemoteAddress   RemotePort State       AppliedSetting OwningProcess',
    '------------  --------- -------------   ---------- -----       -------------- -------------',
  ];
  it("Get-NetTCPConnection's table: SynSent to 3389 is the same reading", () => {
    const e = asCommandOutput(
      [...TABLE, '10.0.0.8      51544     198.51.100.20   3389       SynSent     Internet       6612'].join('\n'),
    );
    expect(e.summary).toMatch(/stuck in SYN_SENT/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('its Listen rows: the listener, by the host-state check listener-port-open; a listener on 3390 only is not', () => {
    const listen = [
      ...TABLE,
      '0.0.0.0       3389      0.0.0.0         0          Listen                     1168',
    ].join('\n');
    expect(asCommandOutput(listen).summary).toMatch(/Something listens on TCP 3389/);
    expect(causeIds(listen)).toEqual([]);
    const moved = asCommandOutput(listen.replace('3389 ', '3390 '));
    expect(moved.summary).toMatch(/^Nothing listens on TCP 3389: .*\(listening: 3390\)/);
    expect(moved.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('its "No MSFT_NetTCPConnection objects found" for LocalPort 3389: nothing listens there', () => {
    const e = asCommandOutput(
      "Get-NetTCPConnection : No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '3389'.  Verify the value of the property and retry.\nAt line:1 char:1",
    );
    expect(e.summary).toMatch(/No TCP socket on local port 3389: nothing listens/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('netstat -an (no PID column): the same SYN_SENT reading', () => {
    const e = asCommandOutput('  TCP    10.0.0.8:51544         198.51.100.20:3389     SYN_SENT');
    expect(e.summary).toMatch(/stuck in SYN_SENT/);
    expect(e.notes.join('\n')).not.toMatch(/\(process \d|process id \(PID\)/);
  });
});

describe('ping, nslookup, Resolve-DnsName: name resolution against reachability', () => {
  it('"could not find host": the name does not resolve', () => {
    const e = asCommandOutput('Ping request could not find host rdsh07. Please check the name and try again.');
    expect(e.summary).toMatch(/name rdsh07 does not resolve/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('"Destination host unreachable" from a router: no route; the router is not the server', () => {
    const e = asCommandOutput(
      'Pinging 192.0.2.77 with 32 bytes of data:\nReply from 192.0.2.1: Destination host unreachable.\nReply from 192.0.2.1: Destination host unreachable.',
    );
    expect(e.summary).toMatch(/router 192\.0\.2\.1 has no route to 192\.0\.2\.77/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('near miss: replies: reachable, and ping says nothing about 3389; bytes, time and TTL are no codes', () => {
    const e = asCommandOutput(
      'Pinging rdsh07.contoso.example [192.0.2.77] with 32 bytes of data:\nReply from 192.0.2.77: bytes=32 time=3ms TTL=127\nReply from 192.0.2.77: bytes=32 time=2ms TTL=127',
    );
    expect(e.summary).toMatch(/answers ping: the address is reachable/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('Resolve-DnsName "DNS name does not exist": unresolved, never an AVD or other code', () => {
    const e = asCommandOutput(
      'Resolve-DnsName : rdsh07 : DNS name does not exist\nAt line:1 char:1\n    + CategoryInfo          : ResourceUnavailable: (rdsh07:String) [Resolve-DnsName], Win32Exception\n    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName',
    );
    expect(e.summary).toMatch(/name rdsh07 does not resolve/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('near misses: Resolve-DnsName and nslookup answering: the name resolves, no cause', () => {
    const rdn = asCommandOutput(
      'Name                      Type   TTL   Section    IPAddress\n----                      ----   ---   -------    ---------\nrdsh07.contoso.example    A      3600  Answer     192.0.2.77',
    );
    expect(rdn.summary).toMatch(/resolves \(rdsh07\.contoso\.example A 192\.0\.2\.77\)/);
    expect(rdn.likelyCauses).toEqual([]);
    const ns = asCommandOutput(
      'Server:  dns1.contoso.example\nAddress:  192.0.2.53\n\nNon-authoritative answer:\nName:    rdsh07.contoso.example\nAddress:  192.0.2.77',
    );
    expect(ns.summary).toMatch(/rdsh07\.contoso\.example resolves to 192\.0\.2\.77/);
    expect(ns.likelyCauses).toEqual([]);
  });
  it('ping with every request timed out and no statistics: no verdict, no cause', () => {
    const e = asCommandOutput('Pinging 192.0.2.77 with 32 bytes of data:\nRequest timed out.\nRequest timed out.');
    expect(e.summary).toMatch(/No echo reply from 192\.0\.2\.77 \(Request timed out\): ping is no verdict on RDP/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('ping "General failure": the request never left; no cause the text does not state', () => {
    const e = asCommandOutput('Pinging 192.0.2.77 with 32 bytes of data:\nGeneral failure.\nGeneral failure.');
    expect(e.summary).toMatch(/could not send \(General failure\)/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('nslookup "DNS request timed out" with no answer; near miss: the timeout then the answer resolves', () => {
    const timeout = 'DNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  192.0.2.53\n';
    expect(asCommandOutput(`${timeout}\n*** Request to UnKnown timed-out`).summary).toMatch(
      /DNS server asked did not answer/,
    );
    expect(asCommandOutput(`${timeout}\nName:    rdsh07.contoso.example\nAddress:  192.0.2.77`).summary).toMatch(
      /resolves to 192\.0\.2\.77/,
    );
  });
});
