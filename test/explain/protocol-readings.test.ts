/**
 * Round 30 (issue 60): four readings by a rule of the protocol or of the program that printed the paste, each with a
 * wording of our own, a near miss and a true twin.
 * - FreeRDP's negotiation failure after the connection was cut, with no negotiation failure code: nothing refused a
 *   protocol (third-party-clients.ts `connectErrorWith`).
 * - Schannel 36870 for a client credential's private key: a TLS client certificate's, not the listener's.
 * - mimikatz's console: the tool's own failure (other-product-shapes.ts `security-tool-console`).
 * - 0xD3D beside the words of a port: 3389 in hexadecimal, not a code (numbers-set-aside.ts).
 * - Users' words: a group's name in quotes, the other user made to give up the session (described-*.ts).
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const freerdp = (...lines: string[]) => lines.map((l) => `[10:02:11:514] [4411:4412] ${l}`).join('\n');
const NEGO_FAILED = [
  '[ERROR][com.freerdp.core.nego] - Protocol Security Negotiation Failure',
  '[ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED [0x0002000C]',
  '[ERROR][com.freerdp.core.connection] - Error: protocol security negotiation or connection failure',
];

describe("FreeRDP's negotiation failure after the connection was cut", () => {
  it('a broken pipe or a reset and no failure code: the address first, the security layer second', () => {
    for (const cut of [
      '[ERROR][com.freerdp.core.transport] - BIO_should_retry returned a system error 32: Broken pipe',
      '[ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer',
    ]) {
      for (const command of ['xfreerdp /u:admin /v:203.0.113.7', 'xfreerdp /v:203.0.113.7 /sec-nla']) {
        const log = `$ ${command}\n${freerdp(cut, ...NEGO_FAILED)}`;
        expect(causeIds(explainCode(log)).slice(0, 2), `${command} ${cut}`).toEqual([
          networkUnreachable.id,
          securityLayerMismatch.id,
        ]);
      }
    }
  });
  it("true twin: the server named its refusal (a negotiation failure code): that code's reading", () => {
    for (const [code, want] of [
      ['SSL_REQUIRED_BY_SERVER', securityLayerMismatch.id],
      ['HYBRID_REQUIRED_BY_SERVER', credsspNla.id],
    ]) {
      const log = freerdp(
        `[WARN][com.freerdp.core.nego] - Error: ${code}`,
        '[ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer',
        ...NEGO_FAILED,
      );
      expect(causeIds(explainCode(log))[0], code).toBe(want);
    }
  });
  it('true twin: a client limited to the standard RDP security layer, which a server requiring NLA may just close', () => {
    const log = `$ xfreerdp /v:203.0.113.7 /sec:rdp\n${freerdp(
      '[ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer',
      ...NEGO_FAILED,
    )}`;
    expect(causeIds(explainCode(log))[0]).toBe(securityLayerMismatch.id);
  });
});

describe('Schannel 36870 for a client credential', () => {
  it("a client certificate's private key: named, no Remote Desktop cause", () => {
    const answer = explainCode(
      'The following fatal error occurred when attempting to access the TLS client credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10003.',
    );
    expect(causeIds(answer)).toEqual([]);
    expect(answer.summary).toMatch(/client certificate/);
  });
  it("true twin: the server credential's private key is the listener's certificate", () => {
    const answer = explainCode(
      'A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.',
    );
    expect(causeIds(answer)[0]).toBe(tlsCertificate.id);
  });
  it('near miss of the rule: 36871 for a client credential keeps the TLS versions (the client may be mstsc)', () => {
    const answer = explainCode(
      'A fatal error occurred while creating a TLS client credential. The internal error state is 10013.',
    );
    expect(causeIds(answer)[0]).toBe(tlsProtocolMismatch.id);
  });
});

describe("mimikatz's console", () => {
  const session = [
    'mimikatz # crypto::certificates -systemstore:CERT_SYSTEM_STORE_LOCAL_MACHINE -store:"Remote Desktop" /export',
    " * Store         : 'Remote Desktop'",
    ' 0. RDS01',
    '        Key Container  : TSSecKeySet1',
    'ERROR kuhl_m_crypto_l_certificates ; CryptAcquireCertificatePrivateKey (0x80090016)',
  ].join('\n');
  it("exporting the Remote Desktop store's key fails: the tool's operation, no Remote Desktop cause", () => {
    const answer = explainCode(session);
    expect(causeIds(answer)).toEqual([]);
    expect(answer.summary).toMatch(/mimikatz/);
  });
  it('true twin: a Remote Desktop failure told beside it keeps its reading', () => {
    const answer = explainCode(`${session}\nmstsc then fails: Error code: 0x904, Extended error code: 0x7`);
    expect(causeIds(answer).length).toBeGreaterThan(0);
  });
});

describe('0xD3D written beside a port', () => {
  it("3389 in hexadecimal is the port, and the user's words are read", () => {
    const answer = explainCode(
      'Cannot RDP to the box, nmap says 3389 is closed. The registry PortNumber value shows 0xd3d => 3389, the default.',
    );
    expect(causeIds(answer)[0]).toBe(networkUnreachable.id);
    expect(JSON.stringify(answer)).not.toMatch(/0xD3D \(3389\) is not in our tables/);
  });
  it('near miss: another hexadecimal number keeps its reading as a code', () => {
    const answer = explainCode('Cannot RDP to the box: the dialog shows error code 0x904 and extended error code 0x7.');
    expect(causeIds(answer).length).toBeGreaterThan(0);
  });
});

describe("users' words: a group quoted by its name, the other user made to give up the session", () => {
  it('"not member of" the group, its name in quotes: the logon right', () => {
    const answer = explainCode(
      'Our contractors cannot RDP in: they are not member of "Remote Desktop Users", only of "Users".',
    );
    expect(causeIds(answer)[0]).toBe(authLogonRight.id);
  });
  it('near miss: another group named in quotes is not the logon right', () => {
    const answer = answerOrRefused(
      'RDP works; they are not member of "Domain Admins" so they cannot install software.',
    );
    expect(causeIds(answer)).not.toContain(authLogonRight.id);
  });
  it('the other user has to give up their session first: the session limit', () => {
    const answer = explainCode(
      'A second person tries RDP to the workstation and is told the other user has to give up their session first.',
    );
    expect(causeIds(answer)[0]).toBe(sessionLimit.id);
  });
});
