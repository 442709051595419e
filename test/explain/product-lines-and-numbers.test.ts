/**
 * Issue 60 (r23-h60z): servers' and clients' own lines read as what they say, and numbers that are not codes. xrdp's
 * certificate files and its 0.10 sign-in line (xrdp-logs.ts), FreeRDP's certificate lines
 * (freerdp-certificate-lines.ts), guacd's lost instruction stream (guacamole-logs.ts), Rust's I/O errors as IronRDP
 * and Teleport print them (rust-io-errors.ts), RDP Wrapper's StartService error (service-control.ts), FreeRDP's
 * connection errors in decimal (third-party-clients.ts), two HRESULTs, and another program's name lookup error. The
 * lines are written here in each program's own form, each rule beside a near miss; the rows come from the registries.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { gatewayHostUnreachable } from '../../patterns/gateway-host-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { FREERDP_CERTIFICATE_SENTENCES } from '../../src/explain/tables/program-logs/freerdp-certificate-lines.js';
import { RUST_IO_SENTENCES } from '../../src/explain/tables/program-logs/rust-io-errors.js';
import {
  FREERDP_CONNECT_ERRORS,
  FREERDP_CONNECT_CLASS,
} from '../../src/explain/tables/program-logs/third-party-clients.js';
import { answerOrRefused, causeIds, expectRefused, sentenceIds, summaryOrNone } from '../helpers/explain.js';

const XRDP_DATE = '[20250114-09:12:40]';
const FREERDP_TAG = '[10:02:11:402] [4711:4712] [WARN][com.freerdp.crypto] -';

describe("xrdp's certificate files and its sign-in line", () => {
  it('a certificate or key file missing or unreadable is the certificate; the key by either error', () => {
    for (const [text, id] of [
      [`${XRDP_DATE} [ERROR] Cannot read certificate file /etc/xrdp/cert.pem: Permission denied`, 'certificate-file'],
      [
        `${XRDP_DATE} [ERROR] Cannot read private key file /etc/xrdp/key.pem: No such file or directory`,
        'certificate-file',
      ],
      ['xrdp-chkpriv output: [  NG  ] /etc/xrdp/cert.pem is not readable by xrdp:xrdp', 'chkpriv'],
    ] as const) {
      expect(sentenceIds(text)[0], text).toContain(id);
      expect(causeIds(text)[0], text).toBe(tlsCertificate.id);
    }
  });
  it('0.10\'s "login failed for user" is the sign-in refused; SQL Server\'s quoted user is not', () => {
    expect(causeIds(`${XRDP_DATE} [INFO ] login failed for user ana`)[0]).toBe(authBadCredentials.id);
    const sql = "Login failed for user 'ana'. (Microsoft SQL Server, Error: 18456)";
    expect(sentenceIds(sql)).not.toContain('xrdp-login-failed');
    expect(causeIds(sql)).not.toContain(authBadCredentials.id);
  });
});

describe("FreeRDP's certificate lines", () => {
  it("OpenSSL's verification failure and a changed host key are the certificate; their numbers are no code", () => {
    for (const text of [
      `${FREERDP_TAG} Certificate verification failure 'certificate has expired (10)' at stack position 0`,
      `${FREERDP_TAG} [verify_cb]: Certificate verification failure 'self-signed certificate in certificate chain (19)' at stack position 1`,
      `${FREERDP_TAG} @    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @`,
      `${FREERDP_TAG} [tls_print_certificate_error]: New host key for 10.1.2.3:3389`,
    ]) {
      expect(causeIds(text)[0], text).toBe(tlsCertificate.id);
      expect(
        answerOrRefused(text)?.paste?.parts.every((p) => p.table === 'sentence'),
        text,
      ).toBe(true);
    }
    expect(FREERDP_CERTIFICATE_SENTENCES.every((r) => r.source.includes('github.com/FreeRDP/FreeRDP'))).toBe(true);
  });

  it('the verification warning gives way to the failure FreeRDP logs after it', () => {
    const failure = '[10:02:11:530] [4711:4712] [ERROR][com.freerdp.core] - freerdp_set_last_error';
    const text = [
      `${FREERDP_TAG} Certificate verification failure 'self-signed certificate (18)' at stack position 0`,
      `${failure} ERRCONNECT_LOGON_FAILURE [0x00020014]`,
    ].join('\n');
    expect(causeIds(text)[0]).toBe(authBadCredentials.id);
    expect(causeIds(text)).not.toContain(tlsCertificate.id);
  });
});

describe("guacd's instruction stream and Rust's I/O errors", () => {
  it("guacd's lost Guacamole link is named, with no Remote Desktop cause", () => {
    const text = 'guacd[2210]: WARNING: Guacamole connection failure: Error filling instruction buffer';
    expect(sentenceIds(text)).toEqual(['guacamole-instruction-buffer']);
    expect(causeIds(text).filter((c) => c !== UNEXPLAINED)).toEqual([]);
  });
  it('each kind is read by its name and its errno is set aside', () => {
    const cases: [string, string][] = [
      ['Rdp(Io(Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" }))', networkDropped.id],
      ['Tcp(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })', networkUnreachable.id],
      ['Tcp(Error { kind: TimedOut, message: "connection timed out" })', networkUnreachable.id],
      ['Tcp(Os { code: 113, kind: HostUnreachable, message: "No route to host" })', networkUnreachable.id],
    ];
    for (const [text, cause] of cases) {
      expect(causeIds(text)[0], text).toBe(cause);
      expect(summaryOrNone(text), text).not.toMatch(/not in our tables/);
    }
    expect(RUST_IO_SENTENCES.every((r) => r.source.includes('doc.rust-lang.org'))).toBe(true);
  });
});

describe('numbers that are not what they look like', () => {
  it("RDP Wrapper's StartService error is the service's Win32 error, not System event 1056", () => {
    for (const text of [
      '[*] Starting TermService...\n[-] StartService error (code 1056).',
      'RDPWInst said StartService error (code 1056)',
    ]) {
      expect(summaryOrNone(text), text).toMatch(/already running/);
      expect(summaryOrNone(text), text).not.toMatch(/self-signed/);
    }
  });
  it("FreeRDP's connection errors in decimal after an exit code's label, by rule over its table", () => {
    for (const e of [FREERDP_CONNECT_ERRORS[0], FREERDP_CONNECT_ERRORS.at(-1)!]) {
      const text = `wfreerdp.exe ended, exit code ${FREERDP_CONNECT_CLASS + e.value}`;
      expect(sentenceIds(text), text).toEqual([`freerdp-errconnect-${e.suffix.toLowerCase().replace(/_/g, '-')}`]);
    }
    expectRefused(`process ${FREERDP_CONNECT_CLASS + 0xd} exited`);
  });
  it('two HRESULTs: a missing module and a failed call, named and pointing to NLA as a hint', () => {
    expect(summaryOrNone('mstsc in WinPE fails with error 0x8007007E')).toMatch(/module could not be found/);
    expect(summaryOrNone('An authentication error has occurred. Code: 0x80010105')).toMatch(/threw an exception/);
    expect(causeIds('An authentication error has occurred. Code: 0x80010105')).toContain(credsspNla.id);
  });
  it("another program's name lookup error number is not looked up in Remote Desktop's tables", () => {
    for (const text of [
      'name resolution failed with error 8',
      'Game client: failed to resolve host example.invalid, error 11',
    ]) {
      expect(
        causeIds(text).filter((c) => c !== UNEXPLAINED),
        text,
      ).toEqual([]);
      expect(summaryOrNone(text), text).toMatch(/^The text names a program's own name lookup/);
    }
    // Near miss: beside Remote Desktop's words the number is read as before.
    expect(causeIds('Remote Desktop: name resolution failed with error 8').length).toBeGreaterThan(0);
  });
});

describe("a client's gateway trace, RDP Wrapper's listener, and a setting beside a failure", () => {
  it("the client's gateway transport trace in any language's event list; a chat bot's gateway is not it", () => {
    const trace =
      "Disconnect trace:'Gateway connection disconnected.' in CClientHTTPProxyTransport::OnDisconnected at 807 err=[0x1e]";
    for (const text of [trace, `Información 1107 "${trace}", código de error:0x1E`]) {
      expect(causeIds(text).slice(0, 2), text).toEqual([networkDropped.id, gatewayHostUnreachable.id]);
      expect(summaryOrNone(text), text).not.toMatch(/not in our tables/);
    }
    expectRefused('[BOT] Gateway connection disconnected. The library will attempt to reconnect.');
  });
  it('RDP Wrapper\'s "Listener state: Not listening" is the port closed; "Listening" is not read', () => {
    const text =
      'Diagnostics\nWrapper state: Installed\nService state: Running\nListener state: Not listening [not supported]';
    expect(causeIds(text)[0]).toBe(networkUnreachable.id);
    expect(sentenceIds('Listener state: Listening [fully supported]')).not.toContain('rdpwrap-listener-not-listening');
  });
  it('PortNumber beside a port test that gets no answer reads the test, the setting a note; alone, the setting', () => {
    const setting = '    PortNumber    REG_DWORD    0xd3d';
    const both = answerOrRefused(`${setting}\n\nPORT     STATE    SERVICE\n3389/tcp filtered ms-wbt-server`);
    expect(both?.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(both?.notes.some((n) => /PortNumber = 3389/.test(n))).toBe(true);
    expect(causeIds(setting)).toEqual([]);
    expect(summaryOrNone(setting)).toMatch(/PortNumber = 3389/);
  });
  it("another program's errno in a Rust error and robocopy's Win32 error are not Remote Desktop codes", () => {
    expectRefused('Error: Os { code: 2, kind: NotFound, message: "No such file or directory" }');
    const copy = 'ERROR 5 (0x00000005) Accessing Source Directory D:\\share\\';
    expect(causeIds(copy).filter((c) => c !== UNEXPLAINED)).toEqual([]);
    expect(summaryOrNone(copy)).toMatch(/file copy/);
  });
});

describe("a setting's or a running service's numbers beside the user's words for the failure", () => {
  const query =
    'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v PortNumber';
  it("PortNumber's value is the port, not a code; the words that the port is closed are the reading", () => {
    const text = `Clients cannot reach the server: port 3389 is closed from the internet.\n${query}\nshows 0xd3d`;
    expect(causeIds(text)[0]).toBe(networkUnreachable.id);
    expect(answerOrRefused(text)?.paste?.ignored?.some((n) => /PortNumber, a setting: 3389/.test(n))).toBe(true);
    // Near miss: a dialog's code further on is still read.
    expect(summaryOrNone(`PortNumber is 0xd3d; the client shows Error code: 0x204`)).not.toMatch(/not in our tables/);
  });
  it('TermService already running beside "not listening": the words say what fails, the service a note', () => {
    const text = 'RDP Wrapper is fully supported but not listening; RDPWInst printed StartService error (code 1056)';
    const answer = answerOrRefused(text);
    expect(answer?.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(answer?.notes.some((n) => /already running/.test(n))).toBe(true);
  });
});

describe("a program's own start and xrdp's connection closed before its request", () => {
  it("0x8007007E of a program that cannot start is that program's; of the Remote Desktop client, read", () => {
    for (const text of ['The program failed to start: 0x8007007E', 'LoadLibraryW failed, error 0x8007007E'])
      expect(
        causeIds(text).filter((c) => c !== UNEXPLAINED),
        text,
      ).toEqual([]);
    expect(causeIds('Remote Desktop Connection in a trimmed image: 0x8007007E')).toContain(credsspNla.id);
    expect(summaryOrNone('Error 2: name resolution failed')).toMatch(/^The text names a program's own name lookup/);
  });
  it("xrdp's connection closed before the request is the handshake; beside the unreadable key, the key first", () => {
    const early = `${XRDP_DATE} [ERROR] libxrdp_force_read: header read error`;
    expect(causeIds(early)[0]).toBe(handshakeAborted.id);
    const key = `${XRDP_DATE} [ERROR] Cannot read private key file /etc/xrdp/key.pem: Permission denied`;
    expect(causeIds(`${key}\n${early}`)[0]).toBe(tlsCertificate.id);
  });
});

// Round 25 (r25-s19w): xrdp_sec.c's warning that no encryption level is shared (github.com/neutrinolabs/xrdp/issues/2377).
describe("xrdp's warning that client and server share no encryption", () => {
  const selected = `${XRDP_DATE} [INFO ] Security protocol: configured [RDP], requested [RDP], selected [RDP]`;
  const warning = `${XRDP_DATE} [WARN ] Client and server do not both support the same encryption.`;
  const early = `${XRDP_DATE} [ERROR] libxrdp_force_read: header read error`;
  it('the warning, after the connection closed early, is the security layer', () => {
    expect(causeIds(`${selected}\n${early}\n${warning}`)[0]).toBe(securityLayerMismatch.id);
    expect(causeIds(warning)[0]).toBe(securityLayerMismatch.id);
  });
  it('near miss: xrdp both supporting no encryption (its debug line) names no security layer', () => {
    const none = `${XRDP_DATE} [DEBUG] Client and server both support no encryption, RDP encryption is disabled.`;
    expect(answerOrRefused(none)?.likelyCauses.map((c) => c.causeId) ?? []).not.toContain(securityLayerMismatch.id);
  });
  it('twin: the connection closed early without the warning stays the handshake', () => {
    expect(causeIds(`${selected}\n${early}`)[0]).toBe(handshakeAborted.id);
  });
});
