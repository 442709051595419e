/**
 * The TLS library's and the socket's own lines in a Remote Desktop client's log (issue 60): OpenSSL's reasons as
 * FreeRDP (and Remmina, which logs FreeRDP's lines) prints them ("SSL_read: error:14094438:SSL
 * routines:SSL3_READ_BYTES:tlsv1 alert internal error", "BIO_read returned a system error 110: Connection timed out"),
 * each read by the alert or error it names:
 * - a TLS alert the server sent (RFC 8446 §6.2, RFC 5246 §7.2: internal_error 80, access_denied 49,
 *   handshake_failure 40, protocol_version 70; unknown_ca 48, bad_certificate 42, certificate_expired 45 about a
 *   certificate the client sent), and OpenSSL's own reasons ("unsupported protocol", "certificate verify failed",
 *   "unexpected eof while reading");
 * - the system error under a BIO read or write (socket-errors.ts): on a connection that was up, a timeout is the far
 *   end gone silent (`network-dropped`), a refusal or no route that it never came up (`network-unreachable`).
 * An alert's line is read only in a Remote Desktop client's paste (FreeRDP's, Remmina's, naming CredSSP, NLA or RDP):
 * curl's or git's "sslv3 alert handshake failure" is another program's TLS (near miss). FreeRDP sets
 * ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED from the internal_error alert alone: beside that alert the alert is the
 * reading, the expired password its second cause (FreeRDP issue 4449: the cause was CredSSP's version).
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { SOCKET_ERRORS, type SocketFailure } from './socket-errors.js';

const ISSUES = 'https://github.com/FreeRDP/FreeRDP/issues';
const ALERTS = 'RFC 8446 §6.2 and RFC 5246 §7.2 (the TLS alerts: their names and numbers)';
const OPENSSL = 'OpenSSL\'s reason strings (ERR_reason_error_string: "tlsv1 alert …" for an alert received)';
const LANGUAGES = 'OpenSSL and FreeRDP print these lines in English in every language of the system.';

/** A Remote Desktop client's paste: FreeRDP's or Remmina's log, or one naming CredSSP, NLA or RDP. */
const RDP_CLIENT =
  /com\.freerdp|\b[xw]l?freerdp3?\b|\bfreerdp\b|\bremmina\b|\bcredssp\b|\bnla\b|\bntlmssp\b|\berrconnect_|\brdp\b|remote desktop|ssl_read: failure in ssl library/;

type Reading = Pick<KnownSentence, 'states' | 'kind' | 'overrides' | 'note' | 'generic'> & {
  readonly meaning: string;
  readonly source: string;
};

/** One line's row: `said` in its `what`, recognized where every one of `words` matches (and, for alerts, the client). */
function line(id: string, said: string, words: readonly RegExp[], r: Reading): KnownSentence {
  return {
    id: `tls-line-${id}`,
    what: `The TLS library's line "${said}" in a Remote Desktop client's log`,
    words: { en: words },
    anyLanguage: true,
    confidence: 'WR',
    languages: LANGUAGES,
    ...r,
    source: `Widely reported in Remote Desktop clients' logs and their issues; ${r.source}`,
  };
}

const alert = (name: string, n: number) =>
  new RegExp(String.raw`\b(?:sslv3|tlsv1(?:\.\d)?) alert ${name}\b|\bssl alert number ${n}\b`);

/** The system error under a BIO read or write, of one failure. */
function bioError(failure: SocketFailure): RegExp {
  const numbers = SOCKET_ERRORS.filter((e) => e.failure === failure).flatMap((e) => e.numbers);
  return new RegExp(String.raw`\bbio_(?:read|write|should_retry) returned a system error (?:${numbers.join('|')})\b`);
}

const errnoSource = SOCKET_ERRORS[0]!.source;

/**
 * Node.js's socket error as a Remote Desktop client built on it prints it ("Error: connect ETIMEDOUT 10.0.0.5:3389",
 * "read ECONNRESET"): the operation, then the errno's name, of the failures given.
 */
function nodeSocketError(operations: string, failures: readonly SocketFailure[]): RegExp {
  const names = SOCKET_ERRORS.filter((e) => failures.includes(e.failure))
    .flatMap((e) => e.names)
    .filter((n) => /^E[A-Z]+$/.test(n));
  return new RegExp(String.raw`\b(?:${operations}) (?:${names.join('|').toLowerCase()})\b`);
}

/** A client built on Node.js: node-rdpjs (and the programs on it), or the line's own Remote Desktop port. */
const NODE_RDP_CLIENT = /\brdpjs\b|:3389\b/;
const NODE_ERRORS =
  'Node.js documentation "Errors: Common system errors" (https://nodejs.org/api/errors.html#common-system-errors)';

export const TLS_LIBRARY_LINES: readonly KnownSentence[] = [
  line(
    'freerdp-ssl-failure',
    'SSL_read: Failure in SSL library (protocol error?)',
    [/ssl_read: failure in ssl library \(protocol error\?\)/],
    {
      states: [credsspNla.id],
      generic: true,
      meaning:
        "FreeRDP 1.x's line for a TLS failure while it ran Network Level Authentication (CredSSP) inside TLS: the server ended the exchange. Its issues trace it to NLA: connecting with NLA off (--sec rdp or /sec:tls) worked, and a newer FreeRDP fixed it; an alert on the next line says more.",
      source: `FreeRDP issues ${ISSUES}/733 and ${ISSUES}/2128 (the line against Windows Server 2008 R2 and Windows 7 with NLA; --sec rdp worked), FreeRDP libfreerdp/crypto/tls.c (tls_print_error)`,
    },
  ),
  line('alert-internal-error', 'tlsv1 alert internal error', [alert('internal error', 80), RDP_CLIENT], {
    states: [credsspNla.id, authAccountState.id],
    // The transport failure FreeRDP sets after it follows from the alert: the alert says which.
    overrides: [
      'freerdp-errconnect-password-certainly-expired',
      'tls-line-freerdp-ssl-failure',
      'freerdp-errconnect-connect-transport-failed',
    ],
    meaning:
      "The server ended TLS with an internal_error alert (80) while the client ran NLA (CredSSP) inside it: the server aborted the CredSSP exchange. FreeRDP's issues trace it to CredSSP: the version the server requires after the 2018 CredSSP update (a newer FreeRDP fixed it), or NLA itself (connecting with /sec:tls worked); an expired password, which NLA cannot change, is the other reading (FreeRDP names it ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED from this alert alone).",
    source: `${ALERTS}; FreeRDP issues ${ISSUES}/4449 (ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED with this alert against Windows 10: CredSSP, fixed in FreeRDP), ${ISSUES}/681 (/sec:tls worked; an expired password also said to cause it), ${ISSUES}/4304`,
  }),
  line('alert-access-denied', 'tlsv1 alert access denied', [alert('access denied', 49), RDP_CLIENT], {
    states: [authBadCredentials.id, credsspNla.id],
    overrides: ['tls-line-freerdp-ssl-failure'],
    meaning:
      'The server ended TLS with an access_denied alert (49) during NLA (CredSSP): it refused the credentials the client sent. FreeRDP\'s own next line says so ("Authentication failure, check credentials"); with credentials that work elsewhere, the client\'s NTLM/CredSSP (a FreeRDP regression in its issue) is the other reading.',
    source: `${ALERTS}; FreeRDP issue ${ISSUES}/1590 (the alert with credssp_recv() error and "Authentication failure, check credentials. If credentials are valid, the NTLMSSP implementation may be to blame.")`,
  }),
  line('alert-handshake-failure', 'sslv3 alert handshake failure', [alert('handshake failure', 40), RDP_CLIENT], {
    states: [tlsProtocolMismatch.id],
    overrides: ['tls-line-freerdp-ssl-failure'],
    meaning:
      'The server ended the TLS handshake with a handshake_failure alert (40): client and server share no cipher suite or parameters (an old server without TLS 1.2 or its suites, or a client whose OpenSSL security level refuses them).',
    source: `${ALERTS} (handshake_failure: the sender could not negotiate an acceptable set of security parameters)`,
  }),
  line(
    'protocol-version',
    'tlsv1 alert protocol version / insufficient security / unsupported protocol',
    [
      /\btlsv1(?:\.\d)? alert (?:protocol version|insufficient security)\b|\bssl alert number (?:70|71)\b|\bunsupported protocol\b|\bno protocols available\b/,
      RDP_CLIENT,
    ],
    {
      states: [tlsProtocolMismatch.id],
      overrides: ['tls-line-freerdp-ssl-failure'],
      meaning:
        'Client and server share no TLS version: the server sent a protocol_version alert (70), or the client\'s OpenSSL refused the only version the server offers ("unsupported protocol": a server with TLS 1.0 alone against a client whose minimum is TLS 1.2).',
      source: `${ALERTS}; ${OPENSSL} (SSL_R_UNSUPPORTED_PROTOCOL, SSL_R_NO_PROTOCOLS_AVAILABLE)`,
    },
  ),
  line('certificate-verify-failed', 'certificate verify failed', [/\bcertificate verify failed\b/, RDP_CLIENT], {
    states: [tlsCertificate.id],
    meaning:
      "The client's TLS library did not accept the server's certificate (an RD Gateway's, or the session host's where the client checks it): expired, not for that name, or from an authority the client does not trust.",
    source: `${OPENSSL} (SSL_R_CERTIFICATE_VERIFY_FAILED: the peer's certificate did not verify)`,
  }),
  line(
    'alert-client-certificate',
    'tlsv1 alert unknown ca / bad certificate / certificate expired',
    [
      /\btlsv1(?:\.\d)? alert (?:unknown ca|bad certificate|certificate unknown|certificate expired|certificate revoked)\b/,
      RDP_CLIENT,
    ],
    {
      kind: 'unspecific',
      overrides: ['tls-line-freerdp-ssl-failure'],
      meaning:
        "The server refused a certificate the client presented (an alert received names the peer's complaint about our certificate: unknown_ca 48, bad_certificate 42, certificate_expired 45): a client or smart-card certificate, not the server's own.",
      source: ALERTS,
    },
  ),
  line('unexpected-eof', 'unexpected eof while reading', [/\bunexpected eof while reading\b/, RDP_CLIENT], {
    states: [networkDropped.id],
    meaning:
      "The far end closed the TCP connection without closing TLS (OpenSSL 3's SSL_R_UNEXPECTED_EOF_WHILE_READING): the server, or a firewall, proxy or VPN on the path, cut it. At every connection during the negotiation, the server refusing the security settings offered is the other reading.",
    source: `${OPENSSL} (OpenSSL 3.0: SSL_R_UNEXPECTED_EOF_WHILE_READING, "unexpected eof while reading")`,
  }),
  line('bio-timeout', 'BIO_read returned a system error 110: Connection timed out', [bioError('timeout')], {
    states: [networkDropped.id],
    generic: true,
    overrides: ['freerdp-transport-failed-never-connected'],
    meaning:
      "A read (or write) on a connection that was up timed out (ETIMEDOUT): the server or the path stopped answering. FreeRDP's issues see it as disconnects after minutes or hours (a VPN, a NAT or firewall dropping idle connections) or the server ignoring the client.",
    source: `FreeRDP issues ${ISSUES}/8331 (every 3 minutes on a VPN), ${ISSUES}/9536, ${ISSUES}/6870 (the maintainer: no response from the network or the server); the error's name: ${errnoSource}`,
  }),
  line(
    'bio-retry-reset',
    'BIO_should_retry returned a system error 32: Broken pipe',
    [/\bbio_should_retry returned a system error (?:104|32|10054|10053)\b/],
    {
      states: [networkDropped.id],
      generic: true,
      meaning:
        'The connection was up and the far end (the server, or a firewall, proxy or VPN on the path) reset or closed it (ECONNRESET, EPIPE). At every connection during the negotiation, the server refusing the security settings offered is the other reading.',
      source: `FreeRDP issue ${ISSUES}/9624 (the line at every connection); the error's name: ${errnoSource}`,
    },
  ),
  line('bio-refused', 'BIO_read returned a system error 111: Connection refused', [bioError('refused')], {
    states: [networkUnreachable.id],
    generic: true,
    meaning:
      'The connection never came up: nothing accepted it on the port (ECONNREFUSED): Remote Desktop does not listen there, or a firewall refused it.',
    source: `FreeRDP libfreerdp/core/transport.c ("BIO_read returned a system error %d: %s"); the error's name: ${errnoSource}`,
  }),
  line(
    'node-connect-failed',
    'connect ETIMEDOUT 10.0.0.5:3389',
    [nodeSocketError('connect', ['refused', 'timeout', 'unreachable']), NODE_RDP_CLIENT],
    {
      states: [networkUnreachable.id],
      generic: true,
      meaning:
        'The TCP connection to the server never came up: refused (nothing listens on the port, or a firewall refused it), timed out (nothing answered: a firewall drops the packets, the computer is off or not at that address) or no route to it.',
      source: `${NODE_ERRORS}: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH; node-rdpjs issue 41 (https://github.com/citronneur/node-rdpjs/issues/41: "connect ETIMEDOUT" from the library)`,
    },
  ),
  line('node-reset', 'read ECONNRESET', [nodeSocketError('read|write', ['reset']), NODE_RDP_CLIENT], {
    states: [networkDropped.id],
    generic: true,
    meaning:
      'The connection was up and the far end (the server, or a firewall, proxy or VPN on the path) reset or closed it (ECONNRESET, EPIPE). At every connection during the negotiation, the server refusing the security settings offered is the other reading.',
    source: `${NODE_ERRORS}: ECONNRESET, EPIPE`,
  }),
  line('bio-unreachable', 'BIO_read returned a system error 113: No route to host', [bioError('unreachable')], {
    states: [networkUnreachable.id],
    generic: true,
    meaning: 'No route led to the server (EHOSTUNREACH, ENETUNREACH): a VPN not connected, a wrong address, routing.',
    source: `FreeRDP libfreerdp/core/transport.c ("BIO_read returned a system error %d: %s"); the error's name: ${errnoSource}`,
  }),
];
