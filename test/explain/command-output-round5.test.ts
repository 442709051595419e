/**
 * Issue 60, round 5: command output read as what it is (src/explain/tables/command-output.ts). Each output: what it
 * shows about Remote Desktop and what to do, with the cause it points at; a near miss that shows things are fine
 * (no cause); the paste's damage (CRLF, tabs, a lost `>`, collapsed spaces) read the same; and its numbers (session
 * ids, PIDs, ports) never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readCommandOutput } from '../../src/explain/tables/command-output.js';
import { readRdpSettings } from '../../src/explain/tables/rdp-settings.js';
import { causeIds } from '../helpers/explain.js';

const NOW = new Date('2026-11-26T06:00:00Z');

const QWINSTA = [
  ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE',
  ' services                                    0  Disc',
  '>console           alice                     1  Active',
  ' rdp-tcp#0         bob                       2  Active',
  '                   carol                     3  Disc',
  ' rdp-tcp                                 65536  Listen',
].join('\n');

describe('qwinsta (query session)', () => {
  it('the listener listening, and a disconnected session holding a slot', () => {
    const e = explainCode(QWINSTA);
    expect(e.other?.table).toBe('commandOutput');
    expect(e.summary).toMatch(/RDP listener is up; 1 disconnected session/);
    expect(e.notes.join('\n')).toMatch(/Disconnected, still signed in: carol \(session 3\)/);
    expect(e.notes.join('\n')).toMatch(/logoff 3` \(this closes that user's programs; unsaved work is lost\)/);
    // A list of sessions shows a state, not a failure: the limit is named in the to-do, no cause is ranked.
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/count against the session limit/);
    // 65536 is the listener's session id, never a code.
    expect(JSON.stringify(e)).not.toMatch(/0x10000|65536 is/);
  });

  it('no rdp-tcp listener: nothing accepts connections', () => {
    const e = explainCode(QWINSTA.split('\n').slice(0, 3).join('\n'));
    expect(e.summary).toMatch(/^No RDP listener/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/fDenyTSConnections/);
  });

  it('a listener that is Down is said so', () => {
    const e = explainCode(`${QWINSTA.split('\n')[0]}\n rdp-tcp                                 65536  Down`);
    expect(e.summary).toMatch(/RDP listener is Down/);
    expect(e.notes.join('\n')).toMatch(/drops every session/);
  });

  it('near miss: only active sessions and the listener: no cause', () => {
    const fine = QWINSTA.split('\n')
      .filter((l) => !/Disc/.test(l))
      .join('\n');
    expect(readCommandOutput(fine, NOW)?.causes).toEqual([]);
  });

  it('pasted with CRLF, tabs and the `>` lost: the same reading', () => {
    const damaged = QWINSTA.replace(/>/g, ' ').replace(/ {8}/g, '\t').replace(/\n/g, '\r\n');
    const r = readCommandOutput(damaged, NOW);
    expect(r?.summary).toMatch(/RDP listener is up; 1 disconnected session/);
  });
});

describe('quser (query user)', () => {
  const QUSER = [
    ' USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME',
    '>alice                 rdp-tcp#3           2  Active          .  11/26/2026 8:02 AM',
    ' bob                                       3  Disc         1:05  11/25/2026 4:40 PM',
  ].join('\n');
  it('a disconnected user still signed in', () => {
    const r = readCommandOutput(QUSER, NOW);
    expect(r?.shows.join('\n')).toMatch(/Active: alice \(session 2, rdp-tcp#3\)/);
    expect(r?.shows.join('\n')).toMatch(/Disconnected, still signed in: bob \(session 3\)/);
    expect(r?.causes).toEqual([]);
    expect(r?.todo.join('\n')).toMatch(/if new connections are refused/);
  });
  it('"No User exists for *": no one holds a session', () => {
    const r = readCommandOutput('No User exists for *', NOW);
    expect(r?.summary).toBe('No user is signed in');
    expect(r?.causes).toEqual([]);
  });
});

const CERT = [
  'Remote Desktop "Remote Desktop"',
  '================ Certificate 0 ================',
  'Serial Number: 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
  'Issuer: CN=rdsh01.contoso.example',
  ' NotBefore: 11/24/2018 8:15 AM',
  ' NotAfter: 5/25/2019 8:15 AM',
  'Subject: CN=rdsh01.contoso.example',
  'Cert Hash(sha1): 0a 1b 2c 3d 4e 5f 6a 7b 8c 9d 0e 1f 2a 3b 4c 5d 6e 7f 8a 9b',
  '  Key Container = TSSecKeySet1',
  'Missing stored keyset',
  'CertUtil: -store command completed successfully.',
].join('\n');

describe('certutil -store "Remote Desktop"', () => {
  it('expired and without its private key: TLS cannot complete (the host-state certificate check)', () => {
    const r = readCommandOutput(CERT, NOW);
    expect(r?.command).toBe('certutil');
    expect(r?.causes).toEqual([tlsCertificate.id]);
    const shows = r?.shows.join('\n') ?? '';
    expect(shows).toMatch(/valid to 2019-05-25; no private key \("Missing stored keyset"\)/);
    expect(shows).toMatch(/expired on 2019-05-25 and has no private key/);
    expect(r?.todo.join('\n')).toMatch(/re-import the certificate with its key/);
    expect(causeIds(CERT)[0]).toBe(tlsCertificate.id);
  });

  it('near miss: a valid certificate with its key is no cause', () => {
    const valid = CERT.replace('5/25/2019', '5/25/2099').replace('Missing stored keyset', 'Encryption test passed');
    const r = readCommandOutput(valid, NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.shows.join('\n')).toMatch(/valid to 2099-05-25; private key present/);
  });

  it('pasted with CRLF and its hash run together: the same reading', () => {
    const damaged = CERT.replace(/([0-9a-f]{2}) (?=[0-9a-f]{2}\b)/g, '$1').replace(/\n/g, '\r\n');
    expect(damaged).toMatch(/Cert Hash\(sha1\): 0a1b2c/);
    expect(readCommandOutput(damaged, NOW)?.causes).toEqual([tlsCertificate.id]);
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

describe('not command output', () => {
  it('a dialog or a code is not read as one', () => {
    expect(readCommandOutput('Error code: 0x904\nExtended error code: 0x7', NOW)).toBeUndefined();
    expect(readCommandOutput('The session 3 was disconnected', NOW)).toBeUndefined();
  });
});

describe('reg query and .reg pastes, read by the host-state registry reader (one parser)', () => {
  const said = (text: string) => readRdpSettings(text).map((x) => x.said);
  it('a lone value line, its spacing collapsed or in tabs, with CRLF', () => {
    expect(said('fDenyTSConnections REG_DWORD 0x1')).toEqual([
      'fDenyTSConnections = 1: Remote Desktop is switched off (connections are denied)',
    ]);
    expect(said('\tfDenyTSConnections\tREG_DWORD\t0x1\r\n')).toEqual(said('fDenyTSConnections REG_DWORD 0x1'));
  });
  it('a .reg value in its hex(4) form, which only the state reader decodes', () => {
    expect(said('"fDenyTSConnections"=hex(4):01,00,00,00')).toEqual(said('"fDenyTSConnections"=dword:00000001'));
    expect(
      said(
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]\n"PortNumber"=dword:00000d3e',
      ),
    ).toEqual([
      'PortNumber = 3390: the RDP listener listens on TCP port 3390 (not the default 3389: clients must name it)',
    ]);
  });
  it('near miss: REG_DWORD in a sentence is no setting', () => {
    expect(said('the value REG_DWORD of fDenyTSConnections is 0x1')).toEqual([]);
  });
});
