/**
 * Issue 60, round 31: another program's TLS told by what the paste's own structure says of who connected
 * (src/explain/tables/other-products/other-product-tls.ts). Wordings written for these tests after
 * Microsoft's Schannel event texts (36870 with "The SSPI client process is …") and OpenSSL's s_client output: a
 * process other than Remote Desktop's, a port other than the listener's, no Remote Desktop cause; the same texts from
 * svchost or against port 3389 keep Remote Desktop's reading (true twins).
 */
import { describe, expect, it } from 'vitest';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';

const causeIds = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);
const KEY_36870 =
  'A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.';
const HANDSHAKE =
  'CONNECTED(00000003)\n40F7:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:ssl/record/rec_layer_s3.c:1586:SSL alert number 40';

describe("Schannel's event names the process: another program's key", () => {
  it('a web gateway named as the SSPI client process: no Remote Desktop cause, the code still decoded', () => {
    const e = explainCode(`${KEY_36870}\nThe SSPI client process is WebGatewaySvc (PID: 2211).`);
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/another program's TLS/);
  });
  it("TermService's svchost named: the RDP listener's key (true twin)", () => {
    expect(causeIds(`${KEY_36870} The SSPI client process is svchost (PID: 1044).`)[0]).toBe(tlsCertificate.id);
  });
  it('no process named: the reading stays the listener certificate', () => {
    expect(causeIds(KEY_36870)[0]).toBe(tlsCertificate.id);
  });
  it('another process but the paste names Remote Desktop: Remote Desktop keeps it', () => {
    expect(
      causeIds(
        `${KEY_36870} The SSPI client process is WebGatewaySvc (PID: 2211). Remote Desktop clients cannot connect since.`,
      ),
    ).toContain(tlsCertificate.id);
  });
});

describe("OpenSSL's s_client names the port it tested", () => {
  it("a mail server's port: its TLS, no Remote Desktop cause", () => {
    expect(causeIds(`$ openssl s_client -connect mail.example.org:993\n${HANDSHAKE}`)).toEqual([]);
  });
  it("the RDP listener's port: the handshake failure keeps its reading (true twin)", () => {
    expect(causeIds(`$ openssl s_client -connect rdsh01:3389\n${HANDSHAKE}`)[0]).toBe(tlsProtocolMismatch.id);
  });
});

describe("a program's own Schannel lines (libcurl's back end, msquic), after list B", () => {
  it("curl's verbose line with Schannel's status: that program's HTTPS, the status still decoded", () => {
    const e = explainCode(
      '* schannel: SSL/TLS connection with updates.example.net port 443 (step 2/3)\n* schannel: next InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326) - This error usually occurs when a fatal SSL/TLS alert is received (e.g. handshake failed).',
    );
    expect(e.likelyCauses).toEqual([]);
    expect(JSON.stringify(e)).toMatch(/SEC_E_ILLEGAL_MESSAGE/);
  });
  it("msquic's log with an untrusted root: no Remote Desktop cause", () => {
    expect(causeIds('[Microsoft-Quic][ tls][0xFFFF8A01] ERROR, 2148074277, Accept/InitializeSecurityContext.')).toEqual(
      [],
    );
  });
  it("curl's Schannel line after git's own words, any of curl's messages: that program's, the status still decoded", () => {
    const e = explainCode(
      "fatal: unable to access 'https://code.example.com/team/app': schannel: AcquireCredentialsHandle failed: SEC_E_NO_CREDENTIALS (0x8009030E) - No credentials are available in the security package",
    );
    expect(e.likelyCauses).toEqual([]);
    expect(JSON.stringify(e)).toMatch(/SEC_E_NO_CREDENTIALS/);
  });
  it('near miss: "Schannel:" with a capital, as a user quotes an event, is Windows\' own text and keeps its reading', () => {
    expect(
      causeIds(
        'Schannel: An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.',
      )[0],
    ).toBe(tlsProtocolMismatch.id);
  });
  it('true twin: the same status beside an RDP connection to port 3389 keeps its reading', () => {
    expect(
      causeIds(
        'mstsc to rdsh01:3389 fails; curl said schannel: next InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326)',
      )[0],
    ).toBe(tlsProtocolMismatch.id);
  });
});
