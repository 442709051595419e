import { onPath } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/**
 * The domain controller's PKINIT failure codes (Security 4771 `Failure Code`, 4768 `Result Code`), by what the
 * administrator must look at. [MS] event-4771 / event-4768 tables; RFC 4556 (PKINIT) §3.2.3 and RFC 4120 §7.5.9.
 * A smart-card (certificate) logon asks the KDC for a ticket during CredSSP; refused there, the client never sends
 * the server credentials, so the server logs only a connection that ended after TLS.
 */
const PKINIT = {
  /**
   * The user's certificate: 0x3E KDC_ERR_CLIENT_NOT_TRUSTED (its chain does not end in a CA in NTAuth), 0x40
   * KDC_ERR_INVALID_SIG, 0x41 KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED (RFC 4556) / KEY_TOO_WEAK, 0x46
   * KDC_ERR_CANT_VERIFY_CERTIFICATE, 0x47 KDC_ERR_INVALID_CERTIFICATE, 0x4B KDC_ERR_CLIENT_NAME_MISMATCH (the
   * certificate's UPN or mapping does not name the account).
   */
  clientCertificate: ['0x3E', '0x40', '0x41', '0x46', '0x47', '0x4B'],
  /** Revocation: 0x48 KDC_ERR_REVOKED_CERTIFICATE, 0x49 _REVOCATION_STATUS_UNKNOWN, 0x4A _UNAVAILABLE (CRL not reachable). */
  revocation: ['0x48', '0x49', '0x4A'],
  /** 0x3F KDC_ERR_KDC_NOT_TRUSTED: the domain controller's own certificate (KDC Authentication) is not trusted. */
  kdcCertificate: ['0x3F'],
} as const;

/** The DC's Kerberos events that carry a failure code for a user's ticket request. */
const KDC_EVENTS = [4771, 4768];
/** Joined like auth-account-state's `kdcRefused`: the client's address and the account. */
const KDC_JOIN = { client: 'IpAddress', user: 'TargetUserName' } as const;

export const authSmartcard = {
  id: 'auth-smartcard',
  title: 'The smart card (certificate) sign-in was refused by the domain controller',
  summary:
    "A smart-card or certificate logon refused by the domain controller's Kerberos (PKINIT): the user's or the domain controller's certificate is not trusted, revoked, its revocation status unknown, or its name does not match the account.",
  status: 'test',
  attackSignals: { credentials: true },
  phase: 'nla',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4771',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4768',
    'https://www.rfc-editor.org/rfc/rfc4556#section-3.2.3',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/certificates-and-public-key-infrastructure-pki/enable-smart-card-logon-third-party-certification-authorities',
  ],
  falsePositives: [
    "A domain controller's PKINIT refusal from the client's address for the same user is another sign-in of that computer (unlocking the workstation, Outlook) when the RDP connection failed for another reason: its time and user must fit the connection.",
    'A revocation status that cannot be checked (0x49, 0x4A) is a CRL or OCSP responder the domain controller cannot reach: the card is fine, the network or the CA is not.',
  ],
  when: {
    outcome: ['failed'],
  },
  clauses: [
    // [MS] event-4771/4768 failure codes 0x3E, 0x40, 0x41, 0x46, 0x47, 0x4B: the user's certificate.
    onPath(
      'clientCertificate',
      { channel: 'Security', eventId: KDC_EVENTS, fields: { Status: { in: PKINIT.clientCertificate } } },
      0.85,
      { join: KDC_JOIN },
    ),
    // [MS] event-4771/4768 failure codes 0x48, 0x49, 0x4A: the user's certificate revoked or its status unknown.
    onPath(
      'revocation',
      { channel: 'Security', eventId: KDC_EVENTS, fields: { Status: { in: PKINIT.revocation } } },
      0.85,
      { join: KDC_JOIN },
    ),
    // [MS] event-4771/4768 failure code 0x3F: the domain controller's certificate is not trusted.
    onPath(
      'kdcCertificate',
      { channel: 'Security', eventId: KDC_EVENTS, fields: { Status: { in: PKINIT.kdcCertificate } } },
      0.85,
      { join: KDC_JOIN },
    ),
  ],
  codes: {
    // [MS] the SSPI statuses the client gets for the same refusals (Kerberos PKINIT), shown in mstsc's dialog.
    sspi: explained({
      MS: [0x80090351, 0x80090352, 0x80090353, 0x80090354, 0x80090355, 0x80090358, 0x80090359, 0x8009035a, 0x8009035b],
    }),
  },
  explanation: [
    "The domain controller {clientCertificate.computer} refused the smart-card sign-in of {clientCertificate.TargetUserName} from {clientCertificate.IpAddress}: failure code {clientCertificate.Status} (Security {clientCertificate.eventId}; the user's certificate: 0x3E issued by a CA not trusted for smart-card logon (NTAuth), 0x40 invalid signature, 0x41 key parameters not accepted, 0x46 cannot be verified, 0x47 invalid, 0x4B its name does not match the account), so the client never sent the server its credentials.",
    "The domain controller {revocation.computer} refused the smart-card sign-in of {revocation.TargetUserName} from {revocation.IpAddress}: failure code {revocation.Status} (Security {revocation.eventId}; 0x48 the user's certificate is revoked, 0x49/0x4A its revocation status cannot be determined: the CRL or OCSP responder was not reached), so the client never sent the server its credentials.",
    "The domain controller {kdcCertificate.computer} refused the smart-card sign-in of {kdcCertificate.TargetUserName} from {kdcCertificate.IpAddress}: failure code {kdcCertificate.Status} (Security {kdcCertificate.eventId}; 0x3F the domain controller's own certificate is not trusted), so the client never sent the server its credentials.",
    'The certificate the user presented: {clientCertificate.CertIssuerName}, serial {clientCertificate.CertSerialNumber}.',
    'The certificate the user presented: {revocation.CertIssuerName}, serial {revocation.CertSerialNumber}.',
  ],
  remediation: [
    "Read the domain controller's Security 4771/4768 for the user: its failure code names the certificate problem, and `CertIssuerName`/`CertSerialNumber` the certificate (`certutil -scinfo` on the client shows the card's certificates and their chains).",
    'Not trusted (0x3E): the issuing CA must be in the enterprise NTAuth store (`certutil -viewstore -enterprise NTAuth`; add it with `certutil -dspublish -f <ca.cer> NTAuthCA`) and its chain trusted on the domain controllers.',
    "Revoked (0x48): the card's certificate was revoked (a lost card, a departed user): issue a new one; revocation status unknown (0x49/0x4A): the domain controller must reach the CRL distribution point or OCSP responder in the certificate (`certutil -verify -urlfetch <user.cer>`), and the CA must publish a current CRL.",
    "The domain controller's certificate not trusted (0x3F): enrol the domain controllers for a current 'Kerberos Authentication' (or 'Domain Controller Authentication') certificate from a CA the clients trust, and check it with `certutil -dcinfo verify`.",
    "Name mismatch (0x4B): the certificate's UPN (Subject Alternative Name) or its explicit mapping (altSecurityIdentities, the strong certificate mapping of KB5014754) must name the account.",
  ],
  sample: {
    description:
      "Users of RDSH02 sign in with smart cards (Kerberos PKINIT, DC01): hana's card comes from a CA not in NTAuth (4771 0x3E), ivan's certificate was revoked after he reported the card lost (4768 0x48), judy's client does not trust DC01's own certificate (4771 0x3F); the server logs only connections that end after TLS. At 10:20:05 DC01 refuses karl's card at another computer while a scanner's handshake from 203.0.113.40 ends: no cause of this one.",
    file: 'samples/patterns/auth-smartcard/sample.xml',
  },
} as const satisfies Pattern;
