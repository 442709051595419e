/**
 * Issue 60 round 17: third-party clients' texts read as what they say (src/explain/tables/program-logs/third-party-clients.ts).
 * FreeRDP's ERRCONNECT codes by name and by the number its log prints, its ERRINFO codes as the server's extended
 * codes (one table: the extended one), guacd's and Remmina's messages, and other vendors' codes never read as ours.
 * The wordings here are this test's own log lines, built from the registries, not copied from any list of pastes.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { lookupCodeName } from '../../src/explain/tables/codes/names.js';
import {
  FREERDP_CONNECT_CLASS,
  FREERDP_CONNECT_ERRORS,
  FREERDP_ERRINFO_CLASS,
  FREERDP_ERRINFO_NAMES,
  THIRD_PARTY_SENTENCES,
} from '../../src/explain/tables/program-logs/third-party-clients.js';
import { lookupExtendedReason } from '../../patterns/codes/mstsc-extended-reasons.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const causes = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);
const hex8 = (v: number) => `0x${v.toString(16).toUpperCase().padStart(8, '0')}`;

describe("FreeRDP's connection errors (ERRCONNECT, class 2)", () => {
  for (const e of FREERDP_CONNECT_ERRORS) {
    const value = FREERDP_CONNECT_CLASS + e.value;
    const expected = e.codeName ? explainCode(e.codeName).likelyCauses.map((c) => c.causeId) : [...(e.states ?? [])];
    const forms = [
      `[ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_${e.suffix} [${hex8(value)}]`,
      `freerdp_set_last_error ERRCONNECT_${e.suffix} [${hex8(value)}]`,
      `[ERROR][com.freerdp.core] - freerdp_set_last_error 0x${value.toString(16).toUpperCase()}`,
    ];
    it(`reads ERRCONNECT_${e.suffix} by its name and by its number`, () => {
      for (const form of forms) {
        const x = explainCode(form);
        expect(x.summary, form).not.toMatch(/not in our tables/);
        // The stated causes come first; a code's own causes follow in its order.
        expect(causes(form).slice(0, expected.length), form).toEqual(expected);
        // The class number is FreeRDP's, set aside with its reason, never read in another table.
        expect(x.paste?.parts.some((p) => p.table !== 'sentence' && p.decimal === value) ?? false, form).toBe(false);
      }
    });
  }

  it("reads FreeRDP's other spelling (FREERDP_ERROR_…) as the same code", () => {
    expect(explainCode('set the FREERDP_ERROR_CONNECT_TRANSPORT_FAILED [0x2000D] error').summary).toMatch(
      /transport layer|below the Remote Desktop protocol/,
    );
    expect(causes('FREERDP_ERROR_TLS_CONNECT_FAILED')).toEqual(causes('ERRCONNECT_TLS_CONNECT_FAILED'));
  });

  it('never reads a TLS connect failure as the certificate, and a logon failure as the credentials', () => {
    expect(
      causes('transport_connect_tls:freerdp_set_last_error_ex ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]'),
    ).not.toContain(tlsCertificate.id);
    expect(causes('ERRCONNECT_LOGON_FAILURE [0x00020014]')[0]).toBe(authBadCredentials.id);
  });

  it('reads the TCP connection failure as unreachable only where the line names freerdp_tcp_connect', () => {
    expect(causes('freerdp_tcp_connect:freerdp_set_last_error_ex ERRCONNECT_CONNECT_FAILED [0x00020006]')[0]).toBe(
      networkUnreachable.id,
    );
    // Near miss: the same code from the gateway's websocket says nothing of the server's port.
    expect(causes('wst_connect:freerdp_set_last_error_ex ERRCONNECT_CONNECT_FAILED [0x00020006]')).toEqual([]);
  });

  it('reads CONNECT_FAILED as unreachable by its other TCP functions and its "failed to connect to" line', () => {
    const code = 'freerdp_set_last_error_ex ERRCONNECT_CONNECT_FAILED [0x00020006]';
    for (const paste of [
      `freerdp_tcp_default_connect:${code}`,
      `freerdp_host_connect:${code}`,
      `${code}\n[ERROR][com.freerdp.core] - failed to connect to srv01.example.org`,
      `${code}\nconnect() to 10.1.2.3 port 3389 failed: Connection refused [111]`,
    ])
      expect(causes(paste)[0], paste).toBe(networkUnreachable.id);
    // Near miss: the gateway's websocket line beside a TCP function's "resetting error state" stays without a cause.
    expect(causes(`freerdp_tcp_connect:freerdp_set_last_error_ex resetting error state\nwst_connect:${code}`)).toEqual(
      [],
    );
  });

  // A class-2 number FreeRDP has an error for is FreeRDP's after any code's label (freerdp-composite-labels.test.ts):
  // no Windows table holds one. One it has none for stays a code no table holds.
  it("near miss: a class-2 number FreeRDP gives no error is not read as FreeRDP's", () => {
    expect(explainCode('Error code: 0x000200F4').summary).toMatch(/not in our tables/);
  });
});

describe("FreeRDP's other numbers are not Remote Desktop codes", () => {
  const setAside = (text: string) => {
    try {
      explainCode(text);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("sets aside the MCS ultimatum's reason, never the dialog's 0x3", () => {
    const line = '[ERROR][com.freerdp.core.rdp] - DisconnectProviderUltimatum: reason: 3';
    expect(setAside(line)).toMatch(/Disconnect Provider Ultimatum's reason/);
    // Beside an ERRINFO line, the server's extended code is the reading.
    const x = explainCode(`ERRINFO_LOGOFF_BY_USER (0x0000000C):The disconnection was initiated by the user.\n${line}`);
    expect(x.extended?.value ?? x.primary?.value).toBe(0xc);
    // Near miss: a dialog's "Reason: 3" (RDPClient 1026) keeps its reading.
    expect(explainCode('The client has been disconnected (Reason=3)').primary?.value).toBe(3);
  });

  it('reads the Early User Authorization refusal as the logon right, not the extended 0x5', () => {
    expect(causes('Early User Auth active: FAILURE authorization result 0x00000005')[0]).toBe(authLogonRight.id);
  });

  it("sets aside a function's -1 in FreeRDP's log", () => {
    expect(setAside('rdp_recv_callback_int: CONNECTION_STATE_NLA status STATE_RUN_FAILED [-1]')).toMatch(
      /return value/,
    );
  });
});

describe("FreeRDP's ERRINFO codes are the server's extended codes", () => {
  it('names every value the extended table reads', () => {
    for (const { name, code } of FREERDP_ERRINFO_NAMES) {
      const match = lookupCodeName(name);
      expect(match && 'code' in match ? match.code : undefined, name).toBe(code);
    }
  });

  it('reads the log line, its class-1 number and its own spelling, as the extended code', () => {
    for (const { name, code } of FREERDP_ERRINFO_NAMES.filter((e) => e.code > 0 && lookupExtendedReason(e.code))) {
      const ours = lookupExtendedReason(code)?.name;
      for (const line of [
        `[ERROR][com.freerdp.core] - rdp_set_error_info:freerdp_set_last_error_ex ${name} [${hex8(FREERDP_ERRINFO_CLASS + code)}]`,
        `[INFO][com.freerdp.core] - [rdp_print_errinfo]: ${name} (${hex8(code)}):`,
        name,
      ]) {
        const x = explainCode(line);
        const read = x.extended ?? x.primary ?? x.other;
        expect(read?.table, line).toBe('mstscExtended');
        expect(read?.value, line).toBe(code);
        expect(read?.name, line).toBe(ours);
      }
    }
  });
});

describe("guacd's and Remmina's messages", () => {
  const read = (text: string) => explainCode(text).paste?.parts.find((p) => p.table === 'sentence')?.name;

  it.each([
    [
      'guacd[8]: INFO: RDP server closed/refused connection: Security negotiation failed (wrong security type?)',
      'guacd-security-negotiation-failed',
      [securityLayerMismatch.id],
    ],
    [
      'RDP server closed/refused connection: Authentication failure (invalid credentials?)',
      'guacd-authentication-failure',
      [authBadCredentials.id],
    ],
    [
      'RDP server closed/refused connection: SSL/TLS connection failed (untrusted/self-signed certificate?)',
      'guacd-tls-failed',
      [tlsCertificate.id, tlsProtocolMismatch.id, securityLayerMismatch.id],
    ],
    ['RDP server closed/refused connection: Upstream error.', 'guacd-upstream-error', []],
    ['RDP server closed/refused connection: Manually logged off.', 'guacd-manually-logged-off', undefined],
    ['RDP server closed/refused connection: Server refused connection.', 'guacd-server-refused', undefined],
    [
      'RDP server closed/refused connection: Server refused connection (wrong security type?)',
      'guacd-server-refused-wrong-security',
      // guacd's error.c: the server refusing the inbound connection, typically for a security type it does not allow
      [securityLayerMismatch.id, credsspNla.id, tlsProtocolMismatch.id],
    ],
    [
      'Could not access the RDP server \u201csrv01\u201d.\nAccount locked out.',
      'remmina-account-locked-out',
      undefined,
    ],
    [
      'Could not connect to the RDP server \u201csrv01\u201d via TLS. See the DEBUG traces from a terminal for more information.',
      'remmina-tls',
      [tlsProtocolMismatch.id, securityLayerMismatch.id],
    ],
    // r29-h60w: the catch-all prints no reason; its pages' ranking (ranked-dialogs.ts), the changed certificate first.
    [
      'Cannot connect to the \u201csrv01\u201d RDP server.',
      'remmina-cannot-connect',
      [tlsCertificate.id, networkUnreachable.id, credsspNla.id],
    ],
  ] as const)('%s', (text, id, expected) => {
    expect(read(text)).toBe(id);
    if (expected) expect(causes(text)).toEqual(expected);
  });

  it('reads Guacamole\'s page, never as the Windows client\'s "An internal error has occurred"', () => {
    const page =
      'An internal error has occurred within the Guacamole server, and the connection has been terminated. If the problem persists, please notify your system administrator, or check your system logs.';
    expect(read(page)).toBe('guacamole-internal-error');
    expect(causes(page)).toEqual([]);
    // Near miss: the Windows client's own dialog keeps its reading.
    expect(read('An internal error has occurred.')).toBe('internal-error');
  });

  it("near miss: words of a guacd message without its prefix are not read as guacd's", () => {
    const said = (text: string) => {
      try {
        return read(text);
      } catch {
        return undefined; // no code or known sentence in it: an error worded for the user
      }
    };
    expect(said('Logged off.')).not.toBe('guacd-logged-off');
    expect(said('The session was forcibly disconnected.')).not.toBe('guacd-forcibly-disconnected');
  });
});

describe("other vendors' codes are theirs, never read in our tables", () => {
  const vendor = (id: string) => THIRD_PARTY_SENTENCES.find((s) => s.id === id);
  it.each([
    {
      id: 'citrix-client-error',
      paste: 'Citrix Workspace: The connection to "Desktop" failed with status (1030).',
      nearMiss: 'Citrix VDA: the Remote Desktop connection failed. Error code: 0x904',
    },
    {
      id: 'anydesk-error',
      paste: 'AnyDesk - Session ended unexpectedly. Error code: win32_10054',
      nearMiss: 'AnyDesk is installed too. Remote Desktop: Error code: 0x204',
    },
    {
      id: 'vnc-viewer-error',
      paste: 'Screens (VNC): Error 3: Invalid Protocol Handshake',
      nearMiss: 'VNC on 5900 works. Error code: 0x104',
    },
    {
      id: 'splashtop-error',
      paste: 'Splashtop: Wrong Password S=6, E=1021',
      nearMiss: 'Splashtop works. mstsc: Error code: 0x3',
    },
  ])('$id, and its near miss', ({ id, paste, nearMiss }) => {
    expect(vendor(id)?.otherProduct).toBe(true);
    const x = explainCode(paste);
    expect(x.paste?.parts.map((p) => p.name)).toEqual([id]);
    expect(x.likelyCauses).toEqual([]);
    expect(x.logsToCheck).toEqual([]);
    expect(x.summary).toMatch(/not in our tables/);
    // The same product named beside Remote Desktop's own code: the code is read as ours.
    const near = explainCode(nearMiss);
    expect(near.paste?.parts.map((p) => p.name)).not.toContain(id);
    expect(near.primary?.table).toBe('mstsc');
  });
});
