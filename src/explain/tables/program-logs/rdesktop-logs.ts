/**
 * rdesktop's own lines (issue 60), read as what each says: rdesktop 1.9 prints "Core(error): …" and
 * "Protocol(error): …", older versions "ERROR: …". Its negotiation-failure reasons ("Failed to connect, CredSSP
 * required by server.") are read with the server's RDP_NEG_FAILURE in third-party-clients.ts. A line that names the
 * cause decides over a generic one in the same paste (the TLS handshake before "unable to connect", the CredSSP line
 * before "Connection reset by peer"): the generic row is overridden.
 */
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';
import { LOCALIZED_STRERROR, STRERROR_SOURCE } from './socket-errors-localized.js';

const RDESKTOP = 'https://github.com/rdesktop/rdesktop';
const src = (file: string, said: string) => `rdesktop ${file}, "${said}" (${RDESKTOP}/blob/master/${file})`;
const issue = (n: number, what: string) => `rdesktop issue ${n}, ${what} (${RDESKTOP}/issues/${n})`;

const ENGLISH = 'English only: rdesktop prints its messages in English in every language.';
const line = logLines('rdesktop', 'rdesktop', ENGLISH);

/** ECONNRESET's text in the other languages of glibc, which rdesktop prints after "recv:" when run in them. */
const RESET_ELSEWHERE = LOCALIZED_STRERROR.filter((e) => e.name === 'ECONNRESET')
  .map((e) => e.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** rdesktop's line when the server refuses TLS in a way that lets it retry without: iso.c's `retry_without_neg`. */
const RETRY_PLAIN_RDP = /\bfailed to negotiate protocol, retrying with plain rdp\b/;
const RETRY_SOURCE = src('iso.c', 'Failed to negotiate protocol, retrying with plain RDP.');
/** rdesktop's own failure lines: its "ERROR:" and "Core(error):" lines at a line's start, recv's, its refusal, a disconnect. */
const RDESKTOP_FAILURE_AFTER =
  /(?:^|\n)[ \t]{0,4}(?:error|core\(error\)|protocol\(error\)): |\brecv(?:\(\) failed)?: |\bfailed to connect, |\bdisconnect: /;

/** The server's Set Error Info code as rdesktop says it after "disconnect:" (rdp.c): read as that extended code. */
const disconnect = (text: string, codeName: string, value: number): KnownSentence =>
  line(
    `disconnect-${codeName.replace(/^exDiscReason/, '').toLowerCase()}`,
    `disconnect: ${text}.`,
    [new RegExp(String.raw`\bdisconnect: ${text.toLowerCase().replace(/'/g, "'?")}\b`)],
    {
      codeName,
      meaning: `rdesktop's text for the server's Set Error Info code 0x${value.toString(16).toUpperCase()} (the extended code, ${codeName}).`,
      source: `${src('rdp.c', 'disconnect: %s')}, its text for each Set Error Info code; MS-RDPBCGR 2.2.5.1.1 errorInfo`,
    },
  );

export const RDESKTOP_LOG_SENTENCES: readonly KnownSentence[] = [
  line(
    'tcp-connect-failed',
    'Core(error): tcp_connect(), unable to connect to <host>',
    [/\btcp_connect\(\), unable to connect to \S/],
    {
      codeName: 'disconnectReasonSocketConnectFailed',
      meaning:
        "rdesktop could not open the TCP connection to the server: connect() failed on every address of the name. Nothing accepted it on the port (the server is off or unreachable, Remote Desktop does not listen there, a firewall drops it, or a proxy chain in front of rdesktop failed). The address in the line is the server's, not a code.",
      source: `${src('tcp.c', 'tcp_connect(), unable to connect to %s')}; ${issue(378, 'the line with NLA, answered by the host firewall')}`,
      note: 'From the client: nc -vz <server> 3389. On the server: Remote Desktop enabled and its firewall rule for TCP 3389.',
    },
  ),
  line(
    'tls-handshake-failed',
    'Core(error): tcp_tls_connect(), TLS handshake failed',
    [/\btcp_tls_connect\(\), tls handshake failed\b/],
    {
      states: [tlsProtocolMismatch.id, handshakeAborted.id],
      overrides: ['rdesktop-tcp-connect-failed'],
      meaning:
        "The TCP connection was made and the TLS handshake with the server failed (GnuTLS's error follows in the line: TLS versions or ciphers the two sides do not share, or the connection closed or timed out during the handshake). rdesktop then reports the connection as failed: the TLS line is the cause, not the network.",
      source: src('tcp.c', 'tcp_tls_connect(), TLS handshake failed. GnuTLS error: %s'),
    },
  ),
  line(
    'credssp-kerberos',
    'CredSSP: Initialize failed, do you have correct kerberos tgt initialized ?',
    [/\bcredssp: initialize failed, do you have correct kerberos tgt initiali[sz]ed\b/],
    {
      states: [credsspNla.id],
      overrides: ['rdesktop-connection-reset'],
      meaning:
        'rdesktop\'s Network Level Authentication (CredSSP) works only with a Kerberos ticket (kinit) and found none: it goes on without NLA. A server that requires NLA then refuses the connection ("Failed to connect, CredSSP required by server.", or the connection reset); one that does not goes on with TLS and shows its own sign-in screen.',
      source: `${src('cssp.c', 'CredSSP: Initialize failed, do you have correct kerberos tgt initialized ?')}; ${issue(72, 'rdesktop supports CredSSP only with Kerberos, not NTLM')}`,
      note: 'Use a client with NTLM-based NLA (xfreerdp) or get a Kerberos ticket first (kinit user@REALM); turning NLA off on the server weakens it.',
    },
  ),
  // rdesktop prints it for two of the server's RDP_NEG_FAILURE answers only, SSL_NOT_ALLOWED_BY_SERVER and
  // SSL_CERT_NOT_ON_SERVER (iso.c, retry_without_neg), and connects again with Standard RDP Security: alone, the
  // connection may well go on; beside a failure after it, the server's refusal of TLS is what to read.
  line('retry-plain-rdp', 'Failed to negotiate protocol, retrying with plain RDP.', [RETRY_PLAIN_RDP], {
    kind: 'informational',
    meaning:
      'The server refused TLS for this connection, and rdesktop connects again with Standard RDP Security: the server answered that only the RDP security layer is allowed (its Security Layer is set to RDP) or that it has no certificate it can use for TLS. No failure by itself: a failure after it is read with this line.',
    source: RETRY_SOURCE,
  }),
  line(
    'retry-plain-rdp-failed',
    'Failed to negotiate protocol, retrying with plain RDP. … recv: Connection reset by peer',
    [RETRY_PLAIN_RDP, RDESKTOP_FAILURE_AFTER],
    {
      states: [securityLayerMismatch.id, tlsCertificate.id],
      overrides: ['rdesktop-retry-plain-rdp', 'rdesktop-connection-reset'],
      meaning:
        "The server refused TLS (only the RDP security layer allowed, or no certificate it can use for TLS: a missing or unreadable listener certificate, or the TLS versions or cipher suites it needs turned off), and the retry with Standard RDP Security failed too. Look at the server's security settings: its Security Layer and encryption level, and its certificate (TermService 1057 and 1058, Schannel 36870 and 36871 in its System log).",
      source: `${RETRY_SOURCE}; MS-RDPBCGR 2.2.1.2.2 (RDP_NEG_FAILURE: SSL_NOT_ALLOWED_BY_SERVER, SSL_CERT_NOT_ON_SERVER)`,
    },
  ),
  line(
    'connection-reset',
    'ERROR: recv: Connection reset by peer',
    [
      new RegExp(
        String.raw`\b(?:error: recv|tcp_recv\(\), recv\(\) failed): (?:connection reset by peer\b|${RESET_ELSEWHERE})`,
      ),
    ],
    {
      states: [networkDropped.id],
      meaning:
        'The server (or a firewall, proxy or VPN on the path) reset the connection while rdesktop read from it. During the connection sequence it is often the server ending a connection it will not accept (NLA required, a security layer refused): a line before it that names that decides.',
      source: `${src('tcp.c', 'recv: %s')} (strerror's text, in the client's language: ${STRERROR_SOURCE})`,
    },
  ),
  line(
    'iso-connect-unexpected',
    'Protocol(error): iso_connect(), expected ISO_PDU_CC, got 0x0',
    [/\biso_connect\(\), expected iso_pdu_cc, got 0x[0-9a-f]{1,2}\b/],
    {
      kind: 'unspecific',
      numbers: 'the X.224 packet type rdesktop received (0x0: no Connection Confirm), not a code',
      meaning:
        "The answer to rdesktop's connection request was not an X.224 Connection Confirm: something other than a Remote Desktop server answered on that port (another service, a web port forwarded by mistake, a proxy), or the server closed the connection at once. The number is the packet type received, not an error code.",
      source: src('iso.c', 'iso_connect(), expected ISO_PDU_CC, got 0x%x'),
    },
  ),
  line('open-display-failed', 'Failed to open display', [/\bfailed to open display\b/, /\brdesktop\b/], {
    kind: 'uncatalogued',
    meaning:
      "rdesktop could not open its window on the local X display (DISPLAY unset or not allowed, as over SSH without X forwarding): a problem on the client's own desktop, before any connection to the server.",
    source: `${src('xwin.c', 'Failed to open display: %s')}; ${issue(33, 'rdesktop run without a usable display')}`,
  }),
  // licence.c, licence_process_error_alert: the server's licensing error alert (MS-RDPBCGR 2.2.1.12.1.3), by its code.
  line(
    'license-alert-no-license-server',
    'WARNING: License error alert from server: No license server',
    [/\blicen[cs]e error alert from server: no licen[cs]e server\b/],
    {
      states: [licensingServerUnavailable.id],
      meaning:
        "The server's licensing error alert ERR_NO_LICENSE_SERVER: the Remote Desktop server found no licence server to get a client access licence from (the licence server not set, not reachable, or not activated). The connection ends with it.",
      source: `${src('licence.c', 'License error alert from server: No license server')}, its text for ERR_NO_LICENSE_SERVER (0x6, MS-RDPBCGR 2.2.1.12.1.3)`,
    },
  ),
  line(
    'license-alert-invalid-client',
    'WARNING: License error alert from server: Invalid client',
    [/\blicen[cs]e error alert from server: invalid client\b/],
    {
      states: [licensingClientCache.id, licensingCalUnavailable.id],
      meaning:
        "The server's licensing error alert ERR_INVALID_CLIENT: the server judged the client's licence (or its request) invalid: a licence the client stored from an earlier connection that the server no longer accepts, or no client access licence of the type the server needs. The connection ends with it (the Windows client shows its licensing-protocol error).",
      source: `${src('licence.c', 'License error alert from server: Invalid client')}, its text for ERR_INVALID_CLIENT (0x8, MS-RDPBCGR 2.2.1.12.1.3)`,
    },
  ),
  line(
    'license-alert-code',
    'WARNING: License error alert from server: code 4, state transition 2',
    [/\blicen[cs]e error alert from server: code \d{1,10}, state transition \d{1,10}\b/],
    {
      kind: 'unspecific',
      numbers: "the licensing alert's error code and state transition (MS-RDPBCGR 2.2.1.12.1.3), not a dialog's code",
      meaning:
        "A licensing error alert from the server that rdesktop has no text for: a licensing protocol error (an invalid scope, product id or message length) that names no licensing state of the server. The server's RD Licensing Diagnoser and its TerminalServices-Licensing log say more.",
      source: `${src('licence.c', 'License error alert from server: code %u, state transition %u')}, its text for the other error codes`,
    },
  ),
  // Another client took the session: rdesktop issue 243 shows the line ("disconnect: The session was replaced.") when a
  // second computer connected to the same session (ERRINFO_DISCONNECTED_BY_OTHERCONNECTION, 0x5).
  disconnect('The session was replaced', 'exDiscReasonReplacedByOtherConnection', 0x5),
  disconnect('Internal licensing error', 'exDiscReasonLicenseInternal', 0x100),
  disconnect('No license server available', 'exDiscReasonLicenseNoLicenseServer', 0x101),
  disconnect('No valid license available', 'exDiscReasonLicenseNoLicense', 0x102),
  disconnect("Hardware id doesn't match software license", 'exDiscReasonLicenseHwidDoesntMatchLicense', 0x104),
  disconnect('Client license error', 'exDiscReasonLicenseErrClientLicense', 0x105),
  disconnect('Network error during licensing protocol', 'exDiscReasonLicenseCantFinishProtocol', 0x106),
  disconnect('Licensing protocol was not completed', 'exDiscReasonLicenseClientEndedProtocol', 0x107),
];
