/**
 * Issue 60 (r20-h60m): the logs of Remote Desktop servers and clients other than mstsc read as what they say: xrdp's
 * (xrdp-logs.ts), rdesktop's (rdesktop-logs.ts), guacd's and Guacamole's own (guacamole-logs.ts), FreeRDP's licensing
 * alerts and phases (third-party-clients.ts). The log lines here are written in each program's own form for this
 * test, each rule beside a near miss; the rows are taken from the registries.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { GUACAMOLE_LOG_SENTENCES } from '../../src/explain/tables/program-logs/guacamole-logs.js';
import { RDESKTOP_LOG_SENTENCES } from '../../src/explain/tables/program-logs/rdesktop-logs.js';
import { REDEMPTION_SENTENCES } from '../../src/explain/tables/program-logs/redemption-messages.js';
import { THIRD_PARTY_SENTENCES } from '../../src/explain/tables/program-logs/third-party-clients.js';
import { XRDP_LOG_SENTENCES } from '../../src/explain/tables/program-logs/xrdp-logs.js';
import { answerOrRefused, causeIds, expectRefused, sentenceIds } from '../helpers/explain.js';

const reading = (text: string) => explainCode(text).paste?.parts ?? [];
/** Nothing but the log's line was read: its dates, ports, sockets and displays are no code. */
const onlyTheLine = (text: string, id: string) => {
  expect(sentenceIds(text), text).toEqual([id]);
  expect(
    reading(text).filter((p) => p.table !== 'sentence'),
    text,
  ).toEqual([]);
};
const XRDP_DATE = '[20240320-16:35:30]';
const XRDP_NEW_DATE = '[2025-02-03T15:08:25.701+0200]';

describe('the log tables: each row names its product, its source and what it is', () => {
  it('every row has its project on GitHub (or its maintainers) in its source, and a reading', () => {
    const repos: [
      readonly { source: string; states?: readonly string[]; kind?: string; codeName?: string }[],
      string,
    ][] = [
      [XRDP_LOG_SENTENCES, 'github.com/neutrinolabs/xrdp'],
      [RDESKTOP_LOG_SENTENCES, 'github.com/rdesktop/rdesktop'],
      [GUACAMOLE_LOG_SENTENCES, 'github.com/apache/guacamole-'],
      [REDEMPTION_SENTENCES, 'github.com/wallix/redemption'],
    ];
    for (const [rows, repo] of repos)
      for (const row of rows) {
        expect(row.source).toContain(repo);
        expect(Boolean(row.states?.length || row.kind || row.codeName), row.source).toBe(true);
      }
  });
});

describe("xrdp's logs: its own parts are not the client's connection", () => {
  it("the session manager unreachable is xrdp's, not an unreachable server; its address and port are no code", () => {
    for (const text of [
      `${XRDP_DATE} [ERROR] xrdp_wm_log_msg: Error connecting to sesman: 127.0.0.1 port: 3350`,
      `${XRDP_DATE} [DEBUG] xrdp_wm_log_msg: connecting to sesman ip 127.0.0.1 port 3350\nxrdp_mm_connect: connect failed trying again...`,
      `${XRDP_NEW_DATE} [ERROR] Error connecting to sesman on 127.0.0.1:3350`,
    ]) {
      onlyTheLine(text, 'xrdp-sesman-unreachable');
      expect(causeIds(text), text).toEqual([]);
    }
    expect(explainCode(`${XRDP_DATE} xrdp_mm_connect: connect failed trying again...`).summary).toMatch(
      /its own session manager/,
    );
  });
  it('login failed (both spellings) is the sign-in refused; the display number is no code', () => {
    for (const text of [
      `${XRDP_DATE} [INFO ] xrdp_wm_log_msg: login failed for display 0`,
      'xrdp_mm_process_login_responce: login failed',
      'xrdp_mm_process_login_response: login failed',
    ]) {
      onlyTheLine(text, 'xrdp-login-failed');
      expect(causeIds(text)[0], text).toBe(authBadCredentials.id);
    }
  });
  it("sesman's transport lines are not the failure: alone no cause, beside AUTHFAIL the password", () => {
    const closed = `${XRDP_DATE} [ERROR] sesman_data_in: scp_process_msg failed\n${XRDP_DATE} [ERROR] sesman_main_loop: trans_check_wait_objs failed, removing trans`;
    expect(causeIds(closed)).toEqual([]);
    expect(explainCode(closed).summary).toMatch(/not the failure/);
    const withAuthfail = `${XRDP_DATE} [INFO ] AUTHFAIL: user=someone ip=198.51.100.7 time=1711358374\n${closed}`;
    expect(causeIds(withAuthfail)[0]).toBe(authBadCredentials.id);
    expect(explainCode(withAuthfail).summary).toMatch(/PAM refused/);
    // The newer date form is no code either.
    onlyTheLine(
      `${XRDP_NEW_DATE} [ERROR] sesexec_main_loop: trans_check_wait_objs failed for ECP transport`,
      'xrdp-sesman-transport-closed',
    );
  });
  it('the X server that did not start is a session start failure, read over the success line before it', () => {
    const failed = `${XRDP_DATE} [INFO ] Session started successfully for user u1 on display 10\n${XRDP_DATE} [WARN ] Timed out waiting for X server on display 10 to startup\n${XRDP_DATE} [ERROR] There is no X server active on display 10`;
    expect(explainCode(failed).summary).toMatch(/could not start the desktop/);
    expect(causeIds(failed)).toEqual([]);
    // Near miss: the success line alone is no failure.
    const ok = `${XRDP_DATE} [INFO ] Session started successfully for user u1 on display 10`;
    expect(explainCode(ok).summary).toMatch(/^Success/);
    expect(causeIds(ok)).toEqual([]);
  });
  it("TLS accept failures and an unreadable key say the server's TLS; sesman's refusal is not the network's", () => {
    expect(causeIds(`${XRDP_DATE} [ERROR] trans_set_tls_mode: ssl_tls_accept failed`)).toContain(
      tlsProtocolMismatch.id,
    );
    expect(causeIds('Cannot read private key file /etc/xrdp/key.pem: Permission denied')).toContain(
      securityLayerMismatch.id,
    );
    const refused = `${XRDP_DATE} [WARN ] unknown protocol version specified. connection refused.`;
    expect(causeIds(refused)).not.toContain(networkUnreachable.id);
  });
});

describe("xrdp's Standard RDP Security keys (xrdp issue 891)", () => {
  it('rsakeys.ini unreadable after the layer selected is the security layer, then the key; no number read', () => {
    const log = `${XRDP_DATE} [DEBUG] Security layer: requested 11, selected 0\n${XRDP_DATE} [CORE ] XRDP cannot read file: /etc/xrdp/rsakeys.ini (check permissions)`;
    expect(sentenceIds(log)).toEqual(['xrdp-rsa-keys-unreadable']);
    expect(causeIds(log).slice(0, 2)).toEqual([securityLayerMismatch.id, tlsCertificate.id]);
    expect(reading(log).filter((p) => p.table !== 'sentence')).toEqual([]);
    // True twin: the newer date form and level, another configuration folder.
    onlyTheLine(
      `${XRDP_NEW_DATE} [ERROR] XRDP cannot read file: /usr/local/etc/xrdp/rsakeys.ini (check permissions)`,
      'xrdp-rsa-keys-unreadable',
    );
    // Near miss: another program's unreadable file, without xrdp's name in its line.
    expect(sentenceIds('Cannot read file: /etc/app/keys.ini (check permissions)')).not.toContain(
      'xrdp-rsa-keys-unreadable',
    );
  });
});

describe("WALLIX Bastion's RDP proxy (redemption issue 46)", () => {
  it('its TLS security exchange failure is the TLS or the security layer; the version and state are no code', () => {
    const page =
      "I'm unable to connect to any Windows 2008 R2 server using 7.2.23\n\n**'RDP' failed at RDP_NEGO state. Fail during TLS security exchange**";
    expect(sentenceIds(page)).toEqual(['redemption-tls-security-exchange']);
    expect(causeIds(page).slice(0, 2)).toEqual([tlsProtocolMismatch.id, securityLayerMismatch.id]);
    // True twins: the message alone, and its NLA form.
    for (const text of [
      'Fail during TLS security exchange.',
      'Fail during TLS security exchange. Enable NLA is probably required.',
    ])
      expect(sentenceIds(text), text).toEqual(['redemption-tls-security-exchange']);
    // Near misses: its other steps' messages are not the TLS exchange.
    for (const text of ['Fail during basic setting exchange.', 'Fail during channels connection.'])
      expect(sentenceIds(text), text).not.toContain('redemption-tls-security-exchange');
  });
  it('its sign-in message is the credentials; another "login/password" sentence is not it', () => {
    expect(causeIds('Provided login/password is probably incorrect.')[0]).toBe(authBadCredentials.id);
    expect(sentenceIds('The provided login/password is correct.')).not.toContain('redemption-login-password');
  });
});

describe("rdesktop's lines", () => {
  it('tcp_connect() unable to connect is the unreachable server; a TLS line before it decides', () => {
    expect(causeIds('Core(error): tcp_connect(), unable to connect to 203.0.113.9')[0]).toBe(networkUnreachable.id);
    const tls =
      'Core(error): tcp_tls_connect(), TLS handshake failed. GnuTLS error: The operation timed out\nCore(error): tcp_connect(), unable to connect to 203.0.113.9';
    expect(sentenceIds(tls)).toEqual(['rdesktop-tls-handshake-failed']);
    expect(causeIds(tls)[0]).toBe(tlsProtocolMismatch.id);
  });
  it("the CredSSP line decides over the reset after it; the reset alone is the connection cut; ssh's is not", () => {
    const credssp =
      'ERROR: CredSSP: Initialize failed, do you have correct kerberos tgt initialized ?\nERROR: recv: Connection reset by peer';
    expect(causeIds(credssp)).toEqual([credsspNla.id]);
    expect(causeIds('ERROR: recv: Connection reset by peer')).toEqual([networkDropped.id]);
    expect(answerOrRefused('ssh: read: Connection reset by peer')?.other?.name).toBeUndefined();
  });
  it("a negotiation failure's reason decides over the reset beside it", () => {
    const neg =
      'Protocol(warning): Protocol negotiation failed with reason: SSL not allowed by server\nERROR: recv: Connection reset by peer';
    expect(causeIds(neg)[0]).toBe(securityLayerMismatch.id);
  });
  it('the retry with plain RDP is the server refusing TLS: no cause alone, its security settings beside a failure', () => {
    const retry = 'Failed to negotiate protocol, retrying with plain RDP.';
    onlyTheLine(retry, 'rdesktop-retry-plain-rdp');
    expect(causeIds(`${retry}\nWARNING: Remote desktop does not support colour depth 24; falling back to 16`)).toEqual(
      [],
    );
    const failed = `${retry}\nERROR: recv: Connection reset by peer`;
    expect(sentenceIds(failed)).toEqual(['rdesktop-retry-plain-rdp-failed']);
    expect(causeIds(failed).slice(0, 2)).toEqual([securityLayerMismatch.id, tlsCertificate.id]);
  });
  it("iso_connect's packet type is no code; Failed to open display is rdesktop's only beside its name", () => {
    onlyTheLine('Protocol(error): iso_connect(), expected ISO_PDU_CC, got 0x0', 'rdesktop-iso-connect-unexpected');
    expect(explainCode('Protocol(error): iso_connect(), expected ISO_PDU_CC, got 0x0').summary).not.toMatch(
      /No information is available/,
    );
    expect(causeIds('$ rdesktop 10.0.0.4\nFailed to open display')).toEqual([]);
    expectRefused('xclock: Failed to open display');
  });
  it("each disconnect text is the server's extended code it stands for (from the registry)", () => {
    for (const row of RDESKTOP_LOG_SENTENCES.filter((r) => r.codeName?.startsWith('exDiscReason'))) {
      const text = `disconnect: ${/"disconnect: ([^"]+)"/.exec(row.what)?.[1]}`;
      expect(sentenceIds(text), text).toEqual([row.id]);
      expect(causeIds(text), text).toEqual(causeIds(row.codeName ?? ''));
    }
  });
});

describe("FreeRDP's licensing: the alert and the phase decide over the transport failure", () => {
  const LICENSE = '[16:51:47:286] [11166:11188] [DEBUG][com.freerdp.core.license] -';
  const TRANSPORT =
    '[16:51:47:286] [11166:11188] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]';
  const alerts = THIRD_PARTY_SENTENCES.filter((s) => s.id.startsWith('freerdp-license-alert-'));
  const nameOf = (id: string) => id.replace('freerdp-license-alert-', '').replace(/-/g, '_').toUpperCase();

  it('every alert is read by its name, never as the network', () => {
    expect(alerts.length).toBeGreaterThan(5);
    for (const s of alerts) {
      const text = `${LICENSE} Receiving Error Alert Packet\n${LICENSE} dwErrorCode: ${nameOf(s.id)}, dwStateTransition: ST_TOTAL_ABORT\n[ERROR][com.freerdp.core.connection] - license connection sequence aborted.\n${TRANSPORT}`;
      expect(sentenceIds(text), text).toContain(s.id);
      expect(causeIds(text), text).not.toContain(networkDropped.id);
    }
  });
  it("ERR_INVALID_CLIENT is the client's stored licence first; ERR_NO_LICENSE_SERVER the licence server", () => {
    const invalid = `${LICENSE} dwErrorCode: ERR_INVALID_CLIENT, dwStateTransition: ST_TOTAL_ABORT\n${TRANSPORT}`;
    expect(causeIds(invalid)[0]).toBe(licensingClientCache.id);
    const noServer = `${LICENSE} dwErrorCode: ERR_NO_LICENSE_SERVER, dwStateTransition: ST_TOTAL_ABORT`;
    expect(causeIds(noServer)).toEqual([licensingServerUnavailable.id]);
  });
  it('near miss: STATUS_VALID_CLIENT with ST_NO_TRANSITION is success, and the failure after it decides', () => {
    const ok = `${LICENSE} dwErrorCode: STATUS_VALID_CLIENT, dwStateTransition: ST_NO_TRANSITION`;
    expect(causeIds(ok)).toEqual([]);
    expect(explainCode(ok).summary).toMatch(/^Success/);
    expect(sentenceIds(`${ok}\n${TRANSPORT}`)).toContain('freerdp-errconnect-connect-transport-failed');
  });
  it('the licensing state before TRANSPORT_FAILED reads it as licensing; a client resize as the client', () => {
    const phase = `[ERROR][com.freerdp.core.rdp] - [rdp_recv_callback_int]: CONNECTION_STATE_LICENSING status STATE_RUN_FAILED [-1]\n${TRANSPORT}`;
    expect(causeIds(phase)).not.toContain(networkDropped.id);
    expect(causeIds(phase)).toContain(licensingServerUnavailable.id);
    const resize = `[ERROR][com.freerdp.core.connection] - client desktop resize callback failed\n${TRANSPORT}`;
    expect(causeIds(resize)).toEqual([]);
  });
  it('a negotiation failure logged beside TRANSPORT_FAILED decides', () => {
    const neg = `${TRANSPORT}\n[WARN][com.freerdp.core.nego] - Error: SSL_NOT_ALLOWED_BY_SERVER [0x00000002]`;
    expect(causeIds(neg)).toEqual([securityLayerMismatch.id]);
  });
  it('CONNECT_CANCELLED after the activation timeout is a timeout, with what the timeout means', () => {
    const text =
      '[ERROR][com.freerdp.core.connection] - Timeout waiting for activation\n[ERROR][com.freerdp.core] - freerdp_abort_connect:freerdp_set_last_error_ex ERRCONNECT_CONNECT_CANCELLED [0x0002000B]';
    const summary = explainCode(text).summary;
    expect(summary).toMatch(/no user cancelled it/);
    expect(summary).toMatch(/did not finish activating the session in time/);
    expect(summary).toMatch(/broken state/);
  });
  it("CONNECT_FAILED beside connect()'s timed out or no route is the unreachable server too", () => {
    const code = 'freerdp_set_last_error_ex ERRCONNECT_CONNECT_FAILED [0x00020006]';
    for (const errno of ['Connection timed out [110]', 'No route to host [113]'])
      expect(causeIds(`unable to connect to host: ${errno}\n${code}`)[0], errno).toBe(networkUnreachable.id);
  });
});

describe("Guacamole's own lines name the part of Guacamole that failed", () => {
  it('no RDP support, and the link to guacd, blame no Remote Desktop cause', () => {
    for (const text of [
      'guacd[9642]: WARNING: Support for protocol "rdp" is not installed',
      'ERROR o.a.g.w.GuacamoleWebSocketTunnelEndpoint - Creation of WebSocket tunnel to guacd failed: Connection to guacd timed out.',
    ])
      expect(causeIds(text), text).toEqual([]);
  });
  it("the home directory line names the cause of FreeRDP's failed initialization", () => {
    const text =
      'guacd[37488]: WARNING: FreeRDP initialization may fail: The current user\'s home directory ("/usr/sbin") is not writable\nguacd[37488]: ERROR: FreeRDP initialization failed before connecting. Please check for errors earlier in the logs';
    expect(sentenceIds(text)).toEqual(['guacamole-home-not-writable']);
    expect(sentenceIds('FreeRDP initialization failed before connecting.')).toEqual(['guacamole-freerdp-init-failed']);
  });
});
