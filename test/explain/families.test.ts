/**
 * The code families in full (issue 50): each family is checked against the list of its public source (MS-ERREF
 * §2.1/§2.2/§2.3, RFC 4120/4556/6113, Microsoft Learn's Windows Sockets error codes, the DesktopVirtualization API's
 * KnownHealthCheckName and KnownStatus; the lists: test/helpers/families.ts), its rows are read end to end through
 * `rdpdiag explain-code --format json` with their name and source (here each list's first and last, every row in
 * families-rest.test.ts), and near misses are not read as it.
 */
import { describe, expect, it } from 'vitest';
import { formatHex32, NTSTATUS_CODES, SSPI_STATUS_CODES, WIN32_ERRORS } from '../../patterns/codes/index.js';
import { AVD_ERRORS, KERBEROS_ERRORS } from '../../src/explain/tables/index.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import {
  CODE_FAMILIES,
  CRYPT_TRUST_CERT,
  CTX,
  explain,
  HEALTH_CHECKS,
  KERBEROS_CODES,
  NTE,
  NTSTATUS_MORE,
  readsEachCode,
  SCARD,
  STATUSES,
  WIN32_LOGON,
  WINSOCK,
} from '../helpers/families.js';

function inTable(table: readonly { code: number; name: string }[], family: readonly [number, string][]): string[] {
  const byCode = new Map(table.map((e) => [e.code >>> 0, e.name]));
  return family
    .filter(([code, name]) => byCode.get(code) !== name)
    .map(([code, name]) => `${formatHex32(code)} ${name}`);
}

describe('each family holds its public list in full', () => {
  it('NTE_*, CRYPT_E_*, TRUST_E_*, CERT_E_*, SCARD_* (MS-ERREF 2.1) in the HRESULT table', () => {
    expect(inTable(SSPI_STATUS_CODES, [...NTE, ...CRYPT_TRUST_CERT, ...SCARD])).toEqual([]);
  });

  it('Winsock, Terminal Services and the logon Win32 errors (MS-ERREF 2.2) in the Win32 table', () => {
    expect(inTable(WIN32_ERRORS, [...WINSOCK, ...CTX, ...WIN32_LOGON])).toEqual([]);
  });

  it('the logon NTSTATUS values (MS-ERREF 2.3.1)', () => {
    expect(inTable(NTSTATUS_CODES, NTSTATUS_MORE)).toEqual([]);
  });

  it('every Kerberos error code, and no other', () => {
    expect(KERBEROS_ERRORS.map((e) => e.code).sort((a, b) => a - b)).toEqual(KERBEROS_CODES);
  });

  it('every AVD health check name and session host status', () => {
    const names = new Set(AVD_ERRORS.map((e) => e.name));
    expect([...HEALTH_CHECKS, ...STATUSES].filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('every row of the new families read end to end (explain-code --format json)', () => {
  // The first and last row of each public list (a list read from the wrong place or cut short shows at its ends);
  // every row: families-rest.test.ts (slow tier).
  for (const [label, table, families] of CODE_FAMILIES)
    it(`${label}: each list's first and last code gives its name and its source`, async () => {
      await readsEachCode(
        label,
        table,
        families.flatMap((f) => [f[0]!, f.at(-1)!]),
      );
    });

  it('Kerberos: the FAST codes by their Failure Code label', async () => {
    for (const [code, name] of [
      [0x5a, 'KDC_ERR_PREAUTH_EXPIRED'],
      [0x5b, 'KDC_ERR_MORE_PREAUTH_DATA_REQUIRED'],
      [0x5c, 'KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET'],
      [0x5d, 'KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS'],
    ] as const) {
      const { main } = await explain(`Failure Code: 0x${code.toString(16).toUpperCase()}`);
      expect(main?.name).toBe(name);
      expect(main?.source).toMatch(/RFC 6113/);
    }
  });

  it('AVD: each health check, status and management error by its name', async () => {
    for (const e of AVD_ERRORS) {
      const { main } = await explain(e.name);
      expect(main?.name, e.name).toBe(e.name);
      expect(main?.source, e.name).toBe(e.source);
    }
  });

  it('NTE_BAD_KEYSET and NTE_EXISTS point to the RDP certificate (MachineKeys), as Microsoft documents', async () => {
    for (const typed of ['0x80090016', 'NTE_BAD_KEYSET', '-2146893802', '0x8009000F']) {
      const { answer, main } = await explain(typed);
      expect(main?.name, typed).toMatch(/^NTE_(BAD_KEYSET|EXISTS)$/);
      expect(answer?.likelyCauses?.[0]?.causeId, typed).toBe(tlsCertificate.id);
    }
  });
});

describe('the event and dialog sentences users paste, with Microsoft wording', () => {
  const SENTENCES: [string, string, string | undefined][] = [
    [
      'The RD Licensing grace period has expired and the service has not registered with a license server with installed licenses. A RD Licensing server is required for continuous operation. A Remote Desktop Session Host server can operate without a license server for 120 days after initial start up.',
      'rcm-1128',
      licensingGraceExpired.id,
    ],
    [
      'The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session Host server has not been configured. Licensing mode must be configured for continuous operation.',
      'rcm-1069',
      licensingGraceExpired.id,
    ],
    [
      'The Remote Desktop Session Host server does not have a Remote Desktop license server specified. To specify a license server for the Remote Desktop Session Host server, use the Remote Desktop Session Host Configuration tool.',
      'rcm-1130',
      licensingServerUnavailable.id,
    ],
    ['No Remote Desktop license server is specified.', 'rcm-1130', licensingServerUnavailable.id],
    [
      "The task you are trying to do can't be completed because Remote Desktop Services is currently busy. Please try again in a few minutes. Other users should still be able to log on.",
      'busy',
      undefined,
    ],
    ['Remote Desktop Service is currently busy', 'busy', undefined],
    [
      'The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.',
      'termdd-50',
      undefined,
    ],
    [
      'The Terminal Server security layer detected an error in the protocol stream and has disconnected the client. Client IP: 192.0.2.12.',
      'termdd-56',
      tlsProtocolMismatch.id,
    ],
    [
      'The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on TLS connections. The relevant status code was Keyset does not exist',
      'termservice-1057',
      tlsCertificate.id,
    ],
    [
      'The RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on TLS connections. The relevant status code was Access is denied.',
      'termservice-1058',
      tlsCertificate.id,
    ],
    [
      'A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.',
      'schannel-36870',
      tlsCertificate.id,
    ],
    [
      'A fatal error occurred while creating a TLS server credential. The internal error state is 10013.',
      'schannel-36871',
      undefined,
    ],
    [
      'The remote PC ended your session. If this keeps happening, contact your network administrator for assistance.',
      'windows-365-session-ended',
      undefined,
    ],
    ['Account switch detected', 'macos-account-switch-detected', undefined],
  ];
  for (const [text, id, cause] of SENTENCES)
    it(`${id}: ${text.slice(0, 60)}…`, async () => {
      const { code, answer } = await explain(text);
      expect(code).toBe(0);
      const sentences = (answer?.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
      expect(sentences).toContain(id);
      if (cause) expect(answer?.likelyCauses?.map((c) => c.causeId)).toContain(cause);
    });

  it('TermDD 50 says what Microsoft says fixes it (the licensing certificate values under RCM)', async () => {
    const { answer } = await explain(
      'The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.',
    );
    expect(JSON.stringify(answer)).toMatch(/X509 Certificate ID/);
    // What its text states is the catalogue's handshake-aborted: a connection cut before authentication.
    expect(answer?.likelyCauses?.map((c) => c.causeId)[0]).toBe(handshakeAborted.id);
  });
});

describe('near misses are not read as the new rows', () => {
  it('a code just past a block is not read as one of its names', async () => {
    for (const [typed, not] of [
      ['0x80090030', /^NTE_/],
      ['0x80091012', /^CRYPT_E_/],
      ['0x8009202D', /^CRYPT_E_/],
      ['0x80096006', /^TRUST_E_/],
      ['0x800B0115', /^CERT_E_/],
      ['0x80100000', /^SCARD_/],
      ['Failure Code: 0x5E', /^KDC_ERR_/],
      ['10000', /^WSA/],
    ] as const) {
      const { main } = await explain(typed);
      expect(main?.name ?? '', typed).not.toMatch(not);
    }
  });

  it('a name with a letter more is refused, not read as the name', async () => {
    for (const typed of ['NTE_BAD_KEYSETS', 'KDC_ERR_PREAUTH_EXPIRE', 'Availablee', 'TenantNotFounds']) {
      const { code } = await explain(typed);
      expect(code, typed).toBe(2);
    }
  });

  it('bare numbers the Terminal Services block leaves to the events stay the events', async () => {
    for (const [typed, event] of [
      ['1058', /1058/],
      ['7045', /7045/],
    ] as const) {
      const { main } = await explain(typed);
      expect(main?.table, typed).toBe('event');
      expect(main?.name, typed).toMatch(event);
    }
  });

  it('a sentence near a new one is not read as it', async () => {
    for (const [text, not] of [
      ['The RD Licensing grace period is about to expire on 1/1/2030 and the service has not registered', 'rcm-1128'],
      ['Remote Desktop Services is currently idle', 'busy'],
      ['The remote PC ended the call', 'windows-365-session-ended'],
      ['A Remote Desktop license server is specified', 'rcm-1130'],
      ['The account switch was not detected', 'macos-account-switch-detected'],
    ] as const) {
      const { answer } = await explain(text);
      const sentences = (answer?.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
      expect(sentences, text).not.toContain(not);
    }
  });
});
