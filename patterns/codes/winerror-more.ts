/**
 * HRESULTs and Win32 codes users paste beside Remote Desktop failures that the SSPI block does not hold: the
 * certificate chain errors (CERT_E_*, FACILITY_CERT 0x800B01xx), WinVerifyTrust's TRUST_E_*, the CryptoAPI errors
 * (CRYPT_E_*, 0x8009xxxx: certificate store, message and ASN.1 blocks) and key-container errors (NTE_*, 0x800900xx:
 * NTE_BAD_KEYSET "Keyset does not exist" when the RDP certificate's private key in MachineKeys cannot be read) that
 * Schannel, CAPI2 and the RDP certificate events log, the smart card errors (SCARD_*), REGDB_E_CLASSNOTREG and
 * CO_E_SERVER_EXEC_FAILURE, two Win32 errors users quote as HRESULTs (0x8007001F, 0x80070490), the
 * Win32 network, logon, domain and RPC errors, the Terminal Services errors (ERROR_CTX_*), and every Winsock error
 * as a decimal (RDPClient and gateway logs, `Test-NetConnection`).
 *
 * Sources: winerror.h / MS-ERREF §2.1 (HRESULT values, whose message texts the meanings restate) and §2.2 (Win32
 * error codes); Microsoft Learn "COM Error Codes (Security and Setup)" (NTE_BAD_KEYSET's text as Windows words it) and
 * "Windows Sockets Error Codes" (winsock2.h, WSAE*). Read through the SSPI/HRESULT table's lookup
 * (`lookupSspiStatus`) and the Win32 table's (`lookupWin32Error`).
 */
import type { CodeEntry } from './types.js';

const SRC_HRESULT = 'MS-ERREF 2.1 HRESULT values (winerror.h)';
const SRC_CERT = 'MS-ERREF 2.1 HRESULT values (winerror.h, FACILITY_CERT and CRYPT_E_* blocks)';
const SRC_WIN32 = 'MS-ERREF 2.2 Win32 error codes (winerror.h)';
const SRC_WSA = 'Microsoft Learn: Windows Sockets Error Codes (winsock2.h)';

type Row = readonly [code: number, name: string, meaning: string, note?: string];

const CERT: readonly Row[] = [
  [0x800b0100, 'TRUST_E_NOSIGNATURE', 'No signature was present in the subject.'],
  [
    0x800b0101,
    'CERT_E_EXPIRED',
    'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
    "For Remote Desktop: the server's certificate (or one in its chain) has expired, or the client's clock is wrong.",
  ],
  [
    0x800b0102,
    'CERT_E_VALIDITYPERIODNESTING',
    'The validity periods of the certification chain do not nest correctly.',
  ],
  [
    0x800b0103,
    'CERT_E_ROLE',
    'A certificate that can only be used as an end-entity is being used as a CA or vice versa.',
  ],
  [0x800b0104, 'CERT_E_PATHLENCONST', 'A path length constraint in the certification chain has been violated.'],
  [0x800b0105, 'CERT_E_CRITICAL', 'A certificate contains an unknown extension that is marked critical.'],
  [
    0x800b0106,
    'CERT_E_PURPOSE',
    'A certificate is being used for a purpose other than the ones specified by its CA.',
    'For Remote Desktop: the certificate lacks Server Authentication (1.3.6.1.5.5.7.3.1) or Remote Desktop Authentication in its enhanced key usage.',
  ],
  [0x800b0107, 'CERT_E_ISSUERCHAINING', 'A parent of a given certificate did not issue that child certificate.'],
  [
    0x800b0108,
    'CERT_E_MALFORMED',
    'A certificate is missing or has an empty value for an important field, such as a subject or issuer name.',
  ],
  [
    0x800b0109,
    'CERT_E_UNTRUSTEDROOT',
    'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.',
    "For Remote Desktop: the client does not trust the server's certificate (self-signed, or an internal CA the client does not know): the identity prompt, or a refusal where policy forbids connecting.",
  ],
  [
    0x800b010a,
    'CERT_E_CHAINING',
    'A certificate chain could not be built to a trusted root authority.',
    'An intermediate certificate is missing on the server or cannot be downloaded (AIA).',
  ],
  [0x800b010b, 'TRUST_E_FAIL', 'Generic trust failure.'],
  [0x800b010c, 'CERT_E_REVOKED', 'A certificate was explicitly revoked by its issuer.'],
  [
    0x800b010d,
    'CERT_E_UNTRUSTEDTESTROOT',
    'The certification path terminates in the test root, which is not trusted with the current policy settings.',
  ],
  [
    0x800b010e,
    'CERT_E_REVOCATION_FAILURE',
    'The revocation process could not continue; the certificates could not be checked.',
    'The client could not reach the CRL distribution point or OCSP responder of the certificate.',
  ],
  [
    0x800b010f,
    'CERT_E_CN_NO_MATCH',
    "The certificate's CN name does not match the passed value.",
    'For Remote Desktop: the name the client connected to is not in the certificate (subject or SAN): connect by the name the certificate holds, or issue one that names the host.',
  ],
  [0x800b0110, 'CERT_E_WRONG_USAGE', 'The certificate is not valid for the requested usage.'],
  [0x800b0111, 'TRUST_E_EXPLICIT_DISTRUST', 'The certificate was explicitly marked as untrusted by the user.'],
  [
    0x800b0112,
    'CERT_E_UNTRUSTEDCA',
    'A certification chain processed correctly, but one of the CA certificates is not trusted by the policy provider.',
  ],
  [0x800b0113, 'CERT_E_INVALID_POLICY', 'The certificate has invalid policy.'],
  [
    0x800b0114,
    'CERT_E_INVALID_NAME',
    'The certificate has an invalid name: the name is not included in the permitted list or is explicitly excluded.',
  ],
  [0x80092001, 'CRYPT_E_BAD_LEN', 'The length specified for the output data was insufficient.'],
  [0x80092002, 'CRYPT_E_BAD_ENCODE', 'An error occurred during encode or decode operation.'],
  [0x80092003, 'CRYPT_E_FILE_ERROR', 'An error occurred while reading or writing to a file.'],
  [
    0x80092004,
    'CRYPT_E_NOT_FOUND',
    'Cannot find object or property.',
    'For Remote Desktop: the certificate (by its thumbprint) or its private key is not in the store the listener reads.',
  ],
  [0x80092005, 'CRYPT_E_EXISTS', 'The object or property already exists.'],
  [0x80092006, 'CRYPT_E_NO_PROVIDER', 'No provider was specified for the store or object.'],
  [0x80092007, 'CRYPT_E_SELF_SIGNED', 'The specified certificate is self signed.'],
  [0x80092008, 'CRYPT_E_DELETED_PREV', 'The previous certificate or CRL context was deleted.'],
  [0x80092009, 'CRYPT_E_NO_MATCH', 'Cannot find the requested object.'],
  [0x8009200a, 'CRYPT_E_UNEXPECTED_MSG_TYPE', 'An unexpected message type was encountered.'],
  [
    0x8009200b,
    'CRYPT_E_NO_KEY_PROPERTY',
    'The certificate does not have a property that references a private key.',
    'The certificate has no private key (imported without it, or the key was removed).',
  ],
  [0x8009200c, 'CRYPT_E_NO_DECRYPT_CERT', 'Cannot find the certificate and private key to use for decryption.'],
  [
    0x8009200d,
    'CRYPT_E_BAD_MSG',
    'Not a cryptographic message or the cryptographic message is not formatted correctly.',
  ],
  [
    0x8009200e,
    'CRYPT_E_NO_SIGNER',
    'The signed cryptographic message does not have a signer for the specified signer index.',
  ],
  [0x80092010, 'CRYPT_E_REVOKED', 'The certificate is revoked.'],
  [0x80092011, 'CRYPT_E_NO_REVOCATION_DLL', 'No Dll or exported function was found to verify revocation.'],
  [0x80092014, 'CRYPT_E_NOT_IN_REVOCATION_DATABASE', "The certificate is not in the revocation server's database."],
  [
    0x80092026,
    'CRYPT_E_SECURITY_SETTINGS',
    'The cryptographic operation failed due to a local security option setting.',
  ],
  [0x800b0001, 'TRUST_E_PROVIDER_UNKNOWN', 'Unknown trust provider.'],
  [
    0x800b0002,
    'TRUST_E_ACTION_UNKNOWN',
    'The trust verification action specified is not supported by the specified trust provider.',
  ],
  [
    0x800b0003,
    'TRUST_E_SUBJECT_FORM_UNKNOWN',
    'The form specified for the subject is not one supported or known by the specified trust provider.',
  ],
  [0x800b0004, 'TRUST_E_SUBJECT_NOT_TRUSTED', 'The subject is not trusted for the specified action.'],
  [0x80091001, 'CRYPT_E_MSG_ERROR', 'An error occurred while performing an operation on a cryptographic message.'],
  [0x80091002, 'CRYPT_E_UNKNOWN_ALGO', 'Unknown cryptographic algorithm.'],
  [0x80091003, 'CRYPT_E_OID_FORMAT', 'The object identifier is poorly formatted.'],
  [0x80091004, 'CRYPT_E_INVALID_MSG_TYPE', 'Invalid cryptographic message type.'],
  [0x80091005, 'CRYPT_E_UNEXPECTED_ENCODING', 'Unexpected cryptographic message encoding.'],
  [
    0x80091006,
    'CRYPT_E_AUTH_ATTR_MISSING',
    'The cryptographic message does not contain an expected authenticated attribute.',
  ],
  [0x80091007, 'CRYPT_E_HASH_VALUE', 'The hash value is not correct.'],
  [0x80091008, 'CRYPT_E_INVALID_INDEX', 'The index value is not valid.'],
  [0x80091009, 'CRYPT_E_ALREADY_DECRYPTED', 'The content of the cryptographic message has already been decrypted.'],
  [0x8009100a, 'CRYPT_E_NOT_DECRYPTED', 'The content of the cryptographic message has not been decrypted yet.'],
  [0x8009100b, 'CRYPT_E_RECIPIENT_NOT_FOUND', 'The enveloped-data message does not contain the specified recipient.'],
  [0x8009100c, 'CRYPT_E_CONTROL_TYPE', 'Invalid control type.'],
  [0x8009100d, 'CRYPT_E_ISSUER_SERIALNUMBER', 'Invalid issuer or serial number.'],
  [0x8009100e, 'CRYPT_E_SIGNER_NOT_FOUND', 'Cannot find the original signer.'],
  [
    0x8009100f,
    'CRYPT_E_ATTRIBUTES_MISSING',
    'The cryptographic message does not contain all of the requested attributes.',
  ],
  [0x80091010, 'CRYPT_E_STREAM_MSG_NOT_READY', 'The streamed cryptographic message is not ready to return data.'],
  [
    0x80091011,
    'CRYPT_E_STREAM_INSUFFICIENT_DATA',
    'The streamed cryptographic message requires more data to complete the decode operation.',
  ],
  [0x8009200f, 'CRYPT_E_PENDING_CLOSE', 'Final closure is pending until additional frees or closes.'],
  [0x80092020, 'CRYPT_E_INVALID_NUMERIC_STRING', 'The string contains a non-numeric character.'],
  [0x80092021, 'CRYPT_E_INVALID_PRINTABLE_STRING', 'The string contains a nonprintable character.'],
  [0x80092022, 'CRYPT_E_INVALID_IA5_STRING', 'The string contains a character not in the 7-bit ASCII character set.'],
  [
    0x80092023,
    'CRYPT_E_INVALID_X500_STRING',
    'The string contains an invalid X500 name attribute key, object identifier (OID), value, or delimiter.',
  ],
  [
    0x80092024,
    'CRYPT_E_NOT_CHAR_STRING',
    'The dwValueType for the CERT_NAME_VALUE is not one of the character strings. Most likely it is either a CERT_RDN_ENCODED_BLOB or CERT_TDN_OCTED_STRING.',
  ],
  [
    0x80092025,
    'CRYPT_E_FILERESIZED',
    'The Put operation cannot continue. The file needs to be resized. However, there is already a signature present. A complete signing operation must be done.',
  ],
  [0x80092027, 'CRYPT_E_NO_VERIFY_USAGE_DLL', 'No DLL or exported function was found to verify subject usage.'],
  [
    0x80092028,
    'CRYPT_E_NO_VERIFY_USAGE_CHECK',
    'The called function was unable to perform a usage check on the subject.',
  ],
  [
    0x80092029,
    'CRYPT_E_VERIFY_USAGE_OFFLINE',
    'The called function was unable to complete the usage check because the server was offline.',
  ],
  [0x8009202a, 'CRYPT_E_NOT_IN_CTL', 'The subject was not found in a certificate trust list (CTL).'],
  [
    0x8009202b,
    'CRYPT_E_NO_TRUSTED_SIGNER',
    'None of the signers of the cryptographic message or certificate trust list is trusted.',
  ],
  [0x8009202c, 'CRYPT_E_MISSING_PUBKEY_PARA', "The public key's algorithm parameters are missing."],
  [0x80093000, 'CRYPT_E_OSS_ERROR', 'OSS Certificate encode/decode error code base.'],
  [0x80093100, 'CRYPT_E_ASN1_ERROR', 'ASN1 Certificate encode/decode error code base.'],
  [0x80093101, 'CRYPT_E_ASN1_INTERNAL', 'ASN1 internal encode or decode error.'],
  [0x80093102, 'CRYPT_E_ASN1_EOD', 'ASN1 unexpected end of data.'],
  [0x80093103, 'CRYPT_E_ASN1_CORRUPT', 'ASN1 corrupted data.'],
  [0x80093104, 'CRYPT_E_ASN1_LARGE', 'ASN1 value too large.'],
  [0x80093105, 'CRYPT_E_ASN1_CONSTRAINT', 'ASN1 constraint violated.'],
  [0x80093106, 'CRYPT_E_ASN1_MEMORY', 'ASN1 out of memory.'],
  [0x80093107, 'CRYPT_E_ASN1_OVERFLOW', 'ASN1 buffer overflow.'],
  [0x80093108, 'CRYPT_E_ASN1_BADPDU', 'ASN1 function not supported for this protocol data unit (PDU).'],
  [0x80093109, 'CRYPT_E_ASN1_BADARGS', 'ASN1 bad arguments to function call.'],
  [0x8009310a, 'CRYPT_E_ASN1_BADREAL', 'ASN1 bad real value.'],
  [0x8009310b, 'CRYPT_E_ASN1_BADTAG', 'ASN1 bad tag value met.'],
  [0x8009310c, 'CRYPT_E_ASN1_CHOICE', 'ASN1 bad choice value.'],
  [0x8009310d, 'CRYPT_E_ASN1_RULE', 'ASN1 bad encoding rule.'],
  [0x8009310e, 'CRYPT_E_ASN1_UTF8', 'ASN1 bad Unicode (UTF8).'],
  [0x80093133, 'CRYPT_E_ASN1_PDU_TYPE', 'ASN1 bad PDU type.'],
  [0x80093134, 'CRYPT_E_ASN1_NYI', 'ASN1 not yet implemented.'],
  [0x80093201, 'CRYPT_E_ASN1_EXTENDED', 'ASN1 skipped unknown extensions.'],
  [0x80093202, 'CRYPT_E_ASN1_NOEOD', 'ASN1 end of data expected.'],
  [
    0x80040154,
    'REGDB_E_CLASSNOTREG',
    'Class not registered.',
    "A COM component the program asked for is not registered: on a Remote Desktop client or session host, a missing or damaged component (re-register or repair the client; for a RemoteApp, the application's own COM registration).",
  ],
  [0x80080005, 'CO_E_SERVER_EXEC_FAILURE', 'Server execution failed.'],
  [0x8007001f, 'HRESULT_FROM_WIN32(ERROR_GEN_FAILURE)', 'A device attached to the system is not functioning.'],
  [0x80070490, 'HRESULT_FROM_WIN32(ERROR_NOT_FOUND)', 'Element not found.'],
  [
    0x8007007e,
    'HRESULT_FROM_WIN32(ERROR_MOD_NOT_FOUND)',
    'The specified module could not be found.',
    'A DLL the program loads is missing (Win32 error 126 as an HRESULT). From the Remote Desktop client in a trimmed Windows (WinPE, a stripped image), the security packages Network Level Authentication loads (CredSSP, TSpkg) are the usual missing ones: connecting without NLA (enablecredsspsupport:i:0 in the .rdp file, on a server that allows it) works around it (PhoenixPE issue 24, https://github.com/PhoenixPE/PhoenixPE/issues/24).',
  ],
  [
    0x80010105,
    'RPC_E_SERVERFAULT',
    'The server threw an exception.',
    'A COM or RPC call failed inside the called side. In "An authentication error has occurred", a call the client made during Network Level Authentication (its own LSA, CredSSP) failed; the client\'s System and LsaSrv events at that time say which.',
  ],
];

/** CryptoAPI's key-container errors (NTE_*, 0x800900xx), which a certificate's private key gives when it cannot be used. */
const NTE: readonly Row[] = [
  [0x80090001, 'NTE_BAD_UID', 'Bad UID.'],
  [0x80090002, 'NTE_BAD_HASH', 'Bad hash.'],
  [0x80090003, 'NTE_BAD_KEY', 'Bad key.'],
  [0x80090004, 'NTE_BAD_LEN', 'Bad length.'],
  [0x80090005, 'NTE_BAD_DATA', 'Bad data.'],
  [0x80090006, 'NTE_BAD_SIGNATURE', 'Invalid signature.'],
  [0x80090007, 'NTE_BAD_VER', 'Bad version of provider.'],
  [0x80090008, 'NTE_BAD_ALGID', 'Invalid algorithm specified.'],
  [0x80090009, 'NTE_BAD_FLAGS', 'Invalid flags specified.'],
  [0x8009000a, 'NTE_BAD_TYPE', 'Invalid type specified.'],
  [0x8009000b, 'NTE_BAD_KEY_STATE', 'Key not valid for use in specified state.'],
  [0x8009000c, 'NTE_BAD_HASH_STATE', 'Hash not valid for use in specified state.'],
  [0x8009000d, 'NTE_NO_KEY', 'Key does not exist.'],
  [0x8009000e, 'NTE_NO_MEMORY', 'Insufficient memory available for the operation.'],
  [
    0x8009000f,
    'NTE_EXISTS',
    'Object already exists.',
    'For Remote Desktop: a status RemoteConnectionManager 1057/1058 log ("… the relevant status code was object already exists") when the RDP self-signed certificate cannot be created or replaced because its old key container in MachineKeys is in the way or unreadable; Microsoft\'s fix is the same as for "Keyset does not exist" (MachineKeys permissions, then renew the RDP certificate).',
  ],
  [0x80090010, 'NTE_PERM', 'Access denied.'],
  [0x80090011, 'NTE_NOT_FOUND', 'Object was not found.'],
  [0x80090012, 'NTE_DOUBLE_ENCRYPT', 'Data already encrypted.'],
  [0x80090013, 'NTE_BAD_PROVIDER', 'Invalid provider specified.'],
  [0x80090014, 'NTE_BAD_PROV_TYPE', 'Invalid provider type specified.'],
  [0x80090015, 'NTE_BAD_PUBLIC_KEY', "Provider's public key is invalid."],
  [
    0x80090016,
    'NTE_BAD_KEYSET',
    'Keyset does not exist.',
    'For Remote Desktop: the status TermService/RemoteConnectionManager 1057 ("failed to create a new self signed certificate … The relevant status code was Keyset does not exist") and 1058 log when the RDP certificate\'s private key in C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys is missing, corrupt or unreadable; Schannel 36870 (0x8009030D) follows on each connection. Microsoft\'s fix (Learn: "Troubleshoot Azure VM RDP connection issues by Event ID"): grant SYSTEM and Administrators full control and NETWORK SERVICE read on the MachineKeys folder and its files, restart TermService (it drops every connection on the host: users in sessions are disconnected, their sessions stay), then renew the RDP certificate (delete it from the Remote Desktop store and restart SessionEnv). Never rename the MachineKeys folder (it throws away every machine key).',
  ],
  [0x80090017, 'NTE_PROV_TYPE_NOT_DEF', 'Provider type not defined.'],
  [0x80090018, 'NTE_PROV_TYPE_ENTRY_BAD', 'The provider type, as registered, is invalid.'],
  [0x80090019, 'NTE_KEYSET_NOT_DEF', 'The key set is not defined.'],
  [0x8009001a, 'NTE_KEYSET_ENTRY_BAD', 'The key set, as registered, is invalid.'],
  [0x8009001b, 'NTE_PROV_TYPE_NO_MATCH', 'Provider type does not match registered value.'],
  [0x8009001c, 'NTE_SIGNATURE_FILE_BAD', 'The digital signature file is corrupt.'],
  [0x8009001d, 'NTE_PROVIDER_DLL_FAIL', 'Provider DLL failed to initialize correctly.'],
  [0x8009001e, 'NTE_PROV_DLL_NOT_FOUND', 'Provider DLL could not be found.'],
  [0x8009001f, 'NTE_BAD_KEYSET_PARAM', 'The keyset parameter is invalid.'],
  [0x80090020, 'NTE_FAIL', 'An internal error occurred.'],
  [0x80090021, 'NTE_SYS_ERR', 'A base error occurred.'],
  [
    0x80090022,
    'NTE_SILENT_CONTEXT',
    'Provider could not perform the action because the context was acquired as silent.',
  ],
  [
    0x80090023,
    'NTE_TOKEN_KEYSET_STORAGE_FULL',
    'The security token does not have storage space available for an additional container.',
  ],
  [0x80090024, 'NTE_TEMPORARY_PROFILE', 'The profile for the user is a temporary profile.'],
  [
    0x80090025,
    'NTE_FIXEDPARAMETER',
    'The key parameters could not be set because the configuration service provider (CSP) uses fixed parameters.',
  ],
  [0x80090026, 'NTE_INVALID_HANDLE', 'The supplied handle is invalid.'],
  [0x80090027, 'NTE_INVALID_PARAMETER', 'The parameter is incorrect.'],
  [0x80090028, 'NTE_BUFFER_TOO_SMALL', 'The buffer supplied to a function was too small.'],
  [0x80090029, 'NTE_NOT_SUPPORTED', 'The requested operation is not supported.'],
  [0x8009002a, 'NTE_NO_MORE_ITEMS', 'No more data is available.'],
  [0x8009002b, 'NTE_BUFFERS_OVERLAP', 'The supplied buffers overlap incorrectly.'],
  [0x8009002c, 'NTE_DECRYPTION_FAILURE', 'The specified data could not be decrypted.'],
  [0x8009002d, 'NTE_INTERNAL_ERROR', 'An internal consistency check failed.'],
  [0x8009002e, 'NTE_UI_REQUIRED', 'This operation requires input from the user.'],
  [
    0x8009002f,
    'NTE_HMAC_NOT_SUPPORTED',
    'The cryptographic provider does not support Hash Message Authentication Code (HMAC).',
  ],
];
const SRC_NTE =
  'MS-ERREF 2.1 HRESULT values (winerror.h, NTE_* block); Microsoft Learn: COM Error Codes (Security and Setup)';

/** WinVerifyTrust's errors in FACILITY_SECURITY (TRUST_E_*, 0x80096xxx). */
const TRUST: readonly Row[] = [
  [0x80096001, 'TRUST_E_SYSTEM_ERROR', 'A system-level error occurred while verifying trust.'],
  [0x80096002, 'TRUST_E_NO_SIGNER_CERT', 'The certificate for the signer of the message is invalid or not found.'],
  [0x80096003, 'TRUST_E_COUNTER_SIGNER', 'One of the counter signatures was invalid.'],
  [0x80096004, 'TRUST_E_CERT_SIGNATURE', 'The signature of the certificate cannot be verified.'],
  [0x80096005, 'TRUST_E_TIME_STAMP', 'The time-stamp signature or certificate could not be verified or is malformed.'],
  [0x80096010, 'TRUST_E_BAD_DIGEST', 'The digital signature of the object did not verify.'],
  [0x80096019, 'TRUST_E_BASIC_CONSTRAINTS', "A certificate's basic constraint extension has not been observed."],
  [
    0x8009601e,
    'TRUST_E_FINANCIAL_CRITERIA',
    'The certificate does not meet or contain the Authenticode financial extensions.',
  ],
];
const SRC_TRUST = 'MS-ERREF 2.1 HRESULT values (winerror.h, TRUST_E_* block of FACILITY_SECURITY)';

/** The smart card subsystem's errors (SCARD_*, FACILITY_SCARD 0x8010xxxx), met when a smart card signs in over NLA. */
const SCARD: readonly Row[] = [
  [0x80100001, 'SCARD_F_INTERNAL_ERROR', 'An internal consistency check failed.'],
  [0x80100002, 'SCARD_E_CANCELLED', 'The action was canceled by an SCardCancel request.'],
  [0x80100003, 'SCARD_E_INVALID_HANDLE', 'The supplied handle was invalid.'],
  [
    0x80100004,
    'SCARD_E_INVALID_PARAMETER',
    'One or more of the supplied parameters could not be properly interpreted.',
  ],
  [0x80100005, 'SCARD_E_INVALID_TARGET', 'Registry startup information is missing or invalid.'],
  [0x80100006, 'SCARD_E_NO_MEMORY', 'Not enough memory available to complete this command.'],
  [0x80100007, 'SCARD_F_WAITED_TOO_LONG', 'An internal consistency timer has expired.'],
  [
    0x80100008,
    'SCARD_E_INSUFFICIENT_BUFFER',
    'The data buffer to receive returned data is too small for the returned data.',
  ],
  [0x80100009, 'SCARD_E_UNKNOWN_READER', 'The specified reader name is not recognized.'],
  [0x8010000a, 'SCARD_E_TIMEOUT', 'The user-specified time-out value has expired.'],
  [
    0x8010000b,
    'SCARD_E_SHARING_VIOLATION',
    'The smart card cannot be accessed because of other connections outstanding.',
  ],
  [
    0x8010000c,
    'SCARD_E_NO_SMARTCARD',
    'The operation requires a smart card, but no smart card is currently in the device.',
  ],
  [0x8010000d, 'SCARD_E_UNKNOWN_CARD', 'The specified smart card name is not recognized.'],
  [0x8010000e, 'SCARD_E_CANT_DISPOSE', 'The system could not dispose of the media in the requested manner.'],
  [
    0x8010000f,
    'SCARD_E_PROTO_MISMATCH',
    'The requested protocols are incompatible with the protocol currently in use with the smart card.',
  ],
  [0x80100010, 'SCARD_E_NOT_READY', 'The reader or smart card is not ready to accept commands.'],
  [
    0x80100011,
    'SCARD_E_INVALID_VALUE',
    'One or more of the supplied parameters values could not be properly interpreted.',
  ],
  [
    0x80100012,
    'SCARD_E_SYSTEM_CANCELLED',
    'The action was canceled by the system, presumably to log off or shut down.',
  ],
  [0x80100013, 'SCARD_F_COMM_ERROR', 'An internal communications error has been detected.'],
  [0x80100014, 'SCARD_F_UNKNOWN_ERROR', 'An internal error has been detected, but the source is unknown.'],
  [
    0x80100015,
    'SCARD_E_INVALID_ATR',
    'An automatic terminal recognition (ATR) obtained from the registry is not a valid ATR string.',
  ],
  [0x80100016, 'SCARD_E_NOT_TRANSACTED', 'An attempt was made to end a nonexistent transaction.'],
  [0x80100017, 'SCARD_E_READER_UNAVAILABLE', 'The specified reader is not currently available for use.'],
  [0x80100018, 'SCARD_P_SHUTDOWN', 'The operation has been aborted to allow the server application to exit.'],
  [0x80100019, 'SCARD_E_PCI_TOO_SMALL', 'The peripheral component interconnect (PCI) Receive buffer was too small.'],
  [0x8010001a, 'SCARD_E_READER_UNSUPPORTED', 'The reader driver does not meet minimal requirements for support.'],
  [0x8010001b, 'SCARD_E_DUPLICATE_READER', 'The reader driver did not produce a unique reader name.'],
  [0x8010001c, 'SCARD_E_CARD_UNSUPPORTED', 'The smart card does not meet minimal requirements for support.'],
  [0x8010001d, 'SCARD_E_NO_SERVICE', 'The smart card resource manager is not running.'],
  [0x8010001e, 'SCARD_E_SERVICE_STOPPED', 'The smart card resource manager has shut down.'],
  [0x8010001f, 'SCARD_E_UNEXPECTED', 'An unexpected card error has occurred.'],
  [0x80100020, 'SCARD_E_ICC_INSTALLATION', 'No primary provider can be found for the smart card.'],
  [0x80100021, 'SCARD_E_ICC_CREATEORDER', 'The requested order of object creation is not supported.'],
  [0x80100022, 'SCARD_E_UNSUPPORTED_FEATURE', 'This smart card does not support the requested feature.'],
  [0x80100023, 'SCARD_E_DIR_NOT_FOUND', 'The identified directory does not exist in the smart card.'],
  [0x80100024, 'SCARD_E_FILE_NOT_FOUND', 'The identified file does not exist in the smart card.'],
  [0x80100025, 'SCARD_E_NO_DIR', 'The supplied path does not represent a smart card directory.'],
  [0x80100026, 'SCARD_E_NO_FILE', 'The supplied path does not represent a smart card file.'],
  [0x80100027, 'SCARD_E_NO_ACCESS', 'Access is denied to this file.'],
  [0x80100028, 'SCARD_E_WRITE_TOO_MANY', 'The smart card does not have enough memory to store the information.'],
  [0x80100029, 'SCARD_E_BAD_SEEK', 'There was an error trying to set the smart card file object pointer.'],
  [0x8010002a, 'SCARD_E_INVALID_CHV', 'The supplied PIN is incorrect.'],
  [0x8010002b, 'SCARD_E_UNKNOWN_RES_MNG', 'An unrecognized error code was returned from a layered component.'],
  [0x8010002c, 'SCARD_E_NO_SUCH_CERTIFICATE', 'The requested certificate does not exist.'],
  [0x8010002d, 'SCARD_E_CERTIFICATE_UNAVAILABLE', 'The requested certificate could not be obtained.'],
  [0x8010002e, 'SCARD_E_NO_READERS_AVAILABLE', 'Cannot find a smart card reader.'],
  [
    0x8010002f,
    'SCARD_E_COMM_DATA_LOST',
    'A communications error with the smart card has been detected. Retry the operation.',
  ],
  [0x80100030, 'SCARD_E_NO_KEY_CONTAINER', 'The requested key container does not exist on the smart card.'],
  [0x80100031, 'SCARD_E_SERVER_TOO_BUSY', 'The smart card resource manager is too busy to complete this operation.'],
  [
    0x80100065,
    'SCARD_W_UNSUPPORTED_CARD',
    'The reader cannot communicate with the smart card, due to ATR configuration conflicts.',
  ],
  [0x80100066, 'SCARD_W_UNRESPONSIVE_CARD', 'The smart card is not responding to a reset.'],
  [
    0x80100067,
    'SCARD_W_UNPOWERED_CARD',
    'Power has been removed from the smart card, so that further communication is not possible.',
  ],
  [0x80100068, 'SCARD_W_RESET_CARD', 'The smart card has been reset, so any shared state information is invalid.'],
  [
    0x80100069,
    'SCARD_W_REMOVED_CARD',
    'The smart card has been removed, so that further communication is not possible.',
  ],
  [0x8010006a, 'SCARD_W_SECURITY_VIOLATION', 'Access was denied because of a security violation.'],
  [0x8010006b, 'SCARD_W_WRONG_CHV', 'The card cannot be accessed because the wrong PIN was presented.'],
  [
    0x8010006c,
    'SCARD_W_CHV_BLOCKED',
    'The card cannot be accessed because the maximum number of PIN entry attempts has been reached.',
  ],
  [0x8010006d, 'SCARD_W_EOF', 'The end of the smart card file has been reached.'],
  [0x8010006e, 'SCARD_W_CANCELLED_BY_USER', 'The action was canceled by the user.'],
  [0x8010006f, 'SCARD_W_CARD_NOT_AUTHENTICATED', 'No PIN was presented to the smart card.'],
];
const SRC_SCARD = 'MS-ERREF 2.1 HRESULT values (winerror.h, SCARD_* smart card block)';

/** CERT_E_*, CRYPT_E_* and other HRESULTs read in the SSPI/HRESULT table. */
export const HRESULT_EXTRA: readonly CodeEntry[] = [
  ...CERT.map((row) => [row, /^(?:REGDB|CO_E|RPC_E|HRESULT_FROM)/.test(row[1]) ? SRC_HRESULT : SRC_CERT] as const),
  ...NTE.map((row) => [row, SRC_NTE] as const),
  ...TRUST.map((row) => [row, SRC_TRUST] as const),
  ...SCARD.map((row) => [row, SRC_SCARD] as const),
].map(([[code, name, meaning, note], source]) => ({
  code,
  name,
  meaning,
  confidence: 'MS',
  source,
  ...(name.startsWith('CERT_E') || name.startsWith('CRYPT_E') || name.startsWith('TRUST_E')
    ? { phases: ['tls' as const] }
    : name.startsWith('SCARD_')
      ? { phases: ['nla' as const, 'logon' as const] }
      : {}),
  ...(note ? { note } : {}),
}));

const WIN32: readonly Row[] = [
  [
    1225,
    'ERROR_CONNECTION_REFUSED',
    'The remote computer refused the network connection.',
    'Nothing listens on the port (Remote Desktop off, the service stopped, another port), or a firewall rejects it.',
  ],
  [1226, 'ERROR_GRACEFUL_DISCONNECT', 'The network connection was gracefully closed.'],
  [1231, 'ERROR_NETWORK_UNREACHABLE', 'The network location cannot be reached.'],
  [1232, 'ERROR_HOST_UNREACHABLE', 'The network location cannot be reached.'],
  [1234, 'ERROR_PORT_UNREACHABLE', 'No service is operating at the destination network endpoint on the remote system.'],
  [1235, 'ERROR_REQUEST_ABORTED', 'The request was aborted.'],
  [1214, 'ERROR_INVALID_NETNAME', 'The format of the specified network name is not valid.'],
  [
    1203,
    'ERROR_NO_NET_OR_BAD_PATH',
    'The network path was either typed incorrectly, does not exist, or the network provider is not currently available. Try retyping the path or contact your network administrator.',
  ],
  [1222, 'ERROR_NO_NETWORK', 'The network is not present or not started.'],
];

/** Win32 errors of any step that Remote Desktop wraps as 0x8007xxxx (a cancelled prompt, a time-out, no resources). */
const WIN32_ANY: readonly Row[] = [
  // Round 28 (r28-h60v): a launcher's "error code 193" (a script, a RemoteApp or a connection manager starting a
  // program): the file it started is not a program this Windows can run. Named, never a Remote Desktop cause.
  [
    193,
    'ERROR_BAD_EXE_FORMAT',
    '%1 is not a valid Win32 application.',
    'A program launcher (a script, a shortcut, a RemoteApp or a connection manager) tried to start a file that is not a program this Windows can run: a 32-bit and 64-bit mismatch, a damaged or half-downloaded file, a script or document started as a program. Not a Remote Desktop connection failure: reinstall or repair the program the launcher starts, or point the launcher at the right file.',
  ],
  [1223, 'ERROR_CANCELLED', 'The operation was canceled by the user.'],
  [1237, 'ERROR_RETRY', 'The operation could not be completed. A retry should be performed.'],
  [
    1346,
    'ERROR_BAD_IMPERSONATION_LEVEL',
    'Either a required impersonation level was not provided, or the provided impersonation level is invalid.',
  ],
  [1359, 'ERROR_INTERNAL_ERROR', 'An internal error occurred.'],
  [1450, 'ERROR_NO_SYSTEM_RESOURCES', 'Insufficient system resources exist to complete the requested service.'],
  [1460, 'ERROR_TIMEOUT', 'This operation returned because the time-out period expired.'],
];

/**
 * Win32 logon, domain and RPC errors beside the logon ones of sspi-status.ts (NLA, the domain controller). Left out:
 * the small network codes (51–67), which a bare number would read before a TLS alert or a Kerberos code, and the
 * service control manager's errors (1051-1079, `WIN32_SERVICE_ERRORS` below), whose numbers a bare paste means as
 * events (TermService's 1058).
 */
const WIN32_LOGON_MORE: readonly Row[] = [
  [1062, 'ERROR_SERVICE_NOT_ACTIVE', 'The service has not been started.'],
  [1115, 'ERROR_SHUTDOWN_IN_PROGRESS', 'A system shutdown is in progress.'],
  [
    1219,
    'ERROR_SESSION_CREDENTIAL_CONFLICT',
    'Multiple connections to a server or shared resource by the same user, using more than one user name, are not allowed. Disconnect all previous connections to the server or shared resource and try again.',
  ],
  [1229, 'ERROR_CONNECTION_INVALID', 'An operation was attempted on a nonexistent network connection.'],
  [1230, 'ERROR_CONNECTION_ACTIVE', 'An invalid operation was attempted on an active network connection.'],
  [
    1238,
    'ERROR_CONNECTION_COUNT_LIMIT',
    'A connection to the server could not be made because the limit on the number of concurrent connections for this account has been reached.',
  ],
  [
    1244,
    'ERROR_NOT_AUTHENTICATED',
    'The operation being requested was not performed because the user has not been authenticated.',
  ],
  [
    1256,
    'ERROR_HOST_DOWN',
    'The remote system is not available. For information about network troubleshooting, see Windows Help.',
  ],
  [
    1264,
    'ERROR_SMARTCARD_SUBSYSTEM_FAILURE',
    'The Kerberos protocol encountered an error while attempting to utilize the smartcard subsystem.',
  ],
  [
    1265,
    'ERROR_DOWNGRADE_DETECTED',
    'The system detected a possible attempt to compromise security. Ensure that you can contact the server that authenticated you.',
  ],
  [
    1312,
    'ERROR_NO_SUCH_LOGON_SESSION',
    'A specified logon session does not exist. It might already have been terminated.',
  ],
  [1314, 'ERROR_PRIVILEGE_NOT_HELD', 'A required privilege is not held by the client.'],
  [1315, 'ERROR_INVALID_ACCOUNT_NAME', 'The name provided is not a properly formed account name.'],
  [1317, 'ERROR_NO_SUCH_USER', 'The specified account does not exist.'],
  [
    1323,
    'ERROR_WRONG_PASSWORD',
    'Unable to update the password. The value provided as the current password is incorrect.',
  ],
  [
    1324,
    'ERROR_ILL_FORMED_PASSWORD',
    'Unable to update the password. The value provided for the new password contains values that are not allowed in passwords.',
  ],
  [
    1325,
    'ERROR_PASSWORD_RESTRICTION',
    'Unable to update the password. The value provided for the new password does not meet the length, complexity, or history requirements of the domain.',
  ],
  [1332, 'ERROR_NONE_MAPPED', 'No mapping between account names and SIDs was done.'],
  [
    1351,
    'ERROR_CANT_ACCESS_DOMAIN_INFO',
    'Configuration information could not be read from the domain controller, either because the machine is unavailable, or access has been denied.',
  ],
  [1355, 'ERROR_NO_SUCH_DOMAIN', 'The specified domain either does not exist or could not be contacted.'],
  [
    1380,
    'ERROR_LOGON_NOT_GRANTED',
    'Logon failure: The user has not been granted the requested logon type at this computer.',
  ],
  [
    1395,
    'ERROR_LICENSE_QUOTA_EXCEEDED',
    'The service being accessed is licensed for a particular number of connections. No more connections can be made to the service at this time because the service has accepted the maximum number of connections.',
  ],
  [
    1397,
    'ERROR_MUTUAL_AUTH_FAILED',
    "Mutual authentication failed. The server's password is out of date at the domain controller.",
  ],
  [1398, 'ERROR_TIME_SKEW', 'There is a time and/or date difference between the client and server.'],
  [1723, 'RPC_S_SERVER_TOO_BUSY', 'The RPC server is too busy to complete this operation.'],
  [1727, 'RPC_S_CALL_FAILED_DNE', 'The RPC failed and did not execute.'],
  [1747, 'RPC_S_UNKNOWN_AUTHN_SERVICE', 'The authentication service is unknown.'],
  [1753, 'EPT_S_NOT_REGISTERED', 'There are no more endpoints available from the endpoint mapper.'],
  [1786, 'ERROR_NO_TRUST_LSA_SECRET', 'The workstation does not have a trust secret.'],
  [
    1787,
    'ERROR_NO_TRUST_SAM_ACCOUNT',
    'The security database on the server does not have a computer account for this workstation trust relationship.',
  ],
  [
    1788,
    'ERROR_TRUSTED_DOMAIN_FAILURE',
    'The trust relationship between the primary domain and the trusted domain failed.',
  ],
  [
    1789,
    'ERROR_TRUSTED_RELATIONSHIP_FAILURE',
    'The trust relationship between this workstation and the primary domain failed.',
  ],
  [1792, 'ERROR_NETLOGON_NOT_STARTED', 'An attempt was made to log on, but the network logon service was not started.'],
  [
    1807,
    'ERROR_NOLOGON_INTERDOMAIN_TRUST_ACCOUNT',
    'The account used is an interdomain trust account. Use your global user account or local user account to access this server.',
  ],
  [
    1808,
    'ERROR_NOLOGON_WORKSTATION_TRUST_ACCOUNT',
    'The account used is a computer account. Use your global user account or local user account to access this server.',
  ],
  [
    1809,
    'ERROR_NOLOGON_SERVER_TRUST_ACCOUNT',
    'The account used is a server trust account. Use your global user account or local user account to access this server.',
  ],
  [1825, 'RPC_S_SEC_PKG_ERROR', 'A security package-specific error occurred.'],
  [1908, 'ERROR_DOMAIN_CONTROLLER_NOT_FOUND', 'Could not find the domain controller for this domain.'],
  [
    1935,
    'ERROR_AUTHENTICATION_FIREWALL_FAILED',
    'Logon failure: The machine you are logging on to is protected by an authentication firewall. The specified account is not allowed to authenticate to the machine.',
  ],
  [8207, 'ERROR_DS_UNAVAILABLE', 'The directory service is unavailable.'],
];

/**
 * The Terminal Services errors (ERROR_CTX_*, 7001–7069), which the session host's services return to the client. Left
 * out: the modem, DOS-graphics and client-drive-mapping notices (no Remote Desktop connection meets them), and 7045
 * ERROR_CTX_WINSTATION_ACCESS_DENIED, whose number a bare paste means as the Service Control Manager's event 7045.
 */
const CTX: readonly Row[] = [
  [7001, 'ERROR_CTX_WINSTATION_NAME_INVALID', 'The specified session name is invalid.'],
  [7002, 'ERROR_CTX_INVALID_PD', 'The specified protocol driver is invalid.'],
  [7003, 'ERROR_CTX_PD_NOT_FOUND', 'The specified protocol driver was not found in the system path.'],
  [7004, 'ERROR_CTX_WD_NOT_FOUND', 'The specified terminal connection driver was not found in the system path.'],
  [7007, 'ERROR_CTX_CLOSE_PENDING', 'A close operation is pending on the session.'],
  [7008, 'ERROR_CTX_NO_OUTBUF', 'There are no free output buffers available.'],
  [7017, 'ERROR_CTX_TD_ERROR', 'Transport driver error.'],
  [7022, 'ERROR_CTX_WINSTATION_NOT_FOUND', 'The specified session cannot be found.'],
  [7023, 'ERROR_CTX_WINSTATION_ALREADY_EXISTS', 'The specified session name is already in use.'],
  [
    7024,
    'ERROR_CTX_WINSTATION_BUSY',
    'The requested operation cannot be completed because the terminal connection is currently busy processing a connect, disconnect, reset, or delete operation.',
  ],
  [
    7025,
    'ERROR_CTX_BAD_VIDEO_MODE',
    'An attempt has been made to connect to a session whose video mode is not supported by the current client.',
  ],
  [7037, 'ERROR_CTX_LOGON_DISABLED', 'Your interactive logon privilege has been disabled. Contact your administrator.'],
  [
    7038,
    'ERROR_CTX_NOT_CONSOLE',
    'The requested operation can be performed only on the system console. This is most often the result of a driver or system DLL requiring direct console access.',
  ],
  [7040, 'ERROR_CTX_CLIENT_QUERY_TIMEOUT', 'The client failed to respond to the server connect message.'],
  [7041, 'ERROR_CTX_CONSOLE_DISCONNECT', 'Disconnecting the console session is not supported.'],
  [7042, 'ERROR_CTX_CONSOLE_CONNECT', 'Reconnecting a disconnected session to the console is not supported.'],
  [7044, 'ERROR_CTX_SHADOW_DENIED', 'The request to control another session remotely was denied.'],
  [7049, 'ERROR_CTX_INVALID_WD', 'The specified terminal connection driver is invalid.'],
  [
    7050,
    'ERROR_CTX_SHADOW_INVALID',
    'The requested session cannot be controlled remotely. This might be because the session is disconnected or does not currently have a user logged on.',
  ],
  [7051, 'ERROR_CTX_SHADOW_DISABLED', 'The requested session is not configured to allow remote control.'],
  [
    7052,
    'ERROR_CTX_CLIENT_LICENSE_IN_USE',
    'Your request to connect to this terminal server has been rejected. Your terminal server client license number is currently being used by another user. Call your system administrator to obtain a unique license number.',
  ],
  [
    7053,
    'ERROR_CTX_CLIENT_LICENSE_NOT_SET',
    'Your request to connect to this terminal server has been rejected. Your terminal server client license number has not been entered for this copy of the terminal server client. Contact your system administrator.',
  ],
  [
    7054,
    'ERROR_CTX_LICENSE_NOT_AVAILABLE',
    'The number of connections to this computer is limited and all connections are in use right now. Try connecting later or contact your system administrator.',
  ],
  [
    7055,
    'ERROR_CTX_LICENSE_CLIENT_INVALID',
    'The client you are using is not licensed to use this system. Your logon request is denied.',
  ],
  [7056, 'ERROR_CTX_LICENSE_EXPIRED', 'The system license has expired. Your logon request is denied.'],
  [
    7057,
    'ERROR_CTX_SHADOW_NOT_RUNNING',
    'Remote control could not be terminated because the specified session is not currently being remotely controlled.',
  ],
  [
    7058,
    'ERROR_CTX_SHADOW_ENDED_BY_MODE_CHANGE',
    'The remote control of the console was terminated because the display mode was changed. Changing the display mode in a remote control session is not supported.',
  ],
  [7060, 'ERROR_CTX_WINSTATIONS_DISABLED', 'Remote logons are currently disabled.'],
  [7061, 'ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED', 'You do not have the proper encryption level to access this session.'],
  [
    7062,
    'ERROR_CTX_SESSION_IN_USE',
    'The user <domain>\\<user> is currently logged on to this computer. Only the current user or an administrator can log on to this computer.',
  ],
  [
    7063,
    'ERROR_CTX_NO_FORCE_LOGOFF',
    'The user <domain>\\<user> is already logged on to the console of this computer. You do not have permission to log in at this time. To resolve this issue, contact <domain>\\<user> and have them log off.',
  ],
  [7064, 'ERROR_CTX_ACCOUNT_RESTRICTION', 'Unable to log you on because of an account restriction.'],
  [
    7065,
    'ERROR_RDP_PROTOCOL_ERROR',
    'The RDP component named in the message detected an error in the protocol stream and has disconnected the client.',
    'The message of TermDD event 50, where the component is X.224 ("The RDP protocol component X.224 detected an error…").',
  ],
  [
    7068,
    'ERROR_CTX_SECURITY_LAYER_ERROR',
    'The terminal server security layer detected an error in the protocol stream and has disconnected the client.',
    'The message of TermDD event 56 (the security layer, TLS or CredSSP, failed during the connection).',
  ],
  [7069, 'ERROR_TS_INCOMPATIBLE_SESSIONS', 'The target session is incompatible with the current session.'],
];

const WINSOCK: readonly Row[] = [
  [10004, 'WSAEINTR', 'A blocking operation was interrupted.'],
  [10013, 'WSAEACCES', 'An attempt was made to access a socket in a way forbidden by its access permissions.'],
  [
    10048,
    'WSAEADDRINUSE',
    'Only one usage of each socket address is normally permitted (the address is in use).',
    'On a server: another program already listens on the Remote Desktop port.',
  ],
  [10049, 'WSAEADDRNOTAVAIL', 'The requested address is not valid in its context.'],
  [10050, 'WSAENETDOWN', 'A socket operation encountered a dead network.'],
  [10051, 'WSAENETUNREACH', 'A socket operation was attempted to an unreachable network.'],
  [10052, 'WSAENETRESET', 'The connection was broken due to keep-alive activity detecting a failure.'],
  [10053, 'WSAECONNABORTED', 'An established connection was aborted by the software in the host computer.'],
  [
    10054,
    'WSAECONNRESET',
    'An existing connection was forcibly closed by the remote host.',
    'The server or something on the path (firewall, load balancer, TLS inspection) reset the connection.',
  ],
  [10055, 'WSAENOBUFS', 'No buffer space is available.'],
  [10057, 'WSAENOTCONN', 'The socket is not connected.'],
  [10058, 'WSAESHUTDOWN', 'The socket has been shut down.'],
  [
    10060,
    'WSAETIMEDOUT',
    'A connection attempt failed because the connected party did not properly respond after a period of time.',
    'No answer at all: the host is off or unreachable, or a firewall drops the packets (not the refusal 10061 shows).',
  ],
  [
    10061,
    'WSAECONNREFUSED',
    'No connection could be made because the target machine actively refused it.',
    'The host answered but nothing listens on the port (Remote Desktop off, another port, the service stopped).',
  ],
  [10064, 'WSAEHOSTDOWN', 'A socket operation failed because the destination host was down.'],
  [10065, 'WSAEHOSTUNREACH', 'A socket operation was attempted to an unreachable host.'],
  [10101, 'WSAEDISCON', 'The remote party has initiated a graceful shutdown sequence.'],
  [11001, 'WSAHOST_NOT_FOUND', 'No such host is known.', 'The name does not resolve in DNS.'],
  [11002, 'WSATRY_AGAIN', 'A temporary DNS error: the name server did not answer in time.'],
  [11004, 'WSANO_DATA', 'The name is valid but no data record of the requested type was found.'],
  [10009, 'WSAEBADF', 'The file handle supplied is not valid.'],
  [
    10014,
    'WSAEFAULT',
    'The system detected an invalid pointer address in attempting to use a pointer argument in a call.',
  ],
  [10022, 'WSAEINVAL', 'An invalid argument was supplied.'],
  [10024, 'WSAEMFILE', 'Too many open sockets.'],
  [10035, 'WSAEWOULDBLOCK', 'A nonblocking socket operation could not be completed immediately.'],
  [10036, 'WSAEINPROGRESS', 'A blocking operation is currently executing.'],
  [
    10037,
    'WSAEALREADY',
    'An operation was attempted on a nonblocking socket that already had an operation in progress.',
  ],
  [10038, 'WSAENOTSOCK', 'An operation was attempted on something that is not a socket.'],
  [10039, 'WSAEDESTADDRREQ', 'A required address was omitted from an operation on a socket.'],
  [
    10040,
    'WSAEMSGSIZE',
    'A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.',
  ],
  [
    10041,
    'WSAEPROTOTYPE',
    'A protocol was specified in the socket function call that does not support the semantics of the socket type requested.',
  ],
  [
    10042,
    'WSAENOPROTOOPT',
    'An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call.',
  ],
  [
    10043,
    'WSAEPROTONOSUPPORT',
    'The requested protocol has not been configured into the system, or no implementation for it exists.',
  ],
  [10044, 'WSAESOCKTNOSUPPORT', 'The support for the specified socket type does not exist in this address family.'],
  [10045, 'WSAEOPNOTSUPP', 'The attempted operation is not supported for the type of object referenced.'],
  [
    10046,
    'WSAEPFNOSUPPORT',
    'The protocol family has not been configured into the system or no implementation for it exists.',
  ],
  [10047, 'WSAEAFNOSUPPORT', 'An address incompatible with the requested protocol was used.'],
  [10056, 'WSAEISCONN', 'A connect request was made on an already connected socket.'],
  [10059, 'WSAETOOMANYREFS', 'Too many references to a kernel object.'],
  [10062, 'WSAELOOP', 'Cannot translate name.'],
  [10063, 'WSAENAMETOOLONG', 'Name or name component was too long.'],
  [10066, 'WSAENOTEMPTY', 'Cannot remove a directory that is not empty.'],
  [
    10067,
    'WSAEPROCLIM',
    'A Windows Sockets implementation might have a limit on the number of applications that can use it simultaneously.',
  ],
  [10068, 'WSAEUSERS', 'Ran out of quota.'],
  [10069, 'WSAEDQUOT', 'Ran out of disk quota.'],
  [10070, 'WSAESTALE', 'File handle reference is no longer available.'],
  [10071, 'WSAEREMOTE', 'Item is not available locally.'],
  [
    10091,
    'WSASYSNOTREADY',
    'WSAStartup cannot function at this time because the underlying system it uses to provide network services is currently unavailable.',
  ],
  [10092, 'WSAVERNOTSUPPORTED', 'The Windows Sockets version requested is not supported.'],
  [10093, 'WSANOTINITIALISED', 'Either the application has not called WSAStartup, or WSAStartup failed.'],
  [10102, 'WSAENOMORE', 'No more results can be returned by WSALookupServiceNext.'],
  [
    10103,
    'WSAECANCELLED',
    'A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.',
  ],
  [10104, 'WSAEINVALIDPROCTABLE', 'The procedure call table is invalid.'],
  [10105, 'WSAEINVALIDPROVIDER', 'The requested service provider is invalid.'],
  [10106, 'WSAEPROVIDERFAILEDINIT', 'The requested service provider could not be loaded or initialized.'],
  [10107, 'WSASYSCALLFAILURE', 'A system call that should never fail has failed.'],
  [10108, 'WSASERVICE_NOT_FOUND', 'No such service is known. The service cannot be found in the specified namespace.'],
  [10109, 'WSATYPE_NOT_FOUND', 'The specified class was not found.'],
  [10110, 'WSA_E_NO_MORE', 'No more results can be returned by WSALookupServiceNext.'],
  [
    10111,
    'WSA_E_CANCELLED',
    'A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.',
  ],
  [10112, 'WSAEREFUSED', 'A database query failed because it was actively refused.'],
  [11003, 'WSANO_RECOVERY', 'A nonrecoverable error occurred during a database lookup.'],
  [11005, 'WSA_QOS_RECEIVERS', 'At least one reserve has arrived.'],
  [11006, 'WSA_QOS_SENDERS', 'At least one path has arrived.'],
  [11007, 'WSA_QOS_NO_SENDERS', 'There are no senders.'],
  [11008, 'WSA_QOS_NO_RECEIVERS', 'There are no receivers.'],
  [11009, 'WSA_QOS_REQUEST_CONFIRMED', 'Reserve has been confirmed.'],
  [11010, 'WSA_QOS_ADMISSION_FAILURE', 'Error due to lack of resources.'],
  [11011, 'WSA_QOS_POLICY_FAILURE', 'Rejected for administrative reasons—bad credentials.'],
  [11012, 'WSA_QOS_BAD_STYLE', 'Unknown or conflicting style.'],
  [
    11013,
    'WSA_QOS_BAD_OBJECT',
    'There is a problem with some part of the filterspec or provider-specific buffer in general.',
  ],
  [11014, 'WSA_QOS_TRAFFIC_CTRL_ERROR', 'There is a problem with some part of the flowspec.'],
  [11015, 'WSA_QOS_GENERIC_ERROR', 'General quality of serve (QOS) error.'],
  [11016, 'WSA_QOS_ESERVICETYPE', 'An invalid or unrecognized service type was found in the flowspec.'],
  [11017, 'WSA_QOS_EFLOWSPEC', 'An invalid or inconsistent flowspec was found in the QOS structure.'],
  [11018, 'WSA_QOS_EPROVSPECBUF', 'Invalid QOS provider-specific buffer.'],
  [11019, 'WSA_QOS_EFILTERSTYLE', 'An invalid QOS filter style was used.'],
  [11020, 'WSA_QOS_EFILTERTYPE', 'An invalid QOS filter type was used.'],
  [11021, 'WSA_QOS_EFILTERCOUNT', 'An incorrect number of QOS FILTERSPECs were specified in the FLOWDESCRIPTOR.'],
  [
    11022,
    'WSA_QOS_EOBJLENGTH',
    'An object with an invalid ObjectLength field was specified in the QOS provider-specific buffer.',
  ],
  [11023, 'WSA_QOS_EFLOWCOUNT', 'An incorrect number of flow descriptors was specified in the QOS structure.'],
  [11024, 'WSA_QOS_EUNKOWNPSOBJ', 'An unrecognized object was found in the QOS provider-specific buffer.'],
  [11025, 'WSA_QOS_EPOLICYOBJ', 'An invalid policy object was found in the QOS provider-specific buffer.'],
  [11026, 'WSA_QOS_EFLOWDESC', 'An invalid QOS flow descriptor was found in the flow descriptor list.'],
  [11027, 'WSA_QOS_EPSFLOWSPEC', 'An invalid or inconsistent flowspec was found in the QOS provider-specific buffer.'],
  [11028, 'WSA_QOS_EPSFILTERSPEC', 'An invalid FILTERSPEC was found in the QOS provider-specific buffer.'],
  [11029, 'WSA_QOS_ESDMODEOBJ', 'An invalid shape discard mode object was found in the QOS provider-specific buffer.'],
  [11030, 'WSA_QOS_ESHAPERATEOBJ', 'An invalid shaping rate object was found in the QOS provider-specific buffer.'],
  [11031, 'WSA_QOS_RESERVED_PETYPE', 'A reserved policy element was found in the QOS provider-specific buffer.'],
];

const WININET: readonly Row[] = [
  [
    12002,
    'ERROR_INTERNET_TIMEOUT',
    'The request has timed out.',
    'An HTTPS connection (RD Gateway, Azure Virtual Desktop, the web client) got no answer in time: a proxy or firewall on the path.',
  ],
  [12007, 'ERROR_INTERNET_NAME_NOT_RESOLVED', 'The server name could not be resolved.'],
  [
    12029,
    'ERROR_INTERNET_CANNOT_CONNECT',
    'The attempt to connect to the server failed.',
    'The HTTPS endpoint (RD Gateway, the Azure Virtual Desktop service URLs) could not be reached: name, proxy, firewall.',
  ],
  [
    12045,
    'ERROR_INTERNET_INVALID_CA',
    "The function is unfamiliar with the Certificate Authority that generated the server's certificate.",
    "The HTTPS endpoint's certificate (RD Gateway, RD Web feed, the Azure Virtual Desktop service) chains to an authority the client does not trust.",
  ],
  [12030, 'ERROR_INTERNET_CONNECTION_ABORTED', 'The connection with the server has been terminated.'],
  [12031, 'ERROR_INTERNET_CONNECTION_RESET', 'The connection with the server has been reset.'],
  [
    12057,
    'ERROR_INTERNET_SEC_CERT_REV_FAILED',
    'The certificate revocation check failed.',
    "The client could not check the revocation of the RD Gateway's or the service's certificate (CRL or OCSP unreachable).",
  ],
  [
    12175,
    'ERROR_WINHTTP_SECURE_FAILURE',
    'One or more errors were found in the Secure Sockets Layer (SSL) certificate sent by the server.',
  ],
];
const SRC_WININET = 'Microsoft Learn: WinINet / WinHTTP error messages (wininet.h, winhttp.h)';

/**
 * The service control manager's errors (winerror.h 1051-1079), as `net start`, `sc start`, the Services console and
 * the Service Control Manager's events 7000/7001/7023 give them, with the message texts of Microsoft Learn "System
 * Error Codes (1000-1299)". A table of their own, not in the Win32 table a bare number is read in: 1053, 1055-1058,
 * 1068-1070 are also event ids users quote (TermService's certificate events, RCM's licensing events), and a number
 * typed alone keeps that reading. The paste reader reads them where their command or dialog stands around them.
 */
const WIN32_SERVICE: readonly Row[] = [
  [
    1051,
    'ERROR_DEPENDENT_SERVICES_RUNNING',
    'A stop control has been sent to a service that other running services are dependent on.',
  ],
  [1052, 'ERROR_INVALID_SERVICE_CONTROL', 'The requested control is not valid for this service.'],
  [
    1053,
    'ERROR_SERVICE_REQUEST_TIMEOUT',
    'The service did not respond to the start or control request in a timely fashion.',
  ],
  [1054, 'ERROR_SERVICE_NO_THREAD', 'A thread could not be created for the service.'],
  [1055, 'ERROR_SERVICE_DATABASE_LOCKED', 'The service database is locked.'],
  [1056, 'ERROR_SERVICE_ALREADY_RUNNING', 'An instance of the service is already running.'],
  [
    1057,
    'ERROR_INVALID_SERVICE_ACCOUNT',
    'The account name is invalid or does not exist, or the password is invalid for the account name specified.',
  ],
  [
    1058,
    'ERROR_SERVICE_DISABLED',
    'The service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
  ],
  [1059, 'ERROR_CIRCULAR_DEPENDENCY', 'Circular service dependency was specified.'],
  [1060, 'ERROR_SERVICE_DOES_NOT_EXIST', 'The specified service does not exist as an installed service.'],
  [1061, 'ERROR_SERVICE_CANNOT_ACCEPT_CTRL', 'The service cannot accept control messages at this time.'],
  [1063, 'ERROR_FAILED_SERVICE_CONTROLLER_CONNECT', 'The service process could not connect to the service controller.'],
  [1064, 'ERROR_EXCEPTION_IN_SERVICE', 'An exception occurred in the service when handling the control request.'],
  [1066, 'ERROR_SERVICE_SPECIFIC_ERROR', 'The service has returned a service-specific error code.'],
  [1067, 'ERROR_PROCESS_ABORTED', 'The process terminated unexpectedly.'],
  [1068, 'ERROR_SERVICE_DEPENDENCY_FAIL', 'The dependency service or group failed to start.'],
  [1069, 'ERROR_SERVICE_LOGON_FAILED', 'The service did not start due to a logon failure.'],
  [1070, 'ERROR_SERVICE_START_HANG', 'After starting, the service hung in a start-pending state.'],
  [1072, 'ERROR_SERVICE_MARKED_FOR_DELETE', 'The specified service has been marked for deletion.'],
  [1075, 'ERROR_SERVICE_DEPENDENCY_DELETED', 'The dependency service does not exist or has been marked for deletion.'],
  [1077, 'ERROR_SERVICE_NEVER_STARTED', 'No attempts to start the service have been made since the last boot.'],
  [
    1079,
    'ERROR_DIFFERENT_SERVICE_ACCOUNT',
    'The account specified for this service is different from the account specified for other services running in the same process.',
  ],
];
const SRC_SERVICE = 'Microsoft Learn: System Error Codes (1000-1299) (winerror.h; MS-ERREF 2.2)';

/** The service control manager's errors: read by the paste reader beside `net start`, `sc` and the Services console. */
export const WIN32_SERVICE_ERRORS: readonly CodeEntry[] = WIN32_SERVICE.map(([code, name, meaning]) => ({
  code,
  name,
  meaning,
  confidence: 'MS' as const,
  source: SRC_SERVICE,
}));

/** Win32 network, logon and Terminal Services errors and Winsock errors, read in the Win32 table. */
export const WIN32_EXTRA: readonly CodeEntry[] = (
  [
    [WIN32, SRC_WIN32, ['connection']],
    [WIN32_LOGON_MORE, SRC_WIN32, ['nla', 'logon']],
    [CTX, SRC_WIN32, undefined],
    [WIN32_ANY, SRC_WIN32, undefined],
    [WINSOCK, SRC_WSA, ['connection']],
    [WININET, SRC_WININET, ['connection']],
  ] as const
).flatMap(([rows, source, phases]) =>
  rows.map(([code, name, meaning, note]) => ({
    code,
    name,
    meaning,
    confidence: 'MS' as const,
    source,
    ...(phases ? { phases } : {}),
    ...(note ? { note } : {}),
  })),
);
