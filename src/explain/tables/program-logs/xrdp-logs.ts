/**
 * xrdp's logs (/var/log/xrdp.log from the RDP server process, /var/log/xrdp-sesman.log from its session manager), read
 * as what each line says (issue 60). xrdp is the Remote Desktop server of Linux hosts: most of its lines are about its
 * own parts (its session manager on 127.0.0.1 port 3350, the X server it starts, its channel server), not about the
 * connection between the client and the server, and no cause of the catalogue covers them. The bracketed date at a
 * line's start ([20220502-00:31:32], or [2025-02-03T15:08:25.701+0200] since 0.10), socket numbers, ports, process
 * ids and display numbers are never codes. The sign-in lines with PAM's refusal are read in third-party-clients.ts.
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const XRDP = 'https://github.com/neutrinolabs/xrdp';
const XRDP_MM = `xrdp xrdp/xrdp_mm.c (${XRDP}/blob/devel/xrdp/xrdp_mm.c)`;
const SESMAN = `xrdp sesman/session.c and sesman/sesman.c (${XRDP}/tree/devel/sesman)`;
const issue = (n: number, what: string) => `xrdp issue ${n}, ${what} (${XRDP}/issues/${n})`;

const ENGLISH = 'English only: xrdp writes its log in English in every language of the system.';
const line = logLines('xrdp', 'xrdp', ENGLISH);

/** xrdp's TLS certificate or key file missing or unreadable by its user: it cannot offer TLS (read as the key row). */
const certificateFile = (id: string, said: string, words: RegExp, source: string) =>
  line(id, said, words, {
    states: [tlsCertificate.id, securityLayerMismatch.id],
    meaning:
      "xrdp cannot use the TLS certificate or private key its xrdp.ini names (certificate=, key_file=): the file is missing or xrdp's user cannot read it, so xrdp cannot offer TLS and falls back to Standard RDP Security, which clients that require TLS or Network Level Authentication refuse. Make the files exist and readable by xrdp's user (on Debian and Ubuntu, membership of the ssl-cert group; a new pair with openssl req -x509 … -keyout key.pem -out cert.pem).",
    source,
    note: "On the server: ls -l the certificate= and key_file= files of /etc/xrdp/xrdp.ini, and run xrdp-chkpriv (0.10) to check them as xrdp's user.",
  });

export const XRDP_LOG_SENTENCES: readonly KnownSentence[] = [
  line(
    'sesman-unreachable',
    'Error connecting to sesman … / xrdp_mm_connect: connect failed trying again...',
    /\berror connecting to sesman\b|\bxrdp_mm_connect: connect failed trying again\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "The client reached xrdp and its login screen: it is xrdp, the server, that could not reach its own session manager (xrdp-sesman, by default on 127.0.0.1 port 3350) to sign the user in. xrdp-sesman is not running, or listens on another address than the one xrdp tries (IPv4 against IPv6). Not the client's connection to the server: the address and port in the line are the session manager's, on the server itself.",
      source: `${XRDP_MM}: "Error connecting to sesman: %s port: %s" and "xrdp_mm_connect: connect failed trying again..."; the maintainers' answers in ${issue(2164, 'xrdp-sesman must be running and listening on the address xrdp tries')} and ${issue(1777, '"sesman isn\'t running"')}`,
      note: "On the server: systemctl status xrdp-sesman, and ss -ltnp | grep 3350 (sesman must listen where xrdp.ini's [Xorg] section points, normally 127.0.0.1).",
    },
  ),
  line(
    'login-failed',
    'login failed for display 0 / xrdp_mm_process_login_response: login failed',
    // 0.10 names the user instead of the display ("login failed for user ana"); a quoted name is SQL Server's.
    // Users retype it "login fail for display 0" or "login failure for display 10".
    /\blogin fail(?:ed|ure|s)? for display \d{1,4}\b|\bxrdp_mm_process_login_respon[cs]e: login failed\b|\blogin failed for user\b(?!\s{0,3}['"\u2018\u2019\u201c\u201d])/,
    {
      states: [authBadCredentials.id],
      meaning:
        'xrdp\'s session manager refused the sign-in given at xrdp\'s login screen: its answer is only yes or no, so this line names no reason; a wrong user name or password (or an expired one) is the usual one. xrdp-sesman.log at the same time says which ("pam_authenticate failed: …", "AUTHFAIL: user=…"). The display number is not a code.',
      source: `${XRDP_MM}, xrdp_mm_process_login_response (spelled "responce" in older versions; "login failed for user %s" since 0.10, beside its "login successful for user %s on display %d"); the maintainer's answer in ${issue(2113, 'the session manager answers a simple yes/no; a wrong user name or expired password shows this line')}`,
    },
  ),
  // Round 28 (r28-h60v): the session manager's own lines for a sign-in it refused, as xrdp-sesman.log prints them.
  line(
    'sesman-credentials-refused',
    'Username or password error for user: ana / User does not exist, or could not be authenticated',
    /\busername or password error for user: ?\S|\buser does not exist, or could not be authenticated\b|\bpam_unix\(xrdp-sesman:auth\): authentication failure\b|\bcan't get uid for user \S/,
    {
      states: [authBadCredentials.id],
      meaning:
        "xrdp's session manager refused the user name and password given at xrdp's login screen: the password is wrong, or no such user exists on the Linux server (PAM's pam_unix logs the same refusal under the xrdp-sesman service). Not the Remote Desktop connection, which reached xrdp.",
      source: `${SESMAN}: "Username or password error for user: %s" (0.9, sesman/scp_v0.c), "Can't get UID for user %s" and scp_login_status_to_str's "User does not exist, or could not be authenticated" (0.10, E_SCP_LOGIN_NOT_AUTHENTICATED); Linux-PAM pam_unix's "authentication failure; logname= uid= … user=" logged for the xrdp-sesman service`,
    },
  ),
  line(
    'sesman-group-problem',
    'Username okay but group problem for user: ana',
    /\busername okay but group problem for user: ?\S/,
    {
      states: [authLogonRight.id],
      meaning:
        "The password was right, and xrdp's session manager still refused the sign-in: the user is not in the group sesman.ini allows (TerminalServerUsers, or TerminalServerAdmins, when AlwaysGroupCheck is on). The account may not sign in through Remote Desktop on this server; add it to that group.",
      source: `${SESMAN}: "Username okay but group problem for user: %s" when access_login_allowed() fails (E_SCP_LOGIN_NOT_AUTHORIZED, "User is not authorized"); sesman.ini [Security] TerminalServerUsers and AlwaysGroupCheck`,
    },
  ),
  line(
    'sesman-transport-closed',
    'sesman_data_in: scp_process_msg failed / sesman_main_loop: trans_check_wait_objs failed',
    /\bsesman_data_in: scp_process_msg failed\b|\bses(?:man|exec)_main_loop: trans_check_wait_objs failed\b/,
    {
      kind: 'informational',
      generic: true,
      meaning:
        'xrdp\'s session manager (sesman) logs these when its connection from xrdp closes: they appear after successful sign-ins too (a session is started just after them), so they are not the failure. The lines around them say what failed: "pam_authenticate failed" and AUTHFAIL (the password), or the X server\'s start.',
      source: `${SESMAN}; the logs in ${issue(2211, 'the lines before "Session started successfully"')} and ${issue(2246, 'after AUTHFAIL and before a successful session')}`,
    },
  ),
  line(
    'session-start-failed',
    'X server for display 10 startup timeout / There is no X server active on display 10',
    /\bx server for display \d{1,4} startup timeout\b|\btimed out waiting for x server on display \d{1,4} to startup\b|\bthere is no x server active on display \d{1,4}\b|\ba fatal error has occ?urr?ed attempting to start the window manager\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "The sign-in succeeded and xrdp's session manager could not start the desktop on the Linux server: the X server (Xorg with xorgxrdp, or Xvnc) did not start in time, or the window manager could not start on it. Not the credentials and not the Remote Desktop connection: the X server's own log (~/.xorgxrdp.<display>.log) says why. The display number is not a code.",
      source: `${SESMAN}: "X server for display %d startup timeout", "Timed out waiting for X server on display %d to startup", "There is no X server active on display %d", "A fatal error has occured attempting to start the window manager on display %d, aborting connection"; ${issue(2253, 'Xorg not starting on Arch Linux')}`,
      note: 'Read ~/.xorgxrdp.10.log (the display number) of the user, and check that the X server sesman.ini names is installed (xorgxrdp for Xorg).',
    },
  ),
  line(
    'chansrv-connect-failed',
    'xrdp_mm_chansrv_connect: error in trans_connect chan',
    /\bxrdp_mm_chansrv_connect: error in trans_connect chan\b|\bxrdp_mm_connect_chansrv: connect failed\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "xrdp could not reach the channel server (xrdp-chansrv) of the user's session: clipboard, drive, sound and printer redirection are missing in that session. The connection itself is not what failed.",
      source: `${XRDP_MM}: "xrdp_mm_chansrv_connect: error in trans_connect chan"; ${issue(2211, 'the line in a session that started')}`,
    },
  ),
  line(
    'tls-accept-failed',
    'SSL_accept: … / trans_set_tls_mode: ssl_tls_accept failed',
    /\bssl_tls_accept failed\b|\bssl_accept: (?:i\/o error|failure in ssl library)/,
    {
      states: [handshakeAborted.id, tlsProtocolMismatch.id],
      meaning:
        "The TLS handshake between xrdp and a client failed before any sign-in: the client closed it (it did not accept the server's certificate, or it was not a Remote Desktop client, such as a scanner probing port 3389), or the two sides have no TLS version or cipher in common (xrdp.ini's ssl_protocols and tls_ciphers). No user name was sent, so such lines are not failed sign-ins.",
      source: `xrdp common/ssl_calls.c and libxrdp/xrdp_sec.c (${XRDP}); ${issue(1946, 'connections from the internet failing in SSL_accept, before any sign-in')}`,
    },
  ),
  line(
    'private-key-unreadable',
    'Cannot read private key file /etc/xrdp/key.pem: Permission denied',
    /\bcannot read private key file \S{1,200}: permission denied\b/,
    {
      states: [tlsCertificate.id, securityLayerMismatch.id],
      meaning:
        'xrdp cannot read the private key of its TLS certificate, so it cannot offer TLS: it falls back to Standard RDP Security (its log then shows "Security layer: requested 3, selected 0"), which clients that require TLS or Network Level Authentication refuse. The xrdp service\'s user must be able to read the key (on Debian and Ubuntu, membership of the ssl-cert group).',
      source: `xrdp common/ssl_calls.c, its certificate and key loading (${XRDP}); ${issue(1341, 'the key unreadable and the security layer then selected')}`,
    },
  ),
  certificateFile(
    'certificate-file-unreadable',
    'Cannot read certificate file /etc/xrdp/cert.pem: No such file or directory',
    // Any system error after the file: missing (No such file or directory) or not readable (Permission denied);
    // the private key's "No such file" too (its "Permission denied" is the row above).
    /\bcannot read certificate file \S{1,200}: \w|\bcannot read private key file \S{1,200}: no such file\b/,
    `xrdp common/ssl_calls.c, "Cannot read certificate file %s: %s" and "Cannot read private key file %s: %s" with the system's error (${XRDP}); ${issue(3021, 'the certificate file missing after the host was renamed')}`,
  ),
  // The line in users' words ("xRDP: cannot read /etc/xrdp/key.pem, permission denied"): xrdp, its key file and the
  // refusal named in one paste. Near miss: another server's key.pem (nginx, Apache) with no xrdp in the paste.
  line(
    'key-file-permission-words',
    'xrdp … key.pem … Permission denied',
    [/\bxrdp\b/, /\bkey\.pem\b/, /\bpermission denied\b/],
    {
      states: [tlsCertificate.id, securityLayerMismatch.id],
      generic: true,
      meaning:
        "xrdp cannot read the private key of its TLS certificate (key.pem): it cannot offer TLS and falls back to Standard RDP Security, which clients that require TLS or Network Level Authentication refuse. The xrdp service's user must be able to read the key (on Debian and Ubuntu, membership of the ssl-cert group: sudo adduser xrdp ssl-cert, then restart xrdp).",
      source: `xrdp's log line "Cannot read private key file %s: Permission denied" (common/ssl_calls.c, ${XRDP}) in users' words: ${issue(2858, 'the line and the ssl-cert group')}, https://github.com/neutrinolabs/xrdp/issues/3499 (the key unreadable after a reboot)`,
    },
  ),
  certificateFile(
    'chkpriv-not-readable',
    'xrdp-chkpriv: [ NG ] /etc/xrdp/key.pem is not readable by xrdp:xrdp',
    // xrdp-chkpriv (0.10) checks the files xrdp.ini names as xrdp's runtime user: its "NG" lines.
    /\[\s{0,3}ng\s{0,3}\]\s{0,3}\S{1,200}\.(?:pem|crt|key) is not readable by\b/,
    `xrdp's xrdp-chkpriv script, which checks the certificate and key files as xrdp's runtime user (added by ${XRDP}/pull/2974, "a script which checks file permissions are correct"); ${issue(3795, '"[ NG ] /etc/xrdp/key.pem is not readable by xrdp:xrdp"')}`,
  ),
  // Round 25 (r25-s19w): xrdp_sec.c's warning when Standard RDP Security is selected and the client's encryption
  // methods (40, 56, 128-bit, FIPS) hold none of xrdp.ini's crypt_level: the encryption level cannot be agreed.
  line(
    'no-shared-encryption',
    'Client and server do not both support the same encryption.',
    /\bclient and server do not both support the same encryption\b/,
    {
      states: [securityLayerMismatch.id],
      meaning:
        "xrdp selected Standard RDP Security and the client offers none of the encryption methods xrdp's crypt_level allows (xrdp.ini: low, medium, high, fips): the two cannot agree an encryption level. xrdp only warns and goes on, so a connection that then fails (its MCS or security exchange) fails for this. Offer TLS (security_layer=negotiate or tls, with a certificate xrdp can read) or set a crypt_level the client supports (a client in FIPS mode needs fips).",
      source: `xrdp libxrdp/xrdp_sec.c, xrdp_sec_process_mcs_data_CS_SECURITY: LOG_LEVEL_WARNING "Client and server do not both support the same encryption." (${XRDP}/blob/devel/libxrdp/xrdp_sec.c); ${issue(2377, 'the line after Standard RDP Security was selected and the MCS Connect-Initial failed')}`,
    },
  ),
  // Standard RDP Security's own RSA key pair (rsakeys.ini, made by xrdp-keygen), read when that layer is selected
  // ("Security layer: requested 11, selected 0"): xrdp_sec.c calls it "a show stopper" and ends the connection. Near
  // miss: another program's "cannot read file … (check permissions)" without xrdp's name in the line.
  line(
    'rsa-keys-unreadable',
    'XRDP cannot read file: /etc/xrdp/rsakeys.ini (check permissions)',
    /\bxrdp cannot read file: \S{1,200} \(check permissions\)/,
    {
      states: [securityLayerMismatch.id, tlsCertificate.id],
      meaning:
        "xrdp selected Standard RDP Security for the connection (its log's \"Security layer: requested …, selected 0\") and cannot read the RSA key pair that layer needs (rsakeys.ini): xrdp ends the connection there. The file is missing or xrdp's user cannot read it; or the client asked for TLS and xrdp could not offer it (xrdp.ini's security_layer, its TLS certificate and key). Make rsakeys.ini readable by xrdp's user (or make a new one with xrdp-keygen xrdp auto), and check the TLS certificate and key so TLS can be selected.",
      source: `xrdp libxrdp/xrdp_sec.c, xrdp_sec_incoming ("XRDP cannot read file: %s (check permissions)", "this is a show stopper", ${XRDP}/blob/devel/libxrdp/xrdp_sec.c); ${issue(891, 'the line after "Security layer: requested 11, selected 0"')}`,
      note: 'On the server: ls -l /etc/xrdp/rsakeys.ini (xrdp-keygen xrdp auto writes a new one), and the security_layer, certificate= and key_file= settings of /etc/xrdp/xrdp.ini.',
    },
  ),
  line(
    'connection-request-failed',
    '[ITU-T X.224] Connection Sequence: CR-TPDU (Connection Request) failed / libxrdp_force_read: header read error',
    /\bcr-tpdu \(connection request\) failed\b|\blibxrdp_force_read: header read error\b/,
    {
      states: [handshakeAborted.id],
      meaning:
        "A connection reached xrdp's port and closed before its first Remote Desktop request arrived whole: a client that gave up at once (it refused the security xrdp offered, such as Standard RDP Security when xrdp cannot read its TLS key), or a port scan or health check that only opens the port. No user name was sent. The lines before it say whether xrdp could offer TLS.",
      source: `xrdp libxrdp/xrdp_iso.c and libxrdp/libxrdp.c (${XRDP}/tree/devel/libxrdp); ${issue(2858, 'the two lines after "Cannot read private key file … Permission denied"')}`,
    },
  ),
  line(
    'sesman-unknown-protocol',
    'unknown protocol version specified. connection refused.',
    /\bunknown protocol version specified\. connection refused\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "xrdp's session manager received a connection that did not speak its protocol (a port scanner on port 3350, or an xrdp of another version) and closed it. The \"connection refused\" is the session manager's, on the server: not the client's connection to the server.",
      source: `${SESMAN}; the maintainer's answer in ${issue(2164, 'the packet was not from xrdp, likely a port scan')}`,
    },
  ),
  // Round 27 (r27-h60p): xrdp's listener could not open its port (xrdp_listen.c): the daemon exits, so nothing listens
  // for Remote Desktop on the server; the socket number, the port and the errno in its lines are no codes. Near miss:
  // another program's "address already in use" (a web server's bind) without xrdp's own words.
  line(
    'listener-failed',
    'xrdp_listen_main_loop: listen error, possible port already in use / Failed to start xrdp daemon, possibly address already in use.',
    /\bxrdp_listen_main_loop: listen error\b|\bfailed to start xrdp daemon, possibly address already in use\b|\bg_tcp_bind\(\d{1,6}, [^)\n]{1,60}\) failed bind\b|\btrans_listen_address failed\b/,
    {
      states: [networkUnreachable.id],
      numbers: "xrdp's socket number, port or the system's errno (98 is EADDRINUSE), not a Remote Desktop code",
      meaning:
        "xrdp could not listen on its port (xrdp.ini's port=, 3389 by default): another program holds the port (a second xrdp, GNOME's own Remote Desktop, a desktop sharing service) or the address cannot be bound, so the xrdp daemon stops and nothing answers Remote Desktop connections on this server. Free the port or give xrdp another one, then start xrdp again.",
      source: `xrdp xrdp/xrdp_listen.c ("xrdp_listen_main_loop: listen error, possible port already in use"; 0.10: "Failed to start xrdp daemon, possibly address already in use.") and common/os_calls.c's g_tcp_bind (${XRDP}/blob/devel/xrdp/xrdp_listen.c); ${issue(880, 'the daemon exits on the listen error')}, ${issue(2752, 'g_tcp_bind failed, errno 98, another program on the port')}`,
      note: 'On the server: ss -ltnp | grep 3389 (which program holds the port), then systemctl restart xrdp.',
    },
  ),
  // sesman's display allocator (sesman/session.c): every display of its range (X11DisplayOffset up to MaxSessions
  // above it, or 0.10's MaxDisplayNumber) is taken by a session or a stale X server, so no new session can start.
  line(
    'no-display-available',
    'X server -- no display in range (10 to 13) is available',
    /\bx server -- no display in range(?: \(\d{1,5} to \d{1,5}\))? is available\b/,
    {
      states: [sessionLimit.id],
      numbers: "the range of X display numbers xrdp's session manager may use, not a code",
      meaning:
        "xrdp's session manager found no free X display for a new session: every display of its range is taken by the users' sessions (sesman.ini's MaxSessions) or by X servers left running from earlier ones, so the sign-in fails although the password was right. End stale sessions (their Xorg or Xvnc processes) or raise MaxSessions; on 0.10, a display offset above MaxDisplayNumber gives this line on every connection.",
      source: `${SESMAN}: "X server -- no display in range is available" (0.9) and "X server -- no display in range (%d to %d) is available" (0.10, with X11DisplayOffset and MaxDisplayNumber); ${issue(2797, 'the displays taken by X servers still running')}, ${issue(642, 'login failed for display 0 when the session limit is exceeded')}`,
      note: 'On the server: ps -ef | grep -E "Xorg|Xvnc" (the X servers running and their display numbers), and MaxSessions, X11DisplayOffset and MaxDisplayNumber in /etc/xrdp/sesman.ini.',
    },
  ),
  line(
    'session-started',
    'Session started successfully for user … on display 10',
    /\bsession started successfully for user \S{1,100} on display \d{1,4}\b/,
    {
      kind: 'informational',
      generic: true,
      meaning:
        "Success: xrdp's session manager signed the user in and started the desktop on that display. Not a failure; if the client then shows a black screen or disconnects, the lines after this one (the window manager, the X server) say why.",
      source: `${SESMAN}: "Session started successfully for user %s on display %d"`,
    },
  ),
];
