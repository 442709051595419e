/**
 * FreeRDP's certificate lines (issue 60), logged under its com.freerdp.crypto tag by xfreerdp, sdl-freerdp and the
 * programs on FreeRDP (Remmina, winapps): OpenSSL's verification of the server's certificate ("Certificate
 * verification failure 'self-signed certificate (18)' at stack position 0") and FreeRDP's own store of the hosts it
 * trusted (known_hosts2: "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!", "New host key for …"). Each says the
 * server's certificate is not one the client trusts: the number in the quotes is OpenSSL's verification error
 * (X509_V_ERR_*), the stack position the certificate's place in its chain; neither is a code of our tables. Its
 * post-connect lines (gdi_init_ex's framebuffer formats) say the connection came up: a warning above them was answered.
 */
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const FREERDP = 'https://github.com/FreeRDP/FreeRDP';
const TLS_C = `FreeRDP libfreerdp/crypto/tls.c and certificate.c, its verify callback and its certificate warnings (${FREERDP}/blob/master/libfreerdp/crypto/tls.c)`;
const OPENSSL_VERIFY =
  'OpenSSL\'s X509_verify_cert_error_string ("self-signed certificate" 18, "self-signed certificate in certificate chain" 19, "unable to get local issuer certificate" 20, "certificate has expired" 10: https://docs.openssl.org/master/man3/X509_STORE_CTX_get_error/)';
const CHECK =
  "Compare the certificate's thumbprint with the server's (certlm.msc → Remote Desktop → Certificates, or Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TSGeneralSetting); if the server was rebuilt or its certificate renewed, remove its old entry from FreeRDP's known_hosts2 (~/.config/freerdp/) and accept the new one; otherwise give the server a certificate from a CA the client trusts.";

const line = logLines(
  'FreeRDP',
  'freerdp-crypto',
  'English only: FreeRDP and OpenSSL print these lines in English in every language of the system.',
);

export const FREERDP_CERTIFICATE_SENTENCES: readonly KnownSentence[] = [
  line(
    'verification-failure',
    "Certificate verification failure 'self-signed certificate (18)' at stack position 0",
    /\bcertificate verification failure '[a-z][a-z ,-]{2,80} \(\d{1,3}\)' at stack position \d{1,2}\b/,
    {
      states: [tlsCertificate.id],
      meaning:
        "OpenSSL could not verify the server's TLS certificate against the certificate authorities the client trusts (the reason is in the quotes: a self-signed certificate, as Remote Desktop servers make by default, or an issuer the client does not know, or an expired one). FreeRDP then checks its own store of trusted hosts and asks, or refuses without a prompt (/cert:deny, a program that cannot answer). A warning before the prompt, not the failure itself, unless the lines after it say the connection stopped.",
      // A warning before FreeRDP's prompt: a failure logged after it (ERRCONNECT_…, a code) is the reading.
      generic: true,
      source: `${TLS_C}, logging ${OPENSSL_VERIFY}; seen in ${FREERDP}/issues/5491 ('unable to get local issuer certificate (20)') and ${FREERDP}/issues/8168 ('self signed certificate (18)')`,
      note: CHECK,
    },
  ),
  line(
    'host-key-changed',
    'WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! / WARNING: NEW HOST IDENTIFICATION! / The host key for … has changed',
    /\bwarning: (?:remote|new) host identification(?: has changed)?!|\bthe host key for \S{1,200} has changed\b|\bnew host key for \S{1,200}:\d{1,5}\b/,
    {
      states: [tlsCertificate.id],
      meaning:
        "The server's certificate is not the one FreeRDP stored for this host (its known_hosts2): the server's certificate was renewed or the server rebuilt (Remote Desktop's self-signed certificate is made anew), or another machine answers at that address. FreeRDP refuses it unless the user accepts the new one; a program without a prompt stops there.",
      source: `${TLS_C}, its warnings for a changed or new host key; seen in https://github.com/winapps-org/winapps/issues/220 ("New host key for …", "WARNING: NEW HOST IDENTIFICATION!") and ${FREERDP}/issues/8168`,
      note: CHECK,
    },
  ),
  // Round 27 (r27-h60p): gdi_init_ex logs the framebuffer formats when the client builds its desktop, in its post-connect
  // step, after the TLS, NLA, licensing and capability exchanges have all passed: a certificate warning above these
  // lines was answered (accepted, /cert:ignore) and is not why a connection failed. A failure logged after them
  // (ERRINFO_…, a disconnect) keeps its own reading; the warning alone stays the certificate (the rows above).
  line(
    'session-drawn',
    'Local framebuffer format  PIXEL_FORMAT_BGRX32 / Remote framebuffer format PIXEL_FORMAT_BGRA32',
    /\b(?:local|remote) framebuffer format\s{1,4}pixel_format_[a-z0-9]{4,12}\b/,
    {
      kind: 'informational',
      generic: true,
      overrides: ['freerdp-crypto-verification-failure', 'freerdp-crypto-host-key-changed'],
      meaning:
        "FreeRDP connected: it logs the framebuffer formats when it builds the remote desktop's picture, after the TLS handshake, Network Level Authentication, licensing and the capability exchange have all succeeded. A certificate warning logged before these lines was accepted and did not stop the connection; if the session then closed, the lines after them (an ERRINFO_ reason, a disconnect) say why.",
      source: `FreeRDP libfreerdp/gdi/gdi.c, gdi_init_ex: WLog_INFO "Local framebuffer format  %s" and "Remote framebuffer format %s", called from the clients' post-connect step (${FREERDP}/blob/master/libfreerdp/gdi/gdi.c); public logs of sessions that opened after "Certificate verification failure 'self-signed certificate (18)'" (https://github.com/Fmstrat/winapps/issues/265)`,
    },
  ),
];
