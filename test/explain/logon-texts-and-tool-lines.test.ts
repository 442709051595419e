/**
 * English texts of the Security log, codes under their hosts' labels and the lines of tools around Remote Desktop
 * (issue #60): the Windows 2000/2003 logon failures and their descriptions (security-log-texts.ts), the ActiveX
 * control's discReason as its hosts name it (paste-reader.ts), RDPCheck's texts (rdpcheck-messages.ts), IPBan's,
 * rdesktop's licensing and xrdp's lines in users' words, and a contrast of local and remote. Each beside a near miss.
 * The pastes are this test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** Each cause and the pastes it is read first from. */
const READ: Readonly<Record<string, readonly string[]>> = {
  [authAccountState.id]: [
    // The 529–539 events' message, the reason alone where Windows' own, the "Audit logon events" descriptions.
    'Logon Failure:\n   Reason:   Account logon time restriction violation\n   User Name: kim',
    'the server log says: The specified account’s password has expired',
    'Logon failure. A logon attempt was made using an expired account.',
    'Logon failure. The account was locked out at the time the logon attempt was made.',
    'Winlogon: The logon hours restriction policy is applied to the logged on user. User Name: kim',
    'RDP Wrapper installed; RDPCheck: The account is locked out.',
  ],
  [authLogonRight.id]: [
    'Event 534 - Logon Failure: The user has not been granted the requested logon type at this machine',
    'Logon failure. The user attempted to log on with a logon type that is not allowed.',
    // A client's enum printing the server's code without its prefix nor "Server".
    'the client only says InsufficientPrivileges(9)',
  ],
  // discReason under its hosts' labels, RDPCheck's text, RDP working only on the LAN.
  [networkDropped.id]: ['OnDisconnected: discReason=2308'],
  [networkUnreachable.id]: [
    'the control fired OnDisconnected with disconnectReason 264',
    'RDP session disconnected, reason code: 516',
    'axRdp OnDisconnected(1796)',
    'RDPCheck pops up "Connection timed out." every time',
    'Remote Desktop only works on the local network, from the internet it does not connect',
  ],
  // IPBan, rdesktop, xrdp.
  [authBadCredentials.id]: [
    '2024-05-01 10:00:00.0001|WARN|IPBan|Login failure: 198.51.100.20, admin, RDP, 2',
    'xrdp says login failure for display 11',
  ],
  [licensingServerUnavailable.id]: ['WARNING: Licence error alert from server: No license server'],
  [tlsCertificate.id]: ['xrdp log: permission denied reading /etc/xrdp/key.pem'],
};
const PAIRS = Object.entries(READ).flatMap(([cause, pastes]) => pastes.map((paste) => [paste, cause] as const));

describe('Security log texts, labels of discReason and tool lines, each read', () => {
  it.each(PAIRS)('%s', (paste, cause) => expect(causeIds(paste)[0]).toBe(cause));
});

describe('near misses', () => {
  it('a generic reason alone is not read as Windows\' one; after "Logon Failure" it is', () => {
    expect(sentenceIds('An error occurred during logon.')).not.toContain('logon-failure-reason-2304');
    expect(sentenceIds('Logon Failure: An error occurred during logon')).toContain('logon-failure-reason-2304');
  });

  it("4625's own label keeps its row", () => {
    expect(sentenceIds('Failure Reason: Account currently disabled.')).toEqual(['failure-reason-2310']);
  });

  it('a LocalSessionManager reason code stays its own, even where the client has one', () => {
    const e = explainCode('Session 4 has been disconnected, reason code 2308');
    expect(e.other?.table ?? e.primary?.table).not.toBe('mstsc');
    expect(causeIds(e)).not.toContain(networkDropped.id);
  });

  it("LocalSessionManager 40's sentence with its session number dropped is still its own", () => {
    // The event's message is "Session %1 has been disconnected, reason code %2"; users paste it without the number.
    const e = explainCode('The session has been disconnected, reason code 12');
    expect(e.other?.table ?? e.primary?.table).toBe('lsm40');
    expect(explainCode('Remote session disconnected, reason code 2308').primary?.table).toBe('mstsc');
  });

  it('OnDisconnected before a count is no code, nor a name beside a number not its own', () => {
    expect(causeIds(answerOrRefused('OnDisconnected 3 times today'))).toEqual([]);
    expect(causeIds(answerOrRefused('InsufficientPrivileges(7)'))).toEqual([]);
  });

  it("another program's socket text, IPBan's other sources and another server's key.pem are not read", () => {
    for (const paste of [
      'Socket connection failed.',
      '2024-05-01 10:00:00.0001|WARN|IPBan|Login failure: 198.51.100.20, root, SSH, 4',
      'nginx: cannot load certificate key "/etc/nginx/key.pem": Permission denied',
    ])
      expect(causeIds(answerOrRefused(paste))).toEqual([]);
  });

  it('RDPCheck saying the server works reads no failure', () => {
    expect(causeIds("RDP is working, but the client doesn't allow loopback connections.")).toEqual([]);
  });

  it('working both locally and remotely is no contrast', () => {
    expect(causeIds(answerOrRefused('RDP works locally and remotely, all good'))).toEqual([]);
  });
});
