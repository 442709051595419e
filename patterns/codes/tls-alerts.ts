/**
 * TLS alert descriptions (IANA TLS AlertDescription registry; RFC 5246 §7.2, RFC 8446 §6) as Schannel
 * logs them in 36887 ("fatal alert received") and 36888 ("fatal alert generated") `AlertDesc` (decimal).
 * 36887 = the OTHER side rejected the handshake; 36888 = THIS side rejected it.
 * `confidence` is for the alert's meaning (the IETF spec, tagged MS as "an open protocol spec");
 * what an alert means for RDP is declared by the patterns that explain it (`codes.tlsAlert`, each link with its own
 * confidence; Schannel events around RDP attempts: learn.microsoft.com
 * troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton).
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

const SRC_IANA = 'IANA TLS AlertDescription registry; RFC 8446 §6 (RFC 5246 §7.2 for the TLS 1.2 alerts)';

export const TLS_ALERTS: readonly CodeEntry[] = [
  {
    code: 0,
    name: 'close_notify',
    meaning: 'Orderly close of the TLS connection. Not an error.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 10,
    name: 'unexpected_message',
    meaning: 'An inappropriate message was received.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 20,
    name: 'bad_record_mac',
    meaning: 'A record failed integrity checking (or could not be decrypted).',
    confidence: 'MS',
    source: SRC_IANA,
    note: 'A Microsoft support blog ties alert 20 with internal state 960 to DHE cipher-suite interoperability problems with third-party TLS stacks.',
  },
  {
    code: 21,
    name: 'decryption_failed',
    meaning: 'Decryption failed (reserved; not sent by current TLS versions).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 22,
    name: 'record_overflow',
    meaning: 'A record was longer than allowed.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 30,
    name: 'decompression_failure',
    meaning: 'Decompression failed (reserved).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 40,
    name: 'handshake_failure',
    meaning: 'No acceptable set of security parameters: typically no cipher suite in common.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  { code: 41, name: 'no_certificate', meaning: 'No certificate (SSLv3 only).', confidence: 'MS', source: SRC_IANA },
  {
    code: 42,
    name: 'bad_certificate',
    meaning: 'A certificate was corrupt or its signature did not verify.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 43,
    name: 'unsupported_certificate',
    meaning: 'A certificate was of an unsupported type.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 44,
    name: 'certificate_revoked',
    meaning: 'A certificate was revoked by its signer.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 45,
    name: 'certificate_expired',
    meaning: 'A certificate has expired or is not yet valid.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 46,
    name: 'certificate_unknown',
    meaning: 'Some other problem with the certificate made it unacceptable.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 47,
    name: 'illegal_parameter',
    meaning: 'A handshake field was out of range or inconsistent.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 48,
    name: 'unknown_ca',
    meaning: 'The certificate chain could not be tied to a trusted CA.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 49,
    name: 'access_denied',
    meaning: 'A valid certificate was received but access control refused the handshake.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 50,
    name: 'decode_error',
    meaning: 'A message could not be decoded (a field out of range or a wrong length).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 51,
    name: 'decrypt_error',
    meaning: 'A handshake cryptographic operation failed (signature or Finished check).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 60,
    name: 'export_restriction',
    meaning: 'Export restriction (reserved).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 70,
    name: 'protocol_version',
    meaning: "The peer's TLS version is recognised but not supported: a TLS version mismatch.",
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 71,
    name: 'insufficient_security',
    meaning: 'The server requires cipher suites more secure than those the client supports.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 80,
    name: 'internal_error',
    meaning: 'An internal error unrelated to the peer made the handshake impossible.',
    confidence: 'MS',
    source: SRC_IANA,
    note: 'Reported among the TLS-mismatch alerts; on a server it can also follow a certificate/private-key failure.',
  },
  {
    code: 86,
    name: 'inappropriate_fallback',
    meaning: 'The client retried with a lower TLS version that the server considers an illegitimate fallback.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 90,
    name: 'user_canceled',
    meaning: 'The handshake was cancelled for a reason unrelated to a protocol failure.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  { code: 100, name: 'no_renegotiation', meaning: 'Renegotiation refused.', confidence: 'MS', source: SRC_IANA },
  {
    code: 109,
    name: 'missing_extension',
    meaning: 'A required TLS extension was missing (TLS 1.3).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 110,
    name: 'unsupported_extension',
    meaning: 'An extension was received that was not offered or is not allowed in that message.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 112,
    name: 'unrecognized_name',
    meaning: 'No server matches the name sent in Server Name Indication.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 113,
    name: 'bad_certificate_status_response',
    meaning: 'An invalid or unacceptable OCSP response was provided.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 114,
    name: 'bad_certificate_hash_value',
    meaning: 'Reserved (was bad_certificate_hash_value, RFC 6066): no TLS 1.3 stack sends it.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 115,
    name: 'unknown_psk_identity',
    meaning: 'No acceptable pre-shared key identity.',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 116,
    name: 'certificate_required',
    meaning: 'A client certificate is required but none was provided (TLS 1.3).',
    confidence: 'MS',
    source: SRC_IANA,
  },
  {
    code: 120,
    name: 'no_application_protocol',
    meaning: 'No application protocol (ALPN) in common between client and server.',
    confidence: 'MS',
    source: SRC_IANA,
  },
];

export const lookupTlsAlert = makeLookup(TLS_ALERTS);
