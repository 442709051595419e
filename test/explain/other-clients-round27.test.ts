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
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { answerOrRefused, causeIds, expectRefused, sentenceIds } from '../helpers/explain.js';

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
    expectRefused('Authentication result: 3');
    expectRefused('Authentication result: 1.000000');
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
    const nginx = 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)';
    expect(sentenceIds(nginx)).not.toContain('xrdp-listener-failed');
    expect(causeIds(answerOrRefused(nginx))).not.toContain(networkUnreachable.id);
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
    expectRefused(
      [
        '[20230328-22:29:27] [WARN ] Received [MS-RDPBCGR] TS_UD_HEADER type 0xc006 is unknown (ignored)',
        '[20230328-22:29:27] [INFO ] TLS connection established from 192.168.153.241 port 48346: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384',
      ].join('\n'),
    );
    expectRefused('[ERROR][com.freerdp.core.gcc] - Unknown GCC client data block: 0xC00A');
    // True twin: the same number after a dialog's label is read.
    expect(answerOrRefused('Error code: 0xC006')).toBeDefined();
  });
});
