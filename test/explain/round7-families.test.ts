/**
 * Issue 60, round 7: families a held-out list still showed unanswered or wrong, each with wordings of its own.
 * 1. A registry line naming a known setting and a REG_ type is that setting, whatever the order of its columns.
 * 2. A space typed inside the dialog's Error code ("0x9 04") is joined when only the joined value is an mstsc code.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tablesOf } from '../helpers/explain.js';

describe('registry lines in other orders', () => {
  it('a known setting with its REG_ type is read as the setting, never as a code', () => {
    for (const [paste, name, value] of [
      ['REG_DWORD    AllowEncryptionOracle    0x2', 'AllowEncryptionOracle', 2],
      ['AllowEncryptionOracle\t0x00000002\tREG_DWORD', 'AllowEncryptionOracle', 2],
      ['UserAuthentication (REG_DWORD) = 0', 'UserAuthentication', 0],
      ['  REG_DWORD  fdenytsconnections  0x1\r\n', 'fDenyTSConnections', 1],
      ['PortNumber, REG_DWORD, 3390', 'PortNumber', 3390],
    ] as const) {
      const e = explainCode(paste);
      expect(e.other?.table, paste).toBe('setting');
      expect(e.other?.name, paste).toBe(name);
      expect(e.other?.meaning, paste).toContain(`${name} = ${value}:`);
      expect(tablesOf(paste), paste).not.toContain('disconnect');
    }
    expect(explainCode('REG_DWORD AllowEncryptionOracle 0x2').other?.meaning).toMatch(/Vulnerable/);
  });

  it('near misses: a setting named in prose beside a labelled code; the classic order unchanged', () => {
    // The name in prose with a labelled code: the code is read, not a setting.
    const prose = explainCode('After changing AllowEncryptionOracle the client shows Error code: 0x904');
    expect(prose.other?.table === 'setting' || prose.primary?.table === 'setting').toBe(false);
    expect(prose.primary?.name).toBe('disconnectReasonAtClientWinsockFDCLOSE');
    // The classic order is unchanged.
    expect(explainCode('    fDenyTSConnections    REG_DWORD    0x0').other?.meaning).toContain('switched on');
  });
});

describe('a space typed inside the dialog Error code', () => {
  it('the pieces are joined when only the joined value is an mstsc error code, and the slip is said', () => {
    for (const [paste, hex] of [
      ['Error code: 0x9 04', '0x904'],
      ['error code = 0x5 08', '0x508'],
      ['Error code: 0xb 04\nExtended error code: 0x0', '0xB04'],
    ] as const) {
      const e = explainCode(paste);
      expect(e.primary?.hex, paste).toBe(hex);
      expect(e.notes.join(' '), paste).toMatch(/Typing slip forgiven: .*pieces joined/);
      expect(e.paste?.slips.join(' '), paste).toContain(`as ${hex}`);
    }
  });

  it("near misses: the dialog's two labelled numbers, and a first piece that is a code itself", () => {
    const two = explainCode('Error code: 0x904 Extended error code: 0x7');
    expect(two.primary?.hex).toBe('0x904');
    expect(two.extended?.hex).toBe('0x7');
    expect(two.notes.join(' ')).not.toMatch(/pieces joined/);
    // 0x4 is an mstsc code on its own: "0x4 07" stays the code and an extended 0x7.
    const four = explainCode('Error code: 0x4 07');
    expect(four.primary?.hex).toBe('0x4');
    expect(four.extended?.hex).toBe('0x7');
    expect(four.notes.join(' ')).not.toMatch(/pieces joined/);
    // Two labels, the first unknown: never joined across a label.
    const labelled = explainCode('Error code: 0x9 Extended error code: 0x4');
    expect(labelled.extended?.hex).toBe('0x4');
  });
});

describe('RD Gateway event texts without a code', () => {
  const sentenceOf = (text: string) => explainCode(text).paste?.parts.find((p) => p.table === 'sentence')?.name;
  it('each event is read by its message text, its meaning stated', () => {
    for (const [paste, id, said] of [
      ['TS Gateway service could not be initialised on GW01', 'gateway-100', /failed to start/],
      [
        'Exception code "0xE06D7363" occurred in the Remote Desktop Gateway server; the RD Gateway will be restarted.',
        'gateway-700',
        /restarts itself/,
      ],
      [
        'the administrator disconnected the user "FABRIKAM\\lee", on client computer "203.0.113.9", from the following network resource: "app02"',
        'gateway-202',
        /on purpose/,
      ],
      [
        'Our RD Gateway server has reached the maximum number of simultaneous connections, nobody else gets in',
        'gateway-203',
        /own limit on simultaneous connections/,
      ],
      [
        'The number of simultaneous connections to the RD Gateway server has reached the maximum number that was configured by the administrator.',
        'gateway-203',
        /not the session host's/,
      ],
    ] as const) {
      expect(sentenceOf(paste), paste).toBe(id);
      const e = explainCode(paste);
      const meaning = [e.primary, e.extended, e.other].find((r) => r?.table === 'sentence')?.meaning ?? '';
      expect(meaning || e.notes.join(' '), paste).toMatch(said);
    }
  });

  it('near misses: the service started, a session (not gateway) disconnect, the session host connection limit', () => {
    // The service started is read as what it is (event 101), a healthy state with no cause, never a failure.
    const started = explainCode('The RD Gateway service has started.');
    expect(started.likelyCauses).toEqual([]);
    expect(started.summary).toMatch(/no failure/i);
    expect(() => explainCode('The administrator disconnected the user from the session on RDSH01')).toThrow(
      /holds no code or known sentence/,
    );
    const host = 'The number of connections to this computer is limited and all connections are in use right now.';
    expect(sentenceOf(host)).not.toBe('gateway-203');
  });
});

describe("RD Licensing's 60-minute soft-enforcement warning", () => {
  it('is read as the license server problem it states, with its page', () => {
    for (const paste of [
      'There is a problem with your Remote Desktop license, and your session will be disconnected in 60 minutes. Contact your system administrator to fix this problem.',
      'users get "there is a problem with your remote desktop licence and your session will be disconnected in 60 minutes" every hour',
      'Your session will be disconnected in 60 minutes - Remote Desktop license problem',
    ]) {
      const e = explainCode(paste);
      expect(e.other?.name, paste).toBe('license-soft-enforcement-60-minutes');
      expect(e.other?.meaning, paste).toMatch(/soft enforcement/);
      expect(e.other?.source, paste).toContain('your-session-will-be-disconnected-in-60-minutes');
      expect(e.likelyCauses[0]?.causeId, paste).toBe(licensingServerUnavailable.id);
      // 60 is minutes, never looked up as a code.
      expect(
        e.paste?.parts.every((p) => p.table === 'sentence'),
        paste,
      ).toBe(true);
    }
  });

  it('near miss: a 60-minute idle warning that names no license', () => {
    expect(() => explainCode('Your session will be disconnected in 60 minutes because of inactivity')).toThrow(
      /holds no code or known sentence/,
    );
  });

  it('the security-error dialog is answered with a stated meaning', () => {
    const e = explainCode('Because of a security error, the client could not connect to the remote computer.');
    expect(e.other?.name).toBe('security-error');
    expect(e.other?.meaning).toMatch(/security layer/);
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
  it('Get-Service with TermService stopped, as a table and as a list', () => {
    for (const paste of [
      'Status   Name               DisplayName\n------   ----               -----------\nStopped  TermService        Remote Desktop Services',
      'Name        : TermService\nDisplayName : Remote Desktop Services\nStatus      : Stopped',
    ]) {
      const { e, name, meaning } = said(paste);
      expect(name, paste).toBe('termservice-stopped');
      expect(meaning, paste).toMatch(/nothing listens/);
      expect(e.likelyCauses[0]?.causeId, paste).toBe(networkUnreachable.id);
    }
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
    expect(() => explainCode('Packets: Sent = 4, Received = 4, Lost = 0 (0% loss),')).toThrow(
      /no code or known sentence/,
    );
    // TermService running is named since round 8 (termservice-running): never the stopped service, no cause.
    const running = explainCode(
      'Status   Name               DisplayName\nRunning  TermService        Remote Desktop Services',
    );
    expect(running.input.code).toBe('termservice-running');
    expect(running.likelyCauses).toEqual([]);
    expect(() => explainCode('HTTP/1.1 503 Service Unavailable\nServer: nginx')).toThrow(/no code or known sentence/);
  });
});
