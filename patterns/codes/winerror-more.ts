/**
 * HRESULTs and Win32 codes users paste beside Remote Desktop failures that the SSPI block does not hold: the
 * certificate chain errors (CERT_E_*, FACILITY_CERT 0x800B01xx) and the CryptoAPI errors (CRYPT_E_*, 0x8009xxxx)
 * that Schannel, CAPI2 and the RDP certificate events log, REGDB_E_CLASSNOTREG, the Win32 network errors 1225/1226,
 * and the Winsock errors as decimals (RDPClient and gateway logs, `Test-NetConnection`).
 *
 * Sources: winerror.h / MS-ERREF §2.1 (HRESULT values, whose message texts the meanings restate) and §2.2 (Win32
 * error codes); Microsoft Learn "Windows Sockets Error Codes" (winsock2.h, WSAE*). Read through the SSPI/HRESULT
 * table's lookup (`lookupSspiStatus`) and the Win32 table's (`lookupWin32Error`).
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
  [
    0x80040154,
    'REGDB_E_CLASSNOTREG',
    'Class not registered.',
    "A COM component the program asked for is not registered: on a Remote Desktop client or session host, a missing or damaged component (re-register or repair the client; for a RemoteApp, the application's own COM registration).",
  ],
];

/** CERT_E_*, CRYPT_E_* and other HRESULTs read in the SSPI/HRESULT table. */
export const HRESULT_EXTRA: readonly CodeEntry[] = CERT.map(([code, name, meaning, note]) => ({
  code,
  name,
  meaning,
  confidence: 'MS',
  source: name.startsWith('REGDB') ? SRC_HRESULT : SRC_CERT,
  ...(name.startsWith('CERT_E') || name.startsWith('CRYPT_E') || name.startsWith('TRUST_E')
    ? { phases: ['tls' as const] }
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

/** Win32 network errors and Winsock errors, read in the Win32 table. */
export const WIN32_EXTRA: readonly CodeEntry[] = [
  ...WIN32.map(([code, name, meaning, note]) => ({ code, name, meaning, source: SRC_WIN32, note })),
  ...WINSOCK.map(([code, name, meaning, note]) => ({ code, name, meaning, source: SRC_WSA, note })),
  ...WININET.map(([code, name, meaning, note]) => ({ code, name, meaning, source: SRC_WININET, note })),
].map(({ note, ...e }) => ({
  ...e,
  confidence: 'MS' as const,
  phases: ['connection' as const],
  ...(note ? { note } : {}),
}));
