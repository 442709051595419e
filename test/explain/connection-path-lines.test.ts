/**
 * Issue 60 round 32 (r32-h64c): the error and warning lines of xrdp, FreeRDP and rdesktop, read as their source code
 * says (connection-path-lines.ts), and the decimals inside those programs' own log lines set aside
 * (program-log-numbers.ts). Each paste is the program's format string with plausible arguments, in the shape its
 * log prints it; beside each gate a near miss (another program's same words) and a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

const causesOrNone = (paste: string) => (answerOrRefused(paste)?.likelyCauses ?? []).map((c) => c.causeId);

const xrdp010 = (text: string, level = 'ERROR') => `[2025-03-04T09:15:27.118+0100] [${level}] ${text}`;
const xrdp09 = (text: string, level = 'ERROR') => `[20230612-08:41:03] [${level}] ${text}`;
const freerdp3 = (tag: string, fn: string, text: string, level = 'ERROR') =>
  `[09:15:27:118] [51872:0000caa1] [${level}][com.freerdp.${tag}] - [${fn}]: ${text}`;
const freerdp2 = (tag: string, text: string, level = 'ERROR') =>
  `[09:15:27:118] [51872:51873] [${level}][com.freerdp.${tag}] - ${text}`;

describe("xrdp's TLS set-up, by the lines of xrdp_iso.c and ssl_calls.c", () => {
  it('reads the security layer the client did not request, and the TLS files xrdp cannot use', () => {
    expect(causeIds(xrdp010('Server requires TLS for security, but the client did not request TLS.'))[0]).toBe(
      securityLayerMismatch.id,
    );
    const files = xrdp010(
      'Cannot accept TLS connections because certificate or private key file is not readable. certificate file: [/etc/xrdp/cert.pem], private key file: [/etc/xrdp/key.pem]',
    );
    expect(causeIds(files)[0]).toBe(tlsCertificate.id);
    expect(causeIds(xrdp010('Private key /etc/xrdp/key.pem and certificate /etc/xrdp/cert.pem do not match'))).toEqual([
      tlsCertificate.id,
    ]);
    expect(
      causeIds(
        xrdp010('No SSL/TLS protocols enabled. At least one protocol should be enabled to accept TLS connections.'),
      )[0],
    ).toBe(tlsProtocolMismatch.id);
    expect(causeIds(xrdp010('Unable to negotiate a TLS connection with the client'))[0]).toBe(tlsProtocolMismatch.id);
  });
  it("near miss: a mail server's own TLS requirement is not xrdp's line", () => {
    expect(sentenceIds('530 5.7.0 Must issue a STARTTLS command first: server requires TLS')).not.toContain(
      'xrdp-source-tls-required-not-requested',
    );
  });
});

describe("xrdp's session manager refusing a user whose password was right", () => {
  it('reads the group check, the root rule and the access rule as the logon right', () => {
    for (const line of [
      'User ana is not in TerminalServerUsers group tsusers. Access denied',
      "TerminalServerUsers group tsusers doesn't exist. Access denied for ana",
      'ROOT login attempted, but root login is disabled',
      'Access denied for user ana by your system admin',
    ])
      expect(causeIds(xrdp010(line)), line).toEqual([authLogonRight.id]);
    expect(causeIds(xrdp09('Cannot read group info! - login denied'))).toEqual([authLogonRight.id]);
  });
  it('reads "User is not authorized" after the login failure as the logon right, not the password', () => {
    const log = `${xrdp010('login failed for user ana', 'INFO ')}\n${xrdp010('User is not authorized', 'INFO ')}`;
    expect(causeIds(log)[0]).toBe(authLogonRight.id);
  });
  it("near miss: sudo's and a cloud API's own refusals are not xrdp's", () => {
    expect(sentenceIds('ana is not in the sudoers file.  This incident will be reported.')).not.toContain(
      'xrdp-source-group-access-denied',
    );
    expect(sentenceIds('User is not authorized to perform: ec2:DescribeInstances')).not.toContain(
      'xrdp-source-user-not-authorized',
    );
  });
  it("true twin: xrdp 0.10's PAM refusal, its date in the new form, is the password", () => {
    expect(causeIds(xrdp010('pam_authenticate failed: Authentication failure'))).toEqual([authBadCredentials.id]);
  });
});

describe("xrdp's session creation, by the statuses xrdp_mm.c prints", () => {
  it('reads the session limit and the displays taken as the session limit', () => {
    expect(causeIds(xrdp010("Can't create session for user ana - Max session limit reached", 'INFO '))).toEqual([
      sessionLimit.id,
    ]);
    expect(causeIds(xrdp010("Can't create session for user ana - No X displays are available", 'INFO '))).toEqual([
      sessionLimit.id,
    ]);
    expect(causeIds(xrdp09('max concurrent session limit exceeded. login for user ana denied'))).toEqual([
      sessionLimit.id,
    ]);
  });
  it('true twin: the X server that could not start is named, with no Remote Desktop cause', () => {
    const line = xrdp010("Can't create session for user ana - X server could not be started", 'INFO ');
    expect(sentenceIds(line)).toContain('xrdp-source-x-server-not-started');
    expect(causeIds(line)).toEqual([]);
  });
  it('near miss: the licensing PDU xrdp could not send is no licensing failure', () => {
    expect(causeIds(xrdp010('Sending [MS-RDPBCGR] Server License Error PDU with STATUS_VALID_CLIENT failed'))).toEqual(
      [],
    );
  });
});

describe("FreeRDP's lines by their step: negotiation, certificate, licence store, gateway, Kerberos", () => {
  it('reads the negotiation failure of FreeRDP 2 and 3 as the security layer', () => {
    expect(causeIds(freerdp3('core.nego', 'nego_connect', 'Protocol Security Negotiation Failure'))[0]).toBe(
      securityLayerMismatch.id,
    );
    expect(causeIds(freerdp2('core.nego', 'Protocol Security Negotiation Failure'))[0]).toBe(securityLayerMismatch.id);
    expect(
      causeIds(freerdp3('core.connection', 'rdp_server_accept_nego', 'server supports only NLA Security', 'WARN'))[0],
    ).toBe(securityLayerMismatch.id);
  });
  it('reads the certificate refused by configuration and the licence store', () => {
    expect(
      causeIds(
        freerdp3(
          'crypto',
          'tls_config_check_certificate',
          '[server.example.com:3389] certificate denied by configuration',
          'WARN',
        ),
      ),
    ).toEqual([tlsCertificate.id]);
    expect(
      causeIds(
        freerdp3(
          'core.license',
          'license_store_file',
          "Failed to open license file '/home/ana/.config/freerdp/licenses/srv.cal'",
        ),
      ),
    ).toEqual([licensingClientCache.id]);
  });
  it('reads the gateway refusing the tunnel and the revoked Kerberos account', () => {
    expect(
      causeIds(
        freerdp3(
          'core.gateway.rdg',
          'rdg_process_tunnel_authorization_response',
          'Tunnel authorization error E_PROXY_RAP_ACCESSDENIED',
        ),
      ),
    ).toContain(gatewayDenied.id);
    expect(causeIds(freerdp2('core.gateway.tsg', 'TsProxyAuthorizeTunnel failure'))[0]).toBe(gatewayDenied.id);
    expect(causeIds(freerdp2('core.transport', 'krb5_init_creds_get: Password revoked', 'WARN'))).toEqual([
      authAccountState.id,
    ]);
  });
  it("near miss: FreeRDP 1.0's negotiation line keeps its own reading, and a licence manager's file is not FreeRDP's", () => {
    expect(sentenceIds('Error: protocol security negotiation failure')).not.toContain('freerdp-source-nego-failure');
    expect(causesOrNone('lmgrd: Failed to open license file /opt/flexlm/license.dat')).not.toContain(
      licensingClientCache.id,
    );
  });
});

describe("rdesktop 1.9's lines by their step", () => {
  it('reads the name lookup, CredSSP, the licence store and the certificate', () => {
    expect(causeIds("Core(error): tcp_connect(), unable to resolve host 'server.example.com'")).toEqual([
      networkUnreachable.id,
    ]);
    expect(causeIds('Core(error): cssp_connect(), negotiation failed')).toEqual([credsspNla.id]);
    expect(causeIds('Core(error): save_license(), open() failed: Permission denied')).toEqual([
      licensingClientCache.id,
    ]);
    expect(
      causeIds(
        "Core(error): utils_cert_handle_exception(), verification for host 'server.example.com' certificate failed. Error = 0x42 (The certificate is NOT trusted.)",
      ),
    ).toEqual([tlsCertificate.id]);
  });
  it('true twin: the name lookup decides over the generic connect line', () => {
    const log =
      "Core(error): tcp_connect(), unable to resolve host 'srv'\nCore(error): tcp_connect(), unable to connect to srv";
    expect(sentenceIds(log)).not.toContain('rdesktop-tcp-connect-failed');
  });
});

describe("a decimal inside a program's own log line is its state, length or return value, no code", () => {
  it('sets aside the number in FreeRDP, xrdp, rdesktop and guacd lines', () => {
    for (const line of [
      freerdp3('core.gateway.rpc', 'rpc_client_recv_pdu_int', 'invalid rpc->State: 5', 'WARN'),
      freerdp2('core.rdp', 'rdp_recv_callback: CONNECTION_STATE_ACTIVE state 5', 'WARN'),
      xrdp010('xrdp_sec_recv : error - unexpected length 5'),
      xrdp09('lfreerdp_cache_brush: error idx 5'),
      'Protocol(error): rdp_out_unistr(), iconv(2) fail, errno 84',
      'guacd[1234]: ERROR:\tUnable to allocate channel 5',
    ])
      expect(causesOrNone(line), line).toEqual([]);
  });
  it('true twin: a hexadecimal code in the same lines is still read, and the number outside a log line too', () => {
    expect(causeIds(freerdp2('core.nla', 'SPNEGO failed with NTSTATUS: 0xC000006D'))).toContain(authBadCredentials.id);
    expect(causeIds('Error code: 0x5')).not.toEqual([]);
  });
});

describe("PAM's lines for xrdp's session manager: the account phase, and a refusal a later module overrides", () => {
  const pam = (text: string) => `Mar  4 09:15:27 host xrdp-sesman[2211]: ${text}`;
  it('reads the account phase refusing a user whose password was accepted as the logon right', () => {
    expect(causeIds(pam('pam_sss(xrdp-sesman:account): Access denied for user ana: 6 (Permission denied)'))).toEqual([
      authLogonRight.id,
    ]);
  });
  it("near miss: pam_unix's refusal followed by sssd's success is no failure", () => {
    const log = `${pam('pam_unix(xrdp-sesman:auth): authentication failure; logname= uid=0 euid=0 tty=xrdp-sesman ruser= rhost=  user=ana')}\n${pam('pam_sss(xrdp-sesman:auth): authentication success; logname= uid=0 euid=0 tty=xrdp-sesman ruser= rhost= user=ana')}`;
    expect(causesOrNone(log)).toEqual([]);
    expect(sentenceIds(log)).not.toContain('xrdp-sesman-credentials-refused');
  });
  it("true twin: pam_unix's refusal alone stays the password", () => {
    expect(
      causeIds(
        pam('pam_unix(xrdp-sesman:auth): authentication failure; logname= uid=0 euid=0 tty=xrdp-sesman user=ana'),
      ),
    ).toEqual([authBadCredentials.id]);
  });
});

describe("the gateway's 403, FreeRDP 1.x's NTLMSSP line, rdesktop's parse errors and fallbacks, xrdp's proxy", () => {
  it("reads the gateway's HTTP 403 as the gateway's refusal", () => {
    expect(causeIds(freerdp2('core.gateway.rdg', 'Unexpected NTLM challenge HTTP status: 403'))).toEqual([
      gatewayDenied.id,
    ]);
    expect(
      causeIds(
        freerdp3(
          'core.gateway.http',
          'http_response_log_error_status',
          'Unexpected HTTP status: HTTP_STATUS_FORBIDDEN [403]',
        ),
      ),
    ).toEqual([gatewayDenied.id]);
  });
  it("near miss: the gateway's 404 is no refusal of the user", () => {
    expect(
      causesOrNone(
        freerdp3(
          'core.gateway.http',
          'http_response_log_error_status',
          'Unexpected HTTP status: HTTP_STATUS_NOT_FOUND [404]',
        ),
      ),
    ).not.toContain(gatewayDenied.id);
  });
  it("reads FreeRDP 1.x's second line alone as its NLA failure", () => {
    expect(causeIds('If credentials are valid, the NTLMSSP implementation may be to blame.')).toContain(credsspNla.id);
  });
  it("names rdesktop's parse error and the NeutrinoRDP proxy's failure, with no cause", () => {
    const overrun =
      'Protocol(error): rdp.c:1123: process_demand_active(), consume of source descriptor from stream would overrun';
    expect(sentenceIds(overrun)).toContain('rdesktop-source-protocol-parse-error');
    expect(causesOrNone(overrun)).toEqual([]);
    const proxy = xrdp010(
      'NeutrinoRDP proxy connection: status [Failed], RDP client [192.0.2.7:52861], RDP server [192.0.2.20:3389], RDP server username [ana], xrdp pamusername [], xrdp process id [23641]',
    );
    expect(sentenceIds(proxy)).toContain('xrdp-source-neutrinordp-connect-failed');
    expect(causesOrNone(proxy)).toEqual([]);
  });
  it("reads rdesktop's NLA fallback and its connection as no failure, and the server requiring CredSSP as NLA", () => {
    const fallback = 'Failed to connect using NLA, trying with SSL\nConnection established using SSL.';
    expect(causesOrNone(fallback)).toEqual([]);
    expect(
      causeIds('Failed to connect using NLA, trying with SSL\nFailed to connect, CredSSP required by server.'),
    ).toEqual([credsspNla.id]);
  });
});
