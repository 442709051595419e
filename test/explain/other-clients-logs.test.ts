/**
 * Issue 60, round 27 (r27-h60p): other Remote Desktop clients' and servers' logs read by their structure. FreeRDP's
 * post-connect lines (gdi_init_ex's framebuffer formats) say the connection came up, so a certificate warning above
 * them was answered; its ERRCONNECT_AUTHENTICATION_FAILED also means the password in the versions that set it for one;
 * its Azure AD phase (CONNECTION_STATE_AAD, aad.c's "Authentication result" HRESULT printed as a signed decimal, even as
 * a float) decides over the transport failure after it. xrdp's listener that cannot bind its port and its session
 * manager's exhausted display range; a client data block's type (TS_UD_HEADER) is no code. Each rule in a public log's
 * own words, beside a near miss and, where a gate narrows it, a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { XRDP_LOG_SENTENCES } from '../../src/explain/tables/program-logs/xrdp-logs.js';
import { answerOrRefused, causeIds, sentenceIds, summaryOrNone } from '../helpers/explain.js';

const CERT_WARNING = [
  "[20:35:06:233] [4632:4633] [WARN][com.freerdp.crypto] - Certificate verification failure 'self signed certificate (18)' at stack position 0",
  '[20:35:06:233] [4632:4633] [WARN][com.freerdp.crypto] - CN = RDPWindows',
];
// https://github.com/Fmstrat/winapps/issues/265 (the session opened after the warning)
const DRAWN = '[20:35:08:639] [4632:4633] [INFO][com.freerdp.gdi] - Local framebuffer format  PIXEL_FORMAT_BGRX32';

describe("FreeRDP's post-connect lines: the certificate warning above them was answered", () => {
  it('a certificate warning followed by the framebuffer formats names no cause', () => {
    const text = [...CERT_WARNING, DRAWN].join('\n');
    expect(sentenceIds(text)).toContain('freerdp-crypto-session-drawn');
    expect(causeIds(text)).toEqual([]);
  });
  it('near miss: the warning alone is still the certificate', () => {
    expect(causeIds(CERT_WARNING.join('\n'))[0]).toBe(tlsCertificate.id);
  });
  it('true twin: a failure after the session came up keeps its own reading', () => {
    const after =
      '[10:29:22:054] [1511:1512] [INFO][com.freerdp.core] - ERRINFO_SERVER_INSUFFICIENT_PRIVILEGES (0x00000009):The user cannot connect to the server due to insufficient access privileges.';
    expect(causeIds([...CERT_WARNING, DRAWN, after].join('\n'))[0]).toBe(authLogonRight.id);
  });
});

describe("FreeRDP's ERRCONNECT_AUTHENTICATION_FAILED", () => {
  it('names NLA and the password (Remmina on FreeRDP 2.0-dev, a mistyped password)', () => {
    // https://github.com/FreeRDP/Remmina/issues/798
    const text =
      '[10:45:30:106] [4930:4933] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_AUTHENTICATION_FAILED [0x20009]';
    expect(causeIds(text).slice(0, 2)).toEqual([credsspNla.id, authBadCredentials.id]);
  });
});

describe("FreeRDP's Azure AD phase and its HRESULT in decimal", () => {
  // https://github.com/FreeRDP/FreeRDP/issues/6529
  const aad = [
    '[22:07:17:194] [106395:00019f9c] [ERROR][com.freerdp.aad] - [aad_parse_state_auth]: Authentication result: -2146893048.000000',
    '[22:07:17:194] [106395:00019f9c] [ERROR][com.freerdp.core.rdp] - [rdp_recv_callback_int][0x61f000000080]: CONNECTION_STATE_AAD - aad_recv() fail',
    '[22:07:17:195] [106395:00019f9c] [ERROR][com.freerdp.core] - [rdp_client_wait_for_activation]: ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]',
  ];
  it('the refused Entra sign-in leads, not the transport failure after it; the float is read as its HRESULT', () => {
    const answer = answerOrRefused(aad.join('\n'));
    expect(causeIds(answer)[0]).toBe(credsspNla.id);
    expect(answer?.summary).toMatch(/token/i);
    expect(JSON.stringify(answer?.notes)).toMatch(/-2146893048\.000000 as -2146893048/);
  });
  it('near miss: the transport failure alone keeps its network reading', () => {
    expect(causeIds(aad[2])[0]).not.toBe(credsspNla.id);
  });
  it("a signed HRESULT after a label no table reads is read; a small number there is not; a float that isn't one neither", () => {
    expect(answerOrRefused('Authentication result: -2146893048')?.summary).toMatch(/token/i);
    expect(readPaste('Authentication result: 3').codes).toEqual([]);
    expect(readPaste('Authentication result: 1.000000').codes).toEqual([]);
  });
});

describe("xrdp's listener and its session manager's displays", () => {
  it('the listener that cannot bind its port: nothing listens; its socket, port and errno are no codes', () => {
    // https://github.com/neutrinolabs/xrdp/issues/2752 and https://github.com/neutrinolabs/xrdp/issues/880
    for (const text of [
      [
        'xrdp[19457]: [ERROR] g_tcp_bind(7, 3390) failed bind IPv6 (errno=98) and IPv4 (errno=22).',
        'xrdp[19457]: [ERROR] trans_listen_address failed',
        'xrdp[19457]: [ERROR] Failed to start xrdp daemon, possibly address already in use.',
        'systemd[1]: xrdp.service: Control process exited, code=exited, status=1/FAILURE',
      ].join('\n'),
      '[20170917-17:17:36] [ERROR] xrdp_listen_main_loop: listen error, possible port already in use',
    ]) {
      expect(causeIds(text), text).toEqual([networkUnreachable.id]);
      expect(answerOrRefused(text)?.paste?.parts.every((p) => p.table === 'sentence')).toBe(true);
    }
  });
  it("near miss: another program's address already in use is not xrdp's listener", () => {
    // Read against the row's own words (the whole paste's refusal is slow to reach for a fast test).
    const nginx = 'nginx: [emerg] bind() to 0.0.0.0:3389 failed (98: Address already in use)'.toLowerCase();
    const row = XRDP_LOG_SENTENCES.find((r) => r.id === 'xrdp-listener-failed');
    expect(row?.words.en.some((re) => re.test(nginx))).toBe(false);
    expect(
      row?.words.en.some((re) => re.test('xrdp_listen_main_loop: listen error, possible port already in use')),
    ).toBe(true);
  });
  it('no display left in the range is the session limit; the range is no code', () => {
    // https://github.com/neutrinolabs/xrdp/issues/2797
    const text = [
      '[20230920-12:45:41] [INFO ] Found X server running at /tmp/.X11-unix/X13',
      '[20230920-12:45:41] [ERROR] X server -- no display in range (10 to 13) is available',
      '[20230920-12:45:41] [ERROR] sesman_data_in: scp_process_msg failed',
    ].join('\n');
    expect(causeIds(text)[0]).toBe(sessionLimit.id);
    expect(causeIds('[ERROR] X server -- no display in range is available')[0]).toBe(sessionLimit.id);
  });
  it("a client data block's type is no code (xrdp's TS_UD_HEADER, FreeRDP's GCC block)", () => {
    // https://github.com/neutrinolabs/xrdp/issues/2599
    // Read by the paste reader (the whole answer's refusal is slow to reach for a fast test).
    for (const text of [
      '[20230328-22:29:27] [WARN ] Received [MS-RDPBCGR] TS_UD_HEADER type 0xc006 is unknown (ignored)',
      '[ERROR][com.freerdp.core.gcc] - Unknown GCC client data block: 0xC00A',
    ]) {
      const read = readPaste(text);
      expect(read.codes, text).toEqual([]);
      expect(
        read.ignored.some((i) => /client data block/.test(i)),
        text,
      ).toBe(true);
    }
    // True twin: the same number after a dialog's label is read.
    expect(answerOrRefused('Error code: 0xC006')).toBeDefined();
  });
});

describe("FreeRDP's composite numbers (error.h: the class in the high word, the code in the low one)", () => {
  it('a class 2 number typed alone or as THC-Hydra reports it is the connection error it names', () => {
    expect(causeIds('0x00020014')[0]).toBe(authBadCredentials.id);
    // https://github.com/FreeRDP/FreeRDP/issues/8445 (its code, copied alone)
    expect(causeIds('0x00020008')[0]).toBe(tlsProtocolMismatch.id);
    expect(causeIds('00020008')[0]).toBe(tlsProtocolMismatch.id);
    expect(causeIds('[DEBUG] rdp reported 00020014\n[ERROR] freerdp: The connection failed to establish.')[0]).toBe(
      authBadCredentials.id,
    );
  });
  it('near misses: a decimal of the same digits, a class 2 code FreeRDP does not name, a class 1 number alone', () => {
    expect(sentenceIds('20014').some((id) => id.startsWith('freerdp-'))).toBe(false);
    expect(readPaste('0x00020099').codes).toEqual([]);
    // Class 1 alone stays unread (ts-era-sentences.test.ts: Splashtop's table and NTSTATUS's debugger codes share it).
    expect(summaryOrNone('0x00010009')).toMatch(/not in our tables/);
  });
});

describe("FreeRDP's traced steps are not its failure", () => {
  // https://github.com/FreeRDP/FreeRDP/issues/6274
  const log = [
    "[20:50:58:720] [6892:6893] [WARN][com.freerdp.crypto] - Certificate verification failure 'unsupported certificate purpose (26)' at stack position 0",
    '[20:50:58:720] [6892:6893] [TRACE][com.freerdp.core.nla] -  InitializeSecurityContext status SEC_I_CONTINUE_NEEDED [0x00090312]',
    '[20:50:58:720] [6892:6893] [ERROR][com.freerdp.core.transport] - BIO_read returned an error: error:0B086079:x509 certificate routines:X509_STORE_CTX_purpose_inherit:unknown purpose id',
    '[20:50:58:720] [6892:6893] [ERROR][com.freerdp.core] - transport_read_layer:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]',
  ].join('\n');
  it('the NLA step traced before the failure is set aside; the certificate is read', () => {
    const answer = answerOrRefused(log);
    expect(causeIds(answer)[0]).toBe(tlsCertificate.id);
    expect(answer?.paste?.ignored.some((i) => i.startsWith('0x00090312: a status FreeRDP traced'))).toBe(true);
  });
  it('true twin: the same status typed alone is still read (not an error)', () => {
    expect(summaryOrNone('SEC_I_CONTINUE_NEEDED')).toMatch(/not an error/i);
    expect(summaryOrNone('0x00090312')).toMatch(/not an error/i);
  });
});

describe("Microsoft's web and macOS clients' exception line: its reason clause", () => {
  // https://github.com/MicrosoftDocs/windowsserverdocs/issues/584
  const line = (reason: string, file: string) =>
    `(unknown) 2018-04-09T15:37:36.250Z Connection(ERR): The connection generated an internal exception with disconnect code=UnknownError(46), extended code=<null>, reason=${reason}\n Thrown in thread 0 at:\n    ${file}`;
  it('an X509 reason thrown in the certificate code is the certificate; its numbers are no codes', () => {
    const text = line(
      'X509_NAME_print_ex failed, (OSSL error: ERR_error_string returned "error:00000000:lib(0):func(0):reason(0)")',
      'certificateutils.cpp(152)',
    );
    expect(sentenceIds(text)).toEqual(['client-exception-certificate']);
    expect(causeIds(text)).toEqual([tlsCertificate.id]);
  });
  it('near miss: the same line with another reason is not read as the certificate', () => {
    expect(sentenceIds(line('Socket closed', 'transport.cpp(88)'))).not.toContain('client-exception-certificate');
  });
});
