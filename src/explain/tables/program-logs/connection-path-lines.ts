/**
 * The error and warning lines xrdp, FreeRDP and rdesktop print on the path of a connection, read as their source
 * code says (issue 60, round 32). Each row is one format string of the program's source (or the closed list of texts
 * it prints into one: xrdp's session-creation statuses), with the step of the connection it comes from: the server's
 * security layer and TLS set-up (xrdp_iso.c, ssl_calls.c; FreeRDP's nego.c and connection.c; rdesktop's cssp.c), the
 * certificate check (FreeRDP's tls.c, rdesktop's utils.c), licensing (FreeRDP's connection.c and license.c, rdesktop's
 * licence.c), the RD Gateway (FreeRDP's rdg.c and tsg.c), the sign-in (xrdp's session manager: sesman_access.c,
 * login_info.c, session.c) and the session's creation (xrdp_mm.c with scp_application_types.c). A row states a cause
 * only where its source (or the project's maintainers) says what refused: the line's own step decides it, a later
 * step's line is a consequence (failure-order.ts).
 *
 * The measure behind these rows: every ERROR and WARNING format string of those files (FreeRDP 2.11 and 3.x, xrdp 0.9
 * and 0.10, rdesktop 1.9, guacd 1.5), instantiated with plausible arguments, run through the reader; the rows below are
 * the lines that state a cause and were not read, or were read as another step's cause.
 *
 * Every expression is bounded (no nested quantifier over the same characters): linear.
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const ENGLISH = 'English only: the program prints its log lines in English in every language of the system.';
const XRDP = 'https://github.com/neutrinolabs/xrdp/blob/devel';
const FREERDP = 'https://github.com/FreeRDP/FreeRDP/blob/master';
const RDESKTOP = 'https://github.com/rdesktop/rdesktop/blob/master';
const at = (repo: string, file: string, said: string) => `${file}, "${said}" (${repo}/${file})`;

const xrdp = logLines('xrdp', 'xrdp-source', ENGLISH);
const freerdp = logLines('FreeRDP', 'freerdp-source', ENGLISH);
const rdesktop = logLines('rdesktop', 'rdesktop-source', ENGLISH);

/** xrdp's security layer and TLS set-up (libxrdp/xrdp_iso.c, common/ssl_calls.c), before any sign-in. */
const XRDP_TLS_LINES: readonly KnownSentence[] = [
  xrdp(
    'tls-required-not-requested',
    'Server requires TLS for security, but the client did not request TLS.',
    /\bserver requires tls for security, but the client did not request tls\b/,
    {
      states: [securityLayerMismatch.id],
      meaning:
        'xrdp is set to accept only TLS (xrdp.ini security_layer=tls) and the client asked for Standard RDP Security only: the security layer cannot be agreed and xrdp refuses the connection at its first step. Let the client use TLS or NLA, or set security_layer=negotiate.',
      source: `xrdp ${at(XRDP, 'libxrdp/xrdp_iso.c', 'Server requires TLS for security, but the client did not request TLS.')} in xrdp_iso_negotiate_security, which answers with an RDP_NEG_FAILURE`,
    },
  ),
  xrdp(
    'tls-files-not-readable',
    'Cannot accept TLS connections because certificate or private key file is not readable.',
    /\bcannot accept tls connections because certificate or private key file is not readable\b/,
    {
      states: [tlsCertificate.id, securityLayerMismatch.id],
      meaning:
        "xrdp cannot read its TLS certificate or private key (xrdp.ini certificate= and key_file=), so it cannot offer TLS: a client that asks only for TLS or NLA is refused. Make both files readable by xrdp's user (the ssl-cert group on Debian and Ubuntu).",
      source: `xrdp ${at(XRDP, 'libxrdp/xrdp_iso.c', 'Cannot accept TLS connections because certificate or private key file is not readable. certificate file: [%s], private key file: [%s]')} (xrdp 0.10)`,
    },
  ),
  xrdp(
    'tls-key-not-loaded',
    'Error loading TLS private key from … / Private key … and certificate … do not match',
    /\berror loading tls (?:private key|certificate chain) from \S|\bprivate key \S{1,200} and certificate \S{1,200} do not match\b/,
    {
      states: [tlsCertificate.id],
      meaning:
        'xrdp could not load the TLS certificate or private key xrdp.ini names (a file that is not PEM, a chain it cannot read, or a key that belongs to another certificate): the TLS handshake with the client fails. Put a matching pair in place (openssl req -x509 … -keyout key.pem -out cert.pem).',
      source: `xrdp ${at(XRDP, 'common/ssl_calls.c', 'Error loading TLS private key from %s')}, "Error loading TLS certificate chain from %s" and "Private key %s and certificate %s do not match" in ssl_tls_accept`,
    },
  ),
  xrdp(
    'no-tls-protocols',
    'No SSL/TLS protocols enabled. At least one protocol should be enabled to accept TLS connections.',
    /\bno ssl\/tls protocols enabled\b/,
    {
      states: [tlsProtocolMismatch.id, securityLayerMismatch.id],
      meaning:
        "xrdp.ini's ssl_protocols names no TLS version this server's OpenSSL supports: xrdp offers no TLS version at all, so no client can complete a TLS or NLA connection. Name at least TLSv1.2 in ssl_protocols.",
      source: `xrdp ${at(XRDP, 'common/ssl_calls.c', 'No SSL/TLS protocols enabled. At least one protocol should be enabled to accept TLS connections.')} in ssl_get_protocols_from_string`,
    },
  ),
  xrdp(
    'tls-not-negotiated',
    'Unable to negotiate a TLS connection with the client / Invalid TLS cipher options …',
    /\bunable to negotiate a tls connection with the client\b|\binvalid tls cipher options\b/,
    {
      states: [tlsProtocolMismatch.id, handshakeAborted.id],
      meaning:
        "xrdp's TLS handshake with the client failed: the two sides share no TLS version or cipher suite (xrdp.ini ssl_protocols and tls_ciphers, an invalid cipher list among them), or the client closed the connection during the handshake.",
      source: `xrdp ${at(XRDP, 'common/ssl_calls.c', 'Unable to negotiate a TLS connection with the client')} and "Invalid TLS cipher options %s" in ssl_tls_accept`,
    },
  ),
];

/** xrdp's session manager refusing a user whose password was right (sesman_access.c, login_info.c; 0.9 access.c). */
const XRDP_SIGN_IN_LINES: readonly KnownSentence[] = [
  xrdp(
    'root-login-disabled',
    'ROOT login attempted, but root login is disabled',
    /\broot login attempted, but root login is disabled\b/,
    {
      states: [authLogonRight.id],
      meaning:
        "xrdp's session manager refuses root: sesman.ini [Security] AllowRootLogin=false. The account may not sign in through Remote Desktop on this server; sign in as another user.",
      source: `xrdp ${at(XRDP, 'sesman/libsesman/sesman_access.c', 'ROOT login attempted, but root login is disabled')} (0.10; sesman/access.c in 0.9, "[MNG] …" for its management logins)`,
    },
  ),
  xrdp(
    'group-access-denied',
    'User … is not in … group …. Access denied / … group is not defined. Access denied for …',
    /\buser \S{1,100} is not in \S{1,60} group \S{1,100}\. access denied\b|\bgroup (?:is not defined|\S{1,100} doesn't exist)\. access denied for \S|\berror checking \S{1,60} group \S{1,100}\. access denied for \S|\bcannot read group info! - login denied\b/,
    {
      states: [authLogonRight.id],
      meaning:
        "The password was right and xrdp's session manager refused the user: sesman.ini [Security] restricts sign-in to a group (TerminalServerUsers, or TerminalServerAdmins; AlwaysGroupCheck) and the user is not in it, or the group does not exist. Add the user to that group.",
      source: `xrdp ${at(XRDP, 'sesman/libsesman/sesman_access.c', 'User %s is not in %s group %s. Access denied')}, "%s group is not defined. Access denied for %s", "%s group %s doesn't exist. Access denied for %s", "Error checking %s group %s. Access denied for %s" (0.10) and sesman/access.c's "Cannot read group info! - login denied" (0.9)`,
    },
  ),
  xrdp(
    'denied-by-admin',
    'Access denied for user … by your system admin',
    /\baccess denied for user \S{1,100} by your system admin\b/,
    {
      states: [authLogonRight.id],
      meaning:
        "The password was right and xrdp's session manager refused the user by its access rules (sesman.ini's group check or root rule): the account may not sign in through Remote Desktop on this server.",
      source: `xrdp ${at(XRDP, 'sesman/sesexec/login_info.c', 'Access denied for user %s by your system admin')} (0.10, login_info_uds_login_user)`,
    },
  ),
  // Linux-PAM's account phase for xrdp's session manager (sssd's pam_sss, pam_access, pam_unix): the password was
  // accepted by the auth phase and the account phase refused the user. Near miss: its auth phase is the password's.
  xrdp(
    'pam-account-denied',
    'pam_sss(xrdp-sesman:account): Access denied for user … (Permission denied)',
    /\bpam_\w{1,30}\(xrdp-sesman:account\): access denied\b/,
    {
      states: [authLogonRight.id],
      meaning:
        "PAM's account check for xrdp's session manager refused the user after the password was accepted: an access rule of the Linux server (sssd's access_provider or simple_allow_groups, pam_access's access.conf) does not allow this account to sign in here.",
      source:
        'sssd src/sss_client/pam_sss.c, "Access denied for user %s: %d (%s)" in its account management (https://github.com/SSSD/sssd/blob/master/src/sss_client/pam_sss.c), logged under the xrdp-sesman PAM service (xrdp sesman/sesexec/auth_pam.c, pam_acct_mgmt, https://github.com/neutrinolabs/xrdp/blob/devel/sesman/sesexec/auth_pam.c)',
    },
  ),
  xrdp(
    'user-not-authorized',
    'User is not authorized',
    [/\buser is not authorized\b/, /\bxrdp|\bsesman|\blogin failed for user\b/],
    {
      states: [authLogonRight.id],
      overrides: ['xrdp-login-failed'],
      meaning:
        "xrdp's session manager's answer E_SCP_LOGIN_NOT_AUTHORIZED: the password was right and its access rules refuse the user (sesman.ini's group check or root rule).",
      source: `xrdp ${at(XRDP, 'libipm/scp_application_types.c', 'User is not authorized')} (scp_login_status_to_str, E_SCP_LOGIN_NOT_AUTHORIZED), printed by xrdp/xrdp_mm.c after a refused sign-in`,
    },
  ),
];

/** xrdp's licensing answer that could not be sent: no licensing failure (the connection was gone). */
const XRDP_LICENSING_LINES: readonly KnownSentence[] = [
  xrdp(
    'valid-client-not-sent',
    'Sending [MS-RDPBCGR] Server License Error PDU with STATUS_VALID_CLIENT failed',
    /\bserver license error pdu with status_valid_client failed\b|\blicense_error_message with status_valid_client failed\b/,
    {
      kind: 'unspecific',
      meaning:
        'xrdp grants every client its licence at once with the licensing PDU STATUS_VALID_CLIENT (xrdp has no licensing of its own): this line says xrdp could not send that PDU, because the connection was already closed or broken. No licensing failure: the lines before it say why the connection ended.',
      source: `xrdp ${at(XRDP, 'libxrdp/xrdp_sec.c', 'Sending [MS-RDPBCGR] Server License Error PDU with STATUS_VALID_CLIENT failed')} (0.10; 0.9: "Sending [MS-RDPELE] LICENSE_ERROR_MESSAGE with STATUS_VALID_CLIENT failed"); MS-RDPBCGR 2.2.1.12.1.3 (STATUS_VALID_CLIENT: the licence exchange is complete)`,
    },
  ),
];

/** xrdp's NeutrinoRDP proxy module (neutrinordp/xrdp-neutrinordp.c): its connection to the target failed, no reason. */
const XRDP_PROXY_LINES: readonly KnownSentence[] = [
  xrdp(
    'neutrinordp-connect-failed',
    'NeutrinoRDP proxy connection: status [Failed] / Neutrinordp connect failed.',
    /\bneutrinordp proxy connection: status \[failed\]|\bneutrinordp connect failed\b/,
    {
      kind: 'unspecific',
      meaning:
        'xrdp\'s NeutrinoRDP proxy (an RDP client built on FreeRDP 1.0 inside xrdp) could not connect to the target Remote Desktop server, and it says no more: its own words are "No more information is available" and "Check host is up and credentials are correct". The target unreachable, the credentials refused, or a security layer the old FreeRDP 1.0 cannot do (Network Level Authentication on newer Windows) all end here.',
      source: `xrdp ${at(XRDP, 'neutrinordp/xrdp-neutrinordp.c', 'NeutrinoRDP proxy connection: status [Failed], RDP client [%s], RDP server [%s:%d], RDP server username [%s], xrdp pamusername [%s], xrdp process id [%d]')}, and its messages "Neutrinordp connect failed.", "No more information is available", "Check host is up and credentials are correct"`,
      note: 'Connect to the target with xfreerdp from the xrdp server: its log names the step that fails.',
    },
  ),
];

/** xrdp's session creation refused (0.9 session.c; 0.10 xrdp_mm.c with scp_screate_status_to_str's texts). */
const XRDP_SESSION_LINES: readonly KnownSentence[] = [
  xrdp(
    'session-limit-reached',
    "max concurrent session limit exceeded. login for user … denied / Can't create session for user … - Max session limit reached",
    /\bmax concurrent session limit exceeded\b|\bcan't create session for user \S{1,100} - max session limit reached\b/,
    {
      states: [sessionLimit.id],
      meaning:
        "xrdp's session manager already runs as many sessions as sesman.ini [Sessions] MaxSessions allows: the sign-in is refused although the password is right. End disconnected sessions (KillDisconnected, DisconnectedTimeLimit) or raise MaxSessions.",
      source: `xrdp sesman/session.c (0.9), "max concurrent session limit exceeded. login for user %s denied"; ${at(XRDP, 'xrdp/xrdp_mm.c', "Can't create session for user %s - %s")} with libipm/scp_application_types.c's "Max session limit reached" (E_SCP_SCREATE_MAX_REACHED, 0.10)`,
    },
  ),
  xrdp(
    'no-x-display',
    "Can't create session for user … - No X displays are available",
    /\bcan't create session for user \S{1,100} - no x displays are available\b/,
    {
      states: [sessionLimit.id],
      meaning:
        "xrdp's session manager found no free X display for a new session (E_SCP_SCREATE_NO_DISPLAY): every display of its range is taken by sessions or by X servers left running. The sign-in is refused although the password is right.",
      source: `${at(XRDP, 'xrdp/xrdp_mm.c', "Can't create session for user %s - %s")} with libipm/scp_application_types.c's "No X displays are available" (E_SCP_SCREATE_NO_DISPLAY, 0.10)`,
      note: 'On the server: ps -ef | grep -E "Xorg|Xvnc" (X servers still running), MaxSessions and MaxDisplayNumber in /etc/xrdp/sesman.ini.',
    },
  ),
  xrdp(
    'x-server-not-started',
    "Can't create session for user … - X server could not be started",
    /\bcan't create session for user \S{1,100} - x server could not be started\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "The sign-in succeeded and xrdp's session manager could not start the X server of the session (E_SCP_SCREATE_X_SERVER_FAIL): the Linux desktop's side, not the Remote Desktop connection. The user's ~/.xorgxrdp.<display>.log says why.",
      source: `${at(XRDP, 'xrdp/xrdp_mm.c', "Can't create session for user %s - %s")} with libipm/scp_application_types.c's "X server could not be started" (E_SCP_SCREATE_X_SERVER_FAIL, 0.10)`,
    },
  ),
  // Round 32 (lead): the session's own programs after the sign-in, and sesman's start.
  xrdp(
    'window-manager-exited',
    'Window manager (pid …, display …) exited with … This could indicate a window manager config problem',
    /\bwindow manager \(pid \d{1,10}, display \d{1,6}\) exited with [^\n]{1,120}?could indicate a window manager config problem\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "The sign-in worked and the session's window manager (the desktop: startwm.sh, xfce4-session, gnome-session…) exited at once, so xrdp closes the session: the Linux desktop's side, not the Remote Desktop connection. A signal such as 11 is a crash of the desktop; the user's ~/.xsession-errors and the system journal say why.",
      source: `${at(XRDP, 'sesman/sesexec/session.c', 'Window manager (pid %d, display %d) exited with %s. This could indicate a window manager config problem')}`,
    },
  ),
  xrdp(
    'exec-failed',
    'Error calling exec (executable: …) returned errno: …, description: …',
    /\berror calling exec \(executable: [^\n]{1,200}?\) returned errno: ?\d{1,4}\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "xrdp's session manager could not run a program of the session (the executable it names, the system's errno and its text): when it is the X server (Xorg, Xvnc) the X server or xorgxrdp is not installed, or not where sesman.ini says; the Linux desktop's side, not the Remote Desktop connection.",
      source: `${at(XRDP, 'common/os_calls.c', 'Error calling exec (executable: %s, arguments: %s) returned errno: %d, description: %s')} (0.9: "executable: %s" alone)`,
    },
  ),
  xrdp(
    'sesman-config-missing',
    'Config file /etc/xrdp/sesman.ini does not exist',
    /\bconfig file \S{0,200}sesman\.ini does not exist\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "xrdp's session manager did not start: its configuration file sesman.ini is missing, an installation that did not finish (an interrupted dpkg or package install). Reinstall xrdp (sudo dpkg --configure -a, then reinstall the package); no Remote Desktop connection reached it.",
      source: `${at(XRDP, 'sesman/sesexec/sesexec.c', 'Config file %s does not exist')} (0.9: sesman/sesman.c)`,
    },
  ),
];

/** FreeRDP's security negotiation (nego.c, connection.c), certificate check (tls.c), licensing, gateway, Kerberos. */
const FREERDP_LINES: readonly KnownSentence[] = [
  freerdp(
    'nego-failure',
    'Protocol Security Negotiation Failure',
    // FreeRDP 2 and 3 print it after their tag or function ("[com.freerdp.core.nego] - …", "[nego_connect]: …");
    // FreeRDP 1.0's "Error: protocol security negotiation failure" is freerdp-legacy-logs.ts's.
    /(?:\]\s{0,3}-\s{0,3}|\]:\s{0,3})protocol security negotiation failure\b|\bno security protocol is enabled\b/,
    {
      states: [securityLayerMismatch.id],
      meaning:
        "FreeRDP and the server could not agree a security protocol (RDP, TLS, NLA) at the connection's first step: the server refused every protocol FreeRDP offered (the server's RDP_NEG_FAILURE, logged just before: HYBRID_REQUIRED_BY_SERVER, SSL_REQUIRED_BY_SERVER…), or FreeRDP was told to offer none. Offer what the server requires (/sec:nla, /sec:tls) or change the server's security layer.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/nego.c', 'Protocol Security Negotiation Failure')} and "No security protocol is enabled" in nego_connect`,
    },
  ),
  freerdp(
    'server-supports-only',
    'server supports only Standard RDP Security / only NLA Security / only a SSL based Security (TLS or NLA)',
    /\bserver supports only (?:standard rdp security|nla security|a ssl based security)\b/,
    {
      states: [securityLayerMismatch.id],
      meaning:
        "A FreeRDP-based server (gnome-remote-desktop, FreeRDP's own server or proxy) accepts only the security protocol named and the client did not request it: the security layer cannot be agreed.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/connection.c', 'server supports only Standard RDP Security')}, "server supports only NLA Security", "server supports only a SSL based Security (TLS or NLA)" in rdp_server_accept_nego`,
    },
  ),
  freerdp('license-aborted', 'license connection sequence aborted.', /\blicense connection sequence aborted\b/, {
    states: [licensingCalUnavailable.id, licensingServerUnavailable.id],
    meaning:
      "The licensing step failed: the server ended the licence exchange (its licensing error alert, ST_TOTAL_ABORT) before the session. In FreeRDP's reports the server had no client access licence to give (an administrator can still connect with /admin) or its licence server was not reached; FreeRDP's maintainers also advise removing the licences FreeRDP stored for that server.",
    source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/connection.c', 'license connection sequence aborted.')} in rdp_client_connect_license; the maintainers' answers in https://github.com/FreeRDP/FreeRDP/issues/4023 ("your host doesn't have a CAL and so you can connect only as an administrator"), https://github.com/FreeRDP/FreeRDP/issues/2196 (a licence server not reached) and https://github.com/FreeRDP/FreeRDP/issues/9013 ("the server does not accept something with regard to licensing … removing existing licenses from the freerdp configuration folder")`,
    note: "On the client: move ~/.config/freerdp/licenses (FreeRDP's stored licences) aside and connect again; on the server: RD Licensing Diagnoser.",
  }),
  freerdp(
    'license-store',
    "Failed to open license file '…' / Failed to write to license file '…'",
    // FreeRDP's line only (its license tag or function): other products keep licence files too (FlexLM's own lines).
    [
      /\bfailed to (?:get license (?:new )?(?:file|store) path|open license file|write to license file|move license file)\b/,
      /\[com\.freerdp\.core\.license\]|\[license_\w{1,60}\]:|\bfreerdp\b/,
    ],
    {
      states: [licensingClientCache.id],
      meaning:
        "FreeRDP could not read or write its own licence store (~/.config/freerdp/licenses, where it keeps the licence the server issued): the client's stored licence cannot be kept, so each connection asks for a new one. Make the folder writable by the user.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/license.c', "Failed to open license file '%s'")}, "Failed to write to license file '%s'", "Failed to move license file '%s' to '%s'", "Failed to get license file path from '%s' + '%s'" (its client licence store)`,
    },
  ),
  freerdp(
    'gateway-tunnel-refused',
    'Tunnel authorization error … / TsProxyAuthorizeTunnel failure',
    /\btunnel authorization error\b|\btsproxyauthorizetunnel(?:readresponse)? failure\b/,
    {
      states: [gatewayDenied.id],
      meaning:
        "The RD Gateway refused to authorize FreeRDP's tunnel to the session host: its connection authorization policy (CAP) or resource authorization policy (RAP) does not allow this user, device or target, before any session host saw the connection.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/gateway/rdg.c', 'Tunnel authorization error %s')} (rdg_process_tunnel_authorization_response, over HTTPS) and libfreerdp/core/gateway/tsg.c's "TsProxyAuthorizeTunnel failure" (over RPC); [MS-TSGU] 3.7.5.1 TsProxyAuthorizeTunnel`,
      note: 'On the gateway: its Microsoft-Windows-TerminalServices-Gateway/Operational log names the policy that refused the user.',
    },
  ),
  freerdp(
    'gateway-http-forbidden',
    'Unexpected NTLM challenge HTTP status: 403 / Unexpected HTTP status: HTTP_STATUS_FORBIDDEN [403]',
    /\bunexpected (?:ntlm challenge )?http status: (?:403\b|http_status_(?:forbidden|denied)\b)/,
    {
      states: [gatewayDenied.id],
      numbers: 'the HTTP status the RD Gateway answered (403 Forbidden), not a Windows code',
      meaning:
        "The RD Gateway answered FreeRDP's tunnel request with HTTP 403 Forbidden: the gateway received the request and refused it (its policies do not allow this user or device), before any session host saw the connection.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/gateway/http.c', 'Unexpected HTTP status: %s')} (FreeRDP 3; libfreerdp/core/gateway/wst.c likewise) and FreeRDP 2's libfreerdp/core/gateway/rdg.c "Unexpected NTLM challenge HTTP status: %ld"; RFC 9110 15.5.4 (403 Forbidden: the server understood the request and refuses it)`,
      note: 'On the gateway: its Microsoft-Windows-TerminalServices-Gateway/Operational log names the policy that refused the user.',
    },
  ),
  freerdp(
    'certificate-denied',
    '[…] certificate denied by configuration / VerifyX509Certificate failed',
    /\bcertificate denied by configuration\b|\bconfiguration denies user to accept certificates\b|\bhost key for \S{1,200} has changed and you have requested strict checking\b|\bverifyx509certificate failed: \(length = \d{1,8}\) status: \[-?\d{1,6}\]/,
    {
      states: [tlsCertificate.id],
      meaning:
        "FreeRDP refused the server's TLS certificate: it is not trusted (self-signed, expired, another name) and FreeRDP's settings deny accepting it, or the application's certificate check failed. Give the server a certificate the client trusts, or accept this one (/cert:tofu) after checking its fingerprint.",
      source: `FreeRDP ${at(FREERDP, 'libfreerdp/crypto/tls.c', '[%s] certificate denied by configuration')}, "[%s] configuration denies user to accept certificates" (tls_config_check_certificate), "Host key for %s has changed and you have requested strict checking." (tls_print_new_certificate_warn, /cert:deny) and "VerifyX509Certificate failed: (length = %u) status: [%d] %s" (tls_verify_certificate)`,
    },
  ),
  freerdp('kerberos-revoked', 'krb5_init_creds_get: Password revoked', /\bkrb5_init_creds_get: password revoked\b/, {
    states: [authAccountState.id],
    meaning:
      "The Kerberos KDC answered that the account's credentials are revoked (KRB5KDC_ERR_CLIENT_REVOKED): the account is disabled or locked out in the domain.",
    source: `FreeRDP ${at(FREERDP, 'libfreerdp/core/transport.c', 'krb5_init_creds_get: Password revoked')} (FreeRDP 2, transport_krb5_check_account); MIT Kerberos KRB5KDC_ERR_CLIENT_REVOKED "Client's credentials have been revoked"`,
  }),
];

/** rdesktop 1.9's lines (tcp.c, cssp.c, licence.c, utils.c). */
const RDESKTOP_LINES: readonly KnownSentence[] = [
  rdesktop(
    'resolve-host-failed',
    "Core(error): tcp_connect(), unable to resolve host '…'",
    /\btcp_connect\(\), unable to resolve host\b/,
    {
      states: [networkUnreachable.id],
      overrides: ['rdesktop-tcp-connect-failed'],
      meaning:
        "rdesktop could not resolve the server's name (getaddrinfo failed): no connection was tried. Check the name, the client's DNS, or connect by address.",
      source: `rdesktop ${at(RDESKTOP, 'tcp.c', "tcp_connect(), unable to resolve host '%s'")}`,
    },
  ),
  rdesktop(
    'protocol-parse-error',
    'Protocol(error): rdp.c:128: rdp_recv(), unexpected stream overrun',
    /\b\w{1,40}\(\), (?:unexpected stream overrun\b|consume (?:of )?[^\n]{1,80} from stream would overrun\b|[^\n]{1,80} would overrun stream\b)/,
    {
      kind: 'uncatalogued',
      meaning:
        'rdesktop could not parse a message of the server (shorter or longer than rdesktop expected) and exits: a limit or a bug of rdesktop with this server (rdesktop 1.8.5 and 1.8.6 with Windows 10 and Server 2003 in its issues), not the server refusing anything. A newer rdesktop, or another client (xfreerdp), connects.',
      source: `rdesktop rdp.c, _rdp_protocol_error: "%s:%d: %s(), %s" (${RDESKTOP}/rdp.c), with its messages ("unexpected stream overrun", "consume of … from stream would overrun"); rdesktop issues 339 and 341 (https://github.com/rdesktop/rdesktop/issues/339, https://github.com/rdesktop/rdesktop/issues/341)`,
    },
  ),
  rdesktop(
    'nla-fallback',
    'Failed to initialize NLA, do you have correct Kerberos TGT initialized ? / Failed to connect using NLA, trying with SSL',
    /\bfailed to connect using nla, trying with ssl\b|\bfailed to initiali[sz]e nla, do you have correct kerberos tgt initiali[sz]ed\b/,
    {
      kind: 'informational',
      meaning:
        'rdesktop could not start Network Level Authentication (it does CredSSP only with a Kerberos ticket, kinit) and tries again with TLS: no failure by itself. A server that requires NLA then refuses the TLS connection ("Failed to connect, CredSSP required by server."); one that allows it goes on ("Connection established using SSL.").',
      source: `rdesktop ${at(RDESKTOP, 'iso.c', 'Failed to connect using NLA, trying with SSL')} and cssp.c's "Failed to initialize NLA, do you have correct Kerberos TGT initialized ?"; rdesktop issue 72 (CredSSP only with Kerberos, https://github.com/rdesktop/rdesktop/issues/72)`,
    },
  ),
  rdesktop(
    'connection-established',
    'Connection established using SSL. / Connection successful',
    /\bconnection established using (?:ssl|credssp|plain rdp)\.|^\s{0,4}connection successful\s{0,2}$/m,
    {
      kind: 'informational',
      generic: true,
      meaning:
        "rdesktop connected to the server with the security layer the line names (TLS, CredSSP or Standard RDP Security): the connection's first steps succeeded. A failure the paste shows later is what its own lines say.",
      source: `rdesktop ${at(RDESKTOP, 'iso.c', 'Connection established using SSL.')} ("… using CredSSP.", "… using plain RDP.") and rdesktop.c's "Connection successful"`,
    },
  ),
  rdesktop(
    'cssp-negotiation-failed',
    'Core(error): cssp_connect(), negotiation failed',
    /\bcssp_connect\(\), negotiation failed\b/,
    {
      states: [credsspNla.id],
      meaning:
        "rdesktop's Network Level Authentication (CredSSP) exchange with the server failed: rdesktop does NLA only with a Kerberos ticket, so without one (or with a server that refuses it) the connection ends at this step.",
      source: `rdesktop ${at(RDESKTOP, 'cssp.c', 'cssp_connect(), negotiation failed')}; rdesktop issue 72 (CredSSP only with Kerberos, no NTLM, https://github.com/rdesktop/rdesktop/issues/72)`,
    },
  ),
  rdesktop(
    'save-license-failed',
    'Core(error): save_license(), open() failed: …',
    /\bsave_licen[cs]e\(\), (?:utils_mkdir_p|open|write|rename)\(\) failed\b/,
    {
      states: [licensingClientCache.id],
      meaning:
        "rdesktop could not store the licence the server issued (~/.local/share/rdesktop/licenses or ~/.rdesktop): the client's licence store is not writable, so each connection asks the server for a new licence.",
      source: `rdesktop ${at(RDESKTOP, 'licence.c', 'save_license(), open() failed: %s')}, and its utils_mkdir_p(), write() and rename() lines`,
    },
  ),
  rdesktop(
    'certificate-verification-failed',
    "Core(error): utils_cert_handle_exception(), verification for host '…' certificate failed",
    /\bverification for host '[^'\n]{1,200}' certificate failed\b/,
    {
      states: [tlsCertificate.id],
      numbers: "GnuTLS's verification status, said by its text after it, not a Remote Desktop code",
      meaning:
        "rdesktop could not verify the server's TLS certificate (GnuTLS's reason follows: not trusted, expired, another name) and the user did not accept an exception for it.",
      source: `rdesktop ${at(RDESKTOP, 'utils.c', "%s(), verification for host '%s' certificate failed. Error = 0x%x (%s)")}`,
    },
  ),
];

export const SOURCE_LINE_SENTENCES: readonly KnownSentence[] = [
  ...XRDP_TLS_LINES,
  ...XRDP_SIGN_IN_LINES,
  ...XRDP_LICENSING_LINES,
  ...XRDP_PROXY_LINES,
  ...XRDP_SESSION_LINES,
  ...FREERDP_LINES,
  ...RDESKTOP_LINES,
];
