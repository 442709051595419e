/**
 * Kerberos error codes as a domain controller's Security events show them: 4768 "Result Code", 4769 and 4771
 * "Failure Code" (in the XML all three are the `Status` field), in hex (`0x18`). The same numbers are the
 * `error-code` of a KRB-ERROR message.
 *
 * Sources: RFC 4120 §7.5.9 (error codes 0–68), RFC 4556 §3.1.3 (PKINIT, 62–81), RFC 6113 (FAST, 90–93), MS-KILE §3.3.5 and §2.2.1
 * (how a Windows KDC uses them: KDC_ERR_PREAUTH_REQUIRED before every first AS exchange, KDC_ERR_POLICY and
 * KDC_ERR_CLIENT_REVOKED with the account's NTSTATUS in KERB-EXT-ERROR), and the Microsoft Learn pages of
 * events 4768 and 4771 (the "Kerberos failure codes" tables), which say what a Windows administrator meets behind
 * each code. Each entry names its source; `note` carries the Windows reading where the RFC's text says little.
 */
import { makeLookup } from '../../../../patterns/codes/table.js';
import type { CodeEntry } from '../../../../patterns/codes/types.js';

const RFC4120 = 'RFC 4120 §7.5.9 (Kerberos error codes)';
const RFC4556 = 'RFC 4556 §3.1.3 (PKINIT error codes)';
const LEARN = 'Microsoft Learn: events 4768 and 4771, Kerberos failure codes';
const KILE = 'MS-KILE §3.3.5 (KDC processing)';
const RFC6113 = 'RFC 6113 (Kerberos pre-authentication framework and FAST armoring), its error codes 90–93';

type Row = readonly [code: number, name: string, meaning: string, source: string, note?: string, sameAs?: number];

/** A Kerberos error, with the NTSTATUS a Security 4625 shows for the same condition when there is one. */
export interface KerberosEntry extends CodeEntry {
  /**
   * The NTSTATUS of the same condition (4625 Status/Sub Status), from the 4768/4771 pages' descriptions: the causes
   * the patterns link to that NTSTATUS are this code's.
   */
  readonly sameAs?: number;
}

const ROWS: readonly Row[] = [
  [0x0, 'KDC_ERR_NONE', 'No error: the ticket was issued.', `${RFC4120}; ${LEARN}`],
  [0x1, 'KDC_ERR_NAME_EXP', "The client's entry in the KDC database has expired.", RFC4120],
  [0x2, 'KDC_ERR_SERVICE_EXP', "The server's entry in the KDC database has expired.", RFC4120],
  [0x3, 'KDC_ERR_BAD_PVNO', 'The requested Kerberos protocol version is not supported.', RFC4120],
  [0x4, 'KDC_ERR_C_OLD_MAST_KVNO', "The client's key is encrypted in an old master key.", RFC4120],
  [0x5, 'KDC_ERR_S_OLD_MAST_KVNO', "The server's key is encrypted in an old master key.", RFC4120],
  [
    0x6,
    'KDC_ERR_C_PRINCIPAL_UNKNOWN',
    'The client (user or computer account) was not found in the Kerberos database.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: the user name does not exist in the domain (a typo, a deleted account, or an account not yet replicated to this domain controller).',
    0xc0000064,
  ],
  [
    0x7,
    'KDC_ERR_S_PRINCIPAL_UNKNOWN',
    'The server (service principal) was not found in the Kerberos database.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: no account holds the SPN asked for (for Remote Desktop TERMSRV/<host>): the client then falls back to NTLM, or fails where NTLM is restricted. Check the name the client used and `setspn -Q TERMSRV/<host>`.',
  ],
  [
    0x8,
    'KDC_ERR_PRINCIPAL_NOT_UNIQUE',
    'Multiple principal entries in the database.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: a duplicate SPN (two accounts register the same one); `setspn -X` lists duplicates.',
  ],
  [0x9, 'KDC_ERR_NULL_KEY', 'The client or server has a null key.', `${RFC4120}; ${LEARN}`],
  [0xa, 'KDC_ERR_CANNOT_POSTDATE', 'The ticket is not eligible for postdating.', RFC4120],
  [0xb, 'KDC_ERR_NEVER_VALID', 'The requested start time is later than the end time.', RFC4120],
  [
    0xc,
    'KDC_ERR_POLICY',
    'The KDC policy rejects the request.',
    `${RFC4120}; ${KILE}; ${LEARN}`,
    'On Windows: an account restriction such as logon workstations or logon hours (the NTSTATUS is carried in the error data).',
    0xc000006e,
  ],
  [0xd, 'KDC_ERR_BADOPTION', 'The KDC cannot accommodate the requested option.', `${RFC4120}; ${LEARN}`],
  [
    0xe,
    'KDC_ERR_ETYPE_NOSUPP',
    'The KDC has no support for the encryption type.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: the client, the service account or the KDC share no encryption type (RC4 or DES disabled, an account without AES keys).',
  ],
  [0xf, 'KDC_ERR_SUMTYPE_NOSUPP', 'The KDC has no support for the checksum type.', RFC4120],
  [
    0x10,
    'KDC_ERR_PADATA_TYPE_NOSUPP',
    'The KDC has no support for the pre-authentication data type.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: often smart card logon (PKINIT) against a domain controller without a suitable certificate.',
  ],
  [0x11, 'KDC_ERR_TRTYPE_NOSUPP', 'The KDC has no support for the transited type.', RFC4120],
  [
    0x12,
    'KDC_ERR_CLIENT_REVOKED',
    "The client's credentials have been revoked.",
    `${RFC4120}; ${KILE}; ${LEARN}`,
    'On Windows: the account is disabled, expired or locked out, or outside its logon hours.',
    0xc0000072,
  ],
  [0x13, 'KDC_ERR_SERVICE_REVOKED', 'The credentials for the server have been revoked.', RFC4120],
  [0x14, 'KDC_ERR_TGT_REVOKED', 'The ticket-granting ticket has been revoked.', RFC4120],
  [0x15, 'KDC_ERR_CLIENT_NOTYET', 'The client is not yet valid; try again later.', RFC4120],
  [0x16, 'KDC_ERR_SERVICE_NOTYET', 'The server is not yet valid; try again later.', RFC4120],
  [
    0x17,
    'KDC_ERR_KEY_EXPIRED',
    'The password has expired; change the password to reset.',
    `${RFC4120}; ${LEARN}`,
    "On Windows: the user's password has expired (or must be changed at next logon).",
    0xc0000071,
  ],
  [
    0x18,
    'KDC_ERR_PREAUTH_FAILED',
    'The pre-authentication information was invalid.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: the password was wrong (a typo, or a stale password saved in a client, a service or a mapped drive); repeated from one address and many accounts it is password guessing.',
    0xc000006a,
  ],
  [
    0x19,
    'KDC_ERR_PREAUTH_REQUIRED',
    'Additional pre-authentication is required.',
    `${RFC4120}; ${KILE}`,
    'Not a failure: the KDC asks for pre-authentication at the start of every AS exchange; a 4768 with it is normal and followed by one that succeeds.',
  ],
  [0x1a, 'KDC_ERR_SERVER_NOMATCH', 'The requested server and the ticket do not match.', RFC4120],
  [0x1b, 'KDC_ERR_MUST_USE_USER2USER', 'The server principal is valid for user-to-user only.', RFC4120],
  [0x1c, 'KDC_ERR_PATH_NOT_ACCEPTED', 'The KDC policy rejects the transited path.', RFC4120],
  [0x1d, 'KDC_ERR_SVC_UNAVAILABLE', 'A service is not available.', RFC4120],
  [
    0x1f,
    'KRB_AP_ERR_BAD_INTEGRITY',
    'The integrity check on a decrypted field failed.',
    `${RFC4120}; ${LEARN}`,
    'On Windows: keys out of step, for example a computer or service password changed and not yet replicated.',
  ],
  [0x20, 'KRB_AP_ERR_TKT_EXPIRED', 'The ticket has expired.', `${RFC4120}; ${LEARN}`],
  [0x21, 'KRB_AP_ERR_TKT_NYV', 'The ticket is not yet valid.', `${RFC4120}; ${LEARN}`],
  [0x22, 'KRB_AP_ERR_REPEAT', 'The request is a replay.', `${RFC4120}; ${LEARN}`],
  [0x23, 'KRB_AP_ERR_NOT_US', 'The ticket is not for us.', RFC4120],
  [0x24, 'KRB_AP_ERR_BADMATCH', 'The ticket and authenticator do not match.', `${RFC4120}; ${LEARN}`],
  [
    0x25,
    'KRB_AP_ERR_SKEW',
    'The clock skew is too great.',
    `${RFC4120}; ${LEARN}`,
    "On Windows: the client's clock differs from the domain controller's by more than the allowed skew (5 minutes by default); fix time synchronization (w32tm).",
    0xc0000133,
  ],
  [0x26, 'KRB_AP_ERR_BADADDR', 'The network address in the ticket is wrong.', RFC4120],
  [0x27, 'KRB_AP_ERR_BADVERSION', 'The protocol version does not match.', RFC4120],
  [0x28, 'KRB_AP_ERR_MSG_TYPE', 'Invalid message type.', RFC4120],
  [0x29, 'KRB_AP_ERR_MODIFIED', 'The message stream was modified.', `${RFC4120}; ${LEARN}`],
  [0x2a, 'KRB_AP_ERR_BADORDER', 'The message is out of order.', RFC4120],
  [0x2c, 'KRB_AP_ERR_BADKEYVER', 'The specified version of the key is not available.', RFC4120],
  [0x2d, 'KRB_AP_ERR_NOKEY', 'The service key is not available.', RFC4120],
  [0x2e, 'KRB_AP_ERR_MUT_FAIL', 'Mutual authentication failed.', RFC4120],
  [0x2f, 'KRB_AP_ERR_BADDIRECTION', 'Incorrect message direction.', RFC4120],
  [0x30, 'KRB_AP_ERR_METHOD', 'An alternative authentication method is required.', RFC4120],
  [0x31, 'KRB_AP_ERR_BADSEQ', 'Incorrect sequence number in the message.', RFC4120],
  [0x32, 'KRB_AP_ERR_INAPP_CKSUM', 'Inappropriate type of checksum in the message.', RFC4120],
  [0x33, 'KRB_AP_PATH_NOT_ACCEPTED', 'The policy rejects the transited path.', RFC4120],
  [
    0x34,
    'KRB_ERR_RESPONSE_TOO_BIG',
    'The response is too big for UDP; retry with TCP.',
    `${RFC4120}; ${LEARN}`,
    'Not a failure on its own: the client retries over TCP.',
  ],
  [0x3c, 'KRB_ERR_GENERIC', 'Generic error.', `${RFC4120}; ${LEARN}`],
  [0x3d, 'KRB_ERR_FIELD_TOOLONG', 'A field is too long for this implementation.', RFC4120],
  [
    0x3e,
    'KDC_ERR_CLIENT_NOT_TRUSTED',
    'PKINIT: the client certificate is not trusted (its chain does not reach a trusted root or an NTAuth CA).',
    `${RFC4556}; ${LEARN}`,
  ],
  [
    0x3f,
    'KDC_ERR_KDC_NOT_TRUSTED',
    "PKINIT: the KDC's certificate is not trusted by the client.",
    `${RFC4556}; ${LEARN}`,
  ],
  [0x40, 'KDC_ERR_INVALID_SIG', 'PKINIT: the signature is invalid.', `${RFC4556}; ${LEARN}`],
  [
    0x41,
    'KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED',
    'PKINIT: the Diffie-Hellman key parameters were not accepted (RFC 4120 names 65 KDC_ERR_KEY_TOO_WEAK).',
    `${RFC4556}; ${LEARN}`,
  ],
  [
    0x42,
    'KDC_ERR_CERTIFICATE_MISMATCH',
    'PKINIT: the certificate does not match the principal.',
    `${RFC4120}; ${LEARN}`,
  ],
  [0x43, 'KRB_AP_ERR_NO_TGT', 'No ticket-granting ticket is available to get a user-to-user ticket.', RFC4120],
  [
    0x44,
    'KDC_ERR_WRONG_REALM',
    'The request was for the wrong realm (a referral to another domain).',
    `${RFC4120}; ${LEARN}`,
  ],
  [0x45, 'KRB_AP_ERR_USER_TO_USER_REQUIRED', 'User-to-user authentication is required.', RFC4120],
  [0x46, 'KDC_ERR_CANT_VERIFY_CERTIFICATE', 'PKINIT: the certificate could not be verified.', `${RFC4556}; ${LEARN}`],
  [0x47, 'KDC_ERR_INVALID_CERTIFICATE', 'PKINIT: the certificate is invalid.', `${RFC4556}; ${LEARN}`],
  [0x48, 'KDC_ERR_REVOKED_CERTIFICATE', 'PKINIT: the certificate has been revoked.', `${RFC4556}; ${LEARN}`],
  [
    0x49,
    'KDC_ERR_REVOCATION_STATUS_UNKNOWN',
    "PKINIT: the certificate's revocation status is unknown.",
    `${RFC4556}; ${LEARN}`,
  ],
  [
    0x4a,
    'KDC_ERR_REVOCATION_STATUS_UNAVAILABLE',
    'PKINIT: the revocation status is not available (the CRL or OCSP responder could not be reached).',
    `${RFC4556}; ${LEARN}`,
  ],
  [
    0x4b,
    'KDC_ERR_CLIENT_NAME_MISMATCH',
    "PKINIT: the client's name does not match the certificate.",
    `${RFC4556}; ${LEARN}`,
  ],
  [0x4c, 'KDC_ERR_KDC_NAME_MISMATCH', "PKINIT: the KDC's name does not match its certificate.", RFC4556],
  [
    0x4d,
    'KDC_ERR_INCONSISTENT_KEY_PURPOSE',
    'PKINIT: the certificate cannot be used for PKINIT client authentication (its key purpose).',
    RFC4556,
  ],
  [
    0x4e,
    'KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED',
    'PKINIT: the digest algorithm of the certificate is not accepted.',
    RFC4556,
  ],
  [0x4f, 'KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED', 'PKINIT: the paChecksum must be included.', RFC4556],
  [
    0x50,
    'KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED',
    'PKINIT: the digest algorithm of the signed data is not accepted.',
    RFC4556,
  ],
  [0x51, 'KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED', 'PKINIT: public key encryption is not supported.', RFC4556],
  [0x5a, 'KDC_ERR_PREAUTH_EXPIRED', 'FAST: the pre-authentication data has expired.', RFC6113],
  [0x5b, 'KDC_ERR_MORE_PREAUTH_DATA_REQUIRED', 'FAST: additional pre-authentication data is required.', RFC6113],
  [
    0x5c,
    'KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET',
    'FAST: the KDC cannot accommodate the requested pre-authentication set.',
    RFC6113,
  ],
  [
    0x5d,
    'KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS',
    'FAST: a FAST option marked critical is unknown to the KDC.',
    RFC6113,
  ],
];

/** The Kerberos error codes, one entry per code, each with its source. */
export const KERBEROS_ERRORS: readonly KerberosEntry[] = ROWS.map(([code, name, meaning, source, note, sameAs]) => ({
  code,
  name,
  meaning,
  confidence: 'MS',
  source,
  phases: ['nla', 'logon'],
  ...(note ? { note } : {}),
  ...(sameAs !== undefined ? { sameAs } : {}),
}));

/** The events whose `Status` (rendered Failure Code / Result Code) is a Kerberos error code. */
export const KERBEROS_EVENT_IDS: readonly number[] = [4768, 4769, 4771, 4772, 4773];

export const lookupKerberosError = makeLookup(KERBEROS_ERRORS);
