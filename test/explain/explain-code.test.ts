import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { formatCodeExplanation } from '../../src/explain/format-explanation.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const log = (e: ReturnType<typeof explainCode>, short: string, where = 'server') =>
  e.logsToCheck.find((l) => l.short === short && l.where === where);

describe('explainCode 0x904 / 0x7', () => {
  const e = explainCode('0x904', '0x7');

  it('decodes each code from its own table', () => {
    expect(e.primary).toMatchObject({
      value: 2308,
      hex: '0x904',
      decimal: 2308,
      name: 'disconnectReasonAtClientWinsockFDCLOSE',
      confidence: 'MS',
    });
    expect(e.primary?.meaning).toMatch(/socket closed/i);
    expect(e.extended).toMatchObject({
      value: 7,
      hex: '0x7',
      decimal: 7,
      name: 'exDiscReasonServerDeniedConnection',
      confidence: 'MS',
    });
    expect(e.extended?.meaning).toMatch(/denied/i);
  });

  it('says what the pair means: the server refused, then closed the socket', () => {
    expect(e.summary).toMatch(/refused/);
    expect(e.summary).toMatch(/closed the TCP socket/);
  });

  it('lists the plausible causes with the log that confirms each', () => {
    expect(causeIds(e)).toEqual(
      expect.arrayContaining([
        tlsCertificate.id,
        licensingGraceExpired.id,
        licensingServerUnavailable.id,
        licensingClientCache.id,
        securityLayerMismatch.id,
        sessionLimit.id,
        authLogonRight.id,
        serverDenied.id,
      ]),
    );
    const why = Object.fromEntries(e.likelyCauses.map((c) => [c.causeId, c.why]));
    expect(why[tlsCertificate.id]).toMatch(/1057\/1058/);
    expect(why[tlsCertificate.id]).toMatch(/36870/);
    expect(why[licensingGraceExpired.id]).toMatch(/RCM\/Admin 1128/);
    expect(why[licensingGraceExpired.id]).toMatch(/1069/);
    expect(why[sessionLimit.id]).toMatch(/LSM 40/);
    expect(why[authLogonRight.id]).toMatch(/0xC000015B/);
    for (const c of e.likelyCauses) expect(['MS', 'WR', 'SP']).toContain(c.confidence);
  });

  it('ranks the causes that act after the handshake first, and says where folklore disagrees', () => {
    // Extended 0x7 comes in a Set Error Info PDU: only after TLS and NLA (MS-RDPBCGR 2.2.5.1).
    expect(e.phases).toEqual(['licensing', 'logon', 'session']);
    const fitting = e.likelyCauses.filter((c) => c.fitsPhase);
    const outside = e.likelyCauses.filter((c) => !c.fitsPhase);
    expect(fitting.map((c) => c.phase).every((p) => ['licensing', 'logon', 'session'].includes(p))).toBe(true);
    expect(causeIds(e).slice(0, 4)).toEqual([
      licensingGraceExpired.id,
      licensingServerUnavailable.id,
      licensingCalUnavailable.id,
      licensingClientCache.id,
    ]);
    expect(fitting.at(-1)?.causeId).toBe(serverDenied.id);
    expect(outside.map((c) => c.causeId)).toEqual([tlsCertificate.id, securityLayerMismatch.id, credsspNla.id]);
    expect(causeIds(e).indexOf(credsspNla.id)).toBe(causeIds(e).length - 1);
    expect(outside.find((c) => c.causeId === tlsCertificate.id)?.why).toMatch(/Forum reports/);
    expect(e.notes.join('\n')).toMatch(/Set Error Info PDU.*after the TLS handshake/);
  });

  it('gives the exact export command for each log', () => {
    expect(log(e, 'RCM-Admin')?.events).toEqual(expect.arrayContaining([1128, 1069, 50280]));
    expect(log(e, 'RCM-Admin')?.exportCommand).toBe(
      'wevtutil epl "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin" RCM-Admin.evtx',
    );
    expect(log(e, 'System')?.events).toEqual(expect.arrayContaining([1057, 1058, 36870]));
    expect(log(e, 'System')?.exportCommand).toBe('wevtutil epl System System.evtx');
    expect(log(e, 'LSM')?.events).toContain(40);
    expect(log(e, 'LSM')?.exportCommand).toBe(
      'wevtutil epl "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational" LSM.evtx',
    );
    expect(log(e, 'Security')?.exportCommand).toBe('wevtutil epl Security Security.evtx');
    expect(log(e, 'RCM')?.exportCommand).toBe(
      'wevtutil epl "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational" RCM-Operational.evtx',
    );
    expect(log(e, 'RdpCoreTS')?.exportCommand).toBe(
      'wevtutil epl "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational" RdpCoreTS.evtx',
    );
    expect(log(e, 'RDPClient', 'client')?.events).toEqual(expect.arrayContaining([1024, 1026]));
    expect(log(e, 'RDPClient', 'client')?.exportCommand).toBe(
      'wevtutil epl "Microsoft-Windows-TerminalServices-RDPClient/Operational" RDPClient.evtx',
    );
    expect(log(e, 'System', 'client')?.exportCommand).toBe('wevtutil epl System System-client.evtx');
    // One row per channel and machine.
    const keys = e.logsToCheck.map((l) => `${l.short}@${l.where}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('notes that Microsoft gives no root-cause list for the pair', () => {
    expect(e.notes.join('\n')).toMatch(/no root-cause list/);
    expect(e.notes.some((n) => /run again with it/.test(n))).toBe(false);
  });

  it('gives the same answer for the decimal form from RDPClient 1026', () => {
    const d = explainCode('2308', '7');
    expect(d.primary?.hex).toBe('0x904');
    expect(causeIds(d)).toEqual(causeIds(e));
    expect(d.notes).toContain('Error code 2308 was read as decimal (= 0x904).');
  });
});

describe('explainCode other pairs and single codes', () => {
  it('0x904 / 0x0 points at the network and TLS, not at a server denial', () => {
    const e = explainCode('0x904', '0x0');
    expect(e.summary).toMatch(/no denial|sent no denial/);
    expect(causeIds(e)[0]).toBe(networkDropped.id);
    expect(causeIds(e)).not.toContain(serverDenied.id);
    expect(log(e, 'RdpCoreTS')?.events).toEqual(expect.arrayContaining([226, 142, 143]));
  });

  it('0x904 alone asks for the extended code', () => {
    const e = explainCode('0x904');
    expect(e.extended).toBeUndefined();
    expect(e.input).toEqual({ code: '0x904' });
    expect(e.notes.some((n) => /Extended error code/.test(n) && /changes the diagnosis/.test(n))).toBe(true);
    expect(causeIds(e)).toEqual([networkDropped.id, serverDenied.id, tlsProtocolMismatch.id, tlsCertificate.id]);
  });

  it('uses the extended table for the server reason when there is no combination entry', () => {
    const e = explainCode('0x3', '0x3');
    expect(e.primary?.name).toBe('disconnectReasonByServer');
    expect(e.extended?.name).toBe('exDiscReasonServerIdleTimeout');
    // 0x3 only says the server ended it; its own fallbacks (server denied) do not leak into the answer.
    expect(causeIds(e)).toEqual([sessionLimit.id]);
    expect(e.likelyCauses[0].why).toMatch(/extended code 0x3/);
    expect(e.notes.join('\n')).toMatch(/not an error code/);
    expect(log(e, 'RCM-Admin')?.events).toEqual(expect.arrayContaining([20515, 20516]));
  });

  it('decodes a credential code without an extended one', () => {
    const e = explainCode('0x807');
    expect(e.primary?.name).toBe('SSL_ERR_LOGON_FAILURE');
    expect(causeIds(e)).toEqual([authBadCredentials.id]);
    expect(log(e, 'Security')?.events).toEqual([4625]);
    expect(log(e, 'RdpCoreTS')?.events).toEqual([140]);
  });

  it.each([
    ['0x3', '0x19'],
    ['0x3', '0x1A'],
    ['0x3', '0x10'],
    ['0x3', '0x17'],
    ['0x3', '0x18'],
    ['0x3', '0x112F'],
    ['0x904', '0x112F'],
  ])("a pair reading wins over the primary code's fallbacks: %s/%s", (code, ext) => {
    const e = explainCode(code, ext);
    const at = `${code}/${ext}`;
    expect(causeIds(e), at).not.toContain(serverDenied.id);
    expect(causeIds(e), at).not.toContain(sessionLimit.id);
    expect(causeIds(e), at).not.toContain(networkDropped.id);
    expect(causeIds(e), at).not.toContain(tlsCertificate.id);
    expect(e.phases, at).toEqual(['session']);
    expect(log(e, 'System')?.exportCommand, at).toBe('wevtutil epl System System.evtx');
  });

  it("a pair reading says the server's own reason (shutdown, restart, crash, graphics)", () => {
    expect(explainCode('0x3', '0x19').summary).toMatch(/shutting down/);
    expect(explainCode('0x3', '0x1A').summary).toMatch(/restarting/);
    expect(explainCode('0x3', '0x10').summary).toMatch(/crashed/);
    expect(explainCode('2308', '0x112F').summary).toMatch(/graphics subsystem failed/);
  });

  it('any other non-zero extended code decides for 0x904: its causes only', () => {
    const e = explainCode('0x904', '0x9');
    expect(causeIds(e)).toEqual([authLogonRight.id]);
    expect(e.notes.join('\n')).toMatch(/extended code 0x9 is the server's reason/);
  });

  it('reports extended range matches', () => {
    const e = explainCode('0x904', '0x10CC');
    expect(e.extended?.range).toEqual({ from: 0x10c9, to: 0x1195 });
    expect(e.extended?.hex).toBe('0x10CC');
  });

  it('treats an empty extended argument as absent', () => {
    expect(explainCode('0x904', '  ').input).toEqual({ code: '0x904' });
  });

  it('reads bare hex with a letter as hex and says so', () => {
    const e = explainCode('b07');
    expect(e.primary?.name).toBe('SSL_ERR_ACCOUNT_DISABLED');
    expect(e.notes[0]).toMatch(/read as hexadecimal 0xB07/);
  });
});

describe('explainCode with codes not in the tables', () => {
  it('answers "not in our tables" instead of throwing', () => {
    const e = explainCode('0x123456');
    expect(e.primary).toBeUndefined();
    expect(e.summary).toMatch(/not in our tables/);
    expect(causeIds(e)).toEqual([UNEXPLAINED]);
    expect(e.logsToCheck.map((l) => l.short)).toEqual(
      // restated on purpose: the logs an unknown code sends the reader to, an expected answer
      expect.arrayContaining(['RDPClient', 'RdpCoreTS', 'System', 'Security', 'LSM']),
    );
  });

  it('suggests the hex reading of a decimal-looking code', () => {
    const e = explainCode('904');
    expect(e.primary).toBeUndefined();
    expect(e.notes.join('\n')).toMatch(/Did you mean 0x904 \(2308\) = disconnectReasonAtClientWinsockFDCLOSE/);
  });

  it('reads a number that is only an extended code as one, and says so', () => {
    const e = explainCode('0x7');
    expect(e.primary).toBeUndefined();
    expect(e.extended?.name).toBe('exDiscReasonServerDeniedConnection');
    expect(e.notes.join('\n')).toMatch(/read as an "Extended error code"/);
    expect(e.otherReadings.map((r) => `${r.table} ${r.name}`)).toEqual([
      'lsm40 ServerDeniedConnection',
      'kerberos KDC_ERR_S_PRINCIPAL_UNKNOWN',
    ]);
  });

  it("names the table of an unknown pair's primary that is an extended code", () => {
    const e = explainCode('0x7', '0x0');
    expect(e.primary).toBeUndefined();
    expect(e.notes.join('\n')).toMatch(/EXTENDED table is exDiscReasonServerDeniedConnection/);
  });

  it('handles an unknown extended code next to a known primary', () => {
    const e = explainCode('0x904', '0x9999');
    expect(e.primary?.name).toBe('disconnectReasonAtClientWinsockFDCLOSE');
    expect(e.extended).toBeUndefined();
    expect(e.notes.join('\n')).toMatch(/Extended error code 0x9999 .* not in our table/);
    expect(causeIds(e)).toContain(networkDropped.id);
  });
});

describe('explainCode input errors', () => {
  it('throws a clear, user-facing error for text that is not a code', () => {
    expect(() => explainCode('banana')).toThrow(/"banana" is not a valid error code/);
    expect(() => explainCode('\u001b[31mred')).toThrow(/"\?\[31mred"/);
    expect(() => explainCode('banana')).toThrow(/0x904/);
    expect(() => explainCode('')).toThrow(Error);
    expect(() => explainCode('0x904', 'seven')).toThrow(/"seven" is not a valid extended error code/);
    expect(() => explainCode('0x1ffffffff')).toThrow(/not a valid error code/);
  });
});

describe('formatCodeExplanation', () => {
  const text = formatCodeExplanation(explainCode('0x904', '0x7'));

  it('renders the headline, meanings, causes and export commands', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Error code 0x904 (2308), extended error code 0x7 (7)');
    expect(text).toMatch(/disconnectReasonAtClientWinsockFDCLOSE \[MS\]/);
    expect(text).toMatch(/Extended 0x7 \(7\) = exDiscReasonServerDeniedConnection \[MS\]/);
    expect(text).toMatch(/Likely causes/);
    expect(text).toContain(`1. ${licensingGraceExpired.id} [WR] (licensing)`);
    expect(text).toMatch(/Named by forum reports for this code, but they fail in an earlier phase/);
    expect(text).toContain(`8. ${tlsCertificate.id} [SP] (TLS)`);
    expect(text).toMatch(/Table: the Remote Desktop dialog's "Error code"/);
    expect(text).toMatch(/Source: Microsoft Learn: ExtendedDisconnectReasonCode/);
    expect(text).toMatch(
      /Confidence tags:\n {2}\[MS\] Microsoft documents it.*\n {2}\[WR\] widely reported.*\n {2}\[SP\] speculative/,
    );
    expect(text).toContain(
      'wevtutil epl "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin" RCM-Admin.evtx',
    );
    expect(text).toContain('wevtutil epl System System.evtx');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('uses no colors or control characters', () => {
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('renders unknown codes plainly', () => {
    const t = formatCodeExplanation(explainCode('0x123456', '0x9999'));
    expect(t).toMatch(/Error code 0x123456: not in our table/);
    expect(t).toMatch(/Extended error code 0x9999: not in our table/);
  });
});

describe('the sign-in right dialog as pages copy it (woshub.com, p19 s08)', () => {
  const WOSHUB =
    'To sign in remotely, you need the right to sign in Remote Desktop Services. By default only members of the Administrators group have this right. If the group you’re in doesn’t have this right, or if the right has been removed from Administrators group, you need to be granted this right manually.';
  it('is read by the dialog\'s opening when the copy drops "through"; the dialog itself still is', () => {
    expect(causeIds(WOSHUB)[0]).toBe(authLogonRight.id);
    expect(causeIds('To sign in remotely, you need the right to sign in through Remote Desktop Services.')[0]).toBe(
      authLogonRight.id,
    );
  });
  it('another sentence about signing in remotely is not the dialog', () => {
    const other = answerOrRefused('To sign in remotely, you need a password and the Remote Desktop client.');
    expect(causeIds(other)).not.toContain(authLogonRight.id);
  });
});
