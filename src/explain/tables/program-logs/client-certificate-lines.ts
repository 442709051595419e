/**
 * Remote Desktop clients' lines saying the server's certificate was not trusted (issue 60), read as one structure,
 * not one row per client: a line naming the certificate and a failed verification or trust ("Certificate validation
 * failed", "invalid security certificate which can not be trusted", "Certificate is not trusted by this system",
 * OpenSSL's "x509 certificate routines:…" error, "Host key verification failed", a "Do you trust this certificate
 * (yes/no)?" prompt left unanswered), in the log or the terminal of a client that speaks RDP (guacd, rdesktop,
 * FreeRDP and the programs on it, a FreeRDP option such as /cert:ignore). Another product's certificate (a browser's,
 * ssh's host key, a web service's) names no such client and is not read; a prompt answered "yes" is a certificate
 * accepted, not a failure.
 */
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const SOURCES = [
  'Apache Guacamole guacd, src/protocols/rdp/rdp.c, its verify callback when "ignore-cert" is false: "Certificate validation failed" (https://github.com/apache/guacamole-server/blob/main/src/protocols/rdp/rdp.c)',
  'rdesktop tcp.c and utils.c, its certificate prompt: "ATTENTION! The server uses and invalid security certificate which can not be trusted …", "Certificate is not trusted by this system.", "Do you trust this certificate (yes/no)?" (https://github.com/rdesktop/rdesktop/blob/master/utils.c)',
  'FreeRDP libfreerdp/crypto/tls.c, OpenSSL\'s verification errors ("error:0B086079:x509 certificate routines:X509_STORE_CTX_purpose_inherit:unknown purpose id", https://github.com/FreeRDP/FreeRDP/issues/6274) and its known_hosts check ("Host key verification failed.", https://github.com/FreeRDP/Remmina/issues/532)',
  'seen in https://github.com/MUYUSY/flask-socketio-guacamole/issues/1, https://github.com/asbru-cm/asbru-cm/issues/629, https://github.com/muflone/remmina-plugin-rdesktop/issues/9, https://github.com/FreeRDP/FreeRDP/issues/6182',
].join('; ');

/** A line naming the server's certificate and its failed verification or trust; a prompt answered "yes" is not. */
const NOT_TRUSTED =
  /\bcertificate (?:validation|verification) failed\b|\b(?:invalid|untrusted) security certificate\b|\bcertificate is not trusted by this system\b|\bcertificate which can ?not be trusted\b|\berror:[0-9a-f]{8}:x509 certificate routines:|\bhost key verification failed\b|\bdo you trust this certificate \(yes\/no\)\?(?! {0,2}y)/;

/** A client that speaks RDP: its name, its log's tags, FreeRDP's certificate options, the RDP port. */
const RDP_CLIENT =
  /\b(?:guacd|rdesktop|x?freerdp|wlfreerdp|sdl-freerdp|remmina|com\.freerdp\.[a-z]{1,12}|rdp server|3389)\b|\bcore\(error\):|\/cert[:-](?:ignore|tofu|deny)\b/;

const line = logLines(
  'A Remote Desktop client',
  'client-certificate',
  'English only: guacd, rdesktop, FreeRDP and OpenSSL print these lines in English in every language of the system.',
);

export const CLIENT_CERTIFICATE_SENTENCES: readonly KnownSentence[] = [
  line(
    'not-trusted',
    'Certificate validation failed / … invalid security certificate which can not be trusted / Do you trust this certificate (yes/no)?',
    [NOT_TRUSTED, RDP_CLIENT],
    {
      states: [tlsCertificate.id],
      // The failures logged after it (FreeRDP's NLA line after a refused host key, the transport or TLS failure, guacd's
      // TLS text) follow from it: the certificate is what failed.
      overrides: [
        'freerdp-authentication-failure-check-credentials',
        'freerdp-errconnect-connect-transport-failed',
        'freerdp-errconnect-tls-connect-failed',
        'guacd-tls-failed',
      ],
      meaning:
        "The Remote Desktop client did not trust the server's TLS certificate: it could not verify it (a self-signed certificate, as Remote Desktop servers make by default, an issuer the client does not know, a certificate that is not the one it stored for this host, or one whose purpose or fields its TLS library refuses) and stopped, or asked and got no answer (a script or a program without a terminal). The connection ends there, before any sign-in.",
      source: SOURCES,
      note: "Give the server a certificate from a CA the client trusts (its name matching the address used), or accept the server's certificate once interactively (rdesktop, FreeRDP's known_hosts2); to skip the check knowingly: guacd's \"ignore-cert\" parameter, FreeRDP's /cert:ignore (or /cert:tofu).",
    },
  ),
];
