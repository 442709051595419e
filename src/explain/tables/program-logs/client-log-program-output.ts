/**
 * Clients' own log lines read by what the client's source says they mean (issue 60, round 29): lines that say which
 * step of the connection failed, or that the step went on, where the code beside them says less.
 * - FreeRDP's "Network disconnect!": client/common/client.c (client_auto_reconnect_ex) and client/X11/xf_client.c
 *   (xf_auto_reconnect) log it only when the connection ended and the server sent no Set Error Info (ERRINFO_SUCCESS):
 *   an established connection lost on the way, not a server's refusal.
 * - FreeRDP 3's TCP connect lines: tcp.c's get_next_addrinfo (the next address of the name to connect to) setting
 *   ERRCONNECT_CONNECT_FAILED, and transport.c's "ConnectLayer <host>:<port> [<timeout>ms] failed".
 * - FreeRDP's "No user name set. - Using login name: <name>" (xf_client.c, sdl and wlfreerdp alike): no /u: was given
 *   and FreeRDP signs in with the local login name; a logon refusal after it is that name's.
 * - FreeRDP's "Authentication only, exit status 0" (+auth-only): the credentials were accepted, nothing failed.
 * - rdesktop 1.8's "ERROR: connect: <strerror>" (tcp.c, error("connect: %s\n", strerror(errno))).
 * - Node.js' "getaddrinfo ENOTFOUND <host>" (DNS lookup failed) printed by a Node RDP client (node-rdpjs, mstsc.js).
 * - rdp-rs' RdpErrorKind::ProtocolNegFailure ("Error during negotiation step"): the server answered the client's
 *   X.224 request with RDP_NEG_FAILURE.
 * Each row is English only (the programs are not translated) and matched by one linear expression per word list.
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const FREERDP = 'https://github.com/FreeRDP/FreeRDP/blob/master';
const ENGLISH = 'English only: the program prints its log lines in English in every language of the system.';
const freerdp = logLines('FreeRDP', 'freerdp-po', ENGLISH);
const rdesktop = logLines('rdesktop', 'rdesktop-po', ENGLISH);
const other = logLines('an RDP client library', 'rdp-client-po', ENGLISH);

/** FreeRDP's own tag before a line: `[com.freerdp.<module>] - ` then, in FreeRDP 3, `[<function>]: `. */
const TAG = (module: string) => String.raw`\[com\.freerdp\.${module}\]\s{0,3}-\s{0,3}(?:\[\w{1,60}\]:?\s{0,3})?`;

/** The logon refusals FreeRDP sets after NLA or its TLS alert: the server's, or FreeRDP's guess at one. */
const LOGON_REFUSED =
  /\b(?:errconnect|freerdp_error(?:_connect)?)_(?:logon_failure|password_certainly_expired|authentication_failed|wrong_password)\b|\bstatus_logon_failure\b/;

export const CLIENT_LOG_PROGRAM_OUTPUT_SENTENCES: readonly KnownSentence[] = [
  freerdp(
    'network-disconnect',
    'Network disconnect!',
    [new RegExp(`${TAG(String.raw`client\.(?:common|x11|windows|wayland|sdl)`)}network disconnect!`)],
    {
      states: [networkDropped.id],
      meaning:
        'FreeRDP lost a connection that was up, and the server had sent no reason (no Set Error Info): FreeRDP logs this line only then, before it tries to reconnect. The network path dropped the session (an unstable link, a VPN or its MTU, a NAT or firewall timing the connection out), not the server refusing it.',
      source: `FreeRDP client/common/client.c, client_auto_reconnect_ex ("Only auto reconnect on network disconnects": the line is logged when freerdp_error_info is ERRINFO_SUCCESS) (${FREERDP}/client/common/client.c); client/X11/xf_client.c, xf_auto_reconnect, the same test in FreeRDP 2`,
      note: 'Lowering the MTU of a VPN interface, or connecting without the VPN, tells a path problem from the server.',
    },
  ),
  freerdp(
    'connect-layer-failed',
    'ConnectLayer <host>:<port> [<timeout>ms] failed',
    [new RegExp(String.raw`${TAG(String.raw`core\.transport`)}connectlayer \S{1,300}:\d{1,5} \[\d{1,7} ?ms\] failed`)],
    {
      states: [networkUnreachable.id],
      meaning:
        "FreeRDP 3's TCP connection to the server (its transport's first layer) failed within the timeout shown: nothing answered on the port. The server is off or unreachable, Remote Desktop does not listen there, or a firewall drops the port.",
      source: `FreeRDP 3 libfreerdp/core/transport.c (the layer's connect, its timeout in milliseconds) and libfreerdp/core/tcp.c, get_next_addrinfo setting ERRCONNECT_CONNECT_FAILED (${FREERDP}/libfreerdp/core/tcp.c)`,
    },
  ),
  freerdp(
    'default-login-name-refused',
    'No user name set. - Using login name: <name>',
    [/\bno user name set\. ?- ?using login name: ?\S/, LOGON_REFUSED],
    {
      states: [authBadCredentials.id],
      overrides: [
        'freerdp-errconnect-logon-failure',
        'freerdp-errconnect-password-certainly-expired',
        'freerdp-errconnect-authentication-failed',
        'freerdp-errconnect-wrong-password',
      ],
      meaning:
        "No user name was given (no /u:), so FreeRDP signed in with the local login name it printed, and the server refused that account: the name is the local machine's, not the Windows account's. Give the Windows account with /u: (and /d: for a domain). FreeRDP's ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED is its guess when the server ends TLS with an internal_error alert during NLA and no NTSTATUS was read, not a password known to have expired.",
      source: `FreeRDP client/X11/xf_client.c, xf_pre_connect: with no user name it sets the local login name (getlogin()) and logs "No user name set. - Using login name: %s" (${FREERDP}/client/X11/xf_client.c); libfreerdp/core/transport.c, transport_ssl_cb (an internal_error alert in NLA mode sets FREERDP_ERROR_CONNECT_PASSWORD_CERTAINLY_EXPIRED when no other error is known)`,
    },
  ),
  freerdp('auth-only-success', 'Authentication only, exit status 0', [/\bauthentication only, exit status 0\b/], {
    kind: 'informational',
    meaning:
      "FreeRDP's authentication-only check (+auth-only) ended with exit status 0: the connection's authentication passed and nothing failed. With the RDP security layer (no NLA) the server checks no credentials before the session, so 0 then proves nothing about them.",
    source: `FreeRDP client/X11/xf_client.c and libfreerdp/core/freerdp.c, "Authentication only, exit status %d" (0 when freerdp_connect succeeded) (${FREERDP}/client/X11/xf_client.c); its maintainer in FreeRDP issue 3840 on the RDP security layer (https://github.com/FreeRDP/FreeRDP/issues/3840)`,
  }),
  rdesktop(
    'connect-syscall-failed',
    'ERROR: connect: <system error>',
    [/\berror: connect: (?:connection refused|connection timed out|no route to host|network is unreachable)\b/],
    {
      states: [networkUnreachable.id],
      meaning:
        'rdesktop (1.8 and earlier) could not open the TCP connection to the server: its connect() call failed with the system error shown. Nothing accepted the connection on the port (refused: the host answered and nothing listens or a firewall rejects it; timed out or no route: a firewall drops it, or the host is off or not at that address).',
      source:
        'rdesktop 1.8 tcp.c, tcp_connect: error("connect: %s\\n", strerror(errno)) (https://github.com/rdesktop/rdesktop/blob/v1.8.6/tcp.c); Linux errno(3) for the texts',
      note: 'From the client: nc -vz <server> 3389. On the server: Remote Desktop enabled and its firewall rule for TCP 3389.',
    },
  ),
  other(
    'node-getaddrinfo-enotfound',
    'getaddrinfo ENOTFOUND <host> (Node.js)',
    [/\bgetaddrinfo enotfound\b/, /\b(?:node-rdpjs|mstsc\.js|rdp)\b|:3389\b/],
    {
      states: [networkUnreachable.id],
      meaning:
        "A Node.js RDP client (node-rdpjs, which mstsc.js runs on) could not resolve the server's name: Node's DNS lookup found no address for the host as given (a misspelt name, a stray space or character around an address, or a name only another DNS server knows). No connection was tried.",
      source:
        'Node.js documentation, "Common system errors": ENOTFOUND, "Indicates a DNS failure" (https://nodejs.org/api/errors.html#common-system-errors); node-rdpjs logs the socket error it gets (https://github.com/citronneur/node-rdpjs)',
    },
  ),
  other(
    'rdp-rs-protocol-neg-failure',
    'RdpError { kind: ProtocolNegFailure, message: "Error during negotiation step" } (rdp-rs)',
    // The bare message only: IronRDP's "Error during negotiation step: the server is configured …" names the failure
    // code itself and is read by that code's row.
    [/\bkind: protocolnegfailure, message: "error during negotiation step"/],
    {
      states: [securityLayerMismatch.id, credsspNla.id],
      meaning:
        "rdp-rs received the server's RDP_NEG_FAILURE: the server refused every security protocol the client asked for. Either the server requires Network Level Authentication the client did not offer, or it allows only the RDP security layer, which rdp-rs does not implement; the server's Security Layer and its NLA setting say which.",
      source:
        'rdp-rs src/core/x224.rs: a negotiation answer of type RDP_NEG_FAILURE returns RdpErrorKind::ProtocolNegFailure, "Error during negotiation step" (https://github.com/citronneur/rdp-rs); MS-RDPBCGR 2.2.1.2.2 RDP_NEG_FAILURE',
    },
  ),
];
