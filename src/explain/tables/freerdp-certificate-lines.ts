/**
 * FreeRDP's certificate lines (issue 60), logged under its com.freerdp.crypto tag by xfreerdp, sdl-freerdp and the
 * programs on FreeRDP (Remmina, winapps): OpenSSL's verification of the server's certificate ("Certificate
 * verification failure 'self-signed certificate (18)' at stack position 0") and FreeRDP's own store of the hosts it
 * trusted (known_hosts2: "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!", "New host key for …"). Each says the
 * server's certificate is not one the client trusts: the number in the quotes is OpenSSL's verification error
 * (X509_V_ERR_*), the stack position the certificate's place in its chain; neither is a code of our tables.
 */
import { tlsCertificate } from '../../../patterns/tls-certificate.js';
import type { KnownSentence } from './known-sentence.js';
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
];
