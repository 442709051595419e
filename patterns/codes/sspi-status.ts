/**
 * SSPI (SEC_E_* / SEC_I_*), CRYPT_E_* and HRESULT codes, as they appear in Schannel `ErrorCode`,
 * RdpCoreTS 139 `ResultCode`, RdpCoreTS/RDPClient 226 `ErrorCode`, RdpCoreTS 227 trace strings and
 * LsaSrv events; plus the plain Win32 codes RdpCoreTS 142/143 log in `error`.
 *
 * Sources: SSPI Status Codes (learn.microsoft.com/windows/win32/secauthn/sspi-status-codes), winerror.h /
 * [MS-ERREF] §2.1, MS-WCCE (CRYPT_E_REVOCATION_OFFLINE).
 */
import { parseCodeValue } from './parse.js';
import { indexByCode } from './table.js';
import type { CodeEntry } from './types.js';
import { HRESULT_EXTRA, WIN32_EXTRA, WIN32_SERVICE_ERRORS } from './winerror-more.js';

const SRC_SSPI = 'Microsoft Learn: SSPI status codes; MS-ERREF 2.1 HRESULT values (winerror.h)';
const SRC_WINERROR = 'MS-ERREF 2.1 HRESULT values (winerror.h, FACILITY_SECURITY block)';
const SRC_OBSERVED = 'Widely reported: the value as real RdpCoreTS 227 records show it; undocumented';
const SRC_WIN32 = 'MS-ERREF 2.2 Win32 error codes (winerror.h)';

/**
 * The rest of winerror.h's SSPI block (FACILITY_SECURITY, 0x0009xxxx / 0x8009xxxx): [code, name, meaning]. Every value
 * is an SSPI status an RDP log or dialog can carry (Schannel, CredSSP, Kerberos, NTLM, Negotiate); the meanings
 * restate winerror.h's message text. Entries with RDP-specific notes are written out in SSPI_STATUS_CODES below.
 */
const WINERROR_SSPI: readonly (readonly [number, string, string])[] = [
  [
    0x00090315,
    'SEC_I_LOCAL_LOGON',
    'Not an error: the logon completed, but no network authority was available; the logon used locally cached information.',
  ],
  [
    0x00090317,
    'SEC_I_CONTEXT_EXPIRED',
    'Not an error: the context has expired and can no longer be used (the peer closed the TLS session).',
  ],
  [0x00090323, 'SEC_I_NO_LSA_CONTEXT', 'Not an error: there is no LSA mode context associated with this context.'],
  [
    0x0009035c,
    'SEC_I_SIGNATURE_NEEDED',
    'Not an error: a signature operation must be performed before the user can authenticate.',
  ],
  [0x00090360, 'SEC_I_NO_RENEGOTIATION', 'The recipient rejected the renegotiation request.'],
  [
    0x00090364,
    'SEC_I_MESSAGE_FRAGMENT',
    'Not an error: the returned buffer is only a fragment of the message; more fragments need to be returned.',
  ],
  [
    0x00090366,
    'SEC_I_CONTINUE_NEEDED_MESSAGE_OK',
    'Not an error: the function completed, but must be called again to complete the context; early start can be used.',
  ],
  [
    0x00090368,
    'SEC_I_ASYNC_CALL_PENDING',
    'Not an error: an asynchronous SSPI routine has been called and the work is pending completion.',
  ],
  [0x80090300, 'SEC_E_INSUFFICIENT_MEMORY', 'Not enough memory is available to complete the request.'],
  [0x80090301, 'SEC_E_INVALID_HANDLE', 'The handle specified is invalid.'],
  [0x80090303, 'SEC_E_TARGET_UNKNOWN', 'The specified target is unknown or unreachable.'],
  [0x80090305, 'SEC_E_SECPKG_NOT_FOUND', 'The requested security package does not exist.'],
  [0x80090306, 'SEC_E_NOT_OWNER', 'The caller is not the owner of the desired credentials.'],
  [0x80090307, 'SEC_E_CANNOT_INSTALL', 'The security package failed to initialise and cannot be installed.'],
  [
    0x80090309,
    'SEC_E_CANNOT_PACK',
    'The security package cannot marshal the logon buffer, so the logon attempt failed.',
  ],
  [
    0x8009030a,
    'SEC_E_QOP_NOT_SUPPORTED',
    'The per-message quality of protection is not supported by the security package.',
  ],
  [0x8009030b, 'SEC_E_NO_IMPERSONATION', 'The security context does not allow impersonation of the client.'],
  [0x8009030f, 'SEC_E_MESSAGE_ALTERED', 'The message or signature supplied for verification has been altered.'],
  [0x80090310, 'SEC_E_OUT_OF_SEQUENCE', 'The message supplied for verification is out of sequence.'],
  [0x80090316, 'SEC_E_BAD_PKGID', 'The requested security package does not exist.'],
  [0x80090317, 'SEC_E_CONTEXT_EXPIRED', 'The context has expired and can no longer be used.'],
  [0x80090318, 'SEC_E_INCOMPLETE_MESSAGE', 'The supplied message is incomplete; the signature was not verified.'],
  [
    0x80090320,
    'SEC_E_INCOMPLETE_CREDENTIALS',
    'The credentials supplied were not complete and could not be verified; the context could not be initialised.',
  ],
  [0x80090321, 'SEC_E_BUFFER_TOO_SMALL', 'The buffers supplied to a function were too small.'],
  [0x80090329, 'SEC_E_ENCRYPT_FAILURE', 'The specified data could not be encrypted.'],
  [0x80090330, 'SEC_E_DECRYPT_FAILURE', 'The specified data could not be decrypted.'],
  [
    0x80090332,
    'SEC_E_SECURITY_QOS_FAILED',
    'The security context could not be established because the requested quality of service (for example mutual authentication or delegation) failed.',
  ],
  [
    0x80090333,
    'SEC_E_UNFINISHED_CONTEXT_DELETED',
    'A security context was deleted before the context was completed; this counts as a logon failure.',
  ],
  [
    0x80090334,
    'SEC_E_NO_TGT_REPLY',
    'The client is negotiating a context and the server requires user-to-user authentication but did not send a ticket-granting ticket (TGT) reply.',
  ],
  [0x80090335, 'SEC_E_NO_IP_ADDRESSES', 'The task cannot be done because the local machine has no IP addresses.'],
  [
    0x80090336,
    'SEC_E_WRONG_CREDENTIAL_HANDLE',
    'The supplied credential handle does not match the credential associated with the security context.',
  ],
  [
    0x80090337,
    'SEC_E_CRYPTO_SYSTEM_INVALID',
    'The cryptographic system or checksum function is invalid because a required function is unavailable.',
  ],
  [0x80090338, 'SEC_E_MAX_REFERRALS_EXCEEDED', 'The maximum number of Kerberos ticket referrals has been exceeded.'],
  [0x80090339, 'SEC_E_MUST_BE_KDC', 'The local machine must be a Kerberos domain controller (KDC), and it is not.'],
  [
    0x8009033a,
    'SEC_E_STRONG_CRYPTO_NOT_SUPPORTED',
    'The other end of the security negotiation requires strong cryptography, which the local machine does not support.',
  ],
  [0x8009033b, 'SEC_E_TOO_MANY_PRINCIPALS', 'The KDC reply contained more than one principal name.'],
  [
    0x8009033c,
    'SEC_E_NO_PA_DATA',
    'Kerberos expected pre-authentication data hinting which encryption type to use, and found none.',
  ],
  [
    0x8009033d,
    'SEC_E_PKINIT_NAME_MISMATCH',
    'The client certificate does not contain a valid user principal name (UPN), or does not match the client name in the logon request.',
  ],
  [0x8009033e, 'SEC_E_SMARTCARD_LOGON_REQUIRED', 'Smart card logon is required and was not used.'],
  [0x8009033f, 'SEC_E_SHUTDOWN_IN_PROGRESS', 'A system shutdown is in progress.'],
  [0x80090340, 'SEC_E_KDC_INVALID_REQUEST', 'An invalid request was sent to the KDC.'],
  [0x80090341, 'SEC_E_KDC_UNABLE_TO_REFER', 'The KDC was unable to generate a referral for the service requested.'],
  [0x80090342, 'SEC_E_KDC_UNKNOWN_ETYPE', 'The encryption type requested is not supported by the KDC.'],
  [
    0x80090343,
    'SEC_E_UNSUPPORTED_PREAUTH',
    'An unsupported pre-authentication mechanism was presented to the Kerberos package.',
  ],
  [
    0x80090345,
    'SEC_E_DELEGATION_REQUIRED',
    'The operation cannot be completed: the computer must be trusted for delegation and the current user account must be allowed to delegate.',
  ],
  [0x80090346, 'SEC_E_BAD_BINDINGS', "The client's SSPI channel bindings were incorrect."],
  [0x80090347, 'SEC_E_MULTIPLE_ACCOUNTS', 'The received certificate was mapped to multiple accounts.'],
  [0x80090348, 'SEC_E_NO_KERB_KEY', 'No Kerberos key was found.'],
  [0x80090349, 'SEC_E_CERT_WRONG_USAGE', 'The certificate is not valid for the requested usage.'],
  [0x80090351, 'SEC_E_SMARTCARD_CERT_REVOKED', 'The smart card certificate used for authentication has been revoked.'],
  [
    0x80090352,
    'SEC_E_ISSUING_CA_UNTRUSTED',
    'An untrusted certification authority was detected while processing the smart card certificate used for authentication.',
  ],
  [
    0x80090353,
    'SEC_E_REVOCATION_OFFLINE_C',
    'The revocation status of the smart card certificate used for authentication could not be determined.',
  ],
  [0x80090354, 'SEC_E_PKINIT_CLIENT_FAILURE', 'The smart card certificate used for authentication was not trusted.'],
  [0x80090355, 'SEC_E_SMARTCARD_CERT_EXPIRED', 'The smart card certificate used for authentication has expired.'],
  [
    0x80090356,
    'SEC_E_NO_S4U_PROT_SUPPORT',
    'The Kerberos subsystem encountered an error: a service-for-user (S4U) request was made against a domain controller that does not support it.',
  ],
  [
    0x80090357,
    'SEC_E_CROSSREALM_DELEGATION_FAILURE',
    'This server attempted a Kerberos constrained delegation request for a target outside its realm, which is not supported (a misconfigured allowed-to-delegate-to list).',
  ],
  [
    0x80090358,
    'SEC_E_REVOCATION_OFFLINE_KDC',
    'The revocation status of the domain controller certificate used for smart card authentication could not be determined.',
  ],
  [
    0x80090359,
    'SEC_E_ISSUING_CA_UNTRUSTED_KDC',
    'An untrusted certification authority was detected while processing the domain controller certificate used for authentication.',
  ],
  [0x8009035a, 'SEC_E_KDC_CERT_EXPIRED', 'The domain controller certificate used for smart card logon has expired.'],
  [
    0x8009035b,
    'SEC_E_KDC_CERT_REVOKED',
    'The domain controller certificate used for smart card logon has been revoked.',
  ],
  [0x8009035d, 'SEC_E_INVALID_PARAMETER', 'One or more of the parameters passed to the function were invalid.'],
  [0x80090361, 'SEC_E_NO_CONTEXT', 'The required security context does not exist.'],
  [
    0x80090362,
    'SEC_E_PKU2U_CERT_FAILURE',
    'The PKU2U protocol encountered an error while attempting to use the associated certificates.',
  ],
  [0x80090365, 'SEC_E_ONLY_HTTPS_ALLOWED', 'Only the https scheme is allowed.'],
  [
    0x80090367,
    'SEC_E_APPLICATION_PROTOCOL_MISMATCH',
    'No common application protocol exists between the client and the server (application protocol negotiation failed).',
  ],
  [
    0x80090369,
    'SEC_E_INVALID_UPN_NAME',
    'The user ID is not in a format that can sign in; try the e-mail address (UPN).',
  ],
  [
    0x8009036a,
    'SEC_E_EXT_BUFFER_TOO_SMALL',
    'The buffer supplied by the SSPI caller to receive generic extensions is too small.',
  ],
  [0x8009036b, 'SEC_E_INSUFFICIENT_BUFFERS', 'Not enough secure buffers were provided.'],
];

export const SSPI_STATUS_CODES: readonly CodeEntry[] = [
  {
    code: 0x00090312,
    name: 'SEC_I_CONTINUE_NEEDED',
    meaning: 'Not an error: the handshake needs another round trip.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090313,
    name: 'SEC_I_COMPLETE_NEEDED',
    meaning: 'Not an error: the caller must complete the token.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090314,
    name: 'SEC_I_COMPLETE_AND_CONTINUE',
    meaning: 'Not an error: complete the token and continue the handshake.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090320,
    name: 'SEC_I_INCOMPLETE_CREDENTIALS',
    meaning: 'The credentials supplied were not complete (for TLS: the server asked for a client certificate).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090321,
    name: 'SEC_I_RENEGOTIATE',
    meaning: 'The peer asked to renegotiate the TLS session.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090302,
    name: 'SEC_E_UNSUPPORTED_FUNCTION',
    meaning: 'The function requested is not supported.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'mstsc\'s CredSSP dialog quotes this text: "The function requested is not supported … This could be due to CredSSP encryption oracle remediation" (client LsaSrv 6041).',
  },
  {
    code: 0x80090304,
    name: 'SEC_E_INTERNAL_ERROR',
    meaning:
      'The Local Security Authority cannot be contacted (an internal SSPI error). The dialog reads "An authentication error has occurred. The Local Security Authority cannot be contacted".',
    confidence: 'MS',
    source: `${SRC_SSPI}; Microsoft support article KB 2493594 (the LSA dialog)`,
    note: 'Server side in RdpCoreTS 139 around a failed handshake: the server could not complete TLS (no cipher suite in common, an unusable certificate key). Client side: the client would not send credentials — often the CredSSP or NLA policy, or a server that allows no protocol the client offers.',
  },
  {
    code: 0x80090308,
    name: 'SEC_E_INVALID_TOKEN',
    meaning: 'The token supplied to the function is invalid (a malformed or unexpected handshake message).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x8009030c,
    name: 'SEC_E_LOGON_DENIED',
    meaning: 'The logon attempt failed.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Confirm with Security 4625 and RdpCoreTS 140.',
  },
  {
    code: 0x8009030d,
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    meaning:
      'The credentials supplied to the package were not recognised: the server cannot use its TLS certificate or read its private key.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: "Microsoft's example for Schannel 36870 (internal state 10001): MachineKeys permissions or a corrupt RDP key.",
  },
  {
    code: 0x8009030e,
    name: 'SEC_E_NO_CREDENTIALS',
    meaning: 'No credentials are available in the security package.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090311,
    name: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    meaning: 'No authority could be contacted for authentication: no domain controller/KDC reachable for NLA.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client side: 6151 (0x1807).',
  },
  {
    code: 0x80090322,
    name: 'SEC_E_WRONG_PRINCIPAL',
    meaning: 'The target principal name is incorrect (SPN/name mismatch).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090324,
    name: 'SEC_E_TIME_SKEW',
    meaning: 'The clocks on the client and server machines are skewed.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client side: 7431; Security 4625 0xC0000133.',
  },
  {
    code: 0x80090325,
    name: 'SEC_E_UNTRUSTED_ROOT',
    meaning: 'The certificate chain was issued by an authority that is not trusted.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090326,
    name: 'SEC_E_ILLEGAL_MESSAGE',
    meaning: 'The message received was unexpected or badly formatted: often a TLS version or cipher mismatch.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090327,
    name: 'SEC_E_CERT_UNKNOWN',
    meaning: 'An unknown error occurred while processing the certificate.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090328,
    name: 'SEC_E_CERT_EXPIRED',
    meaning: 'The received certificate has expired.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090331,
    name: 'SEC_E_ALGORITHM_MISMATCH',
    meaning:
      'The client and server cannot communicate because they do not possess a common algorithm (no shared TLS version or cipher suite).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090350,
    name: 'SEC_E_DOWNGRADE_DETECTED',
    meaning:
      'The system detected a possible attempt to compromise security; Microsoft notes it can also come from simply having no connection to a domain controller.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80092012,
    name: 'CRYPT_E_NO_REVOCATION_CHECK',
    meaning: 'The revocation function was unable to check revocation for the certificate.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client-side certificate check (RD Gateway code 50331650 is the gateway variant).',
  },
  {
    code: 0x80092013,
    name: 'CRYPT_E_REVOCATION_OFFLINE',
    meaning: 'The revocation status cannot be checked because the revocation server was offline.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80004001,
    name: 'E_NOTIMPL',
    meaning: 'Not implemented.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Benign in RdpCoreTS 227 trace strings of healthy sessions (Failed GetConnectionProperty, logon error redirector).',
  },
  {
    code: 0x80004002,
    name: 'E_NOINTERFACE',
    meaning: 'No such interface supported.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80004003,
    name: 'E_POINTER',
    meaning: 'Invalid pointer.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80004004,
    name: 'E_ABORT',
    meaning: 'Operation aborted.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'In a 226 state-transition event (RdpCoreTS on the server, the RDPClient log on the client) a step of the connection was abandoned: the other side closed the connection, the user cancelled, or the step before it failed. It names no cause by itself: read the events just before it (the TLS or CredSSP step it left, Schannel, Security 4625).',
  },
  {
    code: 0x80004005,
    name: 'E_FAIL',
    meaning: 'Unspecified failure.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'In "An authentication error has occurred (Code: 0x80004005)" the client says nothing more: look at the server (RdpCoreTS 139/140, Security 4625, System TermDD 56/50) and at the client\'s System LsaSrv and Schannel events.',
  },
  {
    code: 0x8000ffff,
    name: 'E_UNEXPECTED',
    meaning: 'Catastrophic failure (an unexpected condition).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80070006,
    name: 'E_HANDLE',
    meaning: 'The handle is invalid.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x8007000e,
    name: 'E_OUTOFMEMORY',
    meaning: 'Not enough memory resources are available to complete this operation.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80070057,
    name: 'E_INVALIDARG',
    meaning: 'One or more arguments are invalid.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0xd0000001,
    name: 'RdpCoreTS227Benign',
    meaning: 'Seen in RdpCoreTS 227 "Failed CreateVirtualChannel call on this Connections Stack" in healthy sessions.',
    confidence: 'WR',
    source: SRC_OBSERVED,
    note: 'Observed value only; its meaning is not documented. Benign.',
  },
  {
    code: 0x8009035e,
    name: 'SEC_E_DELEGATION_POLICY',
    meaning: "The client's policy does not allow credential delegation to the target server.",
    confidence: 'MS',
    source: SRC_SSPI,
    phases: ['nla'],
    note: 'CredSSP (NLA) on the client refused to hand the credentials to this server. Check the client\'s Credentials Delegation policies (Computer Configuration > Administrative Templates > System > Credentials Delegation: "Allow delegating fresh/saved/default credentials", each listing TERMSRV/<server name>), and connect by the name those lists hold.',
  },
  {
    code: 0x8009035f,
    name: 'SEC_E_POLICY_NLTM_ONLY',
    meaning:
      "The client's policy does not allow credential delegation to the target server when only NTLM authentication is possible.",
    confidence: 'MS',
    source: SRC_SSPI,
    phases: ['nla'],
    note: 'The server could not be authenticated with Kerberos (connected by IP address, no SPN, no domain controller), and the delegation policies allow only Kerberos-authenticated servers. Connect by the server\'s DNS name so Kerberos is used, or add TERMSRV/<server> to the "… with NTLM-only server authentication" delegation policies.',
  },
  {
    code: 0x80090363,
    name: 'SEC_E_MUTUAL_AUTH_FAILED',
    meaning: 'The identity of the server computer could not be verified (mutual authentication failed).',
    confidence: 'MS',
    source: SRC_SSPI,
    phases: ['nla'],
    note: 'Restricted Admin mode and Remote Credential Guard need Kerberos to the server: connect by its DNS name, not its address, with a domain controller reachable.',
  },
  ...WINERROR_SSPI.map(
    ([code, name, meaning]): CodeEntry => ({ code, name, meaning, confidence: 'MS', source: SRC_WINERROR }),
  ),
  ...HRESULT_EXTRA,
];

/**
 * Win32 logon errors as the Remote Desktop dialogs and CredSSP wrap them (0x8007xxxx): [code, name, meaning].
 * Meanings restate winerror.h's message text.
 */
const WIN32_LOGON: readonly (readonly [number, string, string])[] = [
  [5, 'ERROR_ACCESS_DENIED', 'Access is denied.'],
  [1236, 'ERROR_CONNECTION_ABORTED', 'The network connection was aborted by the local system.'],
  [
    1311,
    'ERROR_NO_LOGON_SERVERS',
    'There are currently no logon servers (domain controllers) available to service the logon request.',
  ],
  [
    1327,
    'ERROR_ACCOUNT_RESTRICTION',
    'Account restrictions are preventing this user from signing in (for example a blank password, or a policy restriction).',
  ],
  [1328, 'ERROR_INVALID_LOGON_HOURS', "The account's logon-hour restrictions do not allow a sign-in now."],
  [1329, 'ERROR_INVALID_WORKSTATION', 'This user is not allowed to sign in to this computer.'],
  [1330, 'ERROR_PASSWORD_EXPIRED', 'The password for this account has expired.'],
  [1331, 'ERROR_ACCOUNT_DISABLED', 'This user cannot sign in because the account is currently disabled.'],
  [1385, 'ERROR_LOGON_TYPE_NOT_GRANTED', 'The user has not been granted the requested logon type at this computer.'],
  [1396, 'ERROR_WRONG_TARGET_NAME', 'The target account name (the service principal name) is incorrect.'],
  [1793, 'ERROR_ACCOUNT_EXPIRED', "The user's account has expired."],
  [1907, 'ERROR_PASSWORD_MUST_CHANGE', "The user's password must be changed before signing in."],
  [1909, 'ERROR_ACCOUNT_LOCKED_OUT', 'The referenced account is currently locked out and may not be logged on to.'],
];

/** Plain Win32 error codes (also the low 16 bits of 0x8007xxxx HRESULTs). */
export const WIN32_ERRORS: readonly CodeEntry[] = [
  ...WIN32_LOGON.map(
    ([code, name, meaning]): CodeEntry => ({ code, name, meaning, confidence: 'MS', source: SRC_WIN32 }),
  ),
  {
    code: 1722,
    name: 'RPC_S_SERVER_UNAVAILABLE',
    meaning: 'The RPC server is unavailable.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 1726,
    name: 'RPC_S_CALL_FAILED',
    meaning: 'The remote procedure call failed.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'As 0x800706BE in "An authentication error has occurred": a call the client made to a service (its own LSA, or a domain controller) broke off before NLA could finish; the client\'s System log (LsaSrv, Netlogon, Kerberos) says which.',
  },
  {
    code: 2,
    name: 'ERROR_FILE_NOT_FOUND',
    meaning: 'The system cannot find the file specified.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Benign in RdpCoreTS 227 "Reverse Connection Listener Name not found".',
  },
  {
    code: 122,
    name: 'ERROR_INSUFFICIENT_BUFFER',
    meaning: 'The data area passed to a system call is too small.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Seen as HRESULT 0x8007007A in the Status of a real logon type 10 Security 4625 ("An Error occured during Logon."): an internal logon error, not a credentials verdict.',
  },
  {
    code: 1326,
    name: 'ERROR_LOGON_FAILURE',
    meaning: 'The user name or password is incorrect.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Seen as HRESULT 0x8007052E in RdpCoreTS 226 (RDP_SEC, FEventHandshakeFailed) from a Windows XP client.',
  },
  {
    code: 50,
    name: 'ERROR_NOT_SUPPORTED',
    meaning: 'The request is not supported.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Benign in RdpCoreTS 227 (CreateVirtualChannel) in healthy sessions.',
  },
  {
    code: 64,
    name: 'ERROR_NETNAME_DELETED',
    meaning: 'The specified network name is no longer available: the peer closed or lost the TCP connection.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'RdpCoreTS 142/143 `error` 64 and 226 0x80070040. Before any 98/66 it can be a scanner or an aborted handshake; mid-session it is a dropped network.',
  },
  {
    code: 121,
    name: 'ERROR_SEM_TIMEOUT',
    meaning: 'The semaphore timeout period has expired: a network timeout.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 258,
    name: 'WAIT_TIMEOUT',
    meaning: 'The wait operation timed out.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 5023,
    name: 'ERROR_INVALID_STATE',
    meaning: 'The group or resource is not in the correct state to perform the requested operation.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'RdpCoreTS 226 RDP_SEC … FEventCheckAndCompleteReadsFailed with 0x8007139F follows a client-initiated disconnect (after 107): benign.',
  },
  ...WIN32_EXTRA,
];

const sspiIndex = indexByCode(SSPI_STATUS_CODES);
const win32Index = indexByCode(WIN32_ERRORS);
const serviceIndex = indexByCode(WIN32_SERVICE_ERRORS);

export function lookupWin32Error(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  return v === undefined ? undefined : win32Index.get(v);
}

export { WIN32_SERVICE_ERRORS };

/**
 * The service control manager's errors (1051-1079): kept apart from `lookupWin32Error`, whose table a number typed
 * alone is read in, because their numbers are also event ids users quote (TermService 1058, RCM 1068/1069).
 */
export function lookupWin32ServiceError(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  return v === undefined ? undefined : serviceIndex.get(v);
}

/**
 * Look up an SSPI/CRYPT/HRESULT code. HRESULT_FROM_WIN32 values (0x8007xxxx) that have no own entry
 * are decoded through WIN32_ERRORS and returned with the HRESULT as `code` and a note naming the Win32 code.
 */
export function lookupSspiStatus(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  if (v === undefined) return undefined;
  const direct = sspiIndex.get(v);
  if (direct) return direct;
  if ((v & 0xffff0000) >>> 0 === 0x80070000) {
    const w = win32Index.get(v & 0xffff) ?? serviceIndex.get(v & 0xffff);
    if (w) {
      return {
        ...w,
        code: v,
        name: `HRESULT_FROM_WIN32(${w.name})`,
        note: `Win32 error ${w.code} wrapped as an HRESULT.${w.note ? ' ' + w.note : ''}`,
      };
    }
  }
  return undefined;
}
